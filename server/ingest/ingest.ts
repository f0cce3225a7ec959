import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { analysisFingerprint, encodeAnalysis } from '../ask/passage-analysis.js';
import { analyzerFor } from '../index/analyzers.js';
import type { Passage } from '../index/passage.js';
import { snapshotDir } from '../index/snapshot.js';
import { IndexStore, Staging, legacyIndexFile, legacyRoots, type PreparedPassage, type SourceRoot, type StoredDocument } from '../index/store.js';
import type { Analyzer } from '../retrieve/analysis.js';
import type { IdentifiedEmbeddings } from '../retrieve/embeddings.js';
import { headText, indexText } from '../retrieve/hybrid.js';
import { openDatabase } from '../store/db.js';
import { CHUNKER_VERSION, chunkDocument } from './chunk.js';
import { LoadError, slugify } from './document.js';
import { isSupported, loadFile, readError } from './load.js';

// Incremental ingestion into the database (server/index/store.ts): every file under the source roots is hashed;
// only new or changed files are loaded, chunked, analysed and embedded; files that disappeared leave the index.
// All that work happens first; the result is then written in one transaction, which is planned again when another
// writer (the server publishing an answer, a second ingest) committed in between, so neither loses the other's work.

export interface IngestReport {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  skipped: Array<{ file: string; reason: string }>;
  /** Ingested, but something looks wrong (an unknown legal id). */
  warnings: Array<{ file: string; reason: string }>;
  written: boolean;
  /** Files and passages in the index afterwards. */
  files: number;
  passages: number;
}

export interface IngestOptions {
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  /** The Dutch analysis for BM25 and coverage; by default that of `knowledgeDir`. */
  analyzer?: Analyzer;
  /** The built-in knowledge folder; always a root. */
  knowledgeDir?: string;
  /** Roots to add (CLI); stored in the database and scanned on every later run. */
  add?: SourceRoot[];
  /** Roots to forget. */
  forget?: string[];
  /** Test hook: runs inside the transaction when every row is written, before the commit. */
  beforeCommit?: () => void;
  onFile?: (file: string, status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'overgeslagen') => void;
  /** Files larger than this are skipped (default 50 MB; env INGEST_MAX_MB). */
  maxBytes?: number;
}

const IGNORED = /^(\.|~\$)|^readme\.md$/i;

/**
 * Legal ids as in the contract: lpw:14, lpw:5b, wvo:8.30, web:9.2.1, protocol:<regio>, mas, mazl, duo, … The
 * knowledge writes article 5a (trekkend bestaan) as lpw:art5a, because lpw:5a means article 5 onder a. Every part
 * of a dotted article number may carry a letter, as the WEB numbers its inserted articles (web:8.1.7d, wvo:2.107b).
 */
// The Awb numbers its articles per chapter (awb:6:16).
export const LEGAL_ID = /^((lpw|wvo|web|wpo|wec|wrod|brod):(art)?\d+[a-z]?(\.\d+[a-z]?)*|awb:\d+:\d+[a-z]?|protocol:[a-z0-9-]+|beleidsregel-verlof|mas|mazl|duo)$/;

async function listFiles(root: string): Promise<string[]> {
  const info = await stat(root);
  if (info.isFile()) return [root];
  const out: string[] = [];
  for (const entry of (await readdir(root, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.test(entry.name)) continue;
    const full = join(root, entry.name);
    // Follow symlinks; a broken one is listed so the report names it.
    const kind = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
    if (kind?.isDirectory()) out.push(...(await listFiles(full)));
    else if ((!kind || kind.isFile()) && isSupported(full)) out.push(full);
  }
  return out;
}

function fileHash(data: Buffer, root: SourceRoot): string {
  return createHash('sha256')
    .update(`chunker:${CHUNKER_VERSION}\0${root.type ?? ''}\0${root.region ?? ''}\0${root.url ?? ''}\0`)
    .update(data)
    .digest('hex');
}

/**
 * Analyses (BM25 fields, coverage terms, what an answer needs of its sentences) and embeds passages for storing. Each passage is analysed once: the index
 * text is heading + text, so its terms are those of the two fields, and the offline embedder takes them as they are.
 */
export async function preparePassages(passages: Passage[], analyzer: Analyzer, embeddings: IdentifiedEmbeddings): Promise<PreparedPassage[]> {
  const analysed = passages.map((p) => ({ head: analyzer.analyze(headText(p)), body: analyzer.analyze(p.text) }));
  const vectors = await embeddings.embedPassages(
    passages.map(indexText),
    analysed.map((a) => [...a.head, ...a.body]),
  );
  return passages.map((passage, i) => {
    const { head, body } = analysed[i]!;
    return { passage, head, body, cover: [...new Set([...head, ...body])], vector: vectors[i]!, analysis: encodeAnalysis(passage, analyzer) };
  });
}

const DEFAULT_MAX_MB = 50;
/** Prepared passages are staged in the database once this many have gathered (memory stays bounded). */
const STAGE_BATCH = 1000;

interface Plan {
  report: Omit<IngestReport, 'files' | 'passages' | 'written'>;
  roots: SourceRoot[];
  /** Documents to write, each with the key its staged passages are under. */
  puts: Array<{ doc: StoredDocument; key: string }>;
  removals: string[];
  /** Every passage in the index after this plan is prepared by it (a new index, or another embedder or vocabulary). */
  preparesAll: boolean;
}

/**
 * Files prepared by this ingest, by path and hash, with their passages staged in the database; kept across planning
 * attempts so a retry does not embed twice.
 */
type PreparedFiles = Map<string, { documentId: string; legalIds: string[] }>;

/** Gathers prepared passages and stages them in batches. */
class Stager {
  private pending: Array<{ key: string; passages: PreparedPassage[] }> = [];
  private count = 0;
  private attempts = 0;
  constructor(readonly staging: Staging) {}

  add(key: string, passages: PreparedPassage[]): void {
    this.pending.push({ key, passages });
    this.count += passages.length;
    if (this.count >= STAGE_BATCH) this.flush();
  }

  /** A fresh number for keys that must not be reused across planning attempts. */
  nextAttempt(): number {
    return ++this.attempts;
  }

  flush(): void {
    if (!this.pending.length) return;
    this.staging.stage(this.pending);
    this.pending = [];
    this.count = 0;
  }
}

async function plan(store: IndexStore, opts: IngestOptions, analyzer: Analyzer, cache: PreparedFiles, stager: Stager): Promise<Plan> {
  const maxBytes = opts.maxBytes ?? (Number(process.env.INGEST_MAX_MB) > 0 ? Number(process.env.INGEST_MAX_MB) : DEFAULT_MAX_MB) * 1024 * 1024;
  const report: Plan['report'] = { added: [], updated: [], removed: [], unchanged: 0, skipped: [], warnings: [] };
  const reuse = store.meta('embedder') === opts.embeddings.id && store.meta('analyzer') === analyzer.fingerprint;
  const documents = store.documents();
  const bySource = new Map(documents.flatMap((d) => (d.source ? [[d.source, d] as const] : [])));
  const puts: Plan['puts'] = [];
  const runtime = documents.filter((d) => !d.source);
  if (!reuse) {
    // Another embedder or vocabulary: runtime documents keep their passages and are analysed and embedded anew (on
    // every attempt: a publication may have changed them meanwhile).
    for (const doc of runtime) {
      const key = `\0runtime\0${doc.id}\0${stager.nextAttempt()}`;
      stager.add(key, await preparePassages(store.documentPassages(doc.id).map((r) => r.passage), analyzer, opts.embeddings));
      puts.push({ doc, key });
    }
  }

  const stored = store.roots();
  const forget = new Set((opts.forget ?? []).map((p) => resolve(p)));
  const roots = new Map<string, SourceRoot>();
  if (opts.knowledgeDir) roots.set(resolve(opts.knowledgeDir), { path: resolve(opts.knowledgeDir), builtin: true });
  const earlier = stored.length || documents.length ? stored : legacyRoots(opts.dataDir);
  for (const r of [...earlier, ...(opts.add ?? [])]) {
    const path = resolve(r.path);
    // A built-in root from an earlier run is replaced when the knowledge folder moved.
    if (forget.has(path) || (r.builtin && opts.knowledgeDir && path !== resolve(opts.knowledgeDir))) continue;
    if (!roots.get(path)?.builtin) roots.set(path, { ...r, path });
  }

  const next: SourceRoot[] = [];
  const seen = new Set<string>();
  const kept = new Set<string>();
  const usedIds = new Map<string, string>(runtime.map((d) => [d.id, '(kennisbank, toegevoegd tijdens gebruik)']));
  for (const root of roots.values()) {
    let files: string[];
    try {
      files = await listFiles(root.path);
    } catch (err) {
      // A folder that is gone is reported and forgotten; its files leave the index below.
      report.skipped.push({ file: root.path, reason: readError(err) });
      continue;
    }
    next.push(root);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      let data: Buffer;
      try {
        // Checked before reading: a huge file would exhaust memory (PDF) or the splitter's stack (text).
        const { size } = await stat(file);
        if (size > maxBytes) throw new LoadError(file, `het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB; splits het op of verklein het`);
        data = await readFile(file);
      } catch (err) {
        report.skipped.push({ file, reason: err instanceof LoadError ? err.reason : readError(err) });
        opts.onFile?.(file, 'overgeslagen');
        continue;
      }
      const hash = fileHash(data, root);
      const old = bySource.get(file);
      const key = `${file}\0${hash}`;
      let documentId: string;
      let changed = false;
      if (reuse && old && old.hash === hash) {
        documentId = old.id;
        report.unchanged++;
        opts.onFile?.(file, 'ongewijzigd');
      } else {
        let prepared = cache.get(key);
        if (!prepared) {
          let passages: Passage[];
          let id: string;
          try {
            const doc = await loadFile(file, { type: root.type, region: root.region, url: root.url }, data);
            const owner = usedIds.get(doc.meta.id);
            if (owner) {
              // An id from front matter is the author's choice: a clash is an error. An id made from the file name
              // ("protocol.pdf" in two folders) gets a suffix from the path.
              if (doc.meta.id !== slugify(basename(file).replace(/\.[^.]+$/, ''))) {
                throw new LoadError(file, `document-id '${doc.meta.id}' wordt al gebruikt door ${owner}`);
              }
              doc.meta.id = `${doc.meta.id}-${createHash('sha256').update(file).digest('hex').slice(0, 6)}`;
            }
            passages = await chunkDocument(doc);
            id = doc.meta.id;
          } catch (err) {
            // One bad file never stops the ingest (nor the server start-up that runs it): it is reported and skipped.
            report.skipped.push({ file, reason: err instanceof LoadError ? err.reason : `kon niet worden verwerkt (${err instanceof Error ? err.message.slice(0, 120) : 'onbekende fout'})` });
            opts.onFile?.(file, 'overgeslagen');
            continue;
          }
          // An embeddings failure is no fault of the file: it stops this ingest, and the stored index stays.
          stager.add(key, await preparePassages(passages, analyzer, opts.embeddings));
          prepared = { documentId: id, legalIds: [...new Set(passages.flatMap((p) => p.legalIds))] };
          cache.set(key, prepared);
        }
        documentId = prepared.documentId;
        changed = true;
        const unknown = prepared.legalIds.filter((id) => !LEGAL_ID.test(id));
        if (unknown.length) report.warnings.push({ file, reason: `onbekende wettelijke id's: ${unknown.join(', ')}` });
        (old ? report.updated : report.added).push(file);
        opts.onFile?.(file, old ? 'gewijzigd' : 'nieuw');
      }
      if (usedIds.has(documentId)) {
        report.skipped.push({ file, reason: `document-id '${documentId}' wordt al gebruikt door ${usedIds.get(documentId)}` });
        continue;
      }
      usedIds.set(documentId, file);
      kept.add(file);
      if (changed) puts.push({ doc: { id: documentId, source: file, hash }, key });
    }
  }
  // Files that are gone, and files that became unreadable (their old content may no longer be true), leave the index.
  report.removed = [...bySource.keys()].filter((source) => !kept.has(source));
  const removals = report.removed.map((source) => bySource.get(source)!.id);
  return { report, roots: next, puts, removals, preparesAll: !reuse || documents.length === 0 };
}

export async function ingest(opts: IngestOptions): Promise<IngestReport> {
  const analyzer = opts.analyzer ?? analyzerFor(opts.knowledgeDir);
  const db = openDatabase(opts.dataDir);
  const store = new IndexStore(db);
  let staging: Staging | undefined;
  try {
    staging = Staging.open(db, snapshotDir(opts.dataDir));
    const stager = new Stager(staging);
    const cache: PreparedFiles = new Map();
    for (;;) {
      const generation = store.generation;
      const p = await plan(store, opts, analyzer, cache, stager);
      stager.flush();
      // Written only if nobody committed since the plan was made; otherwise planned again on the new state.
      const committed = store.write((w) => {
        if (w.generation !== generation + 1) return false;
        w.setRoots(p.roots);
        w.setMeta('embedder', opts.embeddings.id);
        w.setMeta('analyzer', analyzer.fingerprint);
        // Otherwise passages kept from before may have been analysed another way: `reanalyse` below sees to them.
        if (p.preparesAll) w.setMeta('analysis', analysisFingerprint(analyzer));
        for (const id of p.removals) w.removeDocument(id);
        for (const { doc, key } of p.puts) w.putStagedDocument(doc, stager.staging, key);
        opts.beforeCommit?.();
        return true;
      });
      if (!committed) continue;
      // Its folders are in the database now.
      rmSync(legacyIndexFile(opts.dataDir), { force: true });
      const documents = store.documents();
      const result = {
        ...p.report,
        written: store.generation !== generation,
        files: documents.filter((d) => d.source).length,
        passages: store.counts().chunks,
      };
      store.reanalyse(analysisFingerprint(analyzer), (passage) => encodeAnalysis(passage, analyzer));
      return result;
    }
  } finally {
    try {
      staging?.close();
    } finally {
      db.close();
    }
  }
}
