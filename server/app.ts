import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, errorBody, sendError } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import type { KnowledgeIndex } from './index/passage.js';

export interface AppDeps {
  version: string;
  knowledge: KnowledgeIndex;
  llmEnabled: boolean;
}

/** Composes the routers. Services never import hono; routes stay thin. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.route('/api', healthRoutes(deps));

  app.notFound((c) => c.json(errorBody('niet-gevonden', `Onbekend adres: ${c.req.method} ${c.req.path}.`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    if (err instanceof HTTPException) {
      return c.json(errorBody('http-fout', err.message || 'De aanvraag kon niet worden verwerkt.'), err.status);
    }
    console.error(err);
    return c.json(errorBody('interne-fout', 'Er ging iets mis op de server. Probeer het later opnieuw.'), 500);
  });
  return app;
}
