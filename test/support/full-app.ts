import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../server/app.js';
import { openKnowledgeIndex, type OpenedKnowledgeIndex } from '../../server/index/knowledge-index.js';

// The real app on the built-in knowledge, with its index in a temporary folder; built once per test file.

export const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));

let cached: Promise<{ app: ReturnType<typeof createApp>; knowledge: OpenedKnowledgeIndex; dataDir: string }> | undefined;

export function fullApp() {
  cached ??= (async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-test-'));
    const knowledge = await openKnowledgeIndex({ knowledgeDir, dataDir });
    const app = createApp({ version: 'test', knowledge, llmEnabled: false });
    return { app, knowledge, dataDir };
  })();
  return cached;
}
