import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { legacyRoots, readIndex } from '../index/store.js';
import { DB_FILE, loadMigrations, openDatabase } from './db.js';

// Backup and restore (issue 14): a consistent copy of the database made with SQLite's online backup API while the
// server keeps running, plus the user's own knowledge folders, with a manifest of checksums. A backup is written
// under a temporary name and renamed only when complete and checked, so a failed run (full disk) leaves no
// half backup; leftovers of an earlier failed run are removed. Restore checks everything before it replaces
// anything, and keeps what it replaces.

export const BACKUP_PREFIX = 'wegwijzer-';
const TMP_SUFFIX = '.tmp';
const MANIFEST = 'manifest.json';

const manifestSchema = z.object({
  formaat: z.literal(1),
  gemaakt: z.string(),
  schemaversie: z.number().int(),
  bestanden: z.array(z.object({ pad: z.string(), sha256: z.string(), bytes: z.number().int() })),
  mappen: z.array(z.object({ bron: z.string(), kopie: z.string() })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export class BackupError extends Error {}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The folders added with `npm run ingest`, as the index in the database remembers them (built-in knowledge is in the code). */
export function ingestedFolders(dataDir: string): string[] {
  if (!existsSync(join(dataDir, DB_FILE))) return legacyRoots(dataDir).map((r) => r.path);
  return readIndex(dataDir).roots.filter((r) => !r.builtin).map((r) => r.path);
}

function checkDatabase(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`De database in de backup is beschadigd: ${String(result)}.`);
    const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
    return row?.version ?? 0;
  } finally {
    db.close();
  }
}

/** Removes backups that a failed run left half-written. */
function removeLeftovers(backupDir: string): string[] {
  if (!existsSync(backupDir)) return [];
  const stale = readdirSync(backupDir).filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith(TMP_SUFFIX));
  for (const n of stale) rmSync(join(backupDir, n), { recursive: true, force: true });
  return stale;
}

export interface BackupOptions {
  dataDir: string;
  backupDir: string;
  /** Extra folders to copy besides the ingested ones. */
  folders?: string[];
  /** How many complete backups to keep (oldest removed first). */
  keep?: number;
  now?: Date;
}

export async function makeBackup(o: BackupOptions): Promise<{ dir: string; manifest: BackupManifest; removedLeftovers: string[]; pruned: string[] }> {
  mkdirSync(o.backupDir, { recursive: true });
  const removedLeftovers = removeLeftovers(o.backupDir);
  const stamp = (o.now ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-');
  const name = `${BACKUP_PREFIX}${stamp}`;
  const final = join(o.backupDir, name);
  if (existsSync(final)) throw new BackupError(`Er bestaat al een backup ${final}.`);
  const tmp = final + TMP_SUFFIX;
  mkdirSync(tmp);
  try {
    // The online backup API copies a consistent snapshot while the server keeps reading and writing.
    const db = openDatabase(o.dataDir);
    try {
      await db.backup(join(tmp, DB_FILE));
    } finally {
      db.close();
    }
    // One self-contained file: the copy leaves WAL mode (the server turns it back on when it opens it).
    const copy = new Database(join(tmp, DB_FILE));
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const schemaversie = checkDatabase(join(tmp, DB_FILE));
    const mappen = [...new Set([...ingestedFolders(o.dataDir), ...(o.folders ?? [])].map((f) => resolve(f)))]
      .filter((f) => existsSync(f) && statSync(f).isDirectory())
      .map((bron, i) => {
        const kopie = join('mappen', `${i + 1}-${basename(bron)}`);
        cpSync(bron, join(tmp, kopie), { recursive: true });
        return { bron, kopie };
      });
    const bestanden = filesUnder(tmp).map((f) => ({ pad: relative(tmp, f), sha256: sha256(f), bytes: statSync(f).size }));
    const manifest: BackupManifest = { formaat: 1, gemaakt: (o.now ?? new Date()).toISOString(), schemaversie, bestanden, mappen };
    writeFileSync(join(tmp, MANIFEST), JSON.stringify(manifest, null, 2));
    renameSync(tmp, final);
    return { dir: final, manifest, removedLeftovers, pruned: prune(o.backupDir, o.keep ?? 14) };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if ((err as { code?: string }).code === 'ENOSPC' || (err as { code?: string }).code === 'SQLITE_FULL') {
      throw new BackupError('De schijf is vol: er is geen backup gemaakt en er is niets half achtergebleven. Maak ruimte en probeer het opnieuw.');
    }
    throw err;
  }
}

function prune(backupDir: string, keep: number): string[] {
  const complete = readdirSync(backupDir).filter((n) => n.startsWith(BACKUP_PREFIX) && !n.endsWith(TMP_SUFFIX)).sort();
  const old = complete.slice(0, Math.max(0, complete.length - keep));
  for (const n of old) rmSync(join(backupDir, n), { recursive: true, force: true });
  return old;
}

/** Reads and checks a backup: manifest, every checksum, the database's integrity and schema version. */
export function verifyBackup(dir: string): BackupManifest {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new BackupError(`${dir} is geen Wegwijzer-backup (${MANIFEST} ontbreekt).`);
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new BackupError(`${MANIFEST} in ${dir} is ongeldig.`);
  const manifest = parsed.data;
  for (const f of manifest.bestanden) {
    const path = join(dir, f.pad);
    if (!existsSync(path)) throw new BackupError(`Bestand ontbreekt in de backup: ${f.pad}.`);
    if (sha256(path) !== f.sha256) throw new BackupError(`Bestand is veranderd of beschadigd sinds de backup: ${f.pad}.`);
  }
  if (!manifest.bestanden.some((f) => f.pad === DB_FILE)) throw new BackupError('De backup bevat geen database.');
  const version = checkDatabase(join(dir, DB_FILE));
  const latest = loadMigrations().length;
  if (version > latest) throw new BackupError(`De backup heeft schemaversie ${version}; deze Wegwijzer kent er maar ${latest}. Herstel met een nieuwere versie.`);
  return manifest;
}

export interface RestoreOptions {
  backup: string;
  dataDir: string;
  /** Also put the knowledge folders back at their original place (the current ones are kept aside). */
  folders?: boolean;
  now?: Date;
}

/**
 * Restores a checked backup into `dataDir`: the current database (and its WAL) is moved aside as
 * `wegwijzer.sqlite.voor-herstel-<time>`, never deleted. The server must be stopped while this runs.
 */
export function restoreBackup(o: RestoreOptions): { manifest: BackupManifest; keptAside: string[] } {
  const manifest = verifyBackup(o.backup);
  const stamp = (o.now ?? new Date()).toISOString().replace(/[-:.]/g, '');
  mkdirSync(o.dataDir, { recursive: true });
  const target = join(o.dataDir, DB_FILE);
  const incoming = `${target}.herstel${TMP_SUFFIX}`;
  cpSync(join(o.backup, DB_FILE), incoming);
  if (sha256(incoming) !== manifest.bestanden.find((f) => f.pad === DB_FILE)!.sha256) {
    rmSync(incoming, { force: true });
    throw new BackupError('De database kon niet volledig worden gekopieerd (schijf vol?). Er is niets vervangen.');
  }
  const keptAside: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(target + suffix)) {
      const aside = `${target}${suffix}.voor-herstel-${stamp}`;
      renameSync(target + suffix, aside);
      keptAside.push(aside);
    }
  }
  renameSync(incoming, target);
  if (o.folders) {
    for (const m of manifest.mappen) {
      if (existsSync(m.bron)) {
        const aside = `${m.bron}.voor-herstel-${stamp}`;
        renameSync(m.bron, aside);
        keptAside.push(aside);
      }
      cpSync(join(o.backup, m.kopie), m.bron, { recursive: true });
    }
  }
  return { manifest, keptAside };
}
