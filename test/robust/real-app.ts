import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { startAnswering } from '../../server/ask/answering.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { hashSecret, newSecret } from '../../server/auth/secrets.js';
import { readEnv } from '../../server/env.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import { readEdgeConfig } from '../../server/http/middleware/index.js';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { redactText } from '../../server/privacy/redact.js';
import { openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import { ROLES } from '../../server/store/types.js';

/**
 * The whole app as the server runs it: real knowledge index, ask pipeline and helpdesk over a SQLite file, all in a
 * throw-away data folder so the robust suites never touch `data/`; one session cookie per role for the fuzzer.
 * Keep in step with server/main.ts when it gains dependencies.
 */
export async function realApp(env: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ww-robust-'));
  const cfg = readEnv({ ...env, DATA_DIR: dataDir });
  const knowledge = await openKnowledgeIndex({ knowledgeDir: cfg.KNOWLEDGE_DIR, dataDir: cfg.DATA_DIR, env: cfg });
  // Answering threads as in server/main.ts (ASK_WORKERS, default 1 here so suites stay light on shared machines).
  const { pipeline: ask, rules, close: closeAnswering } = await startAnswering({ knowledge, env: readEnv({ ASK_WORKERS: '1', ...env, DATA_DIR: dataDir }), log: console });
  const db = openDatabase(dataDir);
  const store = createSqliteStore(db);
  // A low scrypt cost: the fuzzer logs in with random passwords thousands of times.
  const helpdesk = createHelpdesk({ store, ask: (input) => ask.ask(input), publisher: knowledge, redact: redactText, config: readAuthConfig(env), passwordCost: 10 });
  const app = createApp({ version: 'robust', knowledge, ask, rules, llmEnabled: false, edge: readEdgeConfig(env), helpdesk });

  const cookies: string[] = [];
  for (const role of ROLES) {
    const user = await store.users.create({ email: `${role}@example.nl`, role, passwordHash: 'niet-gebruikt' }, { action: 'user.created', entity: 'user' });
    const secret = newSecret();
    await store.sessions.create({ tokenHash: hashSecret(secret), userId: user.id, expiresAt: '2999-01-01T00:00:00.000Z' });
    cookies.push(`ww_sessie=${secret}`);
  }
  const cleanup = async () => {
    await closeAnswering();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app, knowledge, dataDir, cookies, cleanup };
}
