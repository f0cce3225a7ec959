import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideMelding, decideVerlof } from '../../server/rules/index.js';
import { aantal, dagen } from '../../server/rules/telwoord.js';
import { meldingArb, numRuns, verlofArb } from './arbitraries.js';

// Counts read as Dutch in every rule outcome: "1 dag", "5 dagen", never "5 dag(en)".
describe('telwoorden', () => {
  it('chooses singular for one and plural otherwise', () => {
    expect(dagen(1)).toBe('1 dag');
    expect(dagen(0)).toBe('0 dagen');
    expect(dagen(5)).toBe('5 dagen');
    expect(aantal(2, 'lesdag', 'lesdagen')).toBe('2 lesdagen');
  });
  it('no rule outcome writes a count as "(en)"', () => {
    fc.assert(
      fc.property(verlofArb, meldingArb, (v, m) => {
        expect(JSON.stringify(decideVerlof(v))).not.toMatch(/\(en\)/);
        expect(JSON.stringify(decideMelding(m))).not.toMatch(/\(en\)/);
      }),
      { numRuns },
    );
  });
});
