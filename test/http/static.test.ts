import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { staticRoutes } from '../../server/http/static.js';

// The page is served after the API, as in server/app.ts: a built page in a temporary folder stands in for web/dist.
const dist = mkdtempSync(join(tmpdir(), 'wegwijzer-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Wegwijzer</title>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
writeFileSync(join(dist, 'favicon.svg'), '<svg/>');

const app = new Hono();
app.get('/api/health', (c) => c.json({ status: 'ok' }));
app.route('/', staticRoutes(dist));
app.notFound((c) => c.json({ error: { code: 'niet-gevonden', message: 'Onbekend adres.' } }, 404));

afterAll(() => rmSync(dist, { recursive: true, force: true }));

const html = { Accept: 'text/html,application/xhtml+xml' };

describe('de webpagina serveren', () => {
  it.each([
    ['/', 200, 'text/html', 'no-cache'],
    ['/vraag', 200, 'text/html', 'no-cache'],
    ['/beslisboom?leeftijd=15', 200, 'text/html', 'no-cache'],
    ['/helpdesk', 200, 'text/html', 'no-cache'],
    ['/bronnen/', 200, 'text/html', 'no-cache'],
    ['/assets/index-abc123.js', 200, 'javascript', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', 200, 'image/svg+xml', 'public, max-age=3600'],
  ])('%s → %i %s', async (path, status, type, cache) => {
    const res = await app.request(path, { headers: html });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('cache-control')).toBe(cache);
  });

  it('een onbekende pagina krijgt de pagina met status 404 (die zegt in het Nederlands dat ze niet bestaat)', async () => {
    const res = await app.request('/bestaat-niet', { headers: html });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it.each([
    ['/api/bestaat-niet', html],
    ['/bestaat-niet', { Accept: 'application/json' }],
    ['/assets/weg.js', html],
    ['/../package.json', html],
  ])('%s blijft een JSON-404', async (path, headers) => {
    const res = await app.request(path, { headers });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('niet-gevonden');
  });

  it('laat de API voorgaan', async () => {
    const res = await app.request('/api/health', { headers: html });
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
