import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// The derived search files beside the database: `search-<generation>.bin` (BM25 postings and the catalog) and
// `vectors-<generation>.hnsw` (hnswlib's own graph). The generation in the name says which database state they
// hold; they are written to a temporary file, flushed and renamed, and only then are older generations deleted.
// Losing them loses nothing: they are rebuilt from the database.

export type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;
const KINDS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;
type Kind = keyof typeof KINDS;
const kindOf = (a: TypedArray): Kind => (Object.keys(KINDS) as Kind[]).find((k) => a instanceof KINDS[k])!;

const MAGIC = 'WWIX2';

/** Test hooks that simulate a full disk or a crash at the moments that matter. */
export interface IndexFault {
  /** Runs before a derived file is written; throwing simulates a full disk. */
  beforeWrite?: (file: string) => void;
  /** Runs inside a database transaction when every row is written, before the commit. */
  beforeCommit?: () => void;
}

export function snapshotDir(dataDir: string): string {
  return join(dataDir, 'index');
}

export const searchFile = (dir: string, generation: number) => join(dir, `search-${generation}.bin`);
export const vectorFile = (dir: string, generation: number) => join(dir, `vectors-${generation}.hnsw`);

/** Generations with a saved search file, newest first (its header says whether a vector file belongs to it). */
export function snapshotGenerations(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => /^search-(\d+)\.bin$/.exec(n)?.slice(1).map(Number) ?? []).sort((a, b) => b - a);
}

/** One buffer: magic, header length, JSON header (with the array layout), then the arrays, each 8-byte aligned. */
export function encodeSnapshot(header: object, arrays: Record<string, TypedArray>): Buffer[] {
  const layout: Array<{ name: string; kind: Kind; offset: number; length: number }> = [];
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout.push({ name, kind: kindOf(a), offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const head = Buffer.from(JSON.stringify({ header, layout }));
  const pre = Buffer.alloc(Math.ceil((MAGIC.length + 4 + head.length) / 8) * 8);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(head.length, MAGIC.length);
  head.copy(pre, MAGIC.length + 4);
  const body = Object.values(arrays).flatMap((a) => {
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const pad = Math.ceil(a.byteLength / 8) * 8 - a.byteLength;
    return pad ? [bytes, Buffer.alloc(pad)] : [bytes];
  });
  return [pre, ...body];
}

export class CorruptSnapshotError extends Error {}

export function decodeSnapshot(file: string): { header: unknown; arrays: Record<string, TypedArray> } {
  const buf = readFileSync(file);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new CorruptSnapshotError(`${file} is geen zoekindex.`);
  const headLength = buf.readUInt32LE(MAGIC.length);
  const start = Math.ceil((MAGIC.length + 4 + headLength) / 8) * 8;
  let meta: { header: unknown; layout: Array<{ name: string; kind: Kind; offset: number; length: number }> };
  try {
    meta = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headLength));
  } catch {
    throw new CorruptSnapshotError(`${file} is beschadigd.`);
  }
  // A copy aligned for typed-array views (the pool buffer of readFileSync need not be).
  const body = new Uint8Array(buf.length - start);
  body.set(buf.subarray(start));
  const arrays: Record<string, TypedArray> = {};
  for (const { name, kind, offset, length } of meta.layout) {
    const Ctor = KINDS[kind];
    if (offset + length * Ctor.BYTES_PER_ELEMENT > body.byteLength) throw new CorruptSnapshotError(`${file} is afgekapt.`);
    arrays[name] = new Ctor(body.buffer, offset, length);
  }
  return { header: meta.header, arrays };
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every file system can sync a directory; the rename itself is atomic.
  }
}

const tempName = (file: string) => `${file}.${process.pid}.tmp`;

/**
 * Writes `file` completely or not at all: into a temporary file (`produce` writes it), checked, flushed, renamed.
 * On any error the temporary file is removed and the error thrown; an existing `file` is never touched.
 */
export function writeAtomically(file: string, produce: (tmp: string) => void, fault?: IndexFault): void {
  const tmp = tempName(file);
  try {
    fault?.beforeWrite?.(file);
    produce(tmp);
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // Never created.
    }
    throw err;
  }
  fsyncDir(join(file, '..'));
}

/** Writes buffers to a new file, checking every byte count (a full disk may write short without an error). */
export function writeBuffers(file: string, chunks: Buffer[]): void {
  const fd = openSync(file, 'w');
  try {
    for (const chunk of chunks) {
      for (let done = 0; done < chunk.length; ) {
        const n = writeSync(fd, chunk, done, chunk.length - done);
        if (n <= 0) throw Object.assign(new Error(`Schrijven naar ${file} lukte niet (schijf vol?).`), { code: 'ENOSPC' });
        done += n;
      }
    }
  } finally {
    closeSync(fd);
  }
}

export function fileSize(file: string): number {
  return statSync(file).size;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes generations older than `keep` and temporary files of writers that died. */
export function cleanSnapshots(dir: string, keep: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const tmp = /\.(\d+)\.tmp$/.exec(name);
    const gen = /^(?:search|vectors)-(\d+)\.(?:bin|hnsw)$/.exec(name);
    const stale =
      (tmp && Number(tmp[1]) !== process.pid && !pidAlive(Number(tmp[1]))) || (gen && Number(gen[1]) < keep);
    if (!stale) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Another process removed it first.
    }
  }
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/** Bytes on disk of the index: the database (with its WAL) and the derived search files. */
export function indexDiskBytes(dataDir: string): number {
  const sizeOf = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  const dir = snapshotDir(dataDir);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // No derived files yet.
  }
  return ['wegwijzer.sqlite', 'wegwijzer.sqlite-wal'].reduce((n, f) => n + sizeOf(join(dataDir, f)), 0) + names.reduce((n, f) => n + sizeOf(join(dir, f)), 0);
}
