// A passage is the unit that is indexed, retrieved and cited (contract: GET /api/sources/:id).

export const DOC_TYPES = ['wet', 'protocol', 'mas', 'kennisbank', 'beleidsregel', 'handreiking'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export interface Passage {
  /** Stable id, resolvable at /api/sources/:id. */
  id: string;
  documentId: string;
  /** Document title. */
  title: string;
  /** Heading path, e.g. "Artikel 14 › Verlof wegens gewichtige omstandigheden". */
  section?: string;
  /** 1-based page in the original (PDF). */
  page?: number;
  url?: string;
  type: DocType;
  region?: string;
  geldigVanaf?: string;
  geldigTot?: string;
  laatstGecontroleerd?: string;
  /** Legal ids this passage states or explains ("lpw:14", "protocol:ijssel-vecht", "mazl"). */
  legalIds: string[];
  /** Exactly the text served by /api/sources/:id; citation quotes are verbatim spans of it. */
  text: string;
}

export interface SearchFilters {
  type?: DocType[];
  region?: string;
  /** ISO date: only passages valid on that date. */
  validOn?: string;
  legalId?: string;
}

export interface SearchHit {
  passage: Passage;
  /**
   * Normalised relevance in [0, 1]: the rarity-weighted share of the question's words (or synonym phrases) that the
   * passage contains. Hits are ordered by the fused rank, not by this score; a low top score means "not found".
   */
  score: number;
  /** Raw scores behind the ranking (for /api/search and debugging): reciprocal-rank fusion, BM25, cosine. */
  scores?: { rrf: number; bm25?: number; dense?: number };
}

/** What the rest of the server needs from the knowledge index. */
export interface KnowledgeIndex {
  search(query: string, opts?: { k?: number; filters?: SearchFilters }): Promise<SearchHit[]>;
  get(id: string): Passage | undefined;
  /** Passages tagged with a legal id, wet first. */
  byLegalId(legalId: string): Passage[];
  stats(): { documents: number; chunks: number };
  /** Every passage, in index order (for browsing the sources). */
  passages(): Passage[];
  /** The regions that have passages of their own (regional protocols), without reading every passage. */
  regions(): string[];
  /** In how many passages an analysed term occurs (heading and text), without reading every passage. */
  documentFrequency(term: string): number;
}
