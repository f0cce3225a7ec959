import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';

/** Where `npm run build:web` writes the page. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Paths of the page's views; the client router renders them, the server answers each with index.html.
const VIEW_PATH = /^\/(?:vraag|beslisboom|verlof|leerplicht|verzuimlijst|bronnen|helpdesk)\/?$/;

/** Sets Cache-Control on a response the handler produced (not on a 404 from further down the chain). */
function cached(handler: MiddlewareHandler, cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    const res = await handler(c, next);
    // When the file is missing the handler passes on to next(), which resolves to the context, not a response.
    if (!(res instanceof Response)) return;
    res.headers.set('Cache-Control', cacheControl);
    return res;
  };
}

/**
 * Serves the built page at `/`. Mounted after the `/api` routes so unknown API paths keep their JSON 404.
 * Hashed files under /assets never change (cache a year); index.html must be revalidated so a new build shows at once.
 */
export function staticRoutes(dist: string = WEB_DIST) {
  const app = new Hono();
  if (!existsSync(dist)) return app;
  // serveStatic wants a root relative to the working directory.
  const root = relative(process.cwd(), resolve(dist)) || '.';
  const index = cached(serveStatic({ root, path: 'index.html' }), 'no-cache');

  app.get('/assets/*', cached(serveStatic({ root }), 'public, max-age=31536000, immutable'));
  app.get('/', index);
  app.get('*', (c, next) => (VIEW_PATH.test(c.req.path) ? index(c, next) : next()));
  app.get('*', cached(serveStatic({ root }), 'public, max-age=3600'));
  // A browser asking for an unknown page gets the page (which says, in Dutch, that it does not exist) with a 404;
  // API clients and files keep the JSON 404.
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(c.req.path) || !c.req.header('Accept')?.includes('text/html')) return next();
    const res = await index(c, next);
    return res instanceof Response ? new Response(res.body, { status: 404, headers: res.headers }) : undefined;
  });
  return app;
}
