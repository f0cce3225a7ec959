import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { readEnv } from './env.js';

const env = readEnv();
const app = createApp({
  version: process.env.npm_package_version ?? '0.1.0',
  knowledge: { search: async () => [], get: () => undefined, byLegalId: () => [], stats: () => ({ documents: 0, chunks: 0 }) },
  llmEnabled: Boolean(env.OPENAI_BASE_URL && env.LLM_MODEL),
});
serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Wegwijzer luistert op http://localhost:${info.port}`);
});
