// BM25 over our own analysed terms (server/retrieve/analysis.ts), as typed-array postings: compact, saved and loaded
// as one buffer (snapshot.ts), extended in place when passages are added or removed. The scoring is MiniSearch's
// BM25+ with two fields (the heading weighs 1.5) and its "quality" factor (the number of distinct query terms a
// passage matches), so rankings stay what they were; the query work is bounded (see `search`).

const K1 = 1.2;
const B = 0.7;
const D = 0.5;
const HEAD_BOOST = 1.5;
/** Distinct query terms scored; a longer question keeps its rarest terms (they carry the evidence). */
export const MAX_QUERY_TERMS = 32;
/**
 * Terms found in more than this share of passages add no candidates of their own when the question has rarer
 * terms: they only add to the scores of passages a rarer term found.
 */
const COMMON_SHARE = 0.5;
/**
 * Once this many passages hold a score, the remaining (more common) terms only add to those passages ("continue"
 * pruning): a common term can reorder the candidates, but need not be walked through completely. The term that
 * reaches the limit brings in only the passages it weighs most in (its highest BM25 parts), as many as there is room
 * for: otherwise one term found in a tenth of 100,000 passages made 10,000 candidates that every later term had to
 * be added to. 2048 rather than 1024: at 10,000 passages it keeps the recall of `eval:retrieval --data` at or above
 * the unbounded search, MRR within 0.006 (1024 lost a question of the everyday set), for under a millisecond more.
 */
export const ACCUMULATOR_LIMIT = 2048;
/** A term's postings up to this many times the candidates are walked rather than searched (measured at 10k and 100k). */
const WALK_RATIO = 8;

export interface LexicalDocument {
  label: number;
  head: readonly string[];
  body: readonly string[];
  /** The passage's term set used for query coverage and idf (analysis of the whole index text). */
  cover: readonly string[];
}

export interface LexicalParts {
  header: { terms: string[]; live: number; sumHead: number; sumBody: number };
  arrays: {
    off: Uint32Array;
    docs: Uint32Array;
    tfHead: Uint16Array;
    tfBody: Uint16Array;
    dfHead: Int32Array;
    dfBody: Int32Array;
    dfCover: Int32Array;
    headLen: Uint16Array;
    bodyLen: Uint16Array;
    alive: Uint8Array;
  };
}

interface Delta {
  docs: number[];
  head: number[];
  body: number[];
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float32Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2, 64));
  next.set(a);
  return next;
}

const clamp16 = (n: number) => Math.min(n, 0xffff);

function counts(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Calls `hit(label, i)` for each of the ascending `labels` found in the ascending slice a[from, to), where i is its
 * position there. Galloping from the last position, so the work grows with the number of labels and only with the
 * logarithm of the postings between them.
 */
function intersect(labels: Uint32Array, a: ArrayLike<number>, from: number, to: number, hit: (label: number, i: number) => void): void {
  let i = from;
  for (let k = 0; k < labels.length && i < to; k++) {
    const label = labels[k]!;
    if (a[i]! < label) {
      // Gallop to a bound past the label, then search between the last two probes.
      let lo = i;
      let step = 1;
      while (lo + step < to && a[lo + step]! < label) {
        lo += step;
        step *= 2;
      }
      let hi = Math.min(lo + step, to);
      lo++;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid]! < label) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    if (i < to && a[i] === label) hit(label, i++);
  }
}

/** The k-th largest of values[0, count) (1-based k ≤ count); reorders `values`. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  let lo = 0;
  let hi = count - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return values[want]!;
  }
  return values[want]!;
}

export class LexicalIndex {
  private readonly vocab = new Map<string, number>();
  private readonly termList: string[] = [];
  // Postings loaded from a snapshot (compressed sparse rows, labels ascending per term) ...
  private baseOff: Uint32Array = new Uint32Array(1);
  private baseDocs: Uint32Array = new Uint32Array(0);
  private baseHead: Uint16Array = new Uint16Array(0);
  private baseBody: Uint16Array = new Uint16Array(0);
  // ... and added since. New labels are always larger, so base + delta stays ascending.
  private readonly delta: Array<Delta | undefined> = [];
  private dfHead = new Int32Array(64);
  private dfBody = new Int32Array(64);
  private dfCover = new Int32Array(64);
  private headLen = new Uint16Array(64);
  private bodyLen = new Uint16Array(64);
  private alive = new Uint8Array(64);
  private live = 0;
  private sumHead = 0;
  private sumBody = 0;
  // Query scratch space, reused: scores and matched-term counts by label, and the labels touched.
  private acc = new Float32Array(64);
  private matched = new Uint8Array(64);
  // The new passages of the term that reaches ACCUMULATOR_LIMIT, before the best of them are let in.
  private fresh = new Uint32Array(64);
  private freshScore = new Float64Array(64);
  private ranked = new Float64Array(64);

  get size(): number {
    return this.live;
  }

  has(label: number): boolean {
    return this.alive[label] === 1;
  }

  private intern(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termList.push(term);
      this.vocab.set(term, id);
      this.dfHead = grow(this.dfHead, id + 1);
      this.dfBody = grow(this.dfBody, id + 1);
      this.dfCover = grow(this.dfCover, id + 1);
    }
    return id;
  }

  add(doc: LexicalDocument): void {
    const { label } = doc;
    if (this.alive[label]) throw new Error(`Passage ${label} staat al in de BM25-index.`);
    this.headLen = grow(this.headLen, label + 1);
    this.bodyLen = grow(this.bodyLen, label + 1);
    this.alive = grow(this.alive, label + 1);
    const head = counts(doc.head);
    const body = counts(doc.body);
    this.alive[label] = 1;
    this.headLen[label] = clamp16(head.size);
    this.bodyLen[label] = clamp16(body.size);
    this.live++;
    this.sumHead += this.headLen[label]!;
    this.sumBody += this.bodyLen[label]!;
    for (const term of new Set([...head.keys(), ...body.keys()])) {
      const id = this.intern(term);
      const h = head.get(term) ?? 0;
      const b = body.get(term) ?? 0;
      const d = (this.delta[id] ??= { docs: [], head: [], body: [] });
      d.docs.push(label);
      d.head.push(clamp16(h));
      d.body.push(clamp16(b));
      if (h) this.dfHead[id]!++;
      if (b) this.dfBody[id]!++;
    }
    for (const term of new Set(doc.cover)) this.dfCover[this.intern(term)]!++;
  }

  /** Removes a passage; its postings stay until the next snapshot and are skipped meanwhile. */
  remove(doc: LexicalDocument): void {
    const { label } = doc;
    if (!this.alive[label]) return;
    this.alive[label] = 0;
    this.live--;
    this.sumHead -= this.headLen[label]!;
    this.sumBody -= this.bodyLen[label]!;
    for (const t of new Set(doc.head)) this.dfHead[this.vocab.get(t)!]!--;
    for (const t of new Set(doc.body)) this.dfBody[this.vocab.get(t)!]!--;
    for (const t of new Set(doc.cover)) this.dfCover[this.vocab.get(t)!]!--;
  }

  /** Number of live passages whose index text contains `term` (for idf weights and coverage). */
  df(term: string): number {
    const id = this.vocab.get(term);
    return id === undefined ? 0 : this.dfCover[id]!;
  }

  /**
   * The `depth` best passages for the analysed query terms that `accept` lets through. Work is bounded: repeated
   * terms are scored once (weighted by their count), at most MAX_QUERY_TERMS distinct terms; at most
   * ACCUMULATOR_LIMIT passages hold a score (the rarest terms' passages first); terms in more than half of all
   * passages, and every term once the limit is reached, only add to the scores of passages found already, found in
   * their postings by galloping search.
   */
  search(queryTerms: readonly string[], depth: number, accept?: (label: number) => boolean): Array<{ label: number; score: number }> {
    const n = this.live;
    if (!n || !depth) return [];
    const terms = [...counts(queryTerms)]
      .map(([term, weight]) => ({ id: this.vocab.get(term), weight }))
      .filter((t): t is { id: number; weight: number } => t.id !== undefined && this.dfHead[t.id]! + this.dfBody[t.id]! > 0)
      .map((t) => ({ ...t, df: this.dfCover[t.id]! }))
      .sort((a, b) => a.df - b.df)
      .slice(0, MAX_QUERY_TERMS);
    if (!terms.length) return [];
    const hasRare = terms[0]!.df <= n * COMMON_SHARE;

    const cap = this.alive.length;
    if (this.acc.length < cap) {
      this.acc = new Float32Array(cap);
      this.matched = new Uint8Array(cap);
    }
    const { acc, matched, alive } = this;
    const touched: number[] = [];
    const avgHead = this.sumHead / n || 1;
    const avgBody = this.sumBody / n || 1;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const part = (tf: number, len: number, avg: number) => D + (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / avg));

    /** The candidates in ascending order, made when the first term only adds to them (none is added after). */
    let frozen: Uint32Array | undefined;
    for (const { id, weight } of terms) {
      const idfHead = this.dfHead[id]! > 0 ? weight * HEAD_BOOST * idf(this.dfHead[id]!) : 0;
      const idfBody = this.dfBody[id]! > 0 ? weight * idf(this.dfBody[id]!) : 0;
      const score = (label: number, th: number, tb: number) => {
        let s = 0;
        if (th) s += idfHead * part(th, this.headLen[label]!, avgHead);
        if (tb) s += idfBody * part(tb, this.bodyLen[label]!, avgBody);
        return s;
      };
      const from = id + 1 < this.baseOff.length ? this.baseOff[id]! : 0;
      const to = id + 1 < this.baseOff.length ? this.baseOff[id + 1]! : 0;
      const d = this.delta[id];
      // Terms come rarest first: once one only adds to the candidates, so do all after it.
      if (frozen || touched.length >= ACCUMULATOR_LIMIT || (hasRare && this.dfCover[id]! > n * COMMON_SHARE)) {
        frozen ??= Uint32Array.from(touched).sort();
        const add = (label: number, th: number, tb: number) => {
          acc[label]! += score(label, th, tb);
          matched[label]!++;
        };
        // Postings not much longer than the candidates are walked, each checked against them; longer ones are searched
        // for the candidates (a gallop costs a few steps per candidate, a walk one cheap check per posting).
        const walk = (postings: number) => postings < WALK_RATIO * frozen!.length;
        if (walk(to - from)) {
          for (let i = from; i < to; i++) if (matched[this.baseDocs[i]!]) add(this.baseDocs[i]!, this.baseHead[i]!, this.baseBody[i]!);
        } else intersect(frozen, this.baseDocs, from, to, (label, i) => add(label, this.baseHead[i]!, this.baseBody[i]!));
        if (d) {
          if (walk(d.docs.length)) {
            for (let i = 0; i < d.docs.length; i++) if (matched[d.docs[i]!]) add(d.docs[i]!, d.head[i]!, d.body[i]!);
          } else intersect(frozen, d.docs, 0, d.docs.length, (label, i) => add(label, d.head[i]!, d.body[i]!));
        }
        continue;
      }
      const postings = to - from + (d?.docs.length ?? 0);
      const room = ACCUMULATOR_LIMIT - touched.length;
      if (postings <= room) {
        // Room for every passage of this term.
        const visit = (label: number, th: number, tb: number) => {
          if (!alive[label]) return;
          if (!matched[label]) touched.push(label);
          acc[label]! += score(label, th, tb);
          matched[label]!++;
        };
        for (let i = from; i < to; i++) visit(this.baseDocs[i]!, this.baseHead[i]!, this.baseBody[i]!);
        if (d) for (let i = 0; i < d.docs.length; i++) visit(d.docs[i]!, d.head[i]!, d.body[i]!);
        continue;
      }
      // Passages found before get this term's part at once; new ones wait, so only the best of them take the room left.
      if (this.fresh.length < postings) {
        this.fresh = new Uint32Array(postings);
        this.freshScore = new Float64Array(postings);
        this.ranked = new Float64Array(postings);
      }
      const { fresh, freshScore, ranked } = this;
      let count = 0;
      const visit = (label: number, th: number, tb: number) => {
        if (!alive[label]) return;
        const s = score(label, th, tb);
        if (matched[label]) {
          acc[label]! += s;
          matched[label]!++;
        } else {
          fresh[count] = label;
          freshScore[count++] = s;
        }
      };
      for (let i = from; i < to; i++) visit(this.baseDocs[i]!, this.baseHead[i]!, this.baseBody[i]!);
      if (d) for (let i = 0; i < d.docs.length; i++) visit(d.docs[i]!, d.head[i]!, d.body[i]!);
      // Above the room, those with a part above the room's lowest come in, then ties in label order.
      let floor = -Infinity;
      let ties = 0;
      if (count > room) {
        ranked.set(freshScore.subarray(0, count));
        floor = kthLargest(ranked, count, room);
        ties = room;
        for (let k = 0; k < count; k++) if (freshScore[k]! > floor) ties--;
      }
      for (let k = 0; k < count; k++) {
        const s = freshScore[k]!;
        if (s < floor || (s === floor && ties-- <= 0)) continue;
        const label = fresh[k]!;
        touched.push(label);
        acc[label] = s;
        matched[label] = 1;
      }
    }

    const best = new TopK(depth);
    for (const label of touched) {
      const s = acc[label]! * matched[label]!;
      acc[label] = 0;
      matched[label] = 0;
      if (!accept || accept(label)) best.offer(label, s);
    }
    return best.sorted();
  }

  /** The index as one compact set of arrays: postings of removed passages dropped, terms no passage uses gone. */
  toParts(): LexicalParts {
    const ids = this.termList.map((_, id) => id).filter((id) => this.dfHead[id]! + this.dfBody[id]! + this.dfCover[id]! > 0);
    const off = new Uint32Array(ids.length + 1);
    let total = 0;
    for (const id of ids) total += (this.baseOff[id + 1] ?? 0) - (this.baseOff[id] ?? 0) + (this.delta[id]?.docs.length ?? 0);
    const docs = new Uint32Array(total);
    const tfHead = new Uint16Array(total);
    const tfBody = new Uint16Array(total);
    let p = 0;
    ids.forEach((id, t) => {
      off[t] = p;
      const push = (label: number, h: number, b: number) => {
        if (!this.alive[label]) return;
        docs[p] = label;
        tfHead[p] = h;
        tfBody[p] = b;
        p++;
      };
      if (id + 1 < this.baseOff.length) for (let i = this.baseOff[id]!; i < this.baseOff[id + 1]!; i++) push(this.baseDocs[i]!, this.baseHead[i]!, this.baseBody[i]!);
      const d = this.delta[id];
      if (d) for (let i = 0; i < d.docs.length; i++) push(d.docs[i]!, d.head[i]!, d.body[i]!);
    });
    off[ids.length] = p;
    const pick = (a: Int32Array) => Int32Array.from(ids, (id) => a[id]!);
    return {
      header: { terms: ids.map((id) => this.termList[id]!), live: this.live, sumHead: this.sumHead, sumBody: this.sumBody },
      arrays: {
        off,
        docs: docs.slice(0, p),
        tfHead: tfHead.slice(0, p),
        tfBody: tfBody.slice(0, p),
        dfHead: pick(this.dfHead),
        dfBody: pick(this.dfBody),
        dfCover: pick(this.dfCover),
        headLen: this.headLen,
        bodyLen: this.bodyLen,
        alive: this.alive,
      },
    };
  }

  static fromParts({ header, arrays }: LexicalParts): LexicalIndex {
    const index = new LexicalIndex();
    header.terms.forEach((t, id) => {
      index.vocab.set(t, id);
      index.termList.push(t);
    });
    index.baseOff = arrays.off;
    index.baseDocs = arrays.docs;
    index.baseHead = arrays.tfHead;
    index.baseBody = arrays.tfBody;
    // Counts change with every add and remove: own copies, not views on the file.
    index.dfHead = Int32Array.from(arrays.dfHead);
    index.dfBody = Int32Array.from(arrays.dfBody);
    index.dfCover = Int32Array.from(arrays.dfCover);
    index.headLen = Uint16Array.from(arrays.headLen);
    index.bodyLen = Uint16Array.from(arrays.bodyLen);
    index.alive = Uint8Array.from(arrays.alive);
    index.live = header.live;
    index.sumHead = header.sumHead;
    index.sumBody = header.sumBody;
    return index;
  }
}

/** The k highest scores seen (a min-heap), ties broken by the lower label. */
export class TopK {
  private readonly labels: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  private less(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.labels[i]! > this.labels[j]!);
  }

  private swap(i: number, j: number): void {
    [this.labels[i], this.labels[j]] = [this.labels[j]!, this.labels[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(label: number, score: number): void {
    if (this.labels.length < this.k) {
      this.labels.push(label);
      this.scores.push(score);
      for (let i = this.labels.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.less(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (score < this.scores[0]! || (score === this.scores[0]! && label > this.labels[0]!)) return;
    this.labels[0] = label;
    this.scores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.labels.length && this.less(l, m)) m = l;
      if (r < this.labels.length && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Array<{ label: number; score: number }> {
    return this.labels
      .map((label, i) => ({ label, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.label - b.label);
  }
}
