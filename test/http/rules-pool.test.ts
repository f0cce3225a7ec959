import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createAskPool, PER_WORKER, type AskPool } from '../../server/ask/pool.js';
import { readEnv } from '../../server/env.js';
import type { ApiError } from '../../server/http/errors.js';
import { inThreadRules, type RuleName, type RuleRunner } from '../../server/rules/jobs.js';
import { VERZUIM_CSV_TEMPLATE } from '../../server/rules/index.js';
import { emptyIndex } from '../support/empty-index.js';

// The rule endpoints compute in the answering threads (issue 14, bounded work per request): the same bytes as in
// this thread, bad input refused at the edge without reaching a worker, and /api/health answered while a worker is
// busy. No wall-clock thresholds: a gate holds the rule work for as long as the test wants.

let dir: string;
let pool: AskPool;
/** Every rule job that reached the pool, by name. */
const calls: RuleName[] = [];
const counted = (): RuleRunner => ({
  rule: (name, input) => {
    calls.push(name);
    return pool.rule(name, input);
  },
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ww-rules-pool-'));
  // An empty knowledge folder: the workers open an index of nothing, the rules need none.
  const env = readEnv({ DATA_DIR: join(dir, 'data'), KNOWLEDGE_DIR: join(dir, 'knowledge') });
  pool = createAskPool({ size: 1, queue: 10, worker: { dataDir: env.DATA_DIR, knowledgeDir: env.KNOWLEDGE_DIR, env } });
  await pool.ready;
}, 120_000);
afterAll(async () => {
  await pool?.close();
  rmSync(dir, { recursive: true, force: true });
});

const knowledge = emptyIndex({ documents: 0, chunks: 0 });
const inThread = createApp({ version: 't', knowledge, llmEnabled: false });
const pooled = () => createApp({ version: 't', knowledge, llmEnabled: false, rules: counted() });

const json = (path: string, body: unknown) => ({ path, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } });
const csv = (path: string, body: string) => ({ path, init: { method: 'POST', headers: { 'content-type': 'text/csv' }, body } });
const registraties = Array.from({ length: 25 }, (_, i) => ({ datum: `2026-11-${String(2 + i).padStart(2, '0')}`, uren: 2 + (i % 3), soort: i % 5 ? 'ongeoorloofd' : 'te-laat' }));

/** Valid requests to every computing rule endpoint, in several shapes (calendar, CSV with options, form-free text). */
const valid = [
  json('/api/melding', { soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16, onderwijssoort: 'vo', leeftijd: 14, regio: 'ijssel-vecht' }),
  json('/api/melding', { soortVerzuim: 'vakantie-zonder-verlof', onderwijssoort: 'po', geboortedatum: '2016-02-01', peildatum: '2026-11-20', eersteKeer: true }),
  json('/api/verlof', { soort: 'gewichtige-omstandigheden', omstandigheid: 'huwelijk', graad: 2, dagen: 2 }),
  json('/api/verlof', { soort: 'vakantie-beroep', werkgeversverklaring: true, dagen: 2, startdatum: '2026-08-31', kalender: { vakanties: [{ naam: 'zomervakantie', van: '2026-07-11', tot: '2026-08-23' }] } }),
  json('/api/leerplicht', { geboortedatum: '2012-03-01', peildatum: '2026-11-22' }),
  json('/api/verzuim/evaluate', { leerling: { onderwijssoort: 'vo', geboortedatum: '2012-03-01' }, peildatum: '2026-11-30', registraties }),
  csv('/api/verzuim/evaluate-csv?peildatum=2026-03-01&regio=ijssel-vecht', VERZUIM_CSV_TEMPLATE),
  csv('/api/verzuim/evaluate-csv', 'leerling;datum\n1;gisteren\n'),
];
/** Refused at the edge: wrong types, unknown fields, dates out of range, wrong content type, a bad query. */
const invalid = [
  json('/api/melding', { ongeoorloofdeUren: 'zestien' }),
  json('/api/verlof', { soort: 'vakantie-beroep', onbekend: true }),
  json('/api/leerplicht', { geboortedatum: '1812-03-01' }),
  json('/api/verzuim/evaluate', { leerling: { onderwijssoort: 'vo' }, registraties: [{ datum: '2026-11-02', uren: 30, soort: 'ongeoorloofd' }] }),
  { path: '/api/melding', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{niet json' } },
  csv('/api/verzuim/evaluate-csv?kalenderRegio=oost', VERZUIM_CSV_TEMPLATE),
  { path: '/api/verzuim/evaluate-csv', init: { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' } },
];

async function snapshot(app: ReturnType<typeof createApp>, r: { path: string; init: RequestInit }) {
  const res = await app.request(r.path, r.init);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

describe('rule endpoints through the answering pool', () => {
  it('answer byte for byte as in this thread, and every valid request went through the pool', async () => {
    const app = pooled();
    calls.length = 0;
    for (const r of valid) {
      const here = await snapshot(inThread, r);
      expect(here.status, r.path).toBe(200);
      expect(await snapshot(app, r), r.path).toEqual(here);
    }
    expect(calls).toEqual(['melding', 'melding', 'verlof', 'verlof', 'leerplicht', 'verzuim', 'verzuim-csv', 'verzuim-csv']);
  }, 60_000);

  it('refuse bad input at the edge with the same Dutch error, without sending it to a worker', async () => {
    const app = pooled();
    calls.length = 0;
    for (const r of invalid) {
      const here = await snapshot(inThread, r);
      expect(here.status, r.path).toBeGreaterThanOrEqual(400);
      expect(here.body).toMatch(/"code":"[a-z-]+","message":"/);
      expect(await snapshot(app, r), r.path).toEqual(here);
    }
    expect(calls).toEqual([]);
  });

  it('answer /api/health while the rule work is held, then finish the held requests', async () => {
    // A runner whose jobs wait for the test: a worker busy for as long as it takes.
    const held: Array<() => void> = [];
    const gated: RuleRunner = {
      rule: (name, input) => new Promise<void>((release) => held.push(release)).then(() => inThreadRules.rule(name, input)),
    };
    const app = createApp({ version: 't', knowledge, llmEnabled: false, rules: gated });
    let finished = 0;
    const busy = valid.slice(0, 6).map((r) => Promise.resolve(app.request(r.path, r.init)).then((res) => (finished++, res)));
    await new Promise((r) => setImmediate(r));
    await expect.poll(() => held.length).toBe(6);

    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(finished).toBe(0);

    for (const release of held) release();
    const answers = await Promise.all(busy);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('keep a real worker busy with a large CSV while /api/health answers in this thread', async () => {
    const app = pooled();
    const rows = ['leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag'];
    for (let i = 0; i < 6000; i++) rows.push(`${1000 + Math.floor(i / 20)};2012-03-14;vo;2026-${String(9 + Math.floor((i % 20) / 7)).padStart(2, '0')}-${String(1 + ((i % 7) * 4)).padStart(2, '0')};2;lesuur;ongeoorloofd;nee`);
    const big = app.request('/api/verzuim/evaluate-csv?peildatum=2026-12-01', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: rows.join('\n') });
    await expect.poll(() => pool.load().running, { timeout: 10_000 }).toBe(1);

    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    // The worker was still computing when health answered: its job had not left the pool.
    expect(pool.load().running).toBe(1);
    expect((await big).status).toBe(200);
    expect(pool.load()).toEqual({ waiting: 0, running: 0 });
  }, 60_000);

  it('refuse rule work past the queue with the Dutch 503 of a full pool, and do all it accepted', async () => {
    const cfg = readEnv({ DATA_DIR: join(dir, 'data'), KNOWLEDGE_DIR: join(dir, 'knowledge') });
    const small = createAskPool({ size: 1, queue: 1, worker: { dataDir: cfg.DATA_DIR, knowledgeDir: cfg.KNOWLEDGE_DIR, env: cfg } });
    try {
      await small.ready;
      const input = { leerling: { onderwijssoort: 'vo' as const }, peildatum: '2026-11-30', registraties: registraties as never };
      const results = await Promise.allSettled(Array.from({ length: PER_WORKER + 1 + 3 }, () => small.rule('verzuim', input)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(PER_WORKER + 1);
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ApiError] : []));
      expect(refused).toHaveLength(3);
      for (const err of refused) expect(err).toMatchObject({ status: 503, code: 'te-druk' });
    } finally {
      await small.close();
    }
  }, 60_000);
});
