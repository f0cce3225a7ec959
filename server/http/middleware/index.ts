import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { logger } from '../../log.js';
import { ApiError } from '../errors.js';
import { readEdgeConfig, type EdgeConfig } from './config.js';
import { csrfGuard } from './csrf.js';
import { requestTimeout } from './deadline.js';
import { rateLimit } from './rate-limit.js';
import { requestLog } from './request-log.js';

export { readEdgeConfig, type EdgeConfig } from './config.js';
export { requestSignal } from './deadline.js';

/** CSP without 'unsafe-inline': the page is served as files from this origin, nothing inline, never framed. */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
});

/** CSV and file uploads may be larger than a JSON question. */
const isUpload = (type: string) => /^(?:text\/csv|multipart\/form-data|application\/(?:pdf|octet-stream|vnd\.openxmlformats))/i.test(type);

function bodyLimits(cfg: EdgeConfig): MiddlewareHandler {
  const jsonMax = cfg.BODY_LIMIT_JSON_KB * 1024;
  const uploadMax = cfg.BODY_LIMIT_UPLOAD_MB * 1024 * 1024;
  const tooLarge = (max: string) => (c: Context) => {
    // The rest of the body is never read: the connection must end, or the next request on it fails.
    c.header('Connection', 'close');
    throw new ApiError(413, 'te-groot', `De aanvraag is te groot. Stuur hoogstens ${max}; laat bijlagen en lange teksten weg.`);
  };
  const small = bodyLimit({ maxSize: jsonMax, onError: tooLarge(`${cfg.BODY_LIMIT_JSON_KB} kB`) });
  const large = bodyLimit({ maxSize: uploadMax, onError: tooLarge(`${cfg.BODY_LIMIT_UPLOAD_MB} MB`) });
  // A GET or HEAD has no body we read; asking hono whether it has one makes the node server build a full Request, a
  // cost every /api/health probe would pay.
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : isUpload(c.req.header('content-type') ?? '') ? large(c, next) : small(c, next));
}

/**
 * Mounts the edge hygiene on the app, before any router: request log, security headers, CORS (only when origins
 * are configured), rate limit, a cross-site request check, body limits and a timeout on /api.
 */
export function applyEdgeHygiene(app: Hono, cfg: EdgeConfig = readEdgeConfig()): void {
  app.use('*', requestLog(logger));
  app.use('*', headers);
  const origins = cfg.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  if (origins.length) {
    app.use('/api/*', cors({ origin: origins, allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], allowHeaders: ['Content-Type', 'Authorization'], maxAge: 600 }));
  }
  app.use('/api/*', rateLimit({
    perMinute: cfg.RATE_LIMIT_PER_MINUTE,
    burst: cfg.RATE_LIMIT_BURST,
    limitLoopback: cfg.RATE_LIMIT_LOOPBACK,
    trustProxy: cfg.TRUST_PROXY,
  }));
  app.use('/api/*', csrfGuard(origins));
  app.use('/api/*', bodyLimits(cfg));
  app.use('/api/*', requestTimeout(cfg.REQUEST_TIMEOUT_MS));
}
