import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Passage } from '../index/passage.js';
import {
  CorruptIndexError,
  type IndexFile,
  type SourceRoot,
  type StoredDocument,
  emptyIndex,
  encodeVector,
  readIndex,
  writeIndex,
} from '../index/store.js';
import type { IdentifiedEmbeddings } from '../retrieve/embeddings.js';
import { indexText } from '../retrieve/hybrid.js';
import { CHUNKER_VERSION, chunkDocument } from './chunk.js';
import { LoadError, slugify } from './document.js';
import { isSupported, loadFile, readError } from './load.js';

// Incremental ingestion: every file under the source roots is hashed; only new or changed files are loaded, chunked
// and embedded; files that disappeared leave the index. The result is written atomically (store.ts).

export interface IngestReport {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  skipped: Array<{ file: string; reason: string }>;
  /** Ingested, but something looks wrong (an unknown legal id). */
  warnings: Array<{ file: string; reason: string }>;
  /** Set when the stored index was unusable and was rebuilt. */
  recovered?: string;
  written: boolean;
  bytes?: number;
  index: IndexFile;
}

export interface IngestOptions {
  dataDir: string;
  embeddings: IdentifiedEmbeddings;
  /** The built-in knowledge folder; always a root. */
  knowledgeDir?: string;
  /** Roots to add (CLI); stored in the manifest and scanned on every later run. */
  add?: SourceRoot[];
  /** Roots to forget. */
  forget?: string[];
  /** Test hook: runs when the new index file is complete, before it replaces the old one. */
  beforeRename?: () => void;
  onFile?: (file: string, status: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'overgeslagen') => void;
  /** Files larger than this are skipped (default 50 MB; env INGEST_MAX_MB). */
  maxBytes?: number;
}

const IGNORED = /^(\.|~\$)|^readme\.md$/i;

/**
 * Legal ids as in the contract: lpw:14, lpw:5b, wvo:8.30, web:9.2.1, protocol:<regio>, mas, mazl, duo, … The
 * knowledge writes article 5a (trekkend bestaan) as lpw:art5a, because lpw:5a means article 5 onder a.
 */
const LEGAL_ID = /^((lpw|wvo|web|wpo|wec|wrod|brod):(art)?\d+[a-z]?(\.\d+)*|protocol:[a-z0-9-]+|beleidsregel-verlof|mas|mazl|duo)$/;

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

export async function embedPassages(passages: Passage[], embeddings: IdentifiedEmbeddings): Promise<string[]> {
  const vectors = await embeddings.embedDocuments(passages.map(indexText));
  return vectors.map(encodeVector);
}

const DEFAULT_MAX_MB = 50;

export async function ingest(opts: IngestOptions): Promise<IngestReport> {
  const maxBytes = opts.maxBytes ?? (Number(process.env.INGEST_MAX_MB) > 0 ? Number(process.env.INGEST_MAX_MB) : DEFAULT_MAX_MB) * 1024 * 1024;
  const report: Omit<IngestReport, 'index'> = { added: [], updated: [], removed: [], unchanged: 0, skipped: [], warnings: [], written: false };
  let previous: IndexFile | undefined;
  try {
    previous = readIndex(opts.dataDir);
  } catch (err) {
    if (!(err instanceof CorruptIndexError)) throw err;
    report.recovered = err.message;
  }
  const reuse = previous && previous.embedder === opts.embeddings.id ? previous : undefined;
  const next = emptyIndex(opts.embeddings.id);
  next.runtime = previous?.runtime ?? {};
  if (previous && !reuse) {
    // Another embedder: runtime documents keep their passages and get new vectors.
    for (const doc of Object.values(next.runtime)) doc.vectors = await embedPassages(doc.passages, opts.embeddings);
  }

  const forget = new Set((opts.forget ?? []).map((p) => resolve(p)));
  const roots = new Map<string, SourceRoot>();
  if (opts.knowledgeDir) roots.set(resolve(opts.knowledgeDir), { path: resolve(opts.knowledgeDir), builtin: true });
  for (const r of [...(previous?.roots ?? []), ...(opts.add ?? [])]) {
    const path = resolve(r.path);
    // A built-in root from an earlier run is replaced when the knowledge folder moved.
    if (forget.has(path) || (r.builtin && opts.knowledgeDir && path !== resolve(opts.knowledgeDir))) continue;
    if (!roots.get(path)?.builtin) roots.set(path, { ...r, path });
  }

  const seen = new Set<string>();
  const usedIds = new Map<string, string>(Object.keys(next.runtime).map((id) => [id, '(kennisbank, toegevoegd tijdens gebruik)']));
  for (const root of roots.values()) {
    let files: string[];
    try {
      files = await listFiles(root.path);
    } catch (err) {
      // A folder that is gone is reported and forgotten; its files leave the index below.
      report.skipped.push({ file: root.path, reason: readError(err) });
      continue;
    }
    next.roots.push(root);
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
        if (err instanceof LoadError) {
          report.skipped.push({ file, reason: err.reason });
          opts.onFile?.(file, 'overgeslagen');
          continue;
        }
        report.skipped.push({ file, reason: readError(err) });
        opts.onFile?.(file, 'overgeslagen');
        continue;
      }
      const hash = fileHash(data, root);
      const old = reuse?.files[file];
      let stored: StoredDocument;
      if (old && old.hash === hash) {
        stored = old;
        report.unchanged++;
        opts.onFile?.(file, 'ongewijzigd');
      } else {
        let passages: Passage[];
        let documentId: string;
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
          documentId = doc.meta.id;
          const unknown = [...new Set(passages.flatMap((p) => p.legalIds))].filter((id) => !LEGAL_ID.test(id));
          if (unknown.length) report.warnings.push({ file, reason: `onbekende wettelijke id's: ${unknown.join(', ')}` });
        } catch (err) {
          // One bad file never stops the ingest (nor the server start-up that runs it): it is reported and skipped.
          report.skipped.push({ file, reason: err instanceof LoadError ? err.reason : `kon niet worden verwerkt (${err instanceof Error ? err.message.slice(0, 120) : 'onbekende fout'})` });
          opts.onFile?.(file, 'overgeslagen');
          continue;
        }
        // An embeddings failure is no fault of the file: it stops this ingest, and the previous index stays.
        stored = { hash, documentId, passages, vectors: await embedPassages(passages, opts.embeddings) };
        (previous?.files[file] ? report.updated : report.added).push(file);
        opts.onFile?.(file, previous?.files[file] ? 'gewijzigd' : 'nieuw');
      }
      if (usedIds.has(stored.documentId)) {
        report.skipped.push({ file, reason: `document-id '${stored.documentId}' wordt al gebruikt door ${usedIds.get(stored.documentId)}` });
        continue;
      }
      usedIds.set(stored.documentId, file);
      next.files[file] = stored;
    }
  }
  // Files that are gone, and files that became unreadable (their old content may no longer be true), leave the index.
  report.removed = Object.keys(previous?.files ?? {}).filter((f) => !next.files[f]);

  const changed =
    !previous ||
    !reuse ||
    report.added.length > 0 ||
    report.updated.length > 0 ||
    report.removed.length > 0 ||
    JSON.stringify(previous.roots) !== JSON.stringify(next.roots);
  if (changed) {
    report.bytes = writeIndex(opts.dataDir, next, opts.beforeRename);
    report.written = true;
  }
  return { ...report, index: next };
}
