import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../http/errors.js';
import { openKnowledgeIndex } from '../index/knowledge-index.js';
import { redactText } from '../privacy/redact.js';
import { runRule } from '../rules/jobs.js';
import { createLlm } from './llm.js';
import { createAskEngine, type AskEvent, type RememberEvent } from './pipeline.js';
import type { Job, WorkerConfig, WorkerFailure, WorkerMessage } from './pool.js';

// One answering thread of the pool (pool.ts): opens the index the main thread keeps up to date (no folder scan) and
// follows what is committed later, like any second process; answers what it is sent, questions and rule jobs.

const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);
const { dataDir, knowledgeDir, env } = workerData as WorkerConfig;
const failure = (err: unknown): WorkerFailure =>
  err instanceof ApiError
    ? { message: err.message, status: err.status, code: err.code, details: err.details }
    : { message: err instanceof Error ? err.message : String(err) };

try {
  const knowledge = await openKnowledgeIndex({ knowledgeDir, dataDir, env, skipIngest: true });
  const llm =
    env.OPENAI_BASE_URL && env.LLM_MODEL
      ? createLlm({ baseURL: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.LLM_MODEL, timeoutMs: env.LLM_TIMEOUT_MS })
      : undefined;
  const engine = createAskEngine({ knowledge, analyze: (t) => knowledge.analyze(t), redact: redactText, llm });

  port.on('message', async (job: Job) => {
    try {
      if (job.kind === 'rule') {
        post({ id: job.id, type: 'rule', json: runRule(job.name, job.input as never) });
        return;
      }
      if (job.kind === 'ask') {
        post({ id: job.id, type: 'result', result: await engine.ask(job.input, job.stored) });
        return;
      }
      for await (const event of engine.stream(job.input, job.stored)) post({ id: job.id, type: 'event', event: event as AskEvent | RememberEvent });
      post({ id: job.id, type: 'end' });
    } catch (err) {
      post({ id: job.id, type: 'error', ...failure(err) });
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
