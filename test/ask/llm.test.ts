import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlm, keepKnownMarkers, validateLlmAnswer, type LlmRequest } from '../../server/ask/llm.js';
import { startLlmStub, type LlmStub } from '../support/llm-stub.js';

const req: LlmRequest = {
  question: 'Leerling van 14 heeft 17 lesuren gespijbeld, mijn leerling Sanne de Vries. Moet ik melden?',
  persona: 'school',
  decision: { type: 'melding', melding: '16-uur-in-4-weken', legalBasis: [{ id: 'lpw:21a', label: 'Leerplichtwet 1969, artikel 21a' }], steps: [] },
  citations: [{ n: 1, id: 'lpw-1969#artikel-21a', title: 'Leerplichtwet 1969', quote: 'De school meldt verzuim van 16 uur in 4 lesweken.' }],
};
const redact = (s: string) => s.replace('Sanne de Vries', '[naam]');

describe('LLM composition against a local OpenAI-compatible stub', () => {
  let stub: LlmStub;
  beforeAll(async () => {
    stub = await startLlmStub({ kind: 'reply', content: '' });
  });
  afterAll(() => stub.close());
  const llm = () => createLlm({ baseURL: stub.url, model: 'stub', timeoutMs: 500 });

  it('accepts a faithful answer and sends only redacted text', async () => {
    stub.set({ kind: 'reply', content: 'U moet een melding 16 uur in 4 weken doen bij DUO [1].' });
    expect(await llm().compose(req, redact)).toBe('U moet een melding 16 uur in 4 weken doen bij DUO [1].');
    const sent = JSON.stringify(stub.requests.at(-1));
    expect(sent).not.toContain('Sanne de Vries');
    expect(sent).toContain('[naam]');
  });
  it('removes markers to passages that were not supplied', async () => {
    stub.set({ kind: 'reply', content: 'U moet een melding 16 uur in 4 weken doen [1][7].' });
    expect(await llm().compose(req, redact)).toBe('U moet een melding 16 uur in 4 weken doen [1].');
  });
  it.each([
    ['contradicts the rules', { kind: 'reply', content: 'Dit is overig verzuim en u hoeft niets te doen [1].' }],
    ['cites nothing', { kind: 'reply', content: 'U moet een melding 16 uur in 4 weken doen bij DUO.' }],
    ['returns garbage', { kind: 'garbage' }],
    ['answers 500', { kind: 'status', status: 500 }],
    ['times out', { kind: 'hang' }],
  ] as const)('falls back (null) when the LLM %s', async (_, behaviour) => {
    stub.set(behaviour);
    expect(await llm().compose(req, redact)).toBeNull();
  });
});

describe('validateLlmAnswer', () => {
  it('rejects a "yes" when the rules say leave is not allowed', () => {
    const verlof: LlmRequest = { ...req, decision: { type: 'verlof', toegestaan: false, beslisser: 'niemand', legalBasis: [], steps: [] } };
    expect(validateLlmAnswer('Ja, dat mag de directeur toestaan [1].', verlof)).toBeNull();
    expect(validateLlmAnswer('Nee, dit verlof kan niemand geven [1].', verlof)).toContain('niemand');
  });
  it.each([
    ['talks a required report down', { melding: '16-uur-in-4-weken' }, 'U hoeft niet te melden, want de grens van 16 uur is nog niet bereikt. [1]'],
    ['says yes to a refused leave', { toegestaan: false }, 'Ja, dat mag, mits de directeur niet bezwaard is. [1]'],
    ['says no to an allowed leave', { toegestaan: true }, 'Dit verlof is niet toegestaan. [1]'],
  ] as const)('rejects an answer that %s', (_, fields, text) => {
    const r: LlmRequest = { ...req, decision: { type: 'verlof', legalBasis: [], steps: [], ...fields } };
    expect(validateLlmAnswer(text, r)).toBeNull();
  });

  it('keeps known markers only', () => {
    expect(keepKnownMarkers('A [1] B [2].', new Set([1]))).toBe('A [1] B.');
  });
});
