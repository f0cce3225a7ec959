import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * One log line per request: method, path, status, duration and a request id. Never the query string (a search can
 * hold a name), never a body, never a header (Authorization and cookies included).
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const id = randomUUID();
    c.header('X-Request-Id', id);
    try {
      await next();
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const status = c.res.status;
      const line = { id, method: c.req.method, path: c.req.path.slice(0, 200), status, ms };
      if (status >= 500) log.error(line, 'verzoek');
      else log.info(line, 'verzoek');
    }
  };
}
