import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import { redactText } from '../../server/privacy/redact.js';
import { openDatabase, type Db } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import { fakeAnswer, json, PASSWORD, recordingPublisher } from '../helpdesk/harness.js';
import { emptyIndex } from '../support/empty-index.js';

// A full disk, injected at the store boundary: while `full` is set, every write statement fails with the error
// better-sqlite3 raises on a full volume (SQLITE_FULL), in the middle of its transaction, which SQLite rolls back.

function diskOf(db: Db) {
  const disk = { full: false };
  const fail = () => {
    throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
  };
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const run = stmt.run.bind(stmt);
    stmt.run = ((...args: unknown[]) => (disk.full ? fail() : run(...args))) as typeof stmt.run;
    return stmt;
  }) as typeof db.prepare;
  return disk;
}

async function app() {
  const dir = mkdtempSync(join(tmpdir(), 'ww-vol-'));
  const db = openDatabase(dir);
  const disk = diskOf(db);
  const store = createSqliteStore(db);
  const config = readAuthConfig({});
  const helpdesk = createHelpdesk({ store, ask: async () => fakeAnswer, publisher: recordingPublisher().publisher, redact: redactText, config, passwordCost: 10 });
  await helpdesk.auth.createUser(undefined, { email: 'hd@gemeente.nl', role: 'helpdesk', password: PASSWORD });
  const a = createApp({ version: 't', knowledge: emptyIndex(), llmEnabled: false, helpdesk });
  const call = (method: string, path: string, body?: unknown, cookie?: string) =>
    a.request(path, {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(cookie && { cookie }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const login = () => call('POST', '/api/auth/login', { email: 'hd@gemeente.nl', password: PASSWORD });
  return { db, disk, store, app: a, call, login };
}

describe('a full disk (issue 14)', () => {
  it('answers every non-index write with a Dutch 507, loses nothing acknowledged, stays up and recovers', async () => {
    const t = await app();
    const loggedIn = await t.login();
    const cookie = /ww_sessie=[^;]+/.exec(loggedIn.headers.get('set-cookie')!)![0];
    const first = await t.call('POST', '/api/drafts', { question: 'Wie beslist over verlof?' }, cookie);
    expect(first.status).toBe(201);
    const saved = await json<{ id: number; answer: string }>(first);
    const { secret } = await json<{ secret: string }>(await t.call('POST', '/api/tokens', { name: 'koppeling' }, cookie));

    t.disk.full = true;
    const writes = {
      login: await t.login(),
      concept: await t.call('POST', '/api/drafts', { question: 'Tweede vraag' }, cookie),
      bewerking: await t.call('PATCH', `/api/drafts/${saved.id}`, { answer: 'Nieuw antwoord.' }, cookie),
      feedback: await t.call('POST', '/api/feedback', { conversationId: 'c1', rating: 'klopt-niet', comment: 'Onjuist.' }),
      token: await t.call('POST', '/api/tokens', { name: 'koppeling' }, cookie),
      wachtwoord: await t.call('POST', '/api/auth/password', { huidig: PASSWORD, nieuw: 'vier-andere-losse-woorden' }, cookie),
    };
    for (const [what, res] of Object.entries(writes)) {
      expect(res.status, what).toBe(507);
      const { error } = await json<{ error: { code: string; message: string } }>(res);
      expect(error.code, what).toBe('opslag-vol');
      expect(error.message).toMatch(/schijf is vol.*niets van deze aanvraag bewaard/);
    }

    // Still serving: reads work, the acknowledged draft is intact, the database is consistent.
    expect((await t.call('GET', '/api/health')).status).toBe(200);
    // Reading with a token records its last use: that bookkeeping is skipped, the read still works.
    const me = await t.app.request('/api/auth/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    const again = await json<{ answer: string; revision: number }>(await t.call('GET', `/api/drafts/${saved.id}`, undefined, cookie));
    expect(again).toMatchObject({ answer: saved.answer, revision: 1 });
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await t.store.feedback.list({ limit: 10, offset: 0 })).total).toBe(0);

    // With room again, the same requests succeed.
    t.disk.full = false;
    expect((await t.call('POST', '/api/drafts', { question: 'Tweede vraag' }, cookie)).status).toBe(201);
    expect((await t.call('POST', '/api/feedback', { conversationId: 'c1', rating: 'klopt-niet' })).status).toBe(201);
    expect((await t.login()).status).toBe(200);
  });

  it('tells a full disk (507) from another write error (503)', async () => {
    const t = await app();
    t.db.pragma('query_only = ON'); // every write now fails with SQLITE_READONLY
    const res = await t.call('POST', '/api/feedback', { conversationId: 'c1', rating: 'klopt' });
    expect(res.status).toBe(503);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('opslag-fout');
  });
});
