import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import { redactText } from '../../server/privacy/redact.js';
import { DB_FILE, openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import type { User } from '../../server/store/types.js';
import { fakeAnswer, json, PASSWORD, recordingPublisher } from '../helpdesk/harness.js';
import { emptyIndex } from '../support/empty-index.js';

const knowledge = emptyIndex();

/** An app over a database file, with one beheerder who logs in with a real password. */
async function real(env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ww-auth-'));
  const store = createSqliteStore(openDatabase(dir));
  const config = readAuthConfig({ TRUST_PROXY: 'true', ...env });
  const helpdesk = createHelpdesk({ store, ask: async () => fakeAnswer, publisher: recordingPublisher().publisher, redact: redactText, config, passwordCost: 10 });
  const admin = await helpdesk.auth.createUser(undefined, { email: 'beheer@gemeente.nl', role: 'beheer', password: PASSWORD });
  const app = createApp({ version: 't', knowledge, llmEnabled: false, helpdesk });
  const bodies: string[] = [];
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: { 'x-forwarded-for': '10.0.0.1', ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    bodies.push(`${[...res.headers].join(' ')} ${await res.clone().text()}`);
    return res;
  };
  const login = async (email = 'beheer@gemeente.nl', password = PASSWORD, ip = '10.0.0.1') =>
    call('POST', '/api/auth/login', { email, password }, { 'x-forwarded-for': ip });
  const cookieOf = (res: Response) => /ww_sessie=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return { dir, store, app, admin, call, login, cookieOf, bodies };
}

describe('login and sessions', () => {
  it('logs in with a session cookie that is HttpOnly and SameSite=Strict, and logs out', async () => {
    const t = await real();
    const res = await t.login('Beheer@Gemeente.nl');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ user: { email: 'beheer@gemeente.nl', role: 'beheer' } });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = t.cookieOf(res);

    expect(await json(await t.call('GET', '/api/auth/me', undefined, { cookie }))).toMatchObject({ user: { id: t.admin.id } });
    expect((await t.call('POST', '/api/auth/logout', undefined, { cookie })).status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
  });

  it('marks the cookie Secure when configured', async () => {
    const t = await real({ COOKIE_SECURE: 'true' });
    expect((await t.login()).headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses wrong passwords and unknown accounts alike, in Dutch', async () => {
    const t = await real();
    for (const res of [await t.login('beheer@gemeente.nl', 'fout-wachtwoord'), await t.login('niemand@gemeente.nl', PASSWORD)]) {
      expect(res.status).toBe(401);
      expect(await json(res)).toEqual({ error: { code: 'inloggen-mislukt', message: 'Het e-mailadres of het wachtwoord klopt niet.' } });
    }
  });

  it('rate-limits failed logins per account and address: the sixth attempt is a 429 with Retry-After, even with the right password', async () => {
    const t = await real();
    for (let i = 0; i < 5; i++) expect((await t.login('beheer@gemeente.nl', `fout-${i}`)).status).toBe(401);
    const blocked = await t.login();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await json<{ error: { message: string } }>(blocked)).error.message).toMatch(/Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw./);
    // Another address is not locked out by someone guessing elsewhere.
    expect((await t.login('beheer@gemeente.nl', PASSWORD, '10.0.0.2')).status).toBe(200);
  });

  it('asks for a login for /api/ask only when AUTH_REQUIRED_FOR_ASK is set', async () => {
    const open = await real();
    expect((await open.call('POST', '/api/melding', {})).status).toBe(200); // the rules answer (with the facts still missing)
    const closed = await real({ AUTH_REQUIRED_FOR_ASK: 'true' });
    for (const path of ['/api/ask', '/api/melding', '/api/verlof']) {
      const res = await closed.call('POST', path, { question: 'Wie beslist over verlof?' });
      expect(res.status).toBe(401);
      expect((await json<{ error: { code: string } }>(res)).error.code).toBe('niet-ingelogd');
    }
    const cookie = closed.cookieOf(await closed.login());
    expect((await closed.call('POST', '/api/melding', {}, { cookie })).status).toBe(200);
    expect((await closed.call('GET', '/api/health')).status).toBe(200);
  });
});

describe('API tokens and user management', () => {
  it('shows a token once, accepts it as a bearer until revoked, and never stores or returns secrets', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login());
    const created = await t.call('POST', '/api/tokens', { name: 'verzuimsysteem' }, { cookie });
    expect(created.status).toBe(201);
    const { token, secret } = await json<{ token: { id: number }; secret: string }>(created);
    expect(secret).toMatch(/^ww_[\w-]{43}$/);

    const bearer = { authorization: `Bearer ${secret}` };
    expect(await json(await t.call('GET', '/api/auth/me', undefined, bearer))).toMatchObject({ user: { id: t.admin.id } });
    const listed = await t.call('GET', '/api/tokens', undefined, bearer);
    expect((await json<{ tokens: Array<Record<string, unknown>> }>(listed)).tokens[0]).toMatchObject({ id: token.id, name: 'verzuimsysteem', lastUsedAt: expect.any(String) });

    // A privileged account is made and changed only with the actor's own password again (issue 14).
    const helper = await t.call('POST', '/api/users', { email: 'helpdesk@ingrado.nl', role: 'helpdesk', password: 'nog-een-geheim-wachtwoord', huidigWachtwoord: PASSWORD }, bearer);
    expect(helper.status).toBe(201);
    await t.call('PATCH', `/api/users/${(await json<{ user: User }>(helper)).user.id}`, { password: 'derde-geheim-wachtwoord', huidigWachtwoord: PASSWORD }, { cookie });
    expect((await t.call('GET', '/api/users', undefined, { cookie })).status).toBe(200);

    expect((await t.call('DELETE', `/api/tokens/${token.id}`, undefined, { cookie })).status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', undefined, bearer)).status).toBe(401);

    // The secret was in exactly one response (its creation); no password in any response; neither at rest.
    const session = cookie.split('=')[1]!;
    expect(t.bodies.filter((b) => b.includes(secret))).toHaveLength(1);
    for (const s of [PASSWORD, 'nog-een-geheim-wachtwoord', 'derde-geheim-wachtwoord', 'scrypt$']) expect(t.bodies.join('\n')).not.toContain(s);
    t.store.close();
    const atRest = ['', '-wal'].map((suffix) => { try { return readFileSync(join(t.dir, DB_FILE + suffix), 'latin1'); } catch { return ''; } }).join('');
    for (const s of [secret, session, PASSWORD, 'nog-een-geheim-wachtwoord']) expect(atRest).not.toContain(s);
  });

  it('ends sessions when a user is blocked and keeps at least one active beheerder', async () => {
    const t = await real();
    const admin = t.cookieOf(await t.login());
    const u = await json<{ user: User }>(await t.call('POST', '/api/users', { email: 'lpa@gemeente.nl', role: 'leerplichtambtenaar', password: 'lang-genoeg-wachtwoord' }, { cookie: admin }));
    const lpa = t.cookieOf(await t.login('lpa@gemeente.nl', 'lang-genoeg-wachtwoord'));
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: lpa })).status).toBe(200);
    expect((await t.call('PATCH', `/api/users/${u.user.id}`, { active: false }, { cookie: admin })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: lpa })).status).toBe(401);
    expect((await t.login('lpa@gemeente.nl', 'lang-genoeg-wachtwoord')).status).toBe(401);

    const last = await t.call('PATCH', `/api/users/${t.admin.id}`, { role: 'helpdesk', huidigWachtwoord: PASSWORD }, { cookie: admin });
    expect(last.status).toBe(409);
    expect((await json<{ error: { code: string } }>(last)).error.code).toBe('laatste-beheerder');
    const dup = await t.call('POST', '/api/users', { email: 'LPA@gemeente.nl', role: 'school', password: 'lang-genoeg-wachtwoord' }, { cookie: admin });
    expect(dup.status).toBe(409);
    const short = await t.call('POST', '/api/users', { email: 'kort@gemeente.nl', role: 'school', password: 'kort' }, { cookie: admin });
    expect((await json<{ error: { message: string } }>(short)).error.message).toBe('Kies een wachtwoord van minstens 12 tekens.');
  });

  it('lets a user change their own password with the current one', async () => {
    const t = await real();
    const cookie = t.cookieOf(await t.login());
    expect((await t.call('POST', '/api/auth/password', { huidig: 'fout-fout-fout', nieuw: 'een-nieuw-wachtwoord' }, { cookie })).status).toBe(400);
    expect((await t.call('POST', '/api/auth/password', { huidig: PASSWORD, nieuw: 'een-nieuw-wachtwoord' }, { cookie })).status).toBe(204);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
    expect((await t.login('beheer@gemeente.nl', 'een-nieuw-wachtwoord', '10.0.0.9')).status).toBe(200);
  });
});
