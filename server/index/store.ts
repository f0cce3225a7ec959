import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOC_TYPES } from './passage.js';

// The index on disk: one JSON file holding passages, their vectors and the manifest (source roots, file hashes).
// It is replaced atomically: written to a temporary file, flushed, then renamed over the old one, so a crash at any
// moment leaves either the old or the new index, never a half-written one.

export const INDEX_FILE = 'index.json';
const FORMAT = 'wegwijzer-index/1';

const passageSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  section: z.string().optional(),
  page: z.number().int().optional(),
  url: z.string().optional(),
  type: z.enum(DOC_TYPES),
  region: z.string().optional(),
  geldigVanaf: z.string().optional(),
  geldigTot: z.string().optional(),
  laatstGecontroleerd: z.string().optional(),
  legalIds: z.array(z.string()),
  text: z.string(),
});

export const sourceRootSchema = z.object({
  path: z.string(),
  builtin: z.boolean().optional(),
  type: z.enum(DOC_TYPES).optional(),
  region: z.string().optional(),
  url: z.string().optional(),
});
export type SourceRoot = z.infer<typeof sourceRootSchema>;

const storedDocSchema = z.object({
  hash: z.string(),
  documentId: z.string(),
  passages: z.array(passageSchema),
  /** One base64 Float32 vector per passage, same order. */
  vectors: z.array(z.string()),
});
export type StoredDocument = z.infer<typeof storedDocSchema>;

const indexFileSchema = z.object({
  format: z.literal(FORMAT),
  embedder: z.string(),
  roots: z.array(sourceRootSchema),
  /** Ingested files by absolute path. */
  files: z.record(z.string(), storedDocSchema),
  /** Documents added at runtime (approved kennisbank answers) by document id. */
  runtime: z.record(z.string(), storedDocSchema),
});
export type IndexFile = z.infer<typeof indexFileSchema>;

export function emptyIndex(embedder: string): IndexFile {
  return { format: FORMAT, embedder, roots: [], files: {}, runtime: {} };
}

export function encodeVector(v: number[]): string {
  return Buffer.from(new Float32Array(v).buffer).toString('base64');
}

export function decodeVector(s: string): number[] {
  const buf = Buffer.from(s, 'base64');
  return Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4));
}

export class CorruptIndexError extends Error {}

export function indexPath(dataDir: string): string {
  return join(dataDir, 'index', INDEX_FILE);
}

/** The stored index, undefined when there is none; CorruptIndexError when it cannot be used. */
export function readIndex(dataDir: string): IndexFile | undefined {
  const file = indexPath(dataDir);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CorruptIndexError(`De index ${file} is onleesbaar: ${(err as Error).message}`);
  }
  const parsed = indexFileSchema.safeParse(raw);
  if (!parsed.success) throw new CorruptIndexError(`De index ${file} heeft een onbekende opbouw.`);
  return parsed.data;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes the index atomically. `beforeRename` runs after the new file is complete (used by the crash test). */
export function writeIndex(dataDir: string, index: IndexFile, beforeRename?: () => void): number {
  const dir = join(dataDir, 'index');
  mkdirSync(dir, { recursive: true });
  // Leftovers of writers that died mid-write.
  for (const name of readdirSync(dir)) {
    const m = /^index\.json\.(\d+)\.\w+\.tmp$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !pidAlive(Number(m[1]))) unlinkSync(join(dir, name));
  }
  const tmp = join(dir, `${INDEX_FILE}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const body = JSON.stringify(index);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  beforeRename?.();
  renameSync(tmp, join(dir, INDEX_FILE));
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Directory fsync is not supported everywhere; the rename itself is atomic.
  }
  return Buffer.byteLength(body);
}

