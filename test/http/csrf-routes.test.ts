import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../server/store/types.js';
import { json, setup } from '../helpdesk/harness.js';

// Cross-site request forgery over every route that changes state (issue 14, finding 4): the list comes from the
// app itself, so a route added later is covered without touching this test. Each is tried as a signed-in victim's
// browser would send it from another site, with and without a body; every refusal lands in the audit log.

const CROSS_SITE: Array<[string, Record<string, string>]> = [
  ['a foreign Origin', { origin: 'https://aanvaller.example' }],
  ['Origin null (sandboxed frame, data: page)', { origin: 'null' }],
  ['Sec-Fetch-Site: cross-site without Origin', { 'sec-fetch-site': 'cross-site' }],
  ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost' }],
];

/** A concrete path for a route pattern: ids become 1, other parameters a word. */
const concrete = (path: string) => path.replace(/:(\w+)\{[^}]*\}/g, '1').replace(/:id\b/g, '1').replace(/:(\w+)/g, 'x').replace(/\*$/, 'x');

describe('every state-changing route refuses a cross-site request', async () => {
  const h = await setup();
  const routes = [...new Map(h.app.routes.filter((r) => !['GET', 'HEAD', 'OPTIONS', 'ALL'].includes(r.method)).map((r) => [`${r.method} ${r.path}`, r])).values()];

  it('finds the state-changing routes', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/ask', '/api/auth/logout', '/api/feedback', '/api/drafts']));
  });

  it.each(CROSS_SITE)('with %s: 403 on every route, body or not, signed in or not', async (_, headers) => {
    for (const r of routes) {
      const path = concrete(r.path);
      for (const who of ['beheer', 'helpdesk', undefined] as const) {
        const bare = await h.call(who, r.method, path, undefined, headers);
        expect(bare.status, `${r.method} ${path} zonder body (${who ?? 'anoniem'})`).toBe(403);
        expect((await json<{ error: { code: string } }>(bare)).error.code).toBe('andere-herkomst');
        const withBody = await h.call(who, r.method, path, {}, headers);
        expect(withBody.status, `${r.method} ${path} met body (${who ?? 'anoniem'})`).toBe(403);
      }
    }
  });

  it('records each refusal in the audit log, with method and reason', async () => {
    const t = await setup();
    await t.call('helpdesk', 'POST', '/api/auth/logout', undefined, { origin: 'https://aanvaller.example' });
    await t.call(undefined, 'POST', '/api/drafts/1/status', undefined, { 'sec-fetch-site': 'cross-site' });
    const { events } = await json<{ events: AuditRecord[] }>(await t.call('beheer', 'GET', '/api/audit?entity=toegang'));
    const refusals = events.filter((e) => e.action === 'toegang.geweigerd');
    expect(refusals).toHaveLength(2);
    expect(refusals.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ methode: 'POST', reden: 'andere-herkomst' }),
      ]),
    );
    expect(refusals.every((e) => e.detail.reden === 'andere-herkomst')).toBe(true);
    // The session survived: the forged logout did nothing.
    expect((await t.call('helpdesk', 'GET', '/api/auth/me')).status).toBe(200);
  });
});
