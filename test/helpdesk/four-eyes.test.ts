import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import { redactText } from '../../server/privacy/redact.js';
import { openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import type { User } from '../../server/store/types.js';
import { fakeAnswer, json, PASSWORD, recordingPublisher } from './harness.js';
import { emptyIndex } from '../support/empty-index.js';

// Four-eyes and role separation (issue 14, finding 3), with real passwords and logins.

async function office() {
  const store = createSqliteStore(openDatabase(':memory:'));
  const helpdesk = createHelpdesk({ store, ask: async () => fakeAnswer, publisher: recordingPublisher().publisher, redact: redactText, config: readAuthConfig({}), passwordCost: 10 });
  // The first accounts come from `npm run user:add` (no actor): confirmed, with their own passwords.
  for (const [email, role] of [['beheer@gemeente.nl', 'beheer'], ['beheer2@gemeente.nl', 'beheer'], ['anna@ingrado.nl', 'helpdesk'], ['bert@ingrado.nl', 'helpdesk'], ['carla@ingrado.nl', 'helpdesk']] as const) {
    await helpdesk.auth.createUser(undefined, { email, role, password: PASSWORD });
  }
  const app = createApp({ version: 't', knowledge: emptyIndex(), llmEnabled: false, helpdesk });
  const cookies = new Map<string, string>();
  const login = async (email: string, password = PASSWORD) => {
    const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (res.status === 200) cookies.set(email, /ww_sessie=[^;]+/.exec(res.headers.get('set-cookie')!)![0]);
    return res;
  };
  const as = (email: string) => (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { cookie: cookies.get(email) ?? '', ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  for (const e of ['beheer@gemeente.nl', 'anna@ingrado.nl', 'bert@ingrado.nl', 'carla@ingrado.nl']) await login(e);
  return { store, login, as };
}

const code = async (res: Response) => (await json<{ error: { code: string } }>(res)).error.code;

describe('four-eyes review', () => {
  it('never lets an author approve or reject a draft they wrote; a colleague can', async () => {
    const t = await office();
    const anna = t.as('anna@ingrado.nl');
    const bert = t.as('bert@ingrado.nl');
    const carla = t.as('carla@ingrado.nl');
    const { id } = await json<{ id: number }>(await anna('POST', '/api/drafts', { question: 'Wie beslist over verlof?' }));
    expect((await anna('POST', `/api/drafts/${id}/status`, { status: 'ter-review' })).status).toBe(200);
    for (const status of ['goedgekeurd', 'afgewezen']) {
      const own = await anna('POST', `/api/drafts/${id}/status`, { status, comment: 'Eigen oordeel' });
      expect(own.status).toBe(403);
      expect(await code(own)).toBe('vier-ogen');
    }
    // Editing the text during review makes Bert an author too: he can no longer approve it either.
    expect((await bert('PATCH', `/api/drafts/${id}`, { answer: 'De directeur beslist tot en met tien schooldagen.' })).status).toBe(200);
    expect(await code(await bert('POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' }))).toBe('vier-ogen');
    const approved = await carla('POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' });
    expect(approved.status).toBe(200);
    expect((await json<{ draft: { reviewerEmail: string } }>(approved)).draft.reviewerEmail).toBe('carla@ingrado.nl');
  });
});

describe('privileged accounts', () => {
  it('need the actor’s own password again to be created or changed', async () => {
    const t = await office();
    const beheer = t.as('beheer@gemeente.nl');
    const body = { email: 'nieuw@ingrado.nl', role: 'helpdesk', password: 'vier-losse-woorden-hier' };
    for (const reauth of [{}, { huidigWachtwoord: 'een-fout-wachtwoord' }]) {
      const res = await beheer('POST', '/api/users', { ...body, ...reauth });
      expect(res.status).toBe(403);
      expect(await code(res)).toBe('herauthenticatie-nodig');
    }
    expect((await beheer('POST', '/api/users', { ...body, huidigWachtwoord: PASSWORD })).status).toBe(201);

    // Another beheerder's password, or a role that gives privileges: the same.
    const users = (await json<{ users: User[] }>(await beheer('GET', '/api/users'))).users;
    const other = users.find((u) => u.email === 'beheer2@gemeente.nl')!;
    expect(await code(await beheer('PATCH', `/api/users/${other.id}`, { password: 'iemand-anders-zijn-wachtwoord' }))).toBe('herauthenticatie-nodig');
    expect((await beheer('PATCH', `/api/users/${other.id}`, { password: 'iemand-anders-zijn-wachtwoord', huidigWachtwoord: PASSWORD })).status).toBe(200);
    // A school account needs no re-authentication.
    expect((await beheer('POST', '/api/users', { email: 'school@school.nl', role: 'school', password: 'vier-losse-woorden-daar' })).status).toBe(201);
    // Refused re-authentications are in the audit log.
    const audit = await t.store.audit.list({ entity: 'toegang', limit: 50, offset: 0 });
    expect(audit.filter((e) => e.action === 'reauth.failed')).toHaveLength(3);
  });

  it('lets beheer not publish through an account it just made; the audit shows who created and who confirmed whom', async () => {
    const t = await office();
    const beheer = t.as('beheer@gemeente.nl');
    const made = await json<{ user: User }>(
      await beheer('POST', '/api/users', { email: 'stroman@ingrado.nl', role: 'helpdesk', password: 'start-wachtwoord-van-beheer', huidigWachtwoord: PASSWORD }),
    );
    expect(made.user).toMatchObject({ mustChangePassword: true, rolePending: true, createdBy: (await t.store.users.credentials('beheer@gemeente.nl'))!.user.id });

    // A draft by Anna, ready for review.
    const anna = t.as('anna@ingrado.nl');
    const { id } = await json<{ id: number }>(await anna('POST', '/api/drafts', { question: 'Wie beslist over verlof?' }));
    await anna('POST', `/api/drafts/${id}/status`, { status: 'ter-review' });

    // Beheer logs in with the password it chose: nothing but changing that password works.
    expect((await t.login('stroman@ingrado.nl', 'start-wachtwoord-van-beheer')).status).toBe(200);
    const stroman = t.as('stroman@ingrado.nl');
    const approve = () => stroman('POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' });
    expect(await code(await approve())).toBe('eigen-wachtwoord-nodig');
    // Even after setting a password of its own, the role waits for a helpdesk colleague.
    expect((await stroman('POST', '/api/auth/password', { huidig: 'start-wachtwoord-van-beheer', nieuw: 'nu-een-eigen-wachtwoord' })).status).toBe(204);
    await t.login('stroman@ingrado.nl', 'nu-een-eigen-wachtwoord');
    expect(await code(await approve())).toBe('rol-niet-bevestigd');
    expect(await code(await stroman('POST', `/api/users/${made.user.id}/bevestig`))).toBe('rol-niet-bevestigd');
    expect((await beheer('POST', `/api/users/${made.user.id}/bevestig`)).status).toBe(403);
    expect((await json<{ status: string }>(await anna('GET', `/api/drafts/${id}`))).status).toBe('ter-review');

    // A confirmed helpdesk member admits the new colleague; from then on the account can review.
    const confirmed = await t.as('bert@ingrado.nl')('POST', `/api/users/${made.user.id}/bevestig`);
    expect(confirmed.status).toBe(200);
    expect((await approve()).status).toBe(200);

    const events = await t.store.audit.list({ entity: 'user', entityId: String(made.user.id), limit: 20, offset: 0 });
    const bert = (await t.store.users.credentials('bert@ingrado.nl'))!.user.id;
    expect(events.map((e) => [e.action, e.actorId]).reverse()).toEqual([
      ['user.created', made.user.createdBy],
      ['user.password-changed', made.user.id],
      ['user.role-confirmed', bert],
    ]);
  });
});
