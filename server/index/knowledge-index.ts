import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ingest, embedPassages, type IngestReport } from '../ingest/ingest.js';
import { chunkDocument } from '../ingest/chunk.js';
import { markdownBlocks } from '../ingest/markdown.js';
import { z } from 'zod';
import { createAnalyzer, loadLexicon, type Analyzer } from '../retrieve/analysis.js';
import { HashingEmbeddings, createEmbeddings, type IdentifiedEmbeddings } from '../retrieve/embeddings.js';
import { HybridSearch, indexText, type IndexedPassage, type SearchMode } from '../retrieve/hybrid.js';
import { DOC_TYPES, type KnowledgeIndex, type Passage, type SearchFilters, type SearchHit } from './passage.js';
import { decodeVector, writeIndex, type IndexFile } from './store.js';

// The knowledge index the server uses: built from knowledge/ (and the user's ingested folders) at start-up when
// missing or stale, searchable at once, and extendable at runtime with approved kennisbank answers.

export interface SearchableIndex extends KnowledgeIndex {
  search(query: string, opts?: { k?: number; filters?: SearchFilters; mode?: SearchMode }): Promise<SearchHit[]>;
  /** Synchronous search (offline embedder): the fast path for the ask pipeline. */
  searchSync(query: string, opts?: { k?: number; filters?: SearchFilters; mode?: SearchMode }): SearchHit[];
  /** The Dutch analysis used by the index (stems, compound parts, synonym groups). */
  analyze(text: string): string[];
  /** Normalised relevance of a passage for a question, in [0, 1]. */
  coverage(query: string, passage: Passage): number;
  passages(): Passage[];
}

export const runtimeDocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en streepjes'),
  title: z.string().trim().min(1).max(300),
  type: z.enum(DOC_TYPES).default('kennisbank'),
  url: z.string().url().optional(),
  region: z.string().min(1).optional(),
  geldigVanaf: z.iso.date().optional(),
  laatstGecontroleerd: z.iso.date().optional(),
  legalIds: z.array(z.string().min(1)).default([]),
  /** Markdown body; `##` headings (with optional `{ids}`) start passages. */
  body: z.string().trim().min(1).max(200_000),
});
/** A document published at runtime, e.g. an approved kennisbank answer. */
export type RuntimeDocument = z.input<typeof runtimeDocumentSchema>;

export interface OpenedKnowledgeIndex extends SearchableIndex {
  upsertDocument(doc: RuntimeDocument): Promise<Passage[]>;
  removeDocument(documentId: string): Promise<boolean>;
  report: IngestReport;
}

const DEFAULT_SYNONYMS = fileURLToPath(new URL('../../knowledge/synonyms.yaml', import.meta.url));

let cachedAnalyzer: Analyzer | undefined;
/** The analyser for the project's own vocabulary (knowledge/synonyms.yaml). */
export function defaultAnalyzer(): Analyzer {
  cachedAnalyzer ??= createAnalyzer(loadLexicon(DEFAULT_SYNONYMS));
  return cachedAnalyzer;
}

function analyzerFor(knowledgeDir: string): Analyzer {
  const file = join(knowledgeDir, 'synonyms.yaml');
  return existsSync(file) ? createAnalyzer(loadLexicon(file)) : createAnalyzer({ groups: [], lexicon: [] });
}

function searchable(search: HybridSearch): SearchableIndex {
  return {
    search: (query, opts) => search.search(query, opts),
    searchSync: (query, opts) => search.searchWithVector(query, search.queryVectorSync(query), opts),
    get: (id) => search.get(id),
    byLegalId: (id) => search.byLegalId(id),
    stats: () => {
      const docs = new Set<string>();
      for (const p of search.passages()) docs.add(p.documentId);
      return { documents: docs.size, chunks: search.size };
    },
    analyze: (text) => search.analyzer.analyze(text),
    coverage: (query, passage) => search.coverage(query, passage),
    passages: () => search.passages(),
  };
}

/** An index held in memory only, from passages (tests, evaluation). */
export async function buildMemoryIndex(
  passages: Passage[],
  opts: { analyzer?: Analyzer; embeddings?: IdentifiedEmbeddings; mode?: SearchMode } = {},
): Promise<SearchableIndex> {
  const analyzer = opts.analyzer ?? defaultAnalyzer();
  const embeddings = opts.embeddings ?? createEmbeddings({}, analyzer);
  const search = new HybridSearch(analyzer, embeddings, opts.mode);
  const vectors = await embeddings.embedDocuments(passages.map(indexText));
  search.add(passages.map((passage, i) => ({ passage, vector: vectors[i]! })));
  return searchable(search);
}

function entriesOf(index: IndexFile): IndexedPassage[] {
  return [...Object.values(index.files), ...Object.values(index.runtime)].flatMap((doc) =>
    doc.passages.map((passage, i) => ({ passage, vector: decodeVector(doc.vectors[i]!) })),
  );
}

/**
 * Opens the index under `dataDir`, first bringing it up to date with `knowledgeDir` and the user's folders from
 * the manifest (unchanged files are not re-read or re-embedded).
 */
export async function openKnowledgeIndex(opts: {
  knowledgeDir: string;
  dataDir: string;
  embeddings?: IdentifiedEmbeddings;
  env?: Parameters<typeof createEmbeddings>[0];
  mode?: SearchMode;
  warn?: (message: string) => void;
}): Promise<OpenedKnowledgeIndex> {
  const analyzer = analyzerFor(opts.knowledgeDir);
  let embeddings = opts.embeddings ?? createEmbeddings(opts.env ?? {}, analyzer);
  let report: IngestReport;
  try {
    report = await ingest({ dataDir: opts.dataDir, knowledgeDir: opts.knowledgeDir, embeddings });
  } catch (err) {
    // A configured embeddings endpoint that is down must not keep the service from starting: fall back offline.
    if (opts.embeddings || embeddings instanceof HashingEmbeddings) throw err;
    (opts.warn ?? console.warn)(`Het embeddings-endpoint werkt niet (${(err as Error).message}); Wegwijzer gebruikt de ingebouwde vectoren.`);
    embeddings = new HashingEmbeddings(analyzer);
    report = await ingest({ dataDir: opts.dataDir, knowledgeDir: opts.knowledgeDir, embeddings });
  }
  const state = report.index;
  const search = new HybridSearch(analyzer, embeddings, opts.mode);
  search.add(entriesOf(state));

  // Runtime changes are serialised so two publications never write the index at the same time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    ...searchable(search),
    report,
    upsertDocument: (input) =>
      serial(async () => {
        const parsed = runtimeDocumentSchema.safeParse(input);
        if (!parsed.success) {
          const i = parsed.error.issues[0]!;
          throw new Error(`Ongeldig document: veld '${i.path.join('.')}': ${i.message}`);
        }
        const { body, ...meta } = parsed.data;
        const doc = parsed.data;
        const fileOwner = Object.entries(state.files).find(([, d]) => d.documentId === doc.id);
        if (fileOwner) throw new Error(`Document-id '${doc.id}' hoort bij het bestand ${fileOwner[0]} en kan niet worden overschreven.`);
        const passages = await chunkDocument({ meta, blocks: markdownBlocks(body) });
        if (!passages.length) throw new Error(`Document '${doc.id}' bevat geen tekst.`);
        const vectors = await embedPassages(passages, embeddings);
        const old = state.runtime[doc.id];
        state.runtime[doc.id] = { hash: '', documentId: doc.id, passages, vectors };
        try {
          writeIndex(opts.dataDir, state);
        } catch (err) {
          if (old) state.runtime[doc.id] = old;
          else delete state.runtime[doc.id];
          throw err;
        }
        if (old) search.remove(old.passages.map((p) => p.id));
        search.add(passages.map((passage, i) => ({ passage, vector: decodeVector(vectors[i]!) })));
        return passages;
      }),
    removeDocument: (documentId) =>
      serial(async () => {
        const old = state.runtime[documentId];
        if (!old) return false;
        delete state.runtime[documentId];
        try {
          writeIndex(opts.dataDir, state);
        } catch (err) {
          state.runtime[documentId] = old;
          throw err;
        }
        search.remove(old.passages.map((p) => p.id));
        return true;
      }),
  };
}
