import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideVerlof } from '../../server/rules/index.js';
import { verlofInput } from '../../server/rules/schemas.js';
import { numRuns, verlofArb, wettelijkeVoorwaardenBekend } from './arbitraries.js';

// Legal invariant of issue 11 as a property over the rules: it rules out a whole class of wrong answers.
describe('invariant: nooit "ja" zolang een wettelijke voorwaarde onbekend is', () => {
  it('toegestaan is true only with no open question and every condition of the law known', () => {
    fc.assert(
      fc.property(verlofArb, (input) => {
        const r = decideVerlof(input);
        if (r.toegestaan !== true) return;
        const where = JSON.stringify(input);
        expect(r.missing.map((m) => m.fact), where).toEqual([]);
        // Before leerplicht starts (art. 3 lid 1) the only legal condition is that start, known from the age or birth date.
        if (r.buitenLeerplichtwet === 'nog-niet-leerplichtig') {
          expect((input.leeftijd ?? 99) < 5 || input.geboortedatum !== undefined, where).toBe(true);
          return;
        }
        expect(wettelijkeVoorwaardenBekend(input, r.soort), `${where} → ${r.soort}`).toBe(true);
        // Art. 14 lid 3: a yes that did not know the earlier leave says the 10-day condition it rests on.
        if (r.soort === 'gewichtige-omstandigheden' && input.eerderVerlofDagen === undefined) expect(r.voorwaarden.join(' '), where).toMatch(/totaal boven \d+ dagen/);
      }),
      {
        numRuns,
        examples: [[verlofInput.parse({ soort: 'vakantie-beroep', werkgeversverklaring: true, dagen: 5, startdatum: '2026-08-31' })]],
      },
    );
  });
});

describe('contract: beslisser', () => {
  it('every verlof outcome names a contract beslisser', () => {
    fc.assert(
      fc.property(verlofArb, (input) => {
        expect(['directeur', 'leerplichtambtenaar', 'niemand']).toContain(decideVerlof(input).beslisser);
      }),
      { numRuns },
    );
  });
});
