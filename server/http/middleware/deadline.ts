import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

const expiries = new WeakMap<Request, AbortSignal>();

/**
 * Aborts when nobody waits for this request's answer any more: the client went away, or the time-out below has
 * answered. Work still queued for it (server/ask/pool.ts) is then given up. Read it before the handler's first long
 * wait: the node server only watches the connection for a request whose signal was read before it closed. Only the
 * routes that queue work read it (reading it makes the node server build a full Request, which /api/health skips).
 */
export function requestSignal(c: Context): AbortSignal {
  const expiry = expiries.get(c.req.raw);
  return expiry ? AbortSignal.any([c.req.raw.signal, expiry]) : c.req.raw.signal;
}

/** Ends a handler that takes too long with a Dutch 504; outbound calls carry their own, shorter timeouts. */
export function requestTimeout(ms: number): MiddlewareHandler {
  return async (c, next) => {
    const expiry = new AbortController();
    expiries.set(c.req.raw, expiry.signal);
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
