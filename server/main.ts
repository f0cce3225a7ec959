import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readAuthConfig } from './auth/config.js';
import { createHelpdesk } from './helpdesk/index.js';
import { openDatabase } from './store/db.js';
import { createSqliteStore } from './store/sqlite.js';
import { createLlm } from './ask/llm.js';
import { createAskPipeline } from './ask/pipeline.js';
import { readEnv } from './env.js';
import { openKnowledgeIndex } from './index/knowledge-index.js';
import { redactText } from './privacy/redact.js';

const env = readEnv();
// Brings the index up to date with knowledge/ (and ingested user folders) before serving; unchanged files are reused.
const knowledge = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir: env.DATA_DIR, env });
for (const s of knowledge.report.skipped) console.warn(`Kennisbestand overgeslagen: ${s.file}: ${s.reason}`);
for (const w of knowledge.report.warnings) console.warn(`Let op, kennisbestand ${w.file}: ${w.reason}`);
if (knowledge.report.recovered) console.warn(`${knowledge.report.recovered} De index is opnieuw opgebouwd.`);
const llm =
  env.OPENAI_BASE_URL && env.LLM_MODEL
    ? createLlm({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.LLM_MODEL, timeoutMs: env.LLM_TIMEOUT_MS })
    : undefined;
const ask = createAskPipeline({ knowledge, analyze: (t) => knowledge.analyze(t), redact: redactText, llm });
// The helpdesk database (drafts, kennisbank, accounts) is created with its migrations on first start.
const store = createSqliteStore(openDatabase(env.DATA_DIR));
const helpdesk = createHelpdesk({ store, ask: (input) => ask.ask(input), publisher: knowledge, redact: redactText, config: readAuthConfig() });
// Repairs a crash between an index write and a database write.
const synced = await helpdesk.kennisbank.reconcile();
if (synced.added || synced.removed) console.warn(`Kennisbank en index gelijkgetrokken: ${synced.added} toegevoegd, ${synced.removed} verwijderd.`);
const app = createApp({ version: process.env.npm_package_version ?? '0.1.0', knowledge, ask, llmEnabled: Boolean(llm), helpdesk });
serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Wegwijzer luistert op http://localhost:${info.port}`);
});
