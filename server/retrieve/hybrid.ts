import { Catalog } from '../index/catalog.js';
import { DenseIndex } from '../index/dense.js';
import { LexicalIndex } from '../index/lexical.js';
import type { Passage, SearchFilters, SearchHit } from '../index/passage.js';
import type { PassageRow } from '../index/store.js';
import type { Analyzer } from './analysis.js';
import { HashingEmbeddings, type IdentifiedEmbeddings } from './embeddings.js';

// Hybrid retrieval: BM25 (typed-array postings over our Dutch analysis) and dense vectors (hnswlib) fused by
// reciprocal rank. Ranking works on labels only; passage texts are fetched for the hits that are returned.

export type SearchMode = 'bm25' | 'dense' | 'hybrid';

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
/**
 * At most this many passages per legal id: the built-in knowledge has at most 119 per id (protocol:ijssel-vecht,
 * 3 December 2026), so it always gets all of them; a corpus of 100,000 passages has thousands, and the answer
 * composer reads every passage it gets for each claim.
 */
export const LEGAL_ID_LIMIT = 128;

/** The text BM25 heads and the embedder see: "document › section" before the passage, so headings count. */
export function headText(p: Passage): string {
  return `${p.title}${p.section ? ` › ${p.section}` : ''}`;
}

export function indexText(p: Passage): string {
  return `${headText(p)}\n${p.text}`;
}

/** A passage with the terms of its index text, as the coverage score needs them. */
export interface PassageEntry {
  passage: Passage;
  terms: Set<string>;
}

/** Where passage texts live: in memory (tests, evaluation) or in the database (records in knowledge-index.ts). */
export interface PassageRecords {
  entry(label: number): PassageEntry | undefined;
  labelOf(id: string): number | undefined;
  /** Every live passage, in index order. */
  all(): Passage[];
}

/** The in-memory search structures, kept in step by `apply`. */
export interface SearchParts {
  lexical: LexicalIndex;
  catalog: Catalog;
  dense?: DenseIndex;
}

export function emptyParts(): SearchParts {
  return { lexical: new LexicalIndex(), catalog: new Catalog() };
}

/** Adds and removes passages in all search structures at once. */
export function applyRows(parts: SearchParts, added: PassageRow[], removed: PassageRow[]): void {
  for (const row of removed) {
    if (!parts.lexical.has(row.label)) continue;
    parts.lexical.remove({ label: row.label, head: row.head, body: row.body, cover: row.cover });
    parts.catalog.remove(row.label, row.passage);
    parts.dense?.remove(row.label);
  }
  for (const row of added) {
    if (!row.vector) throw new Error(`Passage ${row.passage.id} heeft geen vector.`);
    parts.dense ??= DenseIndex.create(row.vector.length, added.length);
    parts.dense.add(row.label, row.vector);
    parts.lexical.add({ label: row.label, head: row.head, body: row.body, cover: row.cover });
    parts.catalog.add(row.label, row.passage);
  }
}

export class HybridSearch {
  constructor(
    readonly analyzer: Analyzer,
    readonly embeddings: IdentifiedEmbeddings,
    private readonly records: PassageRecords,
    public parts: SearchParts,
    private readonly defaultMode: SearchMode = 'hybrid',
    private readonly denseWeight = DENSE_WEIGHT,
  ) {}

  get size(): number {
    return this.parts.lexical.size;
  }

  passages(): Passage[] {
    return this.records.all();
  }

  get(id: string): Passage | undefined {
    const label = this.records.labelOf(id);
    return label === undefined ? undefined : this.records.entry(label)?.passage;
  }

  /** Passages tagged with a legal id: wet first, then in index order; at most `limit`. */
  byLegalId(legalId: string, limit = LEGAL_ID_LIMIT): Passage[] {
    const out: Passage[] = [];
    for (const label of this.parts.catalog.byLegalId(legalId)) {
      if (out.length >= limit) break;
      if (!this.parts.lexical.has(label)) continue;
      const entry = this.records.entry(label);
      if (entry) out.push(entry.passage);
    }
    return out;
  }

  /** The regions that have passages (regional protocols). */
  regions(): string[] {
    return this.parts.catalog.regionNames();
  }

  /** In how many live passages the term occurs (their index text: heading and text). */
  documentFrequency(term: string): number {
    return this.parts.lexical.df(term);
  }

  private idf(term: string): number {
    const n = this.parts.lexical.size;
    const df = this.parts.lexical.df(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Normalised relevance in [0, 1]: the share of the question's content (each word or synonym phrase weighted by
   * rarity) that the passage contains. Words the knowledge never uses weigh most, so off-topic questions score low
   * and the composer can say it found nothing.
   */
  coverage(query: string, passage: Passage): number {
    const label = this.records.labelOf(passage.id);
    const entry = label === undefined ? undefined : this.records.entry(label);
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

  /** Synchronous search when the query vector is at hand (offline embedder, or a vector computed earlier). */
  searchWithVector(query: string, vector: number[] | undefined, opts: SearchOptions = {}): SearchHit[] {
    const k = opts.k ?? 8;
    const mode = opts.mode ?? this.defaultMode;
    const { lexical, catalog, dense } = this.parts;
    const accept = catalog.filter(opts.filters);
    const accepted = accept && ((label: number) => lexical.has(label) && accept(label));
    const lexicalHits = mode === 'dense' ? [] : lexical.search(this.analyzer.analyze(query), DEPTH, accepted);
    const denseHits = mode === 'bm25' || !vector || !dense ? [] : dense.search(vector, DEPTH, accepted);
    const fused = new Map<number, { rrf: number; bm25?: number; dense?: number }>();
    lexicalHits.forEach(({ label, score }, rank) => fused.set(label, { rrf: 1 / (RRF_K + rank + 1), bm25: score }));
    denseHits.forEach(({ label, score }, rank) => {
      const f = fused.get(label) ?? { rrf: 0 };
      f.rrf += this.denseWeight / (RRF_K + rank + 1);
      f.dense = score;
      fused.set(label, f);
    });
    const groups = this.queryGroups(query);
    const hits: SearchHit[] = [];
    for (const [label, scores] of [...fused.entries()].sort((a, b) => b[1].rrf - a[1].rrf)) {
      if (hits.length >= k) break;
      const entry = this.records.entry(label);
      if (!entry) continue;
      hits.push({ passage: entry.passage, score: Math.round(this.coverageOf(groups, entry.terms) * 1000) / 1000, scores });
    }
    return hits;
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
