import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideMelding, decideVerlof } from '../../server/rules/index.js';
import type { MeldingInput } from '../../server/rules/schemas.js';
import { meldingArb, numRuns, verlofArb } from './arbitraries.js';

// Legal invariant of issue 11 as a property over the rules: it rules out a whole class of wrong answers.
describe('invariant: meer verzuim geeft nooit een zwakkere melding, een latere kennisgeving nooit meer toestemming', () => {
  const sterkte = (r: ReturnType<typeof decideMelding>) => (r.verplicht ? 3 : r.melding && ['16-uur-in-4-weken', 'langdurig-relatief-verzuim', 'luxe-verzuim', '18-plus-verzuim'].includes(r.melding) ? 2 : r.melding === 'overig-verzuim' ? 1 : 0);
  it('more unexcused hours, late arrivals or weeks never weaken the report', () => {
    fc.assert(
      fc.property(meldingArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('ongeoorloofdeUren', 'aaneengeslotenWekenAfwezig', 'verzuimDagen'), (base, a, b, veld) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const input = { ...base, soortVerzuim: base.soortVerzuim === 'te-laat' ? 'te-laat' : 'ongeoorloofd' } as MeldingInput;
        const waarde = (n: number) => (veld === 'aaneengeslotenWekenAfwezig' ? Math.min(n, 20) : veld === 'verzuimDagen' ? Math.max(n, 1) : n);
        const zwak = decideMelding({ ...input, [veld]: waarde(lo) });
        const sterk = decideMelding({ ...input, [veld]: waarde(hi) });
        if (zwak.melding === undefined || sterk.melding === undefined) return; // a question, not an answer
        expect(sterkte(sterk), `${veld} ${lo} → ${zwak.melding}/${zwak.verplicht}, ${hi} → ${sterk.melding}/${sterk.verplicht}; ${JSON.stringify(input)}`).toBeGreaterThanOrEqual(sterkte(zwak));
      }),
      { numRuns },
    );
  });

  const rang = (t: boolean | 'afhankelijk') => (t === true ? 2 : t === 'afhankelijk' ? 1 : 0);
  it('a later notice never turns "not allowed" into "allowed"', () => {
    fc.assert(
      fc.property(verlofArb, fc.integer({ min: -8, max: 60 }), fc.integer({ min: -8, max: 60 }), (base, a, b) => {
        const [eerder, later] = a >= b ? [a, b] : [b, a]; // days before the absence: fewer is later
        const vroeg = decideVerlof({ ...base, dagenVooraf: eerder });
        const laat = decideVerlof({ ...base, dagenVooraf: later });
        expect(rang(laat.toegestaan), `${eerder} dagen vooraf → ${vroeg.toegestaan}, ${later} → ${laat.toegestaan}; ${JSON.stringify(base)}`).toBeLessThanOrEqual(rang(vroeg.toegestaan));
      }),
      { numRuns },
    );
  });
});

