import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideVerlof } from '../../server/rules/index.js';
import { verlofInput } from '../../server/rules/schemas.js';
import { numRuns, verlofArb } from './arbitraries.js';

// Legal invariant of issue 11 as a property over the rules: it rules out a whole class of wrong answers.
describe('invariant: een maximum is het maximum van wie beslist', () => {
  it('maxDagen appears only with the directeur, and is his statutory cap of 10 days (pro rata for kwalificatieplichtigen)', () => {
    fc.assert(
      fc.property(verlofArb, (input) => {
        const r = decideVerlof(input);
        if (r.maxDagen === undefined) return;
        const where = `${JSON.stringify(input)} → ${r.beslisser} max ${r.maxDagen}`;
        expect(r.beslisser, where).toBe('directeur');
        const cap = input.kwalificatieplichtig === true && input.lesdagenPerWeek !== undefined ? Math.floor((10 * input.lesdagenPerWeek) / 5) : 10;
        expect(r.maxDagen, where).toBe(cap);
      }),
      { numRuns, examples: [[verlofInput.parse({ soort: 'gewichtige-omstandigheden', omstandigheid: 'levensbedreigende-ziekte', graad: 1, dagen: 15 })]] },
    );
  });
});

