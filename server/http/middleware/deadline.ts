import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const signals = new WeakMap<Request, AbortSignal>();

/**
 * Aborts when nobody waits for this request's answer any more: the client went away, or the time-out below has
 * answered. Work still queued for it (server/ask/pool.ts) is then given up.
 */
export const requestSignal = (c: Context): AbortSignal => signals.get(c.req.raw) ?? c.req.raw.signal;

/** Ends a handler that takes too long with a Dutch 504; outbound calls carry their own, shorter timeouts. */
export function requestTimeout(ms: number): MiddlewareHandler {
  return async (c, next) => {
    const expiry = new AbortController();
    // Reading the request's signal here, before any await, makes the node server watch the connection for it.
    signals.set(c.req.raw, AbortSignal.any([c.req.raw.signal, expiry.signal]));
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new ApiError(504, 'time-out', 'Het antwoord duurde te lang. Probeer het opnieuw of stel een kortere vraag.'));
        expiry.abort();
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
