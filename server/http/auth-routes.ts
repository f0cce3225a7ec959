import { Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuthConfig } from '../auth/config.js';
import { allowed, PERMISSIONS, type Permission } from '../auth/roles.js';
import type { AuthService } from '../auth/service.js';
import { ROLES, type User } from '../store/types.js';
import { ApiError, parseWith, readJson } from './errors.js';
import { clientIp } from './middleware/rate-limit.js';

// Login, sessions, API tokens and user management; plus the middleware that tells every /api route who is asking.

export const SESSION_COOKIE = 'ww_sessie';

export type AuthEnv = { Variables: { user?: User } };

/**
 * Identifies the caller from `Authorization: Bearer ww_…` or the session cookie. A bearer token that does not
 * work is refused outright (a machine client must notice); a stale cookie just means "not logged in".
 */
export function authenticate(auth: AuthService): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const user = m ? await auth.identify({ token: m[1] }) : undefined;
      if (!user) throw new ApiError(401, 'token-ongeldig', 'Het API-token is ongeldig of ingetrokken. Maak een nieuw token aan.');
      c.set('user', user);
      return next();
    }
    const session = getCookie(c, SESSION_COOKIE);
    if (session) {
      const user = await auth.identify({ session });
      if (user) c.set('user', user);
    }
    return next();
  };
}

export function signedIn(user: User | undefined): User {
  if (!user) throw new ApiError(401, 'niet-ingelogd', 'U bent niet ingelogd. Log in om dit te doen.');
  return user;
}

/** The caller, when logged in with a role that has `permission`; else a Dutch 401 or 403. */
export function authorize(user: User | undefined, permission: Permission): User {
  const u = signedIn(user);
  if (!allowed(u.role, permission)) {
    const roles = PERMISSIONS[permission].join(' of ');
    throw new ApiError(403, 'geen-toegang', `Uw rol (${u.role}) mag dit niet. Hiervoor is de rol ${roles} nodig.`);
  }
  return u;
}

/** For /api/ask and the rules: a login is needed only when AUTH_REQUIRED_FOR_ASK is set. */
export function requireLoginForAsk(cfg: Pick<AuthConfig, 'AUTH_REQUIRED_FOR_ASK'>): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (cfg.AUTH_REQUIRED_FOR_ASK) signedIn(c.get('user'));
    return next();
  };
}

const email = z.string().trim().toLowerCase().email('Vul een geldig e-mailadres in.').max(254);
const password = z.string().min(1, 'Vul een wachtwoord in.').max(1000);
const loginBody = z.object({ email, password }).strict();
const passwordBody = z.object({ huidig: password, nieuw: password }).strict();
const userBody = z.object({ email, name: z.string().trim().min(1).max(200).optional(), role: z.enum(ROLES), password }).strict();
const userPatch = z
  .object({ name: z.string().trim().min(1).max(200).optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional(), password: password.optional() })
  .strict();
const tokenBody = z.object({ name: z.string().trim().min(1, 'Geef het token een naam.').max(100) }).strict();
const idParam = z.object({ id: z.coerce.number().int().positive() });

export function authRoutes(deps: { auth: AuthService; config: AuthConfig }) {
  const { auth, config } = deps;
  return new Hono<AuthEnv>()
    .post('/auth/login', async (c) => {
      const body = await readJson(c, loginBody);
      const result = await auth.login(body.email, body.password, clientIp(c, config.TRUST_PROXY));
      if (!result.ok) {
        if (result.retryAfter) {
          c.header('Retry-After', String(result.retryAfter));
          const minutes = Math.ceil(result.retryAfter / 60);
          throw new ApiError(429, 'te-veel-pogingen', `Te veel mislukte inlogpogingen. Probeer het over ${minutes} minu${minutes === 1 ? 'ut' : 'ten'} opnieuw.`);
        }
        throw new ApiError(401, 'inloggen-mislukt', 'Het e-mailadres of het wachtwoord klopt niet.');
      }
      setCookie(c, SESSION_COOKIE, result.session, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: config.COOKIE_SECURE,
        path: '/',
        expires: result.expiresAt,
      });
      return c.json({ user: result.user, expiresAt: result.expiresAt.toISOString() });
    })
    .post('/auth/logout', async (c) => {
      const session = getCookie(c, SESSION_COOKIE);
      if (session) await auth.logout(session);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.COOKIE_SECURE });
      return c.body(null, 204);
    })
    .get('/auth/me', (c) => c.json({ user: signedIn(c.get('user')) }))
    .post('/auth/password', async (c) => {
      const user = signedIn(c.get('user'));
      const body = await readJson(c, passwordBody);
      await auth.changePassword(user, body.huidig, body.nieuw);
      return c.body(null, 204);
    })

    .get('/tokens', async (c) => c.json({ tokens: await auth.listTokens(signedIn(c.get('user'))) }))
    .post('/tokens', async (c) => {
      const user = signedIn(c.get('user'));
      const body = await readJson(c, tokenBody);
      const { token, secret } = await auth.createToken(user, body.name);
      // The only time the secret is shown; only its hash is kept.
      return c.json({ token, secret }, 201);
    })
    .delete('/tokens/:id', async (c) => {
      const user = signedIn(c.get('user'));
      const { id } = parseWith(idParam, c.req.param(), 'pad');
      await auth.revokeToken(user, id);
      return c.body(null, 204);
    })

    .get('/users', async (c) => {
      authorize(c.get('user'), 'users:manage');
      return c.json({ users: await auth.listUsers() });
    })
    .post('/users', async (c) => {
      const actor = authorize(c.get('user'), 'users:manage');
      const body = await readJson(c, userBody);
      return c.json({ user: await auth.createUser(actor, body) }, 201);
    })
    .patch('/users/:id', async (c) => {
      const actor = authorize(c.get('user'), 'users:manage');
      const { id } = parseWith(idParam, c.req.param(), 'pad');
      const body = await readJson(c, userPatch);
      return c.json({ user: await auth.updateUser(actor, id, body) });
    });
}
