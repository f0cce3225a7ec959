import { generateSecret, generateURI, verifySync } from 'otplib';
import { ApiError } from '../http/errors.js';
import { fingerprint } from '../privacy/fingerprint.js';
import { ConflictError, type ApiToken, type AuditEvent, type Role, type Store, type User } from '../store/types.js';
import type { AuthConfig } from './config.js';
import { LoginLimiter } from './login-limiter.js';
import { DEFAULT_COST, dummyHash, hashPassword, verifyPassword } from './password.js';
import { checkPassword } from './password-policy.js';
import { hashSecret, newSecret, TOKEN_PREFIX } from './secrets.js';

// Accounts, sessions and API tokens. Secrets leave this module once (the session cookie, a new token) and are
// stored only as hashes; passwords only as scrypt hashes.

export type LoginResult =
  | { ok: true; user: User; session: string; expiresAt: Date }
  | { ok: false; retryAfter?: number; needsCode?: boolean };

/** The actor's own password (and TOTP code when enabled), asked again before privileged account changes. */
export interface Reauth {
  password?: string;
  code?: string;
}

export interface AuthService {
  login(email: string, password: string, client: string, code?: string): Promise<LoginResult>;
  logout(session: string): Promise<void>;
  /** The user behind a session cookie or a bearer token; undefined when unknown, expired, idle or revoked. */
  identify(credential: { session?: string; token?: string }): Promise<User | undefined>;
  createUser(actor: User | undefined, u: { email: string; name?: string; role: Role; password: string }, reauth?: Reauth): Promise<User>;
  updateUser(actor: User, id: number, change: { name?: string; role?: Role; active?: boolean; password?: string }, reauth?: Reauth): Promise<User>;
  /** A confirmed helpdesk member confirms the helpdesk role beheer gave to someone else. */
  confirmRole(actor: User, id: number): Promise<User>;
  listUsers(): Promise<User[]>;
  changePassword(user: User, current: string, next: string): Promise<void>;
  createToken(user: User, name: string): Promise<{ token: ApiToken; secret: string }>;
  listTokens(user: User): Promise<ApiToken[]>;
  revokeToken(user: User, id: number): Promise<void>;
  /** Starts TOTP enrolment: a new secret and its otpauth URI; active after `confirmTotp` with a valid code. */
  startTotp(user: User, password: string): Promise<{ secret: string; uri: string }>;
  confirmTotp(user: User, code: string): Promise<void>;
  disableTotp(user: User, password: string, code: string): Promise<void>;
}

/** Roles whose accounts can change legal answers or other accounts. */
export const PRIVILEGED: readonly Role[] = ['helpdesk', 'beheer'];

/** A TOTP code of this moment or the 30 seconds before or after (clock drift of a phone). */
const totpValid = (secret: string, code: string) => /^\d{6}$/.test(code) && verifySync({ secret, token: code, epochTolerance: 30 }).valid;

export function createAuthService(store: Store, cfg: AuthConfig, opts: { now?: () => number; passwordCost?: number } = {}): AuthService {
  const now = opts.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const cost = opts.passwordCost ?? DEFAULT_COST;
  const hash = (password: string) => hashPassword(password, cost);
  const unknownAccountHash = dummyHash(cost);
  const windowMs = cfg.LOGIN_WINDOW_MINUTES * 60_000;
  const perAccount = new LoginLimiter(cfg.LOGIN_MAX_FAILURES, windowMs, now);
  // Password spraying: one password tried over many accounts from one address.
  const perAddress = new LoginLimiter(cfg.LOGIN_MAX_FAILURES_PER_ADDRESS, windowMs, now);
  const loginAudit = (action: string, userId: number | undefined, client: string, detail: AuditEvent['detail'] = {}) =>
    store.audit.record({ actorId: userId, action, entity: 'login', entityId: userId ? String(userId) : '-', detail: { adres: fingerprint(client), ...detail } });

  async function keepOneBeheerder(id: number, change: { role?: Role; active?: boolean }) {
    const target = await store.users.get(id);
    if (!target || target.role !== 'beheer' || !target.active) return;
    if ((change.role && change.role !== 'beheer') || change.active === false) {
      if ((await store.users.countActive('beheer')) <= 1) {
        throw new ApiError(409, 'laatste-beheerder', 'Dit is de laatste actieve beheerder. Maak eerst een andere beheerder aan.');
      }
    }
  }

  /** ASVS 2.2.3 / BIO: a privileged account change needs the actor's own password (and code) again. */
  async function reauthenticate(actor: User, reauth: Reauth | undefined) {
    const found = await store.users.credentials(actor.email);
    const passwordOk = Boolean(found && reauth?.password && (await verifyPassword(reauth.password, found.passwordHash)));
    const codeOk = !found?.user.totpEnabled || Boolean(found.totpSecret && reauth?.code && totpValid(found.totpSecret, reauth.code));
    if (!passwordOk || !codeOk) {
      await store.audit.record({ actorId: actor.id, action: 'reauth.failed', entity: 'toegang', entityId: String(actor.id) });
      throw new ApiError(
        403,
        'herauthenticatie-nodig',
        `Bevestig deze wijziging van een account met rol helpdesk of beheer met uw eigen wachtwoord (veld 'huidigWachtwoord')${found?.user.totpEnabled ? " en uw code uit de authenticator-app (veld 'code')" : ''}.`,
      );
    }
  }

  async function revokeCredentials(userId: number) {
    await store.sessions.deleteForUser(userId);
    await store.tokens.revokeAll(userId, iso());
  }

  return {
    async login(email, password, client, code) {
      const address = `adres|${client}`;
      const key = `${email.trim().toLowerCase()}|${client}`;
      const wait = Math.max(perAccount.retryAfter(key), perAddress.retryAfter(address));
      if (wait) {
        await loginAudit('login.blocked', undefined, client);
        return { ok: false, retryAfter: wait };
      }
      const found = await store.users.credentials(email.trim());
      // Unknown accounts cost a full hash too, so the response time does not reveal which e-mail addresses exist.
      const valid = await verifyPassword(password, found?.passwordHash ?? (await unknownAccountHash));
      const secondFactor = !found?.user.totpEnabled || Boolean(found.totpSecret && code && totpValid(found.totpSecret, code));
      if (!found || !valid || !found.user.active || !secondFactor) {
        perAccount.fail(key);
        perAddress.fail(address);
        const locked = perAccount.retryAfter(key) > 0 || perAddress.retryAfter(address) > 0;
        await loginAudit(locked ? 'login.locked' : 'login.failed', found?.user.id, client, { reden: !found || !valid ? 'wachtwoord' : !found.user.active ? 'geblokkeerd' : 'code' });
        // The code is asked only after a right password, so it tells nothing to someone guessing passwords.
        return { ok: false, ...(found && valid && found.user.active && !secondFactor && !code && { needsCode: true }) };
      }
      perAccount.succeed(key);
      await store.sessions.purgeExpired(iso());
      const session = newSecret();
      const expiresAt = new Date(now() + cfg.SESSION_TTL_HOURS * 3_600_000);
      await store.sessions.create({ tokenHash: hashSecret(session), userId: found.user.id, expiresAt: expiresAt.toISOString(), at: iso() });
      await loginAudit('login.ok', found.user.id, client);
      return { ok: true, user: found.user, session, expiresAt };
    },

    async logout(session) {
      await store.sessions.delete(hashSecret(session));
    },

    async identify({ session, token }) {
      if (token) return token.startsWith(TOKEN_PREFIX) ? store.tokens.user(hashSecret(token), iso()) : undefined;
      if (session) return store.sessions.user(hashSecret(session), iso(), new Date(now() - cfg.SESSION_IDLE_MINUTES * 60_000).toISOString());
      return undefined;
    },

    async createUser(actor, u, reauth) {
      checkPassword(u.password, [u.email, u.name ?? '']);
      if (actor && PRIVILEGED.includes(u.role)) await reauthenticate(actor, reauth);
      try {
        return await store.users.create(
          {
            email: u.email.trim(),
            name: u.name,
            role: u.role,
            passwordHash: await hash(u.password),
            createdBy: actor?.id,
            // The creator knows this password: the owner sets their own before the account can do anything.
            mustChangePassword: actor !== undefined,
            rolePending: actor !== undefined && u.role === 'helpdesk',
          },
          { actorId: actor?.id, action: 'user.created', entity: 'user', detail: { role: u.role, ...(actor && { door: actor.id }) } },
        );
      } catch (err) {
        if (err instanceof ConflictError) throw new ApiError(409, 'gebruiker-bestaat', 'Er is al een account met dit e-mailadres.');
        throw err;
      }
    },

    async updateUser(actor, id, change, reauth) {
      const target = await store.users.get(id);
      if (!target) throw new ApiError(404, 'gebruiker-niet-gevonden', `Er is geen gebruiker met nummer ${id}.`);
      if (change.password !== undefined) checkPassword(change.password, [target.email, target.name ?? '']);
      if (PRIVILEGED.includes(target.role) || (change.role && PRIVILEGED.includes(change.role))) await reauthenticate(actor, reauth);
      await keepOneBeheerder(id, change);
      const newHelpdesk = change.role === 'helpdesk' && target.role !== 'helpdesk';
      const updated = await store.users.update(
        id,
        {
          name: change.name,
          role: change.role,
          active: change.active,
          passwordHash: change.password === undefined ? undefined : await hash(change.password),
          // A password set by someone else is a start password, as at creation.
          ...(change.password !== undefined && id !== actor.id && { mustChangePassword: true }),
          ...(newHelpdesk && { rolePending: true }),
        },
        {
          actorId: actor.id,
          action: 'user.updated',
          entity: 'user',
          entityId: String(id),
          detail: {
            ...(change.role && { role: change.role }),
            ...(change.active !== undefined && { active: change.active }),
            ...(change.password !== undefined && { wachtwoord: 'gewijzigd' }),
          },
        },
      );
      if (!updated) throw new ApiError(404, 'gebruiker-niet-gevonden', `Er is geen gebruiker met nummer ${id}.`);
      // A changed role, password or a blocked account ends the sessions (and tokens) opened under the old state.
      if (change.role !== undefined || change.active === false || change.password !== undefined) await revokeCredentials(id);
      return updated;
    },

    async confirmRole(actor, id) {
      const target = await store.users.get(id);
      if (!target || target.role !== 'helpdesk' || !target.rolePending) {
        throw new ApiError(404, 'geen-bevestiging-nodig', `Gebruiker ${id} wacht niet op bevestiging van de rol helpdesk.`);
      }
      if (target.id === actor.id || target.createdBy === actor.id) {
        throw new ApiError(403, 'vier-ogen', 'U kunt uw eigen rol, of die van een account dat u zelf maakte, niet bevestigen. Vraag een collega van de helpdesk.');
      }
      const updated = await store.users.update(id, { rolePending: false, roleConfirmedBy: actor.id }, {
        actorId: actor.id,
        action: 'user.role-confirmed',
        entity: 'user',
        entityId: String(id),
        detail: { role: 'helpdesk' },
      });
      return updated!;
    },

    listUsers: () => store.users.list(),

    async changePassword(user, current, next) {
      checkPassword(next, [user.email, user.name ?? '']);
      const found = await store.users.credentials(user.email);
      if (!found || !(await verifyPassword(current, found.passwordHash))) {
        throw new ApiError(400, 'wachtwoord-onjuist', 'Het huidige wachtwoord klopt niet.');
      }
      if (current === next) throw new ApiError(400, 'wachtwoord-gelijk', 'Kies een ander wachtwoord dan het huidige.');
      await store.users.update(
        user.id,
        { passwordHash: await hash(next), mustChangePassword: false },
        { actorId: user.id, action: 'user.password-changed', entity: 'user', entityId: String(user.id) },
      );
      // Every session (this one included) and every API token was issued under the old password.
      await revokeCredentials(user.id);
    },

    async createToken(user, name) {
      const secret = newSecret(TOKEN_PREFIX);
      const token = await store.tokens.create(
        { userId: user.id, name, tokenHash: hashSecret(secret), expiresAt: new Date(now() + cfg.TOKEN_TTL_DAYS * 86_400_000).toISOString() },
        { actorId: user.id, action: 'token.created', entity: 'token' },
      );
      return { token, secret };
    },

    listTokens: (user) => store.tokens.list(user.id),

    async revokeToken(user, id) {
      const done = await store.tokens.revoke(user.id, id, { actorId: user.id, action: 'token.revoked', entity: 'token', entityId: String(id) });
      if (!done) throw new ApiError(404, 'token-niet-gevonden', `Er is geen actief token met nummer ${id} op uw account.`);
    },

    async startTotp(user, password) {
      if (!PRIVILEGED.includes(user.role)) throw new ApiError(403, 'geen-toegang', 'Tweestapsverificatie is er voor de rollen helpdesk en beheer.');
      await reauthenticate(user, { password });
      const secret = generateSecret();
      await store.users.setTotp(user.id, { secret, enabled: false }, { actorId: user.id, action: 'totp.started', entity: 'user', entityId: String(user.id) });
      return { secret, uri: generateURI({ issuer: 'Wegwijzer', label: user.email, secret }) };
    },

    async confirmTotp(user, code) {
      const found = await store.users.credentials(user.email);
      if (!found?.totpSecret || found.user.totpEnabled) throw new ApiError(409, 'totp-niet-gestart', 'Start eerst het instellen van tweestapsverificatie.');
      if (!totpValid(found.totpSecret, code)) throw new ApiError(400, 'code-onjuist', 'De code klopt niet. Kijk of de klok van uw telefoon gelijk loopt en probeer de volgende code.');
      await store.users.setTotp(user.id, { secret: found.totpSecret, enabled: true }, { actorId: user.id, action: 'totp.enabled', entity: 'user', entityId: String(user.id) });
    },

    async disableTotp(user, password, code) {
      await reauthenticate(user, { password, code });
      await store.users.setTotp(user.id, { secret: null, enabled: false }, { actorId: user.id, action: 'totp.disabled', entity: 'user', entityId: String(user.id) });
    },
  };
}
