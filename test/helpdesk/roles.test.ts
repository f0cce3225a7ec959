import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../server/store/types.js';
import { json, setup } from './harness.js';

// Every route that writes or reads helpdesk data, with the roles that may use it. The table is the specification:
// the test does not derive it from the permission map in server/auth/roles.ts.

type Who = Role | 'anoniem';
const ALL: Who[] = ['anoniem', ...ROLES];
const LOGGED_IN: Who[] = [...ROLES];

interface RouteCase {
  method: string;
  path: string;
  body?: unknown;
  allowed: Who[];
}

const H: Who[] = ['helpdesk'];
const routes: RouteCase[] = [
  { method: 'POST', path: '/api/drafts', body: { question: 'Wie beslist over verlof?' }, allowed: H },
  { method: 'GET', path: '/api/drafts', allowed: H },
  { method: 'GET', path: '/api/drafts/1', allowed: H },
  { method: 'PATCH', path: '/api/drafts/1', body: { answer: 'Bewerkt.' }, allowed: H },
  { method: 'GET', path: '/api/drafts/1/revisions', allowed: H },
  { method: 'GET', path: '/api/drafts/1/export?format=text', allowed: H },
  { method: 'POST', path: '/api/drafts/1/status', body: { status: 'ter-review' }, allowed: H },
  { method: 'POST', path: '/api/drafts/2/status', body: { status: 'goedgekeurd' }, allowed: H },
  { method: 'GET', path: '/api/kennisbank', allowed: ['helpdesk', 'beheer'] },
  { method: 'GET', path: '/api/kennisbank/review', allowed: ['helpdesk', 'beheer'] },
  { method: 'GET', path: '/api/kennisbank/1', allowed: ['helpdesk', 'beheer'] },
  { method: 'POST', path: '/api/kennisbank/1/checked', allowed: H },
  { method: 'POST', path: '/api/kennisbank/1/revise', allowed: H },
  { method: 'POST', path: '/api/kennisbank/1/withdraw', body: { reason: 'Test' }, allowed: H },
  { method: 'POST', path: '/api/feedback', body: { conversationId: 'c1', rating: 'klopt-niet', question: 'Vraag?' }, allowed: ALL },
  { method: 'GET', path: '/api/feedback', allowed: H },
  { method: 'GET', path: '/api/feedback/export.csv', allowed: H },
  { method: 'POST', path: '/api/feedback/1/draft', allowed: H },
  { method: 'GET', path: '/api/audit', allowed: ['beheer'] },
  { method: 'GET', path: '/api/users', allowed: ['beheer'] },
  { method: 'POST', path: '/api/users', body: { email: 'nieuw@example.nl', role: 'school', password: 'een-lang-wachtwoord' }, allowed: ['beheer'] },
  { method: 'PATCH', path: '/api/users/1', body: { name: 'School' }, allowed: ['beheer'] },
  { method: 'POST', path: '/api/users/1/bevestig', allowed: H },
  { method: 'POST', path: '/api/privacy/wissen', body: { zoekterm: 'Jansen' }, allowed: ['beheer'] },
  { method: 'POST', path: '/api/auth/totp/bevestig', body: { code: '123456' }, allowed: LOGGED_IN },
  { method: 'GET', path: '/api/tokens', allowed: LOGGED_IN },
  { method: 'POST', path: '/api/tokens', body: { name: 'koppeling' }, allowed: LOGGED_IN },
  { method: 'DELETE', path: '/api/tokens/999', allowed: LOGGED_IN },
  { method: 'GET', path: '/api/auth/me', allowed: LOGGED_IN },
  { method: 'POST', path: '/api/auth/password', body: { huidig: 'fout-wachtwoord', nieuw: 'nog-een-lang-wachtwoord' }, allowed: LOGGED_IN },
];

let h: Awaited<ReturnType<typeof setup>>;
beforeAll(async () => {
  h = await setup();
  // State so that allowed calls reach their handler: draft 1 (concept), draft 2 (ter review), entry 1, feedback 1.
  await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Eerste vraag' });
  // Draft 2 is a colleague's, so the helpdesk account may review it.
  await h.call('collega', 'POST', '/api/drafts', { question: 'Tweede vraag' });
  await h.call('collega', 'POST', '/api/drafts/2/status', { status: 'ter-review' });
  await h.call('helpdesk', 'POST', '/api/drafts/1/status', { status: 'ter-review' });
  await h.call('collega', 'POST', '/api/drafts/1/status', { status: 'goedgekeurd' });
  await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'c0', rating: 'klopt-niet', question: 'Klopt dit?' });
});

const cases = routes.flatMap((r) => ALL.map((who) => ({ ...r, who, ok: r.allowed.includes(who) })));

describe('role checks on every route', () => {
  it.each(cases)('$method $path as $who → $ok', async ({ method, path, body, who, ok }) => {
    const res = await h.call(who === 'anoniem' ? undefined : who, method, path, body);
    if (ok) {
      expect([401, 403]).not.toContain(res.status);
      return;
    }
    const expected = who === 'anoniem' ? 401 : 403;
    expect(res.status).toBe(expected);
    const { error } = await json<{ error: { code: string; message: string } }>(res);
    expect(error.code).toBe(expected === 401 ? 'niet-ingelogd' : 'geen-toegang');
    expect(error.message).toMatch(expected === 401 ? /niet ingelogd/ : new RegExp(`Uw rol \\(${who}\\) mag dit niet`));
  });

  it('refuses a bearer token that does not exist, also on open routes', async () => {
    const res = await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'c1', rating: 'klopt' }, { authorization: 'Bearer ww_verzonnen' });
    expect(res.status).toBe(401);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe('token-ongeldig');
  });
});
