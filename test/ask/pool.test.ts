import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAskEngine, type AskEvent, type EngineInput, type RememberEvent } from '../../server/ask/pipeline.js';
import { createAskPool, PER_WORKER, type AskPool } from '../../server/ask/pool.js';
import { readEnv } from '../../server/env.js';
import { ApiError } from '../../server/http/errors.js';
import { openKnowledgeIndex, type OpenedKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { redactText } from '../../server/privacy/redact.js';
import { knowledgeDir } from '../support/full-app.js';

// Answers in worker threads (issue 14, bounded work per request): the same answers as in the HTTP thread, what is
// published later included, and a bounded queue that refuses with a Dutch 503 instead of growing.

let dataDir: string;
let knowledge: OpenedKnowledgeIndex;
let pool: AskPool;
const env = () => readEnv({ DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ww-pool-'));
  knowledge = await openKnowledgeIndex({ knowledgeDir, dataDir });
  pool = createAskPool({ size: 1, queue: 2, worker: { dataDir, knowledgeDir, env: env() } });
  await pool.ready;
}, 120_000);
afterAll(async () => {
  await pool?.close();
  knowledge?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const turn = (question: string, n = 1): EngineInput => ({ question, conversationId: `gesprek-${n}` });

describe('the answering pool', () => {
  it('answers exactly as the engine in this thread, for asks and streams, with what to remember', async () => {
    const local = createAskEngine({ knowledge, analyze: (t) => knowledge.analyze(t), redact: redactText });
    const questions = [
      'Leerling van 15, havo 3, heeft in drie weken 20 uur gespijbeld. Wat moet ik doen?',
      'Mag een leerling 2 dagen extra verlof voor de bruiloft van haar zus?',
      'Wat is luxe verzuim?',
      'Moet ik dit melden? Een leerling heeft 18 uur ongeoorloofd verzuimd in 4 lesweken.',
    ];
    for (const q of questions) expect(await pool.ask(turn(q)), q).toEqual(await local.ask(turn(q)));
    const collect = async (events: AsyncGenerator<AskEvent | RememberEvent>) => {
      const out: Array<AskEvent | RememberEvent> = [];
      for await (const e of events) out.push(e);
      return out;
    };
    expect(await collect(pool.stream(turn(questions[1]!)))).toEqual(await collect(local.stream(turn(questions[1]!))));
    // A stored conversation state goes in and decides, as in this thread.
    const { state } = await pool.ask(turn(questions[3]!));
    const follow = await pool.ask(turn('hij is 15'), state);
    expect(follow.response.decision?.melding).toBe('16-uur-in-4-weken');
  }, 60_000);

  it('sees what is published after it started, without a restart', async () => {
    await knowledge.upsertDocument({ id: 'kb-pool-1', title: 'Kennisbank: zeilkamp', body: '## Zeilkamp\n\nVoor een zeilkamp op de Wadden geeft de directeur geen verlof buiten de vakanties.' });
    const { response } = await pool.ask(turn('Mag mijn kind mee op zeilkamp op de Wadden?'));
    expect(response.citations.map((c) => c.id.split(':')[0])).toContain('kb-pool-1');
  }, 30_000);

  it('refuses with a Dutch 503 once the queue is full, and answers everything it accepted', async () => {
    const q = 'Wie beslist over verlof van meer dan tien dagen?';
    const results = await Promise.allSettled(Array.from({ length: PER_WORKER + 2 + 3 }, (_, i) => pool.ask(turn(q, i))));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as ApiError] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(PER_WORKER + 2);
    expect(refused).toHaveLength(3);
    for (const err of refused) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({ status: 503, code: 'te-druk' });
      expect(err.message).toMatch(/Probeer het over een paar seconden opnieuw/);
    }
    expect(pool.load()).toEqual({ waiting: 0, running: 0 });
  }, 60_000);
});
