import { Hono } from 'hono';
import type { AppDeps } from '../app.js';

export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/health', (c) => {
    const { documents, chunks } = deps.knowledge.stats();
    return c.json({ status: 'ok', version: deps.version, documents, chunks, llm: deps.llmEnabled ? 'aan' : 'uit' });
  });
}
