import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlm } from '../../server/ask/llm.js';
import { createAskPipeline, type AskPipeline } from '../../server/ask/pipeline.js';
import { fullApp } from '../support/full-app.js';
import { startLlmStub, type LlmStub } from '../support/llm-stub.js';

// The LLM only rewrites; the rules outcome and the citations stay authoritative.
let stub: LlmStub;
let withLlm: AskPipeline;
let offline: AskPipeline;
const question = 'Leerling van 15, havo 3, heeft in drie weken 20 uur gespijbeld. Wat moet ik doen?';

beforeAll(async () => {
  const { knowledge } = await fullApp();
  stub = await startLlmStub({ kind: 'reply', content: '' });
  const base = { knowledge, analyze: (t: string) => knowledge.analyze(t), redact: (t: string) => t.replace(/Sanne/g, '[naam]') };
  withLlm = createAskPipeline({ ...base, llm: createLlm({ baseURL: stub.url, model: 'stub', timeoutMs: 400 }) });
  offline = createAskPipeline(base);
}, 60_000);
afterAll(() => stub.close());

describe('ask pipeline with an LLM', () => {
  it('serves the LLM prose when it agrees with the rules, keeping only the citations it uses', async () => {
    stub.set({ kind: 'reply', content: "U moet een melding '16 uur in 4 weken' doen bij DUO [1]. Doe dat onverwijld [1]." });
    const r = await withLlm.ask({ question: `${question} Het gaat om Sanne.` });
    expect(r.answer).toBe("U moet een melding '16 uur in 4 weken' doen bij DUO [1]. Doe dat onverwijld [1].");
    expect(r.citations.map((c) => c.n)).toEqual([1]);
    expect(r.decision?.melding).toBe('16-uur-in-4-weken');
    expect(JSON.stringify(stub.requests.at(-1))).not.toContain('Sanne');
  });

  it.each([
    ['contradicts the rules', { kind: 'reply', content: 'Dit is overig verzuim, melden hoeft niet [1].' }],
    ['returns garbage', { kind: 'garbage' }],
    ['times out', { kind: 'hang' }],
    ['fails', { kind: 'status', status: 503 }],
  ] as const)('falls back to the extractive answer when the LLM %s', async (_, behaviour) => {
    stub.set(behaviour);
    const expected = await offline.ask({ question });
    const r = await withLlm.ask({ question });
    expect(r.answer).toBe(expected.answer);
    expect(r.citations).toEqual(expected.citations);
  });

  it('streams decision and all sources before the LLM answers, then narrows the sources in done', async () => {
    stub.set({ kind: 'reply', content: "U moet een melding '16 uur in 4 weken' doen bij DUO [1]." });
    const events = [];
    for await (const e of withLlm.stream({ question })) events.push(e);
    expect(events.map((e) => e.event).slice(0, 2)).toEqual(['decision', 'citations']);
    const announced = events[1]!.data as unknown[];
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(announced.length).toBeGreaterThan(1);
    expect((done.data as { citations?: Array<{ n: number }> }).citations?.map((c) => c.n)).toEqual([1]);
  });
});
