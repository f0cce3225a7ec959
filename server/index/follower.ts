import { Catalog, type CatalogParts } from './catalog.js';
import { DenseIndex } from './dense.js';
import { LexicalIndex, type LexicalParts } from './lexical.js';
import {
  cleanSnapshots,
  decodeSnapshot,
  encodeSnapshot,
  ensureDir,
  fileSize,
  searchFile,
  snapshotGenerations,
  vectorFile,
  writeAtomically,
  writeBuffers,
  type IndexFault,
  type TypedArray,
} from './snapshot.js';
import type { IndexStore, PassageRow } from './store.js';
import { applyRows, emptyParts, type SearchParts } from '../retrieve/hybrid.js';

// The search structures of one process, following the database: opened from the newest saved snapshot plus the
// changes committed after it (never rebuilt point by point on an ordinary start), rebuilt from the stored rows only
// when no usable snapshot exists, and brought up to date with what other processes commit (`sync`).

/**
 * An open that replays more than this many changed passages since the snapshot (or this share of the index) saves a
 * fresh one. Replaying is paid by every start of every process (the answering threads too) and costs about a
 * thousand times more per passage than saving does (an hnswlib insertion, ~1–4 ms, against writing its ~2 kB):
 * at 1000 passages, 600 publications since the last ingest made each start 1.3–2.6 s, for ever, since the server
 * saves none while it runs. Saving once the replay costs about what the write does keeps every later start quick.
 */
const SNAPSHOT_AFTER = 20;
const SNAPSHOT_SHARE = 0.005;
/** A graph with this share of removed points is rebuilt rather than carried on. */
const REBUILD_REMOVED_SHARE = 0.3;
const ROWS_PER_BATCH = 2000;

interface SnapshotHeader {
  generation: number;
  maxLabel: number;
  embedder: string;
  dim: number;
  size: number;
  lexical: LexicalParts['header'];
  catalog: CatalogParts['header'];
}

export interface FollowerOptions {
  dir: string;
  fault?: IndexFault;
  warn?: (message: string) => void;
  /** Save a snapshot after opening whenever anything changed since the last one (the ingest command does). */
  alwaysSnapshot?: boolean;
}

interface PendingSnapshot {
  generation: number;
  maxLabel: number;
  /** The graph, opened lazily. */
  dense: DenseIndex | undefined;
  lexical: LexicalIndex;
  catalog: Catalog;
}

export interface OpenReport {
  /** Why the search structures were rebuilt from the database, when they were. */
  rebuilt?: string;
  /** Passages applied on top of the snapshot. */
  applied: number;
  snapshotWritten: boolean;
}

function prefixed(prefix: string, arrays: Record<string, TypedArray>): Record<string, TypedArray> {
  return Object.fromEntries(Object.entries(arrays).map(([k, v]) => [`${prefix}.${k}`, v]));
}

function unprefixed<T>(prefix: string, arrays: Record<string, TypedArray>): T {
  return Object.fromEntries(Object.entries(arrays).flatMap(([k, v]) => (k.startsWith(`${prefix}.`) ? [[k.slice(prefix.length + 1), v]] : []))) as T;
}

export class IndexFollower {
  generation = 0;
  maxLabel = 0;
  parts: SearchParts = emptyParts();
  report: OpenReport = { applied: 0, snapshotWritten: false };

  private constructor(
    private readonly store: IndexStore,
    private readonly opts: FollowerOptions,
  ) {}

  /**
   * Opens the structures from the newest usable snapshot (the vector graph lazily, see DenseIndex.open) plus the
   * changes committed after it, or rebuilds them from the database.
   */
  static async open(store: IndexStore, opts: FollowerOptions): Promise<IndexFollower> {
    const f = new IndexFollower(store, opts);
    ensureDir(opts.dir);
    cleanSnapshots(opts.dir, 0);
    f.reopen();
    return f;
  }

  /** Opens from the newest snapshot (also for a process that fell behind a purge, see `sync`). */
  private reopen(): void {
    const snapshot = this.openSnapshot();
    const reason = 'reason' in snapshot ? snapshot.reason : undefined;
    if (!('reason' in snapshot)) this.install(snapshot);
    this.finishOpen(reason);
  }

  /** Rebuilds when no snapshot could be used, applies what came after it, and saves a fresh one when worthwhile. */
  private finishOpen(reason: string | undefined): void {
    if (reason !== undefined) this.rebuild();
    const applied = this.catchUp();
    const dense = this.parts.dense;
    if (dense && dense.stored - this.parts.lexical.size > dense.stored * REBUILD_REMOVED_SHARE) this.rebuild();
    this.report = { ...(reason && { rebuilt: reason }), applied, snapshotWritten: false };
    const stale = reason !== undefined || applied > Math.max(SNAPSHOT_AFTER, this.parts.lexical.size * SNAPSHOT_SHARE);
    if (stale || (this.opts.alwaysSnapshot && applied > 0)) this.report.snapshotWritten = this.saveSnapshot();
  }

  /** Opens the newest usable snapshot, or says why there is none ('' for a new, empty index). */
  private openSnapshot(): PendingSnapshot | { reason: string } {
    const current = this.store.generation;
    const usable = snapshotGenerations(this.opts.dir).filter((g) => g <= current && g >= this.store.purgedThrough);
    if (!usable.length) return { reason: current > 0 ? 'er is geen bruikbare zoekindex naast de database' : '' };
    const g = usable[0]!;
    const dim = this.store.vectorDimensions();
    let dense: DenseIndex | undefined;
    try {
      const { header, arrays } = decodeSnapshot(searchFile(this.opts.dir, g));
      const h = header as SnapshotHeader;
      if (h.generation !== g || h.embedder !== (this.store.meta('embedder') ?? '') || (h.size > 0 && h.dim !== dim)) {
        return { reason: 'de zoekindex hoort bij andere vectoren' };
      }
      try {
        dense = h.size > 0 && dim ? DenseIndex.open(vectorFile(this.opts.dir, g), dim) : undefined;
      } catch (err) {
        return { reason: `de vectorindex van generatie ${g} is onleesbaar (${(err as Error).message})` };
      }
      return {
        generation: g,
        maxLabel: h.maxLabel,
        dense,
        lexical: LexicalIndex.fromParts({ header: h.lexical, arrays: unprefixed('lexical', arrays) }),
        catalog: Catalog.fromParts({ header: h.catalog, arrays: unprefixed('catalog', arrays) }),
      };
    } catch (err) {
      dense?.close();
      // Derived files only: whatever is wrong with them (cut off, removed meanwhile, another format), rebuild.
      return { reason: `de zoekindex van generatie ${g} is onleesbaar (${(err as Error).message})` };
    }
  }

  private install(s: PendingSnapshot): void {
    this.replaceParts({ lexical: s.lexical, catalog: s.catalog, ...(s.dense && { dense: s.dense }) });
    this.generation = s.generation;
    this.maxLabel = s.maxLabel;
  }

  private replaceParts(parts: SearchParts): void {
    if (this.parts.dense !== parts.dense) this.parts.dense?.close();
    this.parts = parts;
  }

  /** Builds the search structures from every stored passage, read in one consistent transaction. */
  private rebuild(): void {
    const parts = emptyParts();
    const state = this.store.db.transaction(() => {
      const generation = this.store.generation;
      let batch: PassageRow[] = [];
      for (const row of this.store.all()) {
        batch.push(row);
        if (batch.length >= ROWS_PER_BATCH) {
          applyRows(parts, batch, []);
          batch = [];
        }
      }
      applyRows(parts, batch, []);
      return { generation, maxLabel: this.store.maxLabel() };
    })();
    this.replaceParts(parts);
    this.generation = state.generation;
    this.maxLabel = state.maxLabel;
  }

  /** Applies changes committed after our generation; the number of passages added or removed. */
  private catchUp(): number {
    const changes = this.store.changesSince(this.generation, this.maxLabel);
    applyRows(this.parts, changes.added, changes.removed);
    this.generation = changes.generation;
    this.maxLabel = changes.maxLabel;
    return changes.added.length + changes.removed.length;
  }

  /**
   * Brings the structures up to the database's generation; a cheap check when nothing changed. A process that fell
   * behind a purge (another process saved a snapshot and dropped removed rows) reloads from that snapshot.
   */
  sync(): boolean {
    const current = this.store.generation;
    if (current === this.generation) return false;
    if (this.generation < this.store.purgedThrough) this.reopen();
    else this.catchUp();
    return true;
  }

  /** Releases a vector graph that was never read. */
  close(): void {
    this.parts.dense?.close();
  }

  /** Saves the structures at their generation; a failure (full disk) is reported and costs nothing but speed. */
  saveSnapshot(): boolean {
    const { dir, fault, warn } = this.opts;
    const g = this.generation;
    const { lexical, catalog, dense } = this.parts;
    try {
      const l = lexical.toParts();
      const c = catalog.toParts();
      const header: SnapshotHeader = {
        generation: g,
        maxLabel: this.maxLabel,
        embedder: this.store.meta('embedder') ?? '',
        dim: dense?.dim ?? 0,
        size: lexical.size,
        lexical: l.header,
        catalog: c.header,
      };
      if (dense) writeAtomically(vectorFile(dir, g), (tmp) => dense.write(tmp, fileSize), fault);
      const buffers = encodeSnapshot(header, { ...prefixed('lexical', l.arrays), ...prefixed('catalog', c.arrays) });
      writeAtomically(searchFile(dir, g), (tmp) => writeBuffers(tmp, buffers), fault);
    } catch (err) {
      (warn ?? console.warn)(`De zoekindex kon niet worden opgeslagen (${(err as Error).message}); de database blijft de bron en de index wordt bij de volgende start opnieuw opgebouwd.`);
      return false;
    }
    cleanSnapshots(dir, g);
    this.store.purge(g);
    return true;
  }
}
