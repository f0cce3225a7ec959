import { Writable } from 'node:stream';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readEdgeConfig, type EdgeConfig } from '../../server/http/middleware/index.js';
import { requestLog } from '../../server/http/middleware/request-log.js';
import { errorFields, safeText, textFields } from '../../server/log.js';
import { emptyIndex } from '../support/empty-index.js';

const knowledge = emptyIndex();
const build = (env: Record<string, string> = {}) => createApp({ version: 't', knowledge, llmEnabled: false, edge: readEdgeConfig(env) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('security headers', () => {
  it('sends a strict CSP and the usual hardening headers on every answer', async () => {
    for (const path of ['/api/health', '/api/bestaat-niet', '/']) {
      const res = await build().request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('body limits', () => {
  it('answers an oversized JSON body with a Dutch 413', async () => {
    const body = JSON.stringify({ question: 'x'.repeat(70 * 1024) });
    const res = await build().request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    const err = await errorOf(res);
    expect(err.code).toBe('te-groot');
    expect(err.message).toMatch(/te groot.*64 kB/);
  });

  it('applies the limit to a streamed body without Content-Length too', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (sent++ < 8) ctrl.enqueue(chunk);
        else ctrl.close();
      },
    });
    const res = await build().request('/api/ask', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('lets a CSV upload be larger than a JSON question, up to its own limit', async () => {
    const app = build({ BODY_LIMIT_UPLOAD_MB: '1' });
    const ok = await app.request('/api/verzuim/evaluate', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a;b\n'.repeat(50_000) });
    expect(ok.status).not.toBe(413);
    const big = await app.request('/api/verzuim/evaluate', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a;b\n'.repeat(300_000) });
    expect(big.status).toBe(413);
    expect((await errorOf(big)).message).toMatch(/1 MB/);
  });
});

describe('rate limit', () => {
  const limited: Record<string, string> = { RATE_LIMIT_LOOPBACK: '1', RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '6' };

  it('answers the request over the burst with 429, Retry-After and a Dutch message', async () => {
    const app = build(limited);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/health')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await app.request('/api/health');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const err = await errorOf(res);
    expect(err.code).toBe('te-veel-verzoeken');
    expect(err.message).toMatch(/te veel verzoeken.*seconde/);
  });

  it('counts each client apart behind a trusted proxy', async () => {
    const app = build({ ...limited, TRUST_PROXY: '1' });
    const from = (ip: string) => app.request('/api/health', { headers: { 'x-forwarded-for': `1.1.1.1, ${ip}` } });
    for (let i = 0; i < 3; i++) expect((await from('10.0.0.1')).status).toBe(200);
    expect((await from('10.0.0.1')).status).toBe(429);
    expect((await from('10.0.0.2')).status).toBe(200);
  });

  it('does not throttle loopback clients by default (local eval and load runs)', async () => {
    const app = build({ RATE_LIMIT_BURST: '2' });
    for (let i = 0; i < 5; i++) expect((await app.request('/api/health')).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (app: Hono) => app.request('/api/ask', {
    method: 'OPTIONS',
    headers: { origin: 'https://school.example', 'access-control-request-method': 'POST' },
  });
  it('is off by default', async () => {
    const res = await preflight(build());
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
  it('allows only the configured origins', async () => {
    expect((await preflight(build({ CORS_ORIGINS: 'https://school.example' }))).headers.get('access-control-allow-origin')).toBe('https://school.example');
    expect((await preflight(build({ CORS_ORIGINS: 'https://ander.example' }))).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors at the edge', () => {
  it('ends a slow handler with a Dutch 504 and never a stack trace for a crash', async () => {
    const app = build({ REQUEST_TIMEOUT_MS: '100' });
    app.get('/api/traag', async (c) => {
      await new Promise((r) => setTimeout(r, 400));
      return c.json({ ok: true });
    });
    app.get('/api/kapot', () => {
      throw new Error('geheim detail op regel 12');
    });
    const slow = await app.request('/api/traag');
    expect(slow.status).toBe(504);
    expect((await errorOf(slow)).code).toBe('time-out');
    const crash = await app.request('/api/kapot');
    expect(crash.status).toBe(500);
    const text = await crash.text();
    expect(text).not.toMatch(/geheim|stack|at .*\.ts/);
    expect(JSON.parse(text).error.code).toBe('interne-fout');
  });
});

describe('request log', () => {
  it('logs method, path, status and duration, never query, body or credentials', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const app = new Hono();
    app.use('*', requestLog(pino({ level: 'info' }, sink)));
    app.post('/api/ask', (c) => c.json({ ok: true }));
    await app.request('/api/ask?q=Sanne+de+Vries', {
      method: 'POST',
      headers: { authorization: 'Bearer geheim-token', cookie: 'sessie=abc123', 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'Mijn leerling Sanne de Vries spijbelt' }),
    });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ method: 'POST', path: '/api/ask', status: 200 });
    expect(typeof line.ms).toBe('number');
    expect(lines[0]).not.toMatch(/Sanne|geheim-token|abc123|spijbelt|authorization|cookie/i);
  });

  it('describes user text by hash and length unless masked text is asked for', () => {
    const q = 'Mijn leerling Sanne de Vries (BSN 111222333) is 14 jaar.';
    const plain = textFields(q, undefined);
    expect(plain).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{12}$/), length: q.length });
    expect(textFields(q, 'redacted').text).toBe('Mijn leerling [naam] (BSN [bsn]) is 14 jaar.');
    expect(safeText(`Fout bij ${q}`, 30)).toBe('Fout bij Mijn leerling [naam] ');
  });

  it('logs an error with a masked message and only its stack frames', () => {
    const fields = errorFields(new Error('Onverwacht token in "Mijn leerling Sanne de Vries, BSN 111222333"'));
    expect(fields.type).toBe('Error');
    expect(fields.message).toBe('Onverwacht token in "Mijn leerling [naam], BSN [bsn]"');
    expect(fields.stack).toMatch(/^\s+at /);
    expect(fields.stack).not.toMatch(/Sanne|111222333/);
  });
});
