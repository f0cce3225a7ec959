import { Hono, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuthConfig } from '../auth/config.js';
import { allowed, PERMISSIONS, type Permission } from '../auth/roles.js';
import type { AuthService } from '../auth/service.js';
import { ROLES, type Store, type User } from '../store/types.js';
import { ApiError, parseWith, readJson } from './errors.js';
import { clientIp } from './middleware/rate-limit.js';

// Login, sessions, API tokens and user management; plus the middleware that tells every /api route who is asking.

export const SESSION_COOKIE = 'ww_sessie';
/**
 * Behind HTTPS the cookie carries the `__Host-` prefix: the browser then accepts it only Secure, for path / and
 * without Domain, so no sibling subdomain can set or overwrite it. Plain HTTP (local use) cannot hold such a cookie.
 */
export const sessionCookie = (cfg: Pick<AuthConfig, 'COOKIE_SECURE'>) => (cfg.COOKIE_SECURE ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

export type AuthEnv = { Variables: { user?: User } };

/**
 * Identifies the caller from `Authorization: Bearer ww_…` or the session cookie. A bearer token that does not
 * work is refused outright (a machine client must notice); a stale cookie just means "not logged in".
 */
export function authenticate(auth: AuthService, cfg: Pick<AuthConfig, 'COOKIE_SECURE'>): MiddlewareHandler<AuthEnv> {
  const cookieName = sessionCookie(cfg);
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const user = m ? await auth.identify({ token: m[1] }) : undefined;
      if (!user) throw new ApiError(401, 'token-ongeldig', 'Het API-token is ongeldig of ingetrokken. Maak een nieuw token aan.');
      c.set('user', user);
      return next();
    }
    const session = getCookie(c, cookieName);
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

/**
 * The caller, when logged in with a role that has `permission`; else a Dutch 401 or 403. An account that still has
 * the start password its creator chose, or a helpdesk role not yet confirmed by a colleague, does nothing else.
 */
export function authorize(user: User | undefined, permission: Permission): User {
  const u = signedIn(user);
  if (!allowed(u.role, permission)) {
    const roles = PERMISSIONS[permission].join(' of ');
    throw new ApiError(403, 'geen-toegang', `Uw rol (${u.role}) mag dit niet. Hiervoor is de rol ${roles} nodig.`);
  }
  if (u.mustChangePassword) {
    throw new ApiError(403, 'eigen-wachtwoord-nodig', 'Kies eerst een eigen wachtwoord (POST /api/auth/password); het startwachtwoord koos iemand anders.');
  }
  if (u.rolePending && u.role === 'helpdesk') {
    throw new ApiError(403, 'rol-niet-bevestigd', 'Uw rol helpdesk is nog niet bevestigd door een collega van de helpdesk. Tot dan kunt u geen concepten maken of publiceren.');
  }
  return u;
}

/**
 * Audit of refusals (ASVS 7.2.2): every 403 on /api, with the caller and the path (never a query string or body).
 * Login attempts and lockouts are audited by the auth service itself.
 */
export function auditDenials(store: Store): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 403) return;
    const user = c.get('user');
    await store.audit
      .record({
        actorId: user?.id,
        action: 'toegang.geweigerd',
        entity: 'toegang',
        entityId: user ? String(user.id) : '-',
        detail: { methode: c.req.method, pad: c.req.routePath.slice(0, 100), reden: c.error instanceof ApiError ? c.error.code : null },
      })
      .catch(() => undefined); // a full disk must not turn the refusal into a 507
  };
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
const code = z.string().trim().regex(/^\d{6}$/, 'Een code bestaat uit 6 cijfers.');
const loginBody = z.object({ email, password, code: code.optional() }).strict();
const passwordBody = z.object({ huidig: password, nieuw: password }).strict();
/** Re-authentication of the actor for privileged account changes. */
const reauth = { huidigWachtwoord: password.optional(), code: code.optional() };
const userBody = z.object({ email, name: z.string().trim().min(1).max(200).optional(), role: z.enum(ROLES), password, ...reauth }).strict();
const userPatch = z
  .object({ name: z.string().trim().min(1).max(200).optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional(), password: password.optional(), ...reauth })
  .strict();
const totpStart = z.object({ huidigWachtwoord: password }).strict();
const totpConfirm = z.object({ code }).strict();
const totpOff = z.object({ huidigWachtwoord: password, code }).strict();
const tokenBody = z.object({ name: z.string().trim().min(1, 'Geef het token een naam.').max(100) }).strict();
const idParam = z.object({ id: z.coerce.number().int().positive() });

export function authRoutes(deps: { auth: AuthService; config: AuthConfig }) {
  const { auth, config } = deps;
  const cookieName = sessionCookie(config);
  return new Hono<AuthEnv>()
    .post('/auth/login', async (c) => {
      const body = await readJson(c, loginBody);
      const result = await auth.login(body.email, body.password, clientIp(c, config.TRUST_PROXY), body.code);
      if (!result.ok) {
        if (result.needsCode) throw new ApiError(401, 'code-nodig', "Vul ook de code uit uw authenticator-app in (veld 'code').");
        if (result.retryAfter) {
          c.header('Retry-After', String(result.retryAfter));
          const minutes = Math.ceil(result.retryAfter / 60);
          throw new ApiError(429, 'te-veel-pogingen', `Te veel mislukte inlogpogingen. Probeer het over ${minutes} minu${minutes === 1 ? 'ut' : 'ten'} opnieuw.`);
        }
        throw new ApiError(401, 'inloggen-mislukt', 'Het e-mailadres of het wachtwoord klopt niet.');
      }
      setCookie(c, cookieName, result.session, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: config.COOKIE_SECURE,
        path: '/',
        expires: result.expiresAt,
      });
      return c.json({ user: result.user, expiresAt: result.expiresAt.toISOString() });
    })
    .post('/auth/logout', async (c) => {
      const session = getCookie(c, cookieName);
      if (session) await auth.logout(session);
      deleteCookie(c, cookieName, { path: '/', secure: config.COOKIE_SECURE });
      return c.body(null, 204);
    })
    .get('/auth/me', (c) => c.json({ user: signedIn(c.get('user')) }))
    .post('/auth/password', async (c) => {
      const user = signedIn(c.get('user'));
      const body = await readJson(c, passwordBody);
      await auth.changePassword(user, body.huidig, body.nieuw);
      return c.body(null, 204);
    })
    .post('/auth/totp', async (c) => {
      const user = signedIn(c.get('user'));
      const body = await readJson(c, totpStart);
      // The secret is shown once, to put in an authenticator app; it works after confirming with a code.
      return c.json(await auth.startTotp(user, body.huidigWachtwoord), 201);
    })
    .post('/auth/totp/bevestig', async (c) => {
      await auth.confirmTotp(signedIn(c.get('user')), (await readJson(c, totpConfirm)).code);
      return c.body(null, 204);
    })
    .post('/auth/totp/uit', async (c) => {
      const body = await readJson(c, totpOff);
      await auth.disableTotp(signedIn(c.get('user')), body.huidigWachtwoord, body.code);
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
      const { huidigWachtwoord, code: totp, ...body } = await readJson(c, userBody);
      return c.json({ user: await auth.createUser(actor, body, { password: huidigWachtwoord, code: totp }) }, 201);
    })
    .patch('/users/:id', async (c) => {
      const actor = authorize(c.get('user'), 'users:manage');
      const { id } = parseWith(idParam, c.req.param(), 'pad');
      const { huidigWachtwoord, code: totp, ...body } = await readJson(c, userPatch);
      return c.json({ user: await auth.updateUser(actor, id, body, { password: huidigWachtwoord, code: totp }) });
    })
    .post('/users/:id/bevestig', async (c) => {
      const actor = authorize(c.get('user'), 'users:confirm');
      const { id } = parseWith(idParam, c.req.param(), 'pad');
      return c.json({ user: await auth.confirmRole(actor, id) });
    });
}
