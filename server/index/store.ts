import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openDatabase, type Db } from '../store/db.js';
import type { AnalysisPart, PassageAnalysis } from '../retrieve/stored-analysis.js';
import { DOC_TYPES, type Passage } from './passage.js';
import { pidAlive } from './snapshot.js';

// The index in the database (migrations/005_knowledge_index.sql): the one source of truth for documents and
// passages, with their analysed terms and vectors. Every change runs in one IMMEDIATE transaction that raises the
// generation, so a full disk, a crash or a second writer leaves either the old state or the new one, and any
// process sees what changed since the generation it holds (`changesSince`).

export const sourceRootSchema = z.object({
  path: z.string(),
  builtin: z.boolean().optional(),
  type: z.enum(DOC_TYPES).optional(),
  region: z.string().optional(),
  url: z.string().optional(),
});
export type SourceRoot = z.infer<typeof sourceRootSchema>;

/** A passage ready to store: its analysed terms (BM25 fields and coverage) and its vector. */
export interface PreparedPassage {
  passage: Passage;
  head: string[];
  body: string[];
  cover: string[];
  vector: Float32Array;
  /** The analysis an answer needs (server/ask/passage-analysis.ts). */
  analysis: PassageAnalysis;
}

export interface StoredDocument {
  id: string;
  /** Absolute file path; absent for documents published at runtime. */
  source?: string;
  hash: string;
}

/** A passage row as the search structures need it. */
export interface PassageRow {
  label: number;
  passage: Passage;
  head: string[];
  body: string[];
  cover: string[];
  vector?: Float32Array;
}

export interface IndexChanges {
  generation: number;
  maxLabel: number;
  added: PassageRow[];
  removed: PassageRow[];
}

const splitTerms = (s: string) => (s ? s.split(' ') : []);

/** The stored columns of a prepared passage after its id: passage, head, body and cover terms, vector, analysis. */
const columns = (p: PreparedPassage) =>
  [JSON.stringify(p.passage), p.head.join(' '), p.body.join(' '), p.cover.join(' '), Buffer.from(p.vector.buffer, p.vector.byteOffset, p.vector.byteLength), p.analysis.sentences, p.analysis.rerankTerms] as const;
const vectorOf = (blob: Buffer) => new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

interface RawRow {
  label: number;
  passage: string;
  head_terms: string;
  body_terms: string;
  cover_terms: string;
  vector?: Buffer;
}

function toRow(r: RawRow): PassageRow {
  return {
    label: r.label,
    passage: JSON.parse(r.passage) as Passage,
    head: splitTerms(r.head_terms),
    body: splitTerms(r.body_terms),
    cover: splitTerms(r.cover_terms),
    ...(r.vector && { vector: vectorOf(r.vector) }),
  };
}

export interface IndexWriter {
  readonly generation: number;
  /** Replaces the document (and every passage of it) or adds it. */
  putDocument(doc: StoredDocument, passages: PreparedPassage[]): void;
  /** The same with passages staged earlier under `key`. */
  putStagedDocument(doc: StoredDocument, staging: Staging, key: string): void;
  /** Removes the document and its passages; false when there was none. */
  removeDocument(id: string): boolean;
  setRoots(roots: SourceRoot[]): void;
  setMeta(key: 'embedder' | 'analyzer' | 'analysis', value: string): void;
}

export class IndexStore {
  private readonly q;

  constructor(readonly db: Db) {
    const s = (sql: string) => db.prepare(sql);
    this.q = {
      meta: s('SELECT value FROM index_meta WHERE key = ?').pluck(),
      setMeta: s('INSERT INTO index_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      roots: s('SELECT path, builtin, type, region, url FROM index_roots ORDER BY position'),
      documents: s('SELECT id, source, hash FROM index_documents ORDER BY rowid'),
      document: s('SELECT id, source, hash FROM index_documents WHERE id = ?'),
      documentBySource: s('SELECT id FROM index_documents WHERE source = ?').pluck(),
      putDocument: s('INSERT INTO index_documents (id, source, hash) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET source = excluded.source, hash = excluded.hash'),
      deleteDocument: s('DELETE FROM index_documents WHERE id = ?'),
      removePassages: s('UPDATE index_passages SET removed_gen = ? WHERE document_id = ? AND removed_gen IS NULL'),
      insertPassage: s(
        'INSERT INTO index_passages (id, document_id, position, passage, head_terms, body_terms, cover_terms, vector, sentences, rerank_terms, added_gen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      deleteRoots: s('DELETE FROM index_roots'),
      insertRoot: s('INSERT INTO index_roots (position, path, builtin, type, region, url) VALUES (?, ?, ?, ?, ?, ?)'),
      dimensions: s('SELECT length(vector) / 4 FROM index_passages WHERE removed_gen IS NULL LIMIT 1').pluck(),
      maxLabel: s('SELECT COALESCE(MAX(label), 0) FROM index_passages').pluck(),
      added: s('SELECT label, passage, head_terms, body_terms, cover_terms, vector FROM index_passages WHERE label > ? AND removed_gen IS NULL ORDER BY label'),
      // By the index on removed rows (few): SQLite's planner would otherwise walk every label below the bound.
      removed: s(
        'SELECT label, passage, head_terms, body_terms, cover_terms FROM index_passages INDEXED BY index_passages_removed WHERE removed_gen IS NOT NULL AND removed_gen > ? AND label <= ? ORDER BY label',
      ),
      all: s('SELECT label, passage, head_terms, body_terms, cover_terms, vector FROM index_passages WHERE removed_gen IS NULL ORDER BY label'),
      documentPassages: s('SELECT label, passage, head_terms, body_terms, cover_terms FROM index_passages WHERE document_id = ? AND removed_gen IS NULL ORDER BY position'),
      record: s('SELECT passage, cover_terms FROM index_passages WHERE label = ?'),
      sentences: s('SELECT sentences FROM index_passages WHERE label = ?').pluck(),
      rerankTerms: s('SELECT rerank_terms FROM index_passages WHERE label = ?').pluck(),
      livePassagesAfter: s('SELECT label, passage FROM index_passages WHERE label > ? AND removed_gen IS NULL ORDER BY label LIMIT ?'),
      setAnalysis: s('UPDATE index_passages SET sentences = ?, rerank_terms = ? WHERE label = ?'),
      labelOf: s('SELECT label FROM index_passages WHERE id = ? AND removed_gen IS NULL').pluck(),
      passages: s('SELECT passage FROM index_passages WHERE removed_gen IS NULL ORDER BY label').pluck(),
      counts: s('SELECT (SELECT COUNT(*) FROM index_documents) AS documents, (SELECT COUNT(*) FROM index_passages WHERE removed_gen IS NULL) AS chunks'),
      purge: s('DELETE FROM index_passages WHERE removed_gen IS NOT NULL AND removed_gen <= ?'),
    };
  }

  meta(key: 'generation' | 'purged_through' | 'embedder' | 'analyzer' | 'analysis'): string | undefined {
    return this.q.meta.get(key) as string | undefined;
  }

  get generation(): number {
    return Number(this.meta('generation') ?? 0);
  }

  get purgedThrough(): number {
    return Number(this.meta('purged_through') ?? 0);
  }

  roots(): SourceRoot[] {
    return (this.q.roots.all() as Array<{ path: string; builtin: number; type: string | null; region: string | null; url: string | null }>).map((r) =>
      sourceRootSchema.parse({
        path: r.path,
        ...(r.builtin && { builtin: true }),
        ...(r.type && { type: r.type }),
        ...(r.region && { region: r.region }),
        ...(r.url && { url: r.url }),
      }),
    );
  }

  documents(): StoredDocument[] {
    return (this.q.documents.all() as Array<{ id: string; source: string | null; hash: string }>).map((d) => ({
      id: d.id,
      hash: d.hash,
      ...(d.source !== null && { source: d.source }),
    }));
  }

  document(id: string): StoredDocument | undefined {
    const d = this.q.document.get(id) as { id: string; source: string | null; hash: string } | undefined;
    return d && { id: d.id, hash: d.hash, ...(d.source !== null && { source: d.source }) };
  }

  documentPassages(id: string): PassageRow[] {
    return (this.q.documentPassages.all(id) as RawRow[]).map(toRow);
  }

  /** Every live passage with its vector, in label order (to rebuild the search structures). */
  *all(): Generator<PassageRow> {
    for (const r of this.q.all.iterate() as Iterable<RawRow>) yield toRow(r);
  }

  /** What changed after `generation` for a process whose highest known label is `maxLabel`, read consistently. */
  changesSince(generation: number, maxLabel: number): IndexChanges {
    return this.db.transaction(() => ({
      generation: this.generation,
      maxLabel: this.q.maxLabel.get() as number,
      added: (this.q.added.all(maxLabel) as RawRow[]).map(toRow),
      removed: (this.q.removed.all(generation, maxLabel) as RawRow[]).map(toRow),
    }))();
  }

  /** Dimensions of the stored vectors; undefined while there are none. */
  vectorDimensions(): number | undefined {
    return this.q.dimensions.get() as number | undefined;
  }

  /** The highest label ever given (also of removed passages). */
  maxLabel(): number {
    return this.q.maxLabel.get() as number;
  }

  /** The passage of a label (also a removed one, until it is purged) with its coverage terms, space-separated, and the length of both as stored. */
  record(label: number): { passage: Passage; cover: string; size: number } | undefined {
    const r = this.q.record.get(label) as { passage: string; cover_terms: string } | undefined;
    return r && { passage: JSON.parse(r.passage) as Passage, cover: r.cover_terms, size: r.passage.length + r.cover_terms.length };
  }

  /** A stored part of the analysis of a label's passage; null for a row stored before there was one. */
  analysisPart(label: number, part: AnalysisPart): string | null {
    return (this.q[part].get(label) as string | null | undefined) ?? null;
  }

  /**
   * Stores the analysis of every live passage anew, `batch` passages per transaction (so a publication waits for one
   * batch at most), then names the way they were made (`fingerprint`): until then readers do not use the column.
   */
  reanalyse(fingerprint: string, analyse: (p: Passage) => PassageAnalysis, batch = 500): void {
    if (this.meta('analysis') === fingerprint) return;
    for (let after = 0; ; ) {
      const rows = this.q.livePassagesAfter.all(after, batch) as Array<{ label: number; passage: string }>;
      if (!rows.length) break;
      const analysed = rows.map((r) => [analyse(JSON.parse(r.passage) as Passage), r.label] as const);
      this.db.transaction(() => analysed.forEach(([a, label]) => this.q.setAnalysis.run(a.sentences, a.rerankTerms, label))).immediate();
      after = rows[rows.length - 1]!.label;
    }
    this.write((w) => w.setMeta('analysis', fingerprint));
  }

  labelOf(id: string): number | undefined {
    return this.q.labelOf.get(id) as number | undefined;
  }

  passages(): Passage[] {
    return (this.q.passages.all() as string[]).map((p) => JSON.parse(p) as Passage);
  }

  counts(): { documents: number; chunks: number } {
    return this.q.counts.get() as { documents: number; chunks: number };
  }

  /** Runs `fn` in one IMMEDIATE transaction; the generation rises by one when it changed anything. */
  write<T>(fn: (w: IndexWriter) => T): T {
    const q = this.q;
    return this.db.transaction(() => {
      const generation = this.generation + 1;
      let changed = false;
      const removeDocument = (id: string) => {
        const had = q.deleteDocument.run(id).changes > 0;
        q.removePassages.run(generation, id);
        changed ||= had;
        return had;
      };
      const replace = (doc: StoredDocument) => {
        const other = doc.source ? (q.documentBySource.get(doc.source) as string | undefined) : undefined;
        if (other && other !== doc.id) removeDocument(other);
        q.removePassages.run(generation, doc.id);
        q.putDocument.run(doc.id, doc.source ?? null, doc.hash);
        changed = true;
      };
      const writer: IndexWriter = {
        generation,
        putDocument(doc, passages) {
          replace(doc);
          passages.forEach((p, position) => q.insertPassage.run(p.passage.id, doc.id, position, ...columns(p), generation));
        },
        putStagedDocument(doc, staging, key) {
          replace(doc);
          staging.copy(doc.id, generation, key);
        },
        removeDocument,
        setRoots(roots) {
          const before = JSON.stringify(q.roots.all());
          q.deleteRoots.run();
          roots.forEach((r, i) => q.insertRoot.run(i, r.path, r.builtin ? 1 : 0, r.type ?? null, r.region ?? null, r.url ?? null));
          changed ||= JSON.stringify(q.roots.all()) !== before;
        },
        setMeta(key, value) {
          if (q.meta.get(key) === value) return;
          q.setMeta.run(key, value);
          changed = true;
        },
      };
      const result = fn(writer);
      if (changed) q.setMeta.run('generation', String(generation));
      return result;
    }).immediate();
  }

  /** Deletes removed rows every derived file at `generation` or later no longer needs. */
  purge(generation: number): void {
    this.db.transaction(() => {
      if (generation <= this.purgedThrough) return;
      this.q.purge.run(generation);
      this.q.setMeta.run('purged_through', String(generation));
    }).immediate();
  }
}

const STAGING_FILE = /^ingest-(\d+)-[0-9a-f]+\.staging$/;

/**
 * Passages an ingest has prepared (analysed and embedded) but not yet committed, in a scratch database of its own
 * beside the index (attached to the ingest's connection). They are written in batches while the ingest reads its
 * files, so an ingest of 100,000 passages never holds them all in memory, without taking the index's write lock and
 * without leaving free pages in it; the ingest's one commit copies them into index_passages (which gives them their
 * labels). Readers never look here: a crash before the commit leaves the index as it was, and the file of an ingest
 * whose process died is removed by the next one.
 */
export class Staging {
  private readonly insert;
  private readonly copyStatement;

  private constructor(
    private readonly db: Db,
    readonly file: string,
  ) {
    db.prepare('ATTACH DATABASE ? AS staging').run(file);
    // Scratch data: lost with a crash by design, so no journal and no flushing.
    db.pragma('staging.journal_mode = OFF');
    db.pragma('staging.synchronous = OFF');
    db.exec(`CREATE TABLE staging.passages (
      file_key TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, passage TEXT NOT NULL,
      head_terms TEXT NOT NULL, body_terms TEXT NOT NULL, cover_terms TEXT NOT NULL, vector BLOB NOT NULL, sentences TEXT NOT NULL, rerank_terms TEXT NOT NULL,
      PRIMARY KEY (file_key, position))`);
    this.insert = db.prepare(
      'INSERT INTO staging.passages (file_key, position, id, passage, head_terms, body_terms, cover_terms, vector, sentences, rerank_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.copyStatement = db.prepare(
      `INSERT INTO main.index_passages (id, document_id, position, passage, head_terms, body_terms, cover_terms, vector, sentences, rerank_terms, added_gen)
       SELECT id, ?, position, passage, head_terms, body_terms, cover_terms, vector, sentences, rerank_terms, ? FROM staging.passages WHERE file_key = ? ORDER BY position`,
    );
  }

  /** A new staging file in `dir`, after removing those of ingests that died. */
  static open(db: Db, dir: string): Staging {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      const m = STAGING_FILE.exec(name);
      if (m && Number(m[1]) !== process.pid && !pidAlive(Number(m[1]))) rmSync(join(dir, name), { force: true });
    }
    return new Staging(db, join(dir, `ingest-${process.pid}-${randomBytes(6).toString('hex')}.staging`));
  }

  /** Stages the prepared passages of files (by key) in one transaction of the staging file only. */
  stage(files: Array<{ key: string; passages: PreparedPassage[] }>): void {
    this.db.transaction(() => {
      for (const { key, passages } of files) passages.forEach((p, position) => this.insert.run(key, position, p.passage.id, ...columns(p)));
    })();
  }

  /** Inside the index's write transaction: the staged passages of `key` become those of document `documentId`. */
  copy(documentId: string, generation: number, key: string): void {
    this.copyStatement.run(documentId, generation, key);
  }

  /** Detaches and deletes the staging file. */
  close(): void {
    try {
      this.db.prepare('DETACH DATABASE staging').run();
    } finally {
      rmSync(this.file, { force: true });
    }
  }
}

/** The index file of earlier versions (one JSON file); its folders are taken over once, then it is removed. */
export const legacyIndexFile = (dataDir: string) => join(dataDir, 'index', 'index.json');

/** The user folders of an index written by an earlier version (index.json), so an upgrade keeps them. */
export function legacyRoots(dataDir: string): SourceRoot[] {
  const file = legacyIndexFile(dataDir);
  if (!existsSync(file)) return [];
  try {
    const parsed = z.object({ roots: z.array(sourceRootSchema) }).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data.roots.filter((r) => !r.builtin) : [];
  } catch {
    return [];
  }
}

/** The stored index as files and runtime documents with their passages (for the CLI and tests). */
export interface IndexView {
  embedder?: string;
  roots: SourceRoot[];
  files: Record<string, { documentId: string; hash: string; passages: Passage[] }>;
  runtime: Record<string, { documentId: string; passages: Passage[] }>;
}

export function viewIndex(store: IndexStore): IndexView {
  const view: IndexView = { embedder: store.meta('embedder'), roots: store.roots(), files: {}, runtime: {} };
  for (const doc of store.documents()) {
    const passages = store.documentPassages(doc.id).map((r) => r.passage);
    if (doc.source) view.files[doc.source] = { documentId: doc.id, hash: doc.hash, passages };
    else view.runtime[doc.id] = { documentId: doc.id, passages };
  }
  return view;
}

/** Reads the stored index under `dataDir` (creating the database when missing). */
export function readIndex(dataDir: string): IndexView {
  const db = openDatabase(dataDir);
  try {
    return viewIndex(new IndexStore(db));
  } finally {
    db.close();
  }
}
