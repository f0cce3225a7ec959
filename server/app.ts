import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { StatusCode } from 'hono/utils/http-status';
import { createAskPipeline, type AskPipeline } from './ask/pipeline.js';
import { askRoutes } from './http/ask-routes.js';
import { auditDenials, authenticate, authRoutes, requireLoginForAsk } from './http/auth-routes.js';
import { ApiError, errorBody, RequestCancelled, sendError } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { helpdeskRoutes } from './http/helpdesk-routes.js';
import type { Helpdesk } from './helpdesk/index.js';
import { applyEdgeHygiene, type EdgeConfig } from './http/middleware/index.js';
import { knowledgeRoutes } from './http/knowledge-routes.js';
import { openApiRoutes } from './http/openapi.js';
import { rulesRoutes } from './http/rules-routes.js';
import { staticRoutes } from './http/static.js';
import { defaultAnalyzer } from './index/knowledge-index.js';
import type { KnowledgeIndex } from './index/passage.js';
import { errorFields, logger } from './log.js';
import { storageFailure } from './http/middleware/storage.js';
import { StorageError } from './store/types.js';
import { redactText } from './privacy/redact.js';
import type { RuleRunner } from './rules/jobs.js';

export interface AppDeps {
  version: string;
  knowledge: KnowledgeIndex;
  llmEnabled: boolean;
  /** The ask pipeline; built from `knowledge` (offline, no LLM) when absent. */
  ask?: AskPipeline;
  /** Edge limits (rate, body size, timeout, CORS); read from the environment when absent. */
  edge?: EdgeConfig;
  /** Where the rule endpoints compute: the answering threads in the server; this thread when absent. */
  rules?: RuleRunner;
  /** Accounts, drafts, review, kennisbank, feedback, audit (server/helpdesk); without it those routes are absent. */
  helpdesk?: Helpdesk;
}

/** Composes the routers. Services never import hono; routes stay thin. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  // Outside the edge checks, so a refusal there (a cross-site request) is audited like any other 403.
  if (deps.helpdesk) app.use('/api/*', auditDenials(deps.helpdesk.store));
  applyEdgeHygiene(app, deps.edge);
  if (deps.helpdesk) {
    // Before every router: who is asking; and, when AUTH_REQUIRED_FOR_ASK is set, a login for asking and the rules.
    app.use('/api/*', authenticate(deps.helpdesk.auth, deps.helpdesk.config));
    const askGate = requireLoginForAsk(deps.helpdesk.config);
    for (const path of ['/api/ask', '/api/ask/*', '/api/melding', '/api/verlof', '/api/leerplicht', '/api/verzuim/*', '/api/search', '/api/sources/*', '/api/documents']) {
      app.use(path, askGate);
    }
    app.route('/api', authRoutes(deps.helpdesk));
    app.route('/api', helpdeskRoutes(deps.helpdesk));
  }
  app.route('/api', healthRoutes(deps));
  app.route('/api', knowledgeRoutes(deps));
  const analyzer = defaultAnalyzer();
  const ask = deps.ask ?? createAskPipeline({ knowledge: deps.knowledge, analyze: (t) => analyzer.analyze(t), redact: redactText });
  app.route('/api', askRoutes(ask, { secureCookies: deps.helpdesk?.config.COOKIE_SECURE ?? false }));
  app.route('/api', rulesRoutes(deps.rules));
  app.route('/api', openApiRoutes(deps.version));

  // The web page, after every /api route: unknown API paths still get the JSON 404 below.
  app.route('/', staticRoutes());

  app.notFound((c) => c.json(errorBody('niet-gevonden', `Onbekend adres: ${c.req.method} ${c.req.path}.`), 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    // Nobody waits for this answer (the client went away): 499, as proxies log a closed request, and no error noise.
    if (err instanceof RequestCancelled) return c.body(null, 499 as StatusCode);
    if (err instanceof StorageError) return sendError(c, storageFailure(err));
    if (err instanceof HTTPException) {
      return c.json(errorBody('http-fout', err.message || 'De aanvraag kon niet worden verwerkt.'), err.status);
    }
    logger.error({ err: errorFields(err) }, 'onverwachte fout');
    return c.json(errorBody('interne-fout', 'Er ging iets mis op de server. Probeer het later opnieuw.'), 500);
  });
  return app;
}
