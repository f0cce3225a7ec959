import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { readEnv } from '../../server/env.js';
import { readEdgeConfig } from '../../server/http/middleware/index.js';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';

/**
 * The app as `server/main.ts` builds it, on the real knowledge folder, with a throw-away data folder so the robust
 * suites never touch `data/`. Keep in step with main.ts when it gains dependencies.
 */
export async function realApp(env: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ww-robust-'));
  const cfg = readEnv({ ...env, DATA_DIR: dataDir });
  const knowledge = await openKnowledgeIndex({ knowledgeDir: cfg.KNOWLEDGE_DIR, dataDir: cfg.DATA_DIR, env: cfg });
  const app = createApp({
    version: 'robust',
    knowledge,
    llmEnabled: Boolean(cfg.OPENAI_BASE_URL && cfg.LLM_MODEL),
    edge: readEdgeConfig(env),
  });
  return { app, knowledge, dataDir, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

