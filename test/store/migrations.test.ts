import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openDatabase, schemaVersion, type Db } from '../../server/store/db.js';

const migrations = loadMigrations();
const LATEST = migrations.length;

/** The schema as SQLite stores it, to compare a migrated database with a fresh one. */
const schema = (db: Db) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();

/** Rows that are valid at each version, inserted before migrating further, to prove data survives. */
const seed: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare("INSERT INTO users (id, email, role, password_hash, created_at, updated_at) VALUES (1, 'a@b.nl', 'helpdesk', 'x', 't', 't')").run();
  },
  2: (db) => {
    db.prepare("INSERT INTO drafts (id, question, persona, answer, confidence, created_by, created_at, updated_at) VALUES (7, 'v', 'helpdesk', 'a', 'hoog', 1, 't', 't')").run();
  },
};

describe('migrations', () => {
  it('are numbered without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(Array.from({ length: LATEST }, (_, i) => i + 1));
    expect(LATEST).toBeGreaterThanOrEqual(3);
  });

  it('build the whole schema from an empty database', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(LATEST);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'api_tokens', 'audit_log', 'drafts', 'draft_revisions', 'kennisbank_entries', 'feedback', 'schema_version']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  const fresh = schema(openDatabase(':memory:'));
  it.each(Array.from({ length: LATEST }, (_, v) => v))('bring a database at version %i to the latest schema, keeping its data', (start) => {
    const db = openDatabase(':memory:', { upTo: start });
    expect(schemaVersion(db)).toBe(start);
    for (let v = 1; v <= start; v++) seed[v]?.(db);
    expect(migrate(db)).toBe(LATEST);
    expect(schema(db)).toEqual(fresh);
    if (start >= 1) expect(db.prepare('SELECT email FROM users WHERE id = 1').get()).toEqual({ email: 'a@b.nl' });
    if (start >= 2) expect(db.prepare('SELECT question, supersedes_number FROM drafts WHERE id = 7').get()).toEqual({ question: 'v', supersedes_number: null });
  });

  it('leave the database at the previous version when a migration fails', () => {
    const db = new Database(':memory:');
    const broken = [...migrations, { version: LATEST + 1, name: 'kapot.sql', sql: 'CREATE TABLE extra (x INTEGER); INSERT INTO bestaat_niet VALUES (1);' }];
    expect(() => migrate(db, broken)).toThrow(/bestaat_niet/);
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
  });

  it('refuse a database written by a newer version', () => {
    const db = openDatabase(':memory:');
    db.prepare('UPDATE schema_version SET version = ?').run(LATEST + 1);
    expect(() => migrate(db)).toThrow(/schemaversie/);
  });

  it('create the data folder and file on first start, with WAL, full sync and foreign keys', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ww-db-')), 'nieuw', 'data');
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(dir);
    expect(schemaVersion(again)).toBe(LATEST);
    again.close();
  });
});
