import { ApiError } from '../http/errors.js';
import { ConflictError, type ApiToken, type Role, type Store, type User } from '../store/types.js';
import type { AuthConfig } from './config.js';
import { LoginLimiter } from './login-limiter.js';
import { DEFAULT_COST, dummyHash, hashPassword, verifyPassword } from './password.js';
import { hashSecret, newSecret, TOKEN_PREFIX } from './secrets.js';

// Accounts, sessions and API tokens. Secrets leave this module once (the session cookie, a new token) and are
// stored only as hashes; passwords only as scrypt hashes.

export const MIN_PASSWORD = 12;

export type LoginResult =
  | { ok: true; user: User; session: string; expiresAt: Date }
  | { ok: false; retryAfter?: number };

export interface AuthService {
  login(email: string, password: string, client: string): Promise<LoginResult>;
  logout(session: string): Promise<void>;
  /** The user behind a session cookie or a bearer token; undefined when unknown, expired or revoked. */
  identify(credential: { session?: string; token?: string }): Promise<User | undefined>;
  createUser(actor: User | undefined, u: { email: string; name?: string; role: Role; password: string }): Promise<User>;
  updateUser(actor: User, id: number, change: { name?: string; role?: Role; active?: boolean; password?: string }): Promise<User>;
  listUsers(): Promise<User[]>;
  changePassword(user: User, current: string, next: string): Promise<void>;
  createToken(user: User, name: string): Promise<{ token: ApiToken; secret: string }>;
  listTokens(user: User): Promise<ApiToken[]>;
  revokeToken(user: User, id: number): Promise<void>;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD) {
    throw new ApiError(400, 'wachtwoord-te-kort', `Kies een wachtwoord van minstens ${MIN_PASSWORD} tekens.`);
  }
}

export function createAuthService(store: Store, cfg: AuthConfig, opts: { now?: () => number; passwordCost?: number } = {}): AuthService {
  const now = opts.now ?? Date.now;
  const cost = opts.passwordCost ?? DEFAULT_COST;
  const hash = (password: string) => hashPassword(password, cost);
  const unknownAccountHash = dummyHash(cost);
  const limiter = new LoginLimiter(cfg.LOGIN_MAX_FAILURES, cfg.LOGIN_WINDOW_MINUTES * 60_000, now);

  async function keepOneBeheerder(id: number, change: { role?: Role; active?: boolean }) {
    const target = await store.users.get(id);
    if (!target || target.role !== 'beheer' || !target.active) return;
    if ((change.role && change.role !== 'beheer') || change.active === false) {
      if ((await store.users.countActive('beheer')) <= 1) {
        throw new ApiError(409, 'laatste-beheerder', 'Dit is de laatste actieve beheerder. Maak eerst een andere beheerder aan.');
      }
    }
  }

  return {
    async login(email, password, client) {
      const key = `${email.trim().toLowerCase()}|${client}`;
      const wait = limiter.retryAfter(key);
      if (wait) return { ok: false, retryAfter: wait };
      const found = await store.users.credentials(email.trim());
      // Unknown accounts cost a full hash too, so the response time does not reveal which e-mail addresses exist.
      const valid = await verifyPassword(password, found?.passwordHash ?? (await unknownAccountHash));
      if (!found || !valid || !found.user.active) {
        limiter.fail(key);
        return { ok: false };
      }
      limiter.succeed(key);
      await store.sessions.purgeExpired(new Date(now()).toISOString());
      const session = newSecret();
      const expiresAt = new Date(now() + cfg.SESSION_TTL_HOURS * 3_600_000);
      await store.sessions.create({ tokenHash: hashSecret(session), userId: found.user.id, expiresAt: expiresAt.toISOString() });
      return { ok: true, user: found.user, session, expiresAt };
    },

    async logout(session) {
      await store.sessions.delete(hashSecret(session));
    },

    async identify({ session, token }) {
      if (token) return token.startsWith(TOKEN_PREFIX) ? store.tokens.user(hashSecret(token)) : undefined;
      if (session) return store.sessions.user(hashSecret(session), new Date(now()).toISOString());
      return undefined;
    },

    async createUser(actor, u) {
      checkPassword(u.password);
      try {
        return await store.users.create(
          { email: u.email.trim(), name: u.name, role: u.role, passwordHash: await hash(u.password) },
          { actorId: actor?.id, action: 'user.created', entity: 'user', detail: { role: u.role } },
        );
      } catch (err) {
        if (err instanceof ConflictError) throw new ApiError(409, 'gebruiker-bestaat', 'Er is al een account met dit e-mailadres.');
        throw err;
      }
    },

    async updateUser(actor, id, change) {
      if (change.password !== undefined) checkPassword(change.password);
      await keepOneBeheerder(id, change);
      const updated = await store.users.update(
        id,
        {
          name: change.name,
          role: change.role,
          active: change.active,
          passwordHash: change.password === undefined ? undefined : await hash(change.password),
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
      // A changed role, password or a blocked account ends the sessions that were opened under the old state.
      if (change.role !== undefined || change.active === false || change.password !== undefined) await store.sessions.deleteForUser(id);
      return updated;
    },

    listUsers: () => store.users.list(),

    async changePassword(user, current, next) {
      checkPassword(next);
      const found = await store.users.credentials(user.email);
      if (!found || !(await verifyPassword(current, found.passwordHash))) {
        throw new ApiError(400, 'wachtwoord-onjuist', 'Het huidige wachtwoord klopt niet.');
      }
      await store.users.update(
        user.id,
        { passwordHash: await hash(next) },
        { actorId: user.id, action: 'user.password-changed', entity: 'user', entityId: String(user.id) },
      );
      // Every session, this one included, was opened with the old password.
      await store.sessions.deleteForUser(user.id);
    },

    async createToken(user, name) {
      const secret = newSecret(TOKEN_PREFIX);
      const token = await store.tokens.create(
        { userId: user.id, name, tokenHash: hashSecret(secret) },
        { actorId: user.id, action: 'token.created', entity: 'token' },
      );
      return { token, secret };
    },

    listTokens: (user) => store.tokens.list(user.id),

    async revokeToken(user, id) {
      const done = await store.tokens.revoke(user.id, id, { actorId: user.id, action: 'token.revoked', entity: 'token', entityId: String(id) });
      if (!done) throw new ApiError(404, 'token-niet-gevonden', `Er is geen actief token met nummer ${id} op uw account.`);
    },
  };
}
