import { z } from 'zod';
import { analysisFingerprint } from '../ask/passage-analysis.js';
import { chunkDocument } from '../ingest/chunk.js';
import { ingest, preparePassages, type IngestReport } from '../ingest/ingest.js';
import { markdownBlocks } from '../ingest/markdown.js';
import type { Analyzer } from '../retrieve/analysis.js';
import { HashingEmbeddings, createEmbeddings, type IdentifiedEmbeddings } from '../retrieve/embeddings.js';
import { attachAnalysis } from '../retrieve/stored-analysis.js';
import { applyRows, emptyParts, HybridSearch, type PassageEntry, type PassageRecords, type SearchMode } from '../retrieve/hybrid.js';
import { openDatabase } from '../store/db.js';
import { analyzerFor, defaultAnalyzer } from './analyzers.js';
import { IndexFollower, type OpenReport } from './follower.js';
import { DOC_TYPES, type KnowledgeIndex, type Passage, type SearchFilters, type SearchHit } from './passage.js';
import { snapshotDir, type IndexFault } from './snapshot.js';
import { IndexStore, type PassageRow } from './store.js';

// The knowledge index the server uses: the database holds documents and passages (store.ts); this process keeps
// search structures that follow it (follower.ts), so changes committed by `npm run ingest` or by a publication in
// another process are searchable at the next request, without a restart.

export { defaultAnalyzer };

export interface SearchableIndex extends KnowledgeIndex {
  search(query: string, opts?: { k?: number; filters?: SearchFilters; mode?: SearchMode }): Promise<SearchHit[]>;
  /** Synchronous search (offline embedder): the fast path for the ask pipeline. */
  searchSync(query: string, opts?: { k?: number; filters?: SearchFilters; mode?: SearchMode }): SearchHit[];
  /** Passages tagged with a legal id, wet first; at most `limit` (default LEGAL_ID_LIMIT). */
  byLegalId(legalId: string, limit?: number): Passage[];
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
  report: IngestReport & { open: OpenReport };
  /** Reads the vector graph now, if it was not needed yet (opening leaves it for the first search that needs it). */
  warm(): void;
  /** Closes the database connection. */
  close(): void;
}

function searchable(search: HybridSearch, sync: () => void, stats: () => { documents: number; chunks: number }): SearchableIndex {
  return {
    search: (query, opts) => {
      sync();
      return search.search(query, opts);
    },
    searchSync: (query, opts) => {
      sync();
      return search.searchWithVector(query, search.queryVectorSync(query), opts);
    },
    get: (id) => {
      sync();
      return search.get(id);
    },
    byLegalId: (id, limit) => {
      sync();
      return search.byLegalId(id, limit);
    },
    stats: () => {
      sync();
      return stats();
    },
    analyze: (text) => search.analyzer.analyze(text),
    coverage: (query, passage) => search.coverage(query, passage),
    passages: () => {
      sync();
      return search.passages();
    },
    regions: () => {
      sync();
      return search.regions();
    },
    documentFrequency: (term) => {
      sync();
      return search.documentFrequency(term);
    },
  };
}

/** Passages held in memory by label (tests, evaluation). */
class MemoryRecords implements PassageRecords {
  private readonly entries = new Map<number, PassageEntry>();
  private readonly labels = new Map<string, number>();

  put(row: PassageRow): void {
    this.entries.set(row.label, { passage: row.passage, terms: new Set(row.cover) });
    this.labels.set(row.passage.id, row.label);
  }

  entry = (label: number) => this.entries.get(label);
  labelOf = (id: string) => this.labels.get(id);
  all = () => [...this.entries.values()].map((e) => e.passage);
}

/** A stored passage; its term set is made only when a coverage score needs it. */
class StoredEntry implements PassageEntry {
  private set: Set<string> | undefined;
  constructor(
    readonly passage: Passage,
    private readonly cover: string,
  ) {}

  get terms(): Set<string> {
    return (this.set ??= new Set(this.cover ? this.cover.split(' ') : []));
  }
}

/**
 * Passages read from the database by label, the most recent ones cached (rows never change once written). The cache
 * is bounded by the size of the passages, not their number: what a cached passage holds (its object, its sentences
 * with their terms) grows with its text, and a corpus of long protocol passages would otherwise grow the memory.
 */
class StoreRecords implements PassageRecords {
  private readonly cache = new Map<number, { entry: PassageEntry; size: number }>();
  private size = 0;
  /**
   * Characters of stored passage (JSON and coverage terms) kept: about 17,000 passages of the synthetic 100,000
   * (1.5 KB each), as many as the 16,384 of the count it replaces. Half as many read the same in a tenth of the
   * answers again, and the passages they let go become garbage of the old generation: the heap grew by 50 MB.
   */
  private static readonly CACHE_CHARS = 24 * 1024 * 1024;
  /** Whether the stored analyses were made the way this process analyses (else they are made anew per passage). */
  analysisCurrent = false;

  constructor(private readonly store: IndexStore) {}

  entry(label: number): PassageEntry | undefined {
    const cached = this.cache.get(label);
    if (cached) {
      // Most recently used last.
      this.cache.delete(label);
      this.cache.set(label, cached);
      return cached.entry;
    }
    const r = this.store.record(label);
    if (!r) return undefined;
    if (this.analysisCurrent) attachAnalysis(r.passage, (part) => this.store.analysisPart(label, part));
    const entry = new StoredEntry(r.passage, r.cover);
    this.cache.set(label, { entry, size: r.size });
    this.size += r.size;
    for (const [oldest, { size }] of this.cache) {
      if (this.size <= StoreRecords.CACHE_CHARS || oldest === label) break;
      this.cache.delete(oldest);
      this.size -= size;
    }
    return entry;
  }

  labelOf(id: string): number | undefined {
    return this.store.labelOf(id);
  }

  all(): Passage[] {
    return this.store.passages();
  }
}

/** An index held in memory only, from passages (tests, evaluation). */
export async function buildMemoryIndex(
  passages: Passage[],
  opts: { analyzer?: Analyzer; embeddings?: IdentifiedEmbeddings; mode?: SearchMode } = {},
): Promise<SearchableIndex> {
  const analyzer = opts.analyzer ?? defaultAnalyzer();
  const embeddings = opts.embeddings ?? createEmbeddings({}, analyzer);
  const prepared = await preparePassages(passages, analyzer, embeddings);
  const rows: PassageRow[] = prepared.map((p, i) => ({ label: i + 1, ...p }));
  const records = new MemoryRecords();
  for (const row of rows) records.put(row);
  const parts = emptyParts();
  applyRows(parts, rows, []);
  const search = new HybridSearch(analyzer, embeddings, records, parts, opts.mode);
  const documents = new Set(passages.map((p) => p.documentId)).size;
  return searchable(search, () => undefined, () => ({ documents, chunks: search.size }));
}

/**
 * Opens the index under `dataDir`, first bringing the database up to date with `knowledgeDir` and the user's
 * folders (unchanged files are not re-read or re-embedded), then loading the saved search structures.
 */
export async function openKnowledgeIndex(opts: {
  knowledgeDir: string;
  dataDir: string;
  embeddings?: IdentifiedEmbeddings;
  env?: Parameters<typeof createEmbeddings>[0];
  /** The analyser, when the caller has it already; by default that of `knowledgeDir`. */
  analyzer?: Analyzer;
  mode?: SearchMode;
  warn?: (message: string) => void;
  /** Skip scanning the folders (the database is known to be current, e.g. right after `npm run ingest`). */
  skipIngest?: boolean;
  /** Save a snapshot whenever something changed since the last one. */
  alwaysSnapshot?: boolean;
  fault?: IndexFault;
}): Promise<OpenedKnowledgeIndex> {
  const db = openDatabase(opts.dataDir);
  const store = new IndexStore(db);
  const analyzer = opts.analyzer ?? analyzerFor(opts.knowledgeDir);
  let embeddings = opts.embeddings ?? createEmbeddings(opts.env ?? {}, analyzer);
  const scan = () => ingest({ dataDir: opts.dataDir, knowledgeDir: opts.knowledgeDir, embeddings, analyzer });
  let report: IngestReport;
  try {
    if (opts.skipIngest) report = { added: [], updated: [], removed: [], unchanged: 0, skipped: [], warnings: [], written: false, files: 0, passages: 0 };
    else {
      try {
        report = await scan();
      } catch (err) {
        // A configured embeddings endpoint that is down must not keep the service from starting: fall back offline.
        if (opts.embeddings || embeddings instanceof HashingEmbeddings) throw err;
        (opts.warn ?? console.warn)(`Het embeddings-endpoint werkt niet (${(err as Error).message}); Wegwijzer gebruikt de ingebouwde vectoren.`);
        embeddings = new HashingEmbeddings(analyzer);
        report = await scan();
      }
    }
  } catch (err) {
    db.close();
    throw err;
  }
  // The saved search structures, with what the scan committed applied on top; the vector graph is read at its first
  // use or by `warm`.
  const follower = await IndexFollower.open(store, { dir: snapshotDir(opts.dataDir), fault: opts.fault, warn: opts.warn, alwaysSnapshot: opts.alwaysSnapshot });
  const records = new StoreRecords(store);
  const fingerprint = analysisFingerprint(analyzer);
  records.analysisCurrent = store.meta('analysis') === fingerprint;
  const search = new HybridSearch(analyzer, embeddings, records, follower.parts, opts.mode);
  let counts = store.counts();
  const catchUp = () => {
    if (!follower.sync()) return;
    search.parts = follower.parts;
    counts = store.counts();
    // An ingest may have stored the analyses anew (store.reanalyse).
    records.analysisCurrent = store.meta('analysis') === fingerprint;
  };
  // Committed changes of any process are picked up before each use: one indexed read, done once per turn of the
  // event loop (within one synchronous answer nothing else can have been observed anyway).
  let checked = false;
  const sync = () => {
    if (checked) return;
    checked = true;
    setImmediate(() => (checked = false));
    catchUp();
  };

  // Runtime changes are serialised so two publications of this process never interleave their preparation.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const fileOwner = (id: string) => store.document(id)?.source;

  return {
    ...searchable(search, sync, () => counts),
    report: { ...report, open: follower.report },
    warm: () => {
      sync();
      search.parts.dense?.load();
    },
    close: () => {
      follower.close();
      db.close();
    },
    upsertDocument: (input) =>
      serial(async () => {
        const parsed = runtimeDocumentSchema.safeParse(input);
        if (!parsed.success) {
          const i = parsed.error.issues[0]!;
          throw new Error(`Ongeldig document: veld '${i.path.join('.')}': ${i.message}`);
        }
        const { body, ...meta } = parsed.data;
        const owner = fileOwner(meta.id);
        if (owner) throw new Error(`Document-id '${meta.id}' hoort bij het bestand ${owner} en kan niet worden overschreven.`);
        const passages = await chunkDocument({ meta, blocks: markdownBlocks(body) });
        if (!passages.length) throw new Error(`Document '${meta.id}' bevat geen tekst.`);
        const prepared = await preparePassages(passages, analyzer, embeddings);
        store.write((w) => {
          // Checked again inside the transaction: an ingest may have claimed the id meanwhile.
          const claimed = fileOwner(meta.id);
          if (claimed) throw new Error(`Document-id '${meta.id}' hoort bij het bestand ${claimed} en kan niet worden overschreven.`);
          w.putDocument({ id: meta.id, hash: '' }, prepared);
          opts.fault?.beforeCommit?.();
        });
        catchUp();
        return passages;
      }),
    removeDocument: (documentId) =>
      serial(async () => {
        const removed = store.write((w) => {
          const gone = !fileOwner(documentId) && w.removeDocument(documentId);
          opts.fault?.beforeCommit?.();
          return gone;
        });
        catchUp();
        return removed;
      }),
  };
}
