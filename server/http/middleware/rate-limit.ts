import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';
import type { TrustProxy } from './config.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1', 'intern']);
/** Bound on remembered clients, so a flood of spoofed addresses cannot grow the map without limit. */
const MAX_CLIENTS = 50_000;

const bare = (a: string) => a.replace(/^::ffff:/, '');

/**
 * The client address; `intern` for in-process requests (tests, app.request) that have no socket. Behind trusted
 * proxies the X-Forwarded-For list is read from the right: each proxy appends the address it saw, so the first
 * entry not in the list of proxies is the client; entries further left come from the client and can be forged.
 */
export function clientIp(c: Context, trustProxy: TrustProxy): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const peer = incoming?.socket?.remoteAddress ?? 'intern';
  if (!trustProxy) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (trustProxy === true) return forwarded.at(-1) ?? peer;
  const trusted = new Set(trustProxy.map(bare));
  if (!trusted.has(bare(peer))) return peer;
  while (forwarded.length > 1 && trusted.has(bare(forwarded.at(-1)!))) forwarded.pop();
  return forwarded.at(-1) ?? peer;
}

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  limitLoopback: boolean;
  trustProxy: TrustProxy;
  now?: () => number;
}

/** A token bucket per client IP: `burst` requests at once, refilled at `perMinute`. Over the limit → 429 with Retry-After. */
export function rateLimit(opts: RateLimitOptions): MiddlewareHandler {
  const now = opts.now ?? Date.now;
  const perMs = opts.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return async (c, next) => {
    const ip = clientIp(c, opts.trustProxy);
    if (!opts.limitLoopback && LOOPBACK.has(ip)) return next();
    const t = now();
    let b = buckets.get(ip);
    if (b) {
      b.tokens = Math.min(opts.burst, b.tokens + (t - b.at) * perMs);
      b.at = t;
    } else {
      if (buckets.size >= MAX_CLIENTS) {
        // Drop full buckets first: those clients have been quiet long enough to be back at the start.
        for (const [k, v] of buckets) if (v.tokens + (t - v.at) * perMs >= opts.burst) buckets.delete(k);
        if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
      }
      b = { tokens: opts.burst, at: t };
      buckets.set(ip, b);
    }
    if (b.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
      c.header('Retry-After', String(seconds));
      throw new ApiError(429, 'te-veel-verzoeken', `U stuurt te veel verzoeken achter elkaar. Probeer het over ${seconds} seconde${seconds === 1 ? '' : 'n'} opnieuw.`);
    }
    b.tokens -= 1;
    return next();
  };
}
