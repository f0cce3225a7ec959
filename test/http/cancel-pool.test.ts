import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { withConversations } from '../../server/ask/pipeline.js';
import { ConversationStore } from '../../server/ask/conversations.js';
import { createAskPool, PER_WORKER, type AskPool } from '../../server/ask/pool.js';
import { readEnv } from '../../server/env.js';
import { RequestCancelled } from '../../server/http/errors.js';
import { readEdgeConfig } from '../../server/http/middleware/config.js';
import { emptyIndex } from '../support/empty-index.js';

// A request that nobody waits for any more costs no worker time (issue 14, bounded work per request): when its client
// goes away, or its time-out has answered, a job still in the pool's queue leaves it and never reaches a worker; a
// job a worker already has runs to its end and its result is dropped, without an error in the log or an unhandled
// rejection. The worker is kept busy with large CSVs (each takes a while), so the queue holds what the test sends.

let dir: string;
let pool: AskPool;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dir = mkdtempSync(join(tmpdir(), 'ww-cancel-'));
  const env = readEnv({ DATA_DIR: join(dir, 'data'), KNOWLEDGE_DIR: join(dir, 'knowledge') });
  pool = createAskPool({ size: 1, queue: 10, worker: { dataDir: env.DATA_DIR, knowledgeDir: env.KNOWLEDGE_DIR, env } });
  await pool.ready;
}, 120_000);
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
});

const knowledge = emptyIndex();
const app = (edge = readEdgeConfig({})) =>
  createApp({ version: 't', knowledge, llmEnabled: false, rules: pool, ask: withConversations(pool, new ConversationStore()), edge });

const rows = ['leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag'];
for (let i = 0; i < 8000; i++) rows.push(`${1000 + Math.floor(i / 20)};2012-03-14;vo;2026-${String(9 + Math.floor((i % 20) / 7)).padStart(2, '0')}-${String(1 + ((i % 7) * 4)).padStart(2, '0')};2;lesuur;ongeoorloofd;nee`);
const bigCsv = rows.join('\n');
const csvInit = (signal?: AbortSignal): RequestInit => ({ method: 'POST', headers: { 'content-type': 'text/csv' }, body: bigCsv, ...(signal ? { signal } : {}) });
const CSV = '/api/verzuim/evaluate-csv?peildatum=2026-12-01';

/** Fills the one worker with heavy rule jobs; resolves once it has all of them, so the next job waits in the queue. */
async function fillWorker(a: ReturnType<typeof app>) {
  const busy = Array.from({ length: PER_WORKER }, () => Promise.resolve(a.request(CSV, csvInit())));
  await expect.poll(() => pool.load().running, { timeout: 20_000 }).toBe(PER_WORKER);
  return busy;
}

/** Small requests of every kind that reaches the pool: a rule, a question, a streamed question. */
const kinds: Array<{ name: string; path: string; init: RequestInit }> = [
  { name: 'regel', path: '/api/leerplicht', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ geboortedatum: '2012-03-01', peildatum: '2026-11-22' }) } },
  { name: 'vraag', path: '/api/ask', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Wat is luxe verzuim?' }) } },
  { name: 'stroom', path: '/api/ask/stream', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Mag mijn kind een dag eerder op vakantie?' }) } },
];

describe('a request nobody waits for any more', () => {
  it.each(kinds)('leaves the queue when its client aborts, and never reaches a worker ($name)', async ({ path, init }) => {
    const a = app();
    const busy = await fillWorker(a);
    const before = pool.counts();
    const client = new AbortController();
    const gone = Promise.resolve(a.request(path, { ...init, signal: client.signal }));
    await expect.poll(() => pool.load().waiting).toBe(1);
    client.abort();
    expect(pool.load()).toEqual({ waiting: 0, running: PER_WORKER });
    // Nobody reads it; the app answers 499 (client closed request) instead of an error.
    expect((await gone).status).toBe(499);

    // What the pool accepted after it still runs: the queue moves on; the worker got that one, not the aborted one.
    const after = Promise.resolve(a.request(path, init));
    expect((await Promise.all(busy)).map((r) => r.status)).toEqual(Array(PER_WORKER).fill(200));
    const answered = await after;
    expect(answered.status).toBe(200);
    await answered.text();
    expect(pool.counts()).toEqual({ sent: before.sent + 1, cancelled: before.cancelled + 1, dropped: before.dropped });
    expect(pool.load()).toEqual({ waiting: 0, running: 0 });
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('leaves the queue when its time-out has answered', async () => {
    const a = app(readEdgeConfig({ REQUEST_TIMEOUT_MS: '100' }));
    const busy = Array.from({ length: PER_WORKER }, () => Promise.resolve(app().request(CSV, csvInit())));
    await expect.poll(() => pool.load().running, { timeout: 20_000 }).toBe(PER_WORKER);
    const before = pool.counts();
    const late = await a.request(kinds[0]!.path, kinds[0]!.init);
    expect(late.status).toBe(504);
    expect(pool.load().waiting).toBe(0);
    expect(pool.counts().cancelled).toBe(before.cancelled + 1);
    await Promise.all(busy);
    expect(pool.counts().sent).toBe(before.sent);
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('that a worker already has runs to its end; its result is dropped without a rejection left unhandled', async () => {
    const before = pool.counts();
    const client = new AbortController();
    const job = pool.rule('verzuim-csv', { text: bigCsv, opties: { peildatum: '2026-12-01' } }, client.signal);
    await expect.poll(() => pool.load().running, { timeout: 20_000 }).toBe(1);
    client.abort();
    await expect(job).rejects.toBeInstanceOf(RequestCancelled);
    // The worker is still computing; once it is done, the job leaves the pool and nothing is delivered.
    expect(pool.load().running).toBe(1);
    await expect.poll(() => pool.load().running, { timeout: 20_000 }).toBe(0);
    expect(pool.counts()).toEqual({ sent: before.sent + 1, cancelled: before.cancelled, dropped: before.dropped + 1 });
    // An abort before submitting never queues at all.
    await expect(pool.rule('leerplicht', { geboortedatum: '2012-03-01' } as never, client.signal)).rejects.toBeInstanceOf(RequestCancelled);
    expect(pool.counts().sent).toBe(before.sent + 1);
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('over a real socket: a client that hangs up while its question waits takes it out of the queue', async () => {
    const server = serve({ fetch: app().fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    try {
      const base = `http://127.0.0.1:${port}`;
      const busy = Array.from({ length: PER_WORKER }, () => fetch(base + CSV, csvInit()));
      await expect.poll(() => pool.load().running, { timeout: 20_000 }).toBe(PER_WORKER);
      const before = pool.counts();
      const body = kinds[1]!.init.body as string;
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/ask', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      req.on('error', () => undefined);
      req.end(body);
      await expect.poll(() => pool.load().waiting, { timeout: 10_000 }).toBe(1);
      req.destroy();
      await expect.poll(() => pool.counts().cancelled, { timeout: 10_000 }).toBe(before.cancelled + 1);
      expect(pool.load().waiting).toBe(0);
      expect((await Promise.all(busy)).map((r) => r.status)).toEqual(Array(PER_WORKER).fill(200));
      expect(pool.counts().sent).toBe(before.sent);
      expect(pool.load()).toEqual({ waiting: 0, running: 0 });
      expect(unhandled).toEqual([]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 60_000);
});
