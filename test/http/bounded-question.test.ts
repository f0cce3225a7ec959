import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundQuestion } from '../../server/http/middleware/bounded-question.js';
import { setup } from '../helpdesk/harness.js';

// Repetition is cut before a question costs CPU (issue 14, finding 5). The cost itself is measured by
// `npm run test:robust` (test/robust/bounded.robust.ts); here: what is cut and what is never touched.

const realQuestions = readFileSync(new URL('../eval-set.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question);

/** Up to 4,000 characters of whole repetitions of `unit`. */
const fill = (unit: string) => unit.repeat(Math.floor(4000 / unit.length)).trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('boundQuestion', () => {
  it('leaves every real question as it is (invariance)', () => {
    expect(realQuestions.length).toBeGreaterThan(100);
    for (const q of realQuestions) expect(boundQuestion(q)).toBe(q);
  });

  it('keeps a phrase said twice, and text with many different words', () => {
    expect(boundQuestion('heel heel erg lang verlof')).toBe('heel heel erg lang verlof');
    const long = Array.from({ length: 600 }, (_, i) => `woord${i}`).join(' ');
    expect(boundQuestion(long)).toBe(long);
  });

  it.each([
    ['one short token', fill('a ')],
    ['two alternating tokens', fill('a b ')],
    ['one word', fill('verlof ')],
    ['one number', fill('12 ')],
    ['a date', fill('12-03-2012 ')],
    ['a sentence', fill('Leerling van 15 heeft 20 uur gespijbeld in 3 weken. ')],
    ['three tokens without a period', Array.from({ length: 2000 }, (_, i) => 'abc'[(i * i * 7 + i * 3) % 3]).join(' ')],
  ])('cuts 4,000 characters of %s to a bounded number of words', (_, q) => {
    expect(words(boundQuestion(q))).toBeLessThanOrEqual(30);
  });

  it('keeps every word of low-variety text at most twice, whatever order the words come in', () => {
    const vocabulary = Array.from({ length: 50 }, (_, i) => `woord${i}`);
    for (const step of [1, 7, 13]) {
      const q = Array.from({ length: 500 }, (_, i) => vocabulary[(i * step) % 50]!).join(' ');
      const kept = boundQuestion(q).split(' ');
      expect(kept.length, `stap ${step}`).toBeLessThanOrEqual(100);
      expect(new Set(kept).size).toBe(50);
    }
  });

  it('keeps the first occurrences, so the meaning of a repeated question survives', () => {
    expect(boundQuestion(fill('Leerling van 15 heeft 20 uur gespijbeld in 3 weken. '))).toBe(
      'Leerling van 15 heeft 20 uur gespijbeld in 3 weken. Leerling van 15 heeft 20 uur gespijbeld in 3 weken.',
    );
  });

  it('is applied before a draft is made from a question', async () => {
    const h = await setup();
    await h.call('helpdesk', 'POST', '/api/drafts', { question: fill('verlof ') });
    expect(h.asked.at(-1)?.question).toBe('verlof verlof');
  });
});
