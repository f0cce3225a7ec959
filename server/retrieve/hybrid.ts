import MiniSearch from 'minisearch';
import hnswlib from 'hnswlib-node';
import type { Passage, SearchFilters, SearchHit } from '../index/passage.js';
import type { Analyzer } from './analysis.js';
import { HashingEmbeddings, type IdentifiedEmbeddings } from './embeddings.js';

// Hybrid retrieval: BM25 (MiniSearch, Dutch analysis) and dense vectors (hnswlib) fused by reciprocal rank.

export type SearchMode = 'bm25' | 'dense' | 'hybrid';

export interface IndexedPassage {
  passage: Passage;
  vector: number[];
}

export interface SearchOptions {
  k?: number;
  filters?: SearchFilters;
  mode?: SearchMode;
}

const RRF_K = 60;
/** How many candidates each retriever contributes to the fusion. */
const DEPTH = 50;
/**
 * Weight of the dense ranking in the fusion (BM25 weighs 1). The offline embedder is weaker than BM25 on its own
 * (see `npm run eval:retrieval`); at half weight it breaks ties and rescues near misses without overruling BM25.
 */
export const DENSE_WEIGHT = 0.5;
/** hnswlib's search breadth; the default (10) misses true neighbours of these sparse hashed vectors. */
const EF_SEARCH = 200;

const TYPE_ORDER: Record<Passage['type'], number> = { wet: 0, beleidsregel: 1, protocol: 2, mas: 3, kennisbank: 4, handreiking: 5 };

/** The text BM25 and the embedder see: "document › section" before the passage, so headings count. */
export function indexText(p: Passage): string {
  return `${p.title}${p.section ? ` › ${p.section}` : ''}\n${p.text}`;
}

export function matchesFilters(p: Passage, f: SearchFilters | undefined): boolean {
  if (!f) return true;
  if (f.type?.length && !f.type.includes(p.type)) return false;
  // National passages (no region) apply in every region.
  if (f.region && p.region && p.region !== f.region) return false;
  if (f.validOn && ((p.geldigVanaf && p.geldigVanaf > f.validOn) || (p.geldigTot && p.geldigTot < f.validOn))) return false;
  if (f.legalId && !p.legalIds.includes(f.legalId)) return false;
  return true;
}

interface Entry {
  passage: Passage;
  label: number;
  terms: Set<string>;
}

export class HybridSearch {
  private readonly entries = new Map<string, Entry>();
  private readonly byLabel = new Map<number, Entry>();
  private readonly df = new Map<string, number>();
  private readonly lexical: MiniSearch<{ id: string; head: string; body: string }>;
  private dense: hnswlib.HierarchicalNSW | undefined;
  private nextLabel = 0;

  constructor(
    readonly analyzer: Analyzer,
    readonly embeddings: IdentifiedEmbeddings,
    private readonly defaultMode: SearchMode = 'hybrid',
    private readonly denseWeight = DENSE_WEIGHT,
  ) {
    const tokenize = (text: string) => analyzer.analyze(text);
    this.lexical = new MiniSearch({
      fields: ['head', 'body'],
      tokenize,
      processTerm: (t) => t,
      searchOptions: { tokenize, processTerm: (t) => t, boost: { head: 1.5 }, combineWith: 'OR' },
    });
  }

  get size(): number {
    return this.entries.size;
  }

  passages(): Passage[] {
    return [...this.entries.values()].map((e) => e.passage);
  }

  get(id: string): Passage | undefined {
    return this.entries.get(id)?.passage;
  }

  add(items: IndexedPassage[]): void {
    if (!items.length) return;
    this.remove(items.map((i) => i.passage.id));
    const dim = this.dense?.getNumDimensions() ?? items[0]!.vector.length;
    if (!this.dense) {
      this.dense = new hnswlib.HierarchicalNSW('cosine', dim);
      this.dense.initIndex(Math.max(64, items.length * 2), 16, 200, 100);
      this.dense.setEf(EF_SEARCH);
    }
    const needed = this.nextLabel + items.length;
    if (needed > this.dense.getMaxElements()) this.dense.resizeIndex(needed * 2);
    for (const { passage, vector } of items) {
      if (vector.length !== dim) throw new Error(`Vector van ${passage.id} heeft ${vector.length} dimensies in plaats van ${dim}.`);
      const label = this.nextLabel++;
      const head = `${passage.title}${passage.section ? ` › ${passage.section}` : ''}`;
      const terms = new Set(this.analyzer.analyze(indexText(passage)));
      const entry: Entry = { passage, label, terms };
      for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.entries.set(passage.id, entry);
      this.byLabel.set(label, entry);
      this.lexical.add({ id: passage.id, head, body: passage.text });
      this.dense.addPoint(vector, label);
    }
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      for (const t of entry.terms) {
        const n = (this.df.get(t) ?? 1) - 1;
        if (n > 0) this.df.set(t, n);
        else this.df.delete(t);
      }
      this.lexical.discard(id);
      this.dense?.markDelete(entry.label);
      this.entries.delete(id);
      this.byLabel.delete(entry.label);
    }
  }

  /** Passages tagged with a legal id: wet first, then in document order. */
  byLegalId(legalId: string): Passage[] {
    return [...this.entries.values()]
      .filter((e) => e.passage.legalIds.includes(legalId))
      .sort((a, b) => TYPE_ORDER[a.passage.type] - TYPE_ORDER[b.passage.type] || a.label - b.label)
      .map((e) => e.passage);
  }

  private idf(term: string): number {
    const n = this.entries.size;
    return Math.log(1 + (n - (this.df.get(term) ?? 0) + 0.5) / ((this.df.get(term) ?? 0) + 0.5));
  }

  /**
   * Normalised relevance in [0, 1]: the share of the question's content (each word or synonym phrase weighted by
   * rarity) that the passage contains. Words the knowledge never uses weigh most, so off-topic questions score low
   * and the composer can say it found nothing.
   */
  coverage(query: string, passage: Passage): number {
    const entry = this.entries.get(passage.id);
    if (!entry) return 0;
    return this.coverageOf(this.queryGroups(query), entry.terms);
  }

  private queryGroups(query: string): Array<{ alts: string[]; weight: number }> {
    const seen = new Set<string>();
    return this.analyzer
      .groups(query)
      .filter((g) => !seen.has(g[0]!) && seen.add(g[0]!))
      .map((alts) => ({ alts, weight: Math.max(...alts.map((t) => this.idf(t))) }));
  }

  private coverageOf(groups: Array<{ alts: string[]; weight: number }>, terms: Set<string>): number {
    let total = 0;
    let found = 0;
    for (const g of groups) {
      total += g.weight;
      if (g.alts.some((t) => terms.has(t))) found += g.weight;
    }
    return total ? found / total : 0;
  }

  private lexicalRanking(query: string, filters: SearchFilters | undefined): Array<{ entry: Entry; score: number }> {
    const results = this.lexical.search(query, filters ? { filter: (r) => matchesFilters(this.entries.get(r.id)!.passage, filters) } : {});
    return results.slice(0, DEPTH).map((r) => ({ entry: this.entries.get(r.id)!, score: r.score }));
  }

  private denseRanking(vector: number[], filters: SearchFilters | undefined): Array<{ entry: Entry; score: number }> {
    if (!this.dense || !this.entries.size) return [];
    const k = Math.min(DEPTH, this.entries.size);
    const filter = (label: number) => {
      const e = this.byLabel.get(label);
      return Boolean(e && matchesFilters(e.passage, filters));
    };
    const { neighbors, distances } = this.dense.searchKnn(vector, k, filter);
    return neighbors.map((label, i) => ({ entry: this.byLabel.get(label)!, score: 1 - distances[i]! }));
  }

  /** Synchronous search when the query vector is at hand (offline embedder, or a vector computed earlier). */
  searchWithVector(query: string, vector: number[] | undefined, opts: SearchOptions = {}): SearchHit[] {
    const k = opts.k ?? 8;
    const mode = opts.mode ?? this.defaultMode;
    const lexical = mode === 'dense' ? [] : this.lexicalRanking(query, opts.filters);
    const dense = mode === 'bm25' || !vector ? [] : this.denseRanking(vector, opts.filters);
    const fused = new Map<Entry, { rrf: number; bm25?: number; dense?: number }>();
    lexical.forEach(({ entry, score }, rank) => fused.set(entry, { rrf: 1 / (RRF_K + rank + 1), bm25: score }));
    dense.forEach(({ entry, score }, rank) => {
      const f = fused.get(entry) ?? { rrf: 0 };
      f.rrf += this.denseWeight / (RRF_K + rank + 1);
      f.dense = score;
      fused.set(entry, f);
    });
    const groups = this.queryGroups(query);
    return [...fused.entries()]
      .sort((a, b) => b[1].rrf - a[1].rrf)
      .slice(0, k)
      .map(([entry, scores]) => ({
        passage: entry.passage,
        score: Math.round(this.coverageOf(groups, entry.terms) * 1000) / 1000,
        scores,
      }));
  }

  /** The query vector, when it can be made without waiting (offline embedder): rare words weigh more. */
  queryVectorSync(query: string): number[] | undefined {
    if (!(this.embeddings instanceof HashingEmbeddings)) return undefined;
    return this.embeddings.embedSync(query, (t) => this.idf(t));
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const mode = opts.mode ?? this.defaultMode;
    if (mode === 'bm25') return this.searchWithVector(query, undefined, opts);
    const vector = this.queryVectorSync(query) ?? (await this.embeddings.embedQuery(query));
    return this.searchWithVector(query, vector, opts);
  }
}
