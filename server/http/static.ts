import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Where `npm run build:web` writes the page. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Paths of the page's views; the client router renders them, the server answers each with index.html.
const VIEW_PATH = /^\/(?:vraag|beslisboom|verlof|leerplicht|verzuimlijst|bronnen)\/?$/;

/**
 * Serves the built page at `/`. Mounted after the `/api` routes so unknown API paths keep their JSON 404.
 * Hashed files under /assets never change (cache a year); index.html must be revalidated so a new build shows at once.
 */
export function staticRoutes(dist: string = WEB_DIST) {
  // serveStatic wants a root relative to the working directory.
  const root = relative(process.cwd(), resolve(dist)) || '.';
  const app = new Hono();
  if (!existsSync(dist)) return app;
  const index = serveStatic({
    root,
    path: 'index.html',
    onFound: (_p, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  });
  app.get('/assets/*', serveStatic({
    root,
    onFound: (_p, c) => {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
  }));
  app.get('/', index);
  app.get('*', async (c, next) => {
    if (VIEW_PATH.test(c.req.path)) return index(c, next);
    return next();
  });
  app.get('*', serveStatic({
    root,
    onFound: (_p, c) => {
      c.header('Cache-Control', 'public, max-age=3600');
    },
  }));
  // A browser asking for an unknown page gets the page (which says, in Dutch, that it does not exist) with a 404;
  // API clients and files keep the JSON 404.
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(c.req.path) || !c.req.header('Accept')?.includes('text/html')) return next();
    const res = await index(c, next);
    return res ? new Response(res.body, { status: 404, headers: res.headers }) : next();
  });
  return app;
}
