import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readEdgeConfig } from './http/middleware/config.js';
import { guardConnections, nodeServerOptions } from './http/middleware/node-server.js';
import { readAuthConfig } from './auth/config.js';
import { createHelpdesk } from './helpdesk/index.js';
import { openDatabase } from './store/db.js';
import { createSqliteStore } from './store/sqlite.js';
import { createLlm } from './ask/llm.js';
import { startAnswering } from './ask/answering.js';
import { readEnv } from './env.js';
import { openKnowledgeIndex } from './index/knowledge-index.js';
import { logger } from './log.js';
import { redactText } from './privacy/redact.js';
import { ruleData } from './rules/params.js';

const env = readEnv();
// Rule parameters are validated before serving: a broken YAML file stops the start, not every later request.
ruleData();
// Brings the index up to date with knowledge/ (and ingested user folders) before serving; unchanged files are reused.
const knowledge = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir: env.DATA_DIR, env, warn: (message) => logger.warn(message) });
for (const s of knowledge.report.skipped) logger.warn({ file: s.file, reason: s.reason }, 'kennisbestand overgeslagen');
for (const w of knowledge.report.warnings) logger.warn({ file: w.file, reason: w.reason }, 'let op: kennisbestand');
if (knowledge.report.open.rebuilt) logger.warn({ reason: knowledge.report.open.rebuilt }, 'de zoekindex is opnieuw opgebouwd uit de database');
const llm =
  env.OPENAI_BASE_URL && env.LLM_MODEL
    ? createLlm({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.LLM_MODEL, timeoutMs: env.LLM_TIMEOUT_MS })
    : undefined;
// Questions and rule work run in worker threads (ASK_WORKERS), so a heavy one never holds up the HTTP thread.
const { pipeline: ask, rules } = await startAnswering({ knowledge, env, llm, log: logger });
// The helpdesk database (drafts, kennisbank, accounts) is created with its migrations on first start.
const store = createSqliteStore(openDatabase(env.DATA_DIR));
const helpdesk = createHelpdesk({ store, ask: (input) => ask.ask(input), publisher: knowledge, redact: redactText, config: readAuthConfig() });
// Repairs a crash between an index write and a database write.
const synced = await helpdesk.kennisbank.reconcile();
if (synced.added || synced.removed) logger.warn(synced, 'kennisbank en index gelijkgetrokken');
// Feedback text and unpublished drafts past their retention period are erased now and every day.
await helpdesk.forgetOld();
setInterval(() => void helpdesk.forgetOld().catch((err: unknown) => logger.error({ err }, 'bewaartermijn: opruimen mislukt')), 86_400_000).unref();
const app = createApp({ version: process.env.npm_package_version ?? '0.1.0', knowledge, ask, rules, llmEnabled: Boolean(llm), helpdesk });
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST, serverOptions: nodeServerOptions(readEdgeConfig()) }, (info) => {
  logger.info({ port: info.port }, `Wegwijzer luistert op http://localhost:${info.port}`);
  // The vector graph was left for later so the start is quick; read it now, before the first questions need it.
  setImmediate(() => knowledge.warm());
});
guardConnections(server);
