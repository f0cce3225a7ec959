import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header; behind a TLS proxy the scheme differs from what this server sees, the host not. */
function hostOf(origin: string): string | undefined {
  try {
    return origin === 'null' ? undefined : new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request forgery, refused on the server (ASVS 4.2.2, 50.4): a state-changing request that a browser
 * marks as coming from another site (Sec-Fetch-Site: cross-site or same-site, i.e. a sibling subdomain) or whose
 * Origin is neither this server nor a configured CORS origin gets a 403. A request with neither header does not
 * come from a current browser (curl, scripts, server-to-server JSON clients) and passes: those carry no cookie of
 * a victim, and a bearer token cannot be forged by a page. The victim's browser sends our own Host header, so the
 * host comparison cannot be steered by the attacking page.
 */
export function csrfGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const fromOrigin = origin !== undefined && (allowed.has(origin) || hostOf(origin) === (c.req.header('host') ?? new URL(c.req.url).host));
    const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none' && !fromOrigin;
    const foreignOrigin = origin !== undefined && !fromOrigin;
    if (crossSite || foreignOrigin) {
      throw new ApiError(403, 'andere-herkomst', 'Deze aanvraag komt van een andere website en is daarom geweigerd. Gebruik Wegwijzer via de eigen pagina.');
    }
    return next();
  };
}
