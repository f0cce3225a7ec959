import type { Env } from '../env.js';
import type { OpenedKnowledgeIndex } from '../index/knowledge-index.js';
import { errorFields, type logger } from '../log.js';
import { redactText } from '../privacy/redact.js';
import { ConversationStore } from './conversations.js';
import type { Llm } from './llm.js';
import { createAskEngine, withConversations, type AskEngine, type AskPipeline } from './pipeline.js';
import { inThreadRules, type RuleRunner } from '../rules/jobs.js';
import { createAskPool } from './pool.js';

/**
 * The ask pipeline and the rule endpoints as the server runs them: answers and rule work in `ASK_WORKERS` threads
 * over the same data folder (0: in this thread), conversations kept here. Threads that cannot start leave the work in
 * this thread: slower under load, but the service starts.
 */
export async function startAnswering(o: { knowledge: OpenedKnowledgeIndex; env: Env; llm?: Llm; log: Pick<typeof logger, 'error'> }): Promise<{ pipeline: AskPipeline; rules: RuleRunner; close(): Promise<void> }> {
  let engine: AskEngine = createAskEngine({ knowledge: o.knowledge, analyze: (t) => o.knowledge.analyze(t), redact: redactText, llm: o.llm });
  let rules: RuleRunner = inThreadRules;
  let close = async (): Promise<void> => undefined;
  if (o.env.ASK_WORKERS > 0) {
    const pool = createAskPool({
      size: o.env.ASK_WORKERS,
      queue: o.env.ASK_QUEUE,
      worker: { dataDir: o.env.DATA_DIR, knowledgeDir: o.env.KNOWLEDGE_DIR, env: o.env },
      onCrash: (message) => o.log.error({ message }, 'antwoord-thread gestopt; een nieuwe wordt gestart'),
    });
    try {
      await pool.ready;
      engine = pool;
      rules = pool;
      close = () => pool.close();
    } catch (err) {
      o.log.error({ err: errorFields(err) }, 'antwoord-threads starten niet; vragen worden in de hoofdthread beantwoord');
      await pool.close();
    }
  }
  return { pipeline: withConversations(engine, new ConversationStore()), rules, close };
}
