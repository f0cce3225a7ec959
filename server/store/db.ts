import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

// The embedded database: one SQLite file in DATA_DIR, created on first start. WAL lets readers work while a write
// is committed; synchronous=FULL makes a write durable before it is acknowledged, so a crash loses nothing that a
// client was told had been saved.

export type Db = Database.Database;

export const DB_FILE = 'wegwijzer.sqlite';
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered SQL files (`001_name.sql`), in order; a gap or a duplicate number is a packaging error. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migratie ${m.name} heeft niet het volgnummer ${i + 1}.`);
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * Applies every migration above the current version, each in its own transaction together with the new version
 * number, so a failed migration leaves the database at the previous version. `upTo` stops early (tests).
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations(), upTo = Infinity): number {
  let version = schemaVersion(db);
  const latest = migrations.length;
  if (version > latest) throw new Error(`De database heeft schemaversie ${version}; deze Wegwijzer kent er maar ${latest}.`);
  for (const m of migrations) {
    if (m.version <= version || m.version > upTo) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }).immediate();
    version = m.version;
  }
  return version;
}

/** Opens (and creates) the database under `dataDir`, or in memory for ':memory:', and brings its schema up to date. */
export function openDatabase(dataDir: string | ':memory:', opts: { upTo?: number } = {}): Db {
  let file: string = dataDir;
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, DB_FILE);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, loadMigrations(), opts.upTo);
  return db;
}
