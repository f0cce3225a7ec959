// npm run bench (second half) — latency of POST /api/ask without an LLM, and of the first stream event; then the CPU
// time of the worst questions (scripts/worst-questions.ts) against the budget of issue 14: over it, the command fails.
// CPU time (this process, median of 7) rather than wall time: on a shared machine it is the steadier figure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAskPipeline } from '../server/ask/pipeline.js';
import { boundQuestion } from '../server/http/middleware/bounded-question.js';
import { readEnv } from '../server/env.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import { redactText } from '../server/privacy/redact.js';
import { QUESTION_CPU_BUDGET_MS, WORST_QUESTIONS } from './worst-questions.js';

const env = readEnv();
const dataDir = mkdtempSync(join(tmpdir(), 'ww-bench-ask-'));
const knowledge = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir, env });
const pipeline = createAskPipeline({ knowledge, analyze: (t) => knowledge.analyze(t), redact: redactText });

const sets = ['../shared/eval/dev-set.jsonl', 'test/eval-set.jsonl'].filter((f) => existsSync(f));
const cases = sets.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { question: string; persona?: 'school' | 'leerplichtambtenaar' | 'helpdesk' }),
);
const percentile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ROUNDS = 5;

for (const c of cases) await pipeline.ask({ question: c.question, persona: c.persona }); // warm-up
const ask: number[] = [];
const firstEvent: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const c of cases) {
    let t = performance.now();
    await pipeline.ask({ question: c.question, persona: c.persona });
    ask.push(performance.now() - t);
    t = performance.now();
    const stream = pipeline.stream({ question: c.question, persona: c.persona });
    await stream.next();
    firstEvent.push(performance.now() - t);
    for await (const _ of stream); // drain
  }
}
ask.sort((a, b) => a - b);
firstEvent.sort((a, b) => a - b);
const f = (x: number) => x.toFixed(1);
console.log(`\n${cases.length} vragen × ${ROUNDS} rondes, zonder taalmodel.\n`);
console.log('| meting | p50 ms | p95 ms | p99 ms |\n| --- | --- | --- | --- |');
console.log(`| /api/ask (antwoord) | ${f(percentile(ask, 50))} | ${f(percentile(ask, 95))} | ${f(percentile(ask, 99))} |`);
console.log(`| /api/ask/stream (eerste event) | ${f(percentile(firstEvent, 50))} | ${f(percentile(firstEvent, 95))} | ${f(percentile(firstEvent, 99))} |`);

// As the route does: meaningless repetition is cut at the edge (server/http/middleware/bounded-question.ts).
const rows: string[] = [];
let over = 0;
for (const [name, q] of Object.entries(WORST_QUESTIONS)) {
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const before = process.cpuUsage();
    await pipeline.ask({ question: boundQuestion(q) });
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const median = cpu[3]!;
  if (median > QUESTION_CPU_BUDGET_MS) over++;
  rows.push(`| ${name} | ${f(median)} | ${f(cpu[6]!)} | ${median > QUESTION_CPU_BUDGET_MS ? 'te duur' : 'binnen budget'} |`);
}
console.log(`\nZwaarste vragen (4.000 tekens), CPU per vraag, budget ${QUESTION_CPU_BUDGET_MS} ms (mediaan van 7):\n`);
console.log('| vraag | mediaan ms | max ms | |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(r);
if (over) {
  console.error(`\n${over} zware vraag/vragen boven het CPU-budget van ${QUESTION_CPU_BUDGET_MS} ms.`);
  process.exitCode = 1;
}
rmSync(dataDir, { recursive: true, force: true });
