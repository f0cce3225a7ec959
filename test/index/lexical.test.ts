import { describe, expect, it } from 'vitest';
import { ACCUMULATOR_LIMIT, LexicalIndex, type LexicalDocument } from '../../server/index/lexical.js';
import { random } from '../../scripts/synthetic-corpus.js';

// BM25 with bounded work per query (issue 13): whatever the corpus size, at most ACCUMULATOR_LIMIT passages hold a
// score; the term that fills the room lets in the passages it weighs most in; every candidate still gets the part of
// every query term, wherever its postings live (loaded from a snapshot or added since), so scores stay exact BM25+.

/** Passages over a vocabulary where word i is found in about share(i) of them; some words repeated. */
function corpus(n: number, words: Array<{ word: string; share: number }>, seed = 1): LexicalDocument[] {
  const rand = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const body: string[] = [];
    for (const { word, share } of words) if (rand() < share) for (let r = rand() < 0.2 ? 3 : 1; r > 0; r--) body.push(word);
    const filler = Array.from({ length: 2 + Math.floor(rand() * 20) }, (_, k) => `vul${(i * 7 + k) % 500}`);
    const head = rand() < 0.3 && body.length ? [body[0]!] : [];
    const all = [...body, ...filler];
    return { label: i + 1, head, body: all, cover: [...new Set([...head, ...all])] };
  });
}

// The scoring the index implements: MiniSearch's BM25+ over two fields, the heading weighing 1.5, times the number
// of distinct query terms matched.
function scorer(docs: LexicalDocument[]): (query: string[], label: number) => number {
  const n = docs.length;
  const fields = ['head', 'body'] as const;
  const avg = Object.fromEntries(fields.map((f) => [f, docs.reduce((a, d) => a + new Set(d[f]).size, 0) / n || 1]));
  const df = Object.fromEntries(fields.map((f) => {
    const m = new Map<string, number>();
    for (const d of docs) for (const t of new Set(d[f])) m.set(t, (m.get(t) ?? 0) + 1);
    return [f, m];
  }));
  const byLabel = new Map(docs.map((d) => [d.label, d]));
  const idf = (x: number) => Math.log(1 + (n - x + 0.5) / (x + 0.5));
  return (query, label) => {
    const doc = byLabel.get(label)!;
    let sum = 0;
    let matched = 0;
    const weights = new Map<string, number>();
    for (const t of query) weights.set(t, (weights.get(t) ?? 0) + 1);
    for (const [t, w] of weights) {
      let s = 0;
      for (const f of fields) {
        const tf = doc[f].filter((x) => x === t).length;
        if (!tf) continue;
        const len = new Set(doc[f]).size;
        s += w * (f === 'head' ? 1.5 : 1) * idf(df[f]!.get(t)!) * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * len) / avg[f]!)));
      }
      if (s > 0) matched++;
      sum += s;
    }
    return sum * matched;
  };
}

function build(docs: LexicalDocument[]): LexicalIndex {
  const index = new LexicalIndex();
  for (const d of docs) index.add(d);
  return index;
}

/** The labels a search scores (its `accept` sees each candidate once). */
function candidates(index: LexicalIndex, query: string[], depth: number) {
  const seen: number[] = [];
  const hits = index.search(query, depth, (label) => (seen.push(label), true));
  return { hits, seen };
}

const words = [
  { word: 'zeldzaam', share: 0.01 },
  { word: 'weinig', share: 0.04 },
  { word: 'matig', share: 0.12 },
  { word: 'vaak', share: 0.3 },
  { word: 'meestal', share: 0.45 },
  { word: 'bijna', share: 0.7 },
];

describe('BM25 with bounded work', () => {
  it('scores every candidate with every query term exactly, for a small corpus and a large one', () => {
    for (const n of [300, 6000]) {
      const docs = corpus(n, words);
      const index = build(docs);
      const fullScore = scorer(docs);
      for (const query of [['zeldzaam', 'vaak'], ['weinig', 'matig', 'meestal', 'bijna'], ['vaak', 'vaak', 'bijna'], ['matig']]) {
        const { hits } = candidates(index, query, 20);
        expect(hits.length, query.join(' ')).toBeGreaterThan(0);
        for (const h of hits) expect(h.score, `${n} ${query.join(' ')} ${h.label}`).toBeCloseTo(fullScore(query, h.label), 3);
        // Best first, ties by label.
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score > hits[i]!.score || (hits[i - 1]!.score === hits[i]!.score && hits[i - 1]!.label < hits[i]!.label)).toBe(true);
      }
    }
  });

  it('below the limit, every passage with a term of the question is a candidate (nothing is pruned)', () => {
    const docs = corpus(400, words.slice(0, 4));
    const index = build(docs);
    const query = ['weinig', 'matig', 'vaak'];
    const { seen } = candidates(index, query, 1000);
    const expected = docs.filter((d) => query.some((t) => d.cover.includes(t))).map((d) => d.label);
    expect(seen.sort((a, b) => a - b)).toEqual(expected);
  });

  it('never holds more than ACCUMULATOR_LIMIT candidates, however common the words', () => {
    const docs = corpus(8000, words);
    const index = build(docs);
    for (const query of [['zeldzaam', 'vaak'], ['meestal', 'vaak', 'matig'], ['bijna'], ['weinig', 'matig', 'vaak', 'meestal', 'bijna']]) {
      const { seen, hits } = candidates(index, query, 50);
      expect(seen.length, query.join(' ')).toBeLessThanOrEqual(ACCUMULATOR_LIMIT);
      expect(hits.length).toBe(50);
    }
  });

  it('lets in the passages the filling term weighs most in, and keeps every passage of the rarer terms', () => {
    const docs = corpus(8000, words);
    const index = build(docs);
    const { seen } = candidates(index, ['zeldzaam', 'vaak'], 2000);
    const got = new Set(seen);
    // Every passage with the rare word is in (it came first).
    for (const d of docs.filter((d) => d.cover.includes('zeldzaam'))) expect(got.has(d.label)).toBe(true);
    // Of the passages with only the common word, those let in weigh it at least as much as those left out.
    const fullScore = scorer(docs);
    const part = (d: LexicalDocument) => fullScore(['vaak'], d.label);
    const common = docs.filter((d) => d.cover.includes('vaak') && !d.cover.includes('zeldzaam'));
    const inside = common.filter((d) => got.has(d.label)).map(part);
    const outside = common.filter((d) => !got.has(d.label)).map(part);
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    expect(Math.min(...inside)).toBeGreaterThanOrEqual(Math.max(...outside) - 1e-9);
  });

  it('ranks the same whether postings come from a snapshot, were added since, or both', () => {
    const docs = corpus(6000, words, 7);
    const direct = build(docs);
    const loaded = LexicalIndex.fromParts(direct.toParts());
    const mixed = LexicalIndex.fromParts(build(docs.slice(0, 3500)).toParts());
    for (const d of docs.slice(3500)) mixed.add(d);
    for (const query of [['zeldzaam', 'vaak', 'bijna'], ['weinig', 'meestal'], ['matig', 'vaak', 'meestal', 'bijna']]) {
      const want = direct.search(query, 30);
      expect(loaded.search(query, 30), query.join(' ')).toEqual(want);
      expect(mixed.search(query, 30), query.join(' ')).toEqual(want);
    }
  });

  it('leaves removed passages out, from the snapshot and from what was added since', () => {
    const docs = corpus(3000, words, 3);
    const index = LexicalIndex.fromParts(build(docs.slice(0, 2000)).toParts());
    for (const d of docs.slice(2000)) index.add(d);
    const gone = docs.filter((d) => d.cover.includes('weinig')).filter((_, i) => i % 2 === 0);
    for (const d of gone) index.remove(d);
    const labels = new Set(gone.map((d) => d.label));
    const hits = index.search(['weinig', 'vaak'], 500);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => labels.has(h.label))).toBe(false);
  });
});
