import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import { readEdgeConfig } from '../../server/http/middleware/config.js';
import { clientIp } from '../../server/http/middleware/rate-limit.js';
import { textHash } from '../../server/log.js';
import { redactText } from '../../server/privacy/redact.js';
import { openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import { fakeAnswer, json, PASSWORD, recordingPublisher, setup } from '../helpdesk/harness.js';
import { emptyIndex } from '../support/empty-index.js';

// OWASP ASVS level 2 basics (issue 14, finding 4), over real logins and a clock the test moves.

async function real(env: NodeJS.ProcessEnv = {}, edgeEnv: NodeJS.ProcessEnv = {}) {
  let clock = Date.parse('2026-03-02T09:00:00Z');
  const store = createSqliteStore(openDatabase(':memory:'));
  const config = readAuthConfig({ TRUST_PROXY: 'true', ...env });
  const helpdesk = createHelpdesk({ store, ask: async () => fakeAnswer, publisher: recordingPublisher().publisher, redact: redactText, config, passwordCost: 10, now: () => new Date(clock) });
  await helpdesk.auth.createUser(undefined, { email: 'beheer@gemeente.nl', role: 'beheer', password: PASSWORD });
  await helpdesk.auth.createUser(undefined, { email: 'school@school.nl', role: 'school', password: PASSWORD });
  const app = createApp({ version: 't', knowledge: emptyIndex(), llmEnabled: false, helpdesk, edge: readEdgeConfig(edgeEnv) });
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(`http://wegwijzer.test${path}`, {
      method,
      headers: { 'x-forwarded-for': '10.0.0.1', ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const login = (email = 'beheer@gemeente.nl', password = PASSWORD, extra: Record<string, string> = {}, ip = '10.0.0.1') =>
    call('POST', '/api/auth/login', { email, password, ...extra }, { 'x-forwarded-for': ip });
  const cookieOf = (res: Response) => /(?:__Host-)?ww_sessie=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return { store, app, call, login, cookieOf, tick: (ms: number) => (clock += ms) };
}

const code = async (res: Response) => (await json<{ error: { code: string } }>(res)).error.code;
const MIN = 60_000;

describe('cross-site requests', () => {
  it('refuses state changes from another site, keeps the own page and non-browser clients working', async () => {
    const t = await real({}, { CORS_ORIGINS: 'https://school.example' });
    const feedback = (headers: Record<string, string>) => t.call('POST', '/api/feedback', { conversationId: 'c', rating: 'klopt' }, headers);
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.wegwijzer.test' }, // a sibling subdomain
    ]) {
      const res = await feedback(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await code(res)).toBe('andere-herkomst');
    }
    // Body-less state changes too.
    expect((await t.call('POST', '/api/auth/logout', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    // The own page, a configured origin, and curl or a server without Origin keep working.
    expect((await feedback({ origin: 'http://wegwijzer.test', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await feedback({ origin: 'https://wegwijzer.test' })).status).toBe(201); // TLS ended at a proxy
    expect((await feedback({ origin: 'https://school.example', 'sec-fetch-site': 'cross-site' })).status).toBe(201);
    expect((await feedback({})).status).toBe(201);
    // Reading stays open.
    expect((await t.call('GET', '/api/health', undefined, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('uses a __Host- cookie behind HTTPS', async () => {
    const t = await real({ COOKIE_SECURE: 'true' });
    const res = await t.login();
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/^__Host-ww_sessie=/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Domain=/i);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: t.cookieOf(res) })).status).toBe(200);
    // The unprefixed name is not read: a sibling subdomain could have set it.
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: t.cookieOf(res).replace('__Host-', '') })).status).toBe(401);
  });

  it('ends a session after 30 idle minutes; use keeps it alive', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login());
    for (let i = 0; i < 4; i++) {
      t.tick(25 * MIN);
      expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(200);
    }
    t.tick(31 * MIN);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
  });
});

describe('passwords and logins', () => {
  it('refuses guessable passwords: spaces, repeats, common ones, the own e-mail', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login());
    for (const password of ['            ', '111111111111', 'welkom123456', 'password1234', 'qwertyuiop12', 'nieuwe.collega@school.nl']) {
      const res = await t.call('POST', '/api/users', { email: 'nieuwe.collega@school.nl', role: 'school', password }, { cookie });
      expect(res.status, password).toBe(400);
      expect(await code(res)).toBe('wachtwoord-te-zwak');
    }
    expect((await t.call('POST', '/api/users', { email: 'nieuwe.collega@school.nl', role: 'school', password: 'fiets-regen-appel-zomer' }, { cookie })).status).toBe(201);
  });

  it('throttles one address that tries a password over many accounts', async () => {
    const t = await real();
    for (let i = 0; i < 20; i++) expect((await t.login(`gok${i}@gemeente.nl`, 'Zomer2026!', {}, '10.9.9.9')).status).toBe(401);
    const blocked = await t.login('school@school.nl', PASSWORD, {}, '10.9.9.9');
    expect(blocked.status).toBe(429);
    expect((await t.login('school@school.nl', PASSWORD, {}, '10.9.9.8')).status).toBe(200);
  });

  it('audits logins, failures, lockouts, refusals and exports without passwords or addresses in clear', async () => {
    const t = await real();
    await t.login();
    for (let i = 0; i < 5; i++) await t.login('school@school.nl', `fout-${i}`);
    const school = t.cookieOf(await t.login('school@school.nl', PASSWORD, {}, '10.0.0.2'));
    expect((await t.call('GET', '/api/audit', undefined, { cookie: school })).status).toBe(403);
    const actions = (await t.store.audit.list({ limit: 100, offset: 0 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['login.ok', 'login.failed', 'login.locked', 'toegang.geweigerd']));
    const all = JSON.stringify(await t.store.audit.list({ limit: 100, offset: 0 }));
    expect(all).not.toMatch(/10\.0\.0\.1|fout-|correct-paard/);
  });

  it('audits exports: who took which draft or the feedback list out of the system', async () => {
    const h = await setup();
    const { id } = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag?' }));
    expect((await h.call('helpdesk', 'GET', `/api/drafts/${id}/export?format=text`)).status).toBe(200);
    expect((await h.call('helpdesk', 'GET', '/api/feedback/export.csv?rating=klopt-niet')).status).toBe(200);
    const events = await h.store.audit.list({ entity: 'export', limit: 10, offset: 0 });
    expect(events.map((e) => [e.action, e.actorId, e.entityId]).reverse()).toEqual([
      ['export.concept', h.users.helpdesk.id, String(id)],
      ['export.feedback', h.users.helpdesk.id, 'feedback.csv'],
    ]);
  });

  it('keys the fingerprint of user text (no unsalted hash to brute-force a BSN in a known sentence)', () => {
    const q = 'Leerling met BSN 111222333 heeft 20 uur verzuim';
    expect(textHash(q)).toMatch(/^[0-9a-f]{12}$/);
    expect(textHash(q)).not.toBe(createHash('sha256').update(q).digest('hex').slice(0, 12));
  });
});

describe('API tokens', () => {
  it('expire after TOKEN_TTL_DAYS and are revoked by a password change', async () => {
    const t = await real({ TOKEN_TTL_DAYS: '30' });
    const made = async () => {
      const cookie = t.cookieOf(await t.login('school@school.nl'));
      return json<{ token: { expiresAt: string }; secret: string }>(await t.call('POST', '/api/tokens', { name: 'koppeling' }, { cookie }));
    };
    const first = await made();
    expect(Date.parse(first.token.expiresAt) - Date.parse('2026-03-02T09:00:00Z')).toBe(30 * 86_400_000);
    const me = (secret: string) => t.call('GET', '/api/auth/me', undefined, { authorization: `Bearer ${secret}` });
    expect((await me(first.secret)).status).toBe(200);
    t.tick(31 * 86_400_000);
    expect((await me(first.secret)).status).toBe(401);

    const second = await made();
    expect((await me(second.secret)).status).toBe(200);
    const c = t.cookieOf(await t.login('school@school.nl'));
    expect((await t.call('POST', '/api/auth/password', { huidig: PASSWORD, nieuw: 'fiets-regen-appel-zomer' }, { cookie: c })).status).toBe(204);
    expect((await me(second.secret)).status).toBe(401);
  });
});

describe('TOTP', () => {
  it('is an option for beheer and helpdesk: set up with the password, confirmed with a code, then asked at login', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login());
    expect(await code(await t.call('POST', '/api/auth/totp', { huidigWachtwoord: 'fout-fout-fout' }, { cookie }))).toBe('herauthenticatie-nodig');
    const started = await t.call('POST', '/api/auth/totp', { huidigWachtwoord: PASSWORD }, { cookie });
    expect(started.status).toBe(201);
    const { secret, uri } = await json<{ secret: string; uri: string }>(started);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Wegwijzer:beheer%40gemeente\.nl\?/);
    // Not active until confirmed: login still works without a code.
    expect((await t.login()).status).toBe(200);
    expect(await code(await t.call('POST', '/api/auth/totp/bevestig', { code: '000000' }, { cookie }))).toBe('code-onjuist');
    expect((await t.call('POST', '/api/auth/totp/bevestig', { code: generateSync({ secret }) }, { cookie })).status).toBe(204);

    expect(await code(await t.login())).toBe('code-nodig');
    expect(await code(await t.login('beheer@gemeente.nl', PASSWORD, { code: '123456' }))).toBe('inloggen-mislukt');
    expect((await t.login('beheer@gemeente.nl', PASSWORD, { code: generateSync({ secret }) })).status).toBe(200);
    // A wrong password never reveals that a code is asked.
    expect(await code(await t.login('beheer@gemeente.nl', 'fout-wachtwoord-hier'))).toBe('inloggen-mislukt');
  });

  it('is not offered to roles without privileges', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login('school@school.nl'));
    expect((await t.call('POST', '/api/auth/totp', { huidigWachtwoord: PASSWORD }, { cookie })).status).toBe(403);
  });
});

describe('TRUST_PROXY', () => {
  const ipOf = async (trust: string, peer: string, xff: string) => {
    const app = new Hono().get('/', (c) => c.text(clientIp(c, readEdgeConfig({ TRUST_PROXY: trust }).TRUST_PROXY)));
    return (await app.request('/', { headers: { 'x-forwarded-for': xff } }, { incoming: { socket: { remoteAddress: peer } } })).text();
  };

  it('believes X-Forwarded-For only from the listed proxies, read from the right', async () => {
    const proxies = '10.0.0.5, 10.0.0.6';
    expect(await ipOf(proxies, '10.0.0.5', '1.2.3.4')).toBe('1.2.3.4');
    expect(await ipOf(proxies, '::ffff:10.0.0.5', 'vervalst, 1.2.3.4, 10.0.0.6')).toBe('1.2.3.4');
    expect(await ipOf(proxies, '203.0.113.9', '1.2.3.4')).toBe('203.0.113.9'); // not a proxy of ours
    expect(await ipOf('0', '203.0.113.9', '1.2.3.4')).toBe('203.0.113.9');
  });

  it('refuses a list entry that is not an address', () => {
    expect(() => readEdgeConfig({ TRUST_PROXY: '10.0.0.5, proxy.local' })).toThrow(/'proxy.local' is geen IP-adres/);
  });
});
