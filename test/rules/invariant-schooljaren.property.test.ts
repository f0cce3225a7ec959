import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { birthday, schoolYearStart } from '../../server/rules/dates.js';
import { decideLeerplicht } from '../../server/rules/index.js';
import { leerplichtInput } from '../../server/rules/schemas.js';
import { compact, isoDay, numRuns, opt } from './arbitraries.js';

// Legal invariant of issue 11 as a property over the rules: it rules out a whole class of wrong answers.
describe('invariant: de telling van 12 schooljaren telt alleen volledige schooljaren', () => {
  // A child cannot be at school before its 4th birthday; no summer holiday runs past 15 September, so a 4th birthday
  // (or a first day at school) after that means the start year was partial.
  const arb = fc
    .tuple(isoDay('2006-01-01', '2016-12-31'), fc.integer({ min: 3, max: 5 }), opt(fc.integer({ min: 6, max: 9 })), fc.integer({ min: 12, max: 19 }))
    .map(([geboortedatum, startOffset, basisschoolJaren, peilJaren]) =>
      leerplichtInput.parse(compact({ geboortedatum, startSchooljaar: Number(geboortedatum.slice(0, 4)) + startOffset, basisschoolJaren, peildatum: birthday(geboortedatum, peilJaren) })),
    );
  it('a start school year that began before the 4th birthday is never counted as a full year', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const start = input.startSchooljaar!;
        const vier = birthday(input.geboortedatum, 4);
        const zestien = `${schoolYearStart(birthday(input.geboortedatum, 16)) + 1}-07-31`;
        const eersteVolle = vier > `${start}-09-15` ? start + 1 : start;
        if (eersteVolle === start) return; // not certainly partial: covered by the follow-up question
        // Art. 3 lid 2 deems a basisschool of fewer than 8 school years to be 8, counted to the brugklas.
        const bj = input.basisschoolJaren;
        const vroegst = bj !== undefined && bj < 8 ? `${start + bj + 4}-07-31` : `${eersteVolle + 12}-07-31`;
        const r = decideLeerplicht(input);
        expect(r.leerplichtEinde >= (vroegst < zestien ? vroegst : zestien), `${JSON.stringify(input)} → ${r.leerplichtEinde}`).toBe(true);
      }),
      { numRuns, examples: [[leerplichtInput.parse({ geboortedatum: '2011-01-20', startSchooljaar: 2014, peildatum: '2026-09-01' })]] },
    );
  });

  it('a school year joined after its first school day is never counted, whatever the region', () => {
    const arb2 = fc
      .tuple(isoDay('2008-01-01', '2013-12-31'), fc.integer({ min: 30, max: 300 }), fc.constantFrom('noord', 'midden', 'zuid', undefined))
      .map(([geboortedatum, dagenNaAugustus, regio]) => {
        const vierJaar = Number(geboortedatum.slice(0, 4)) + 4;
        const startdatumSchool = new Date(Date.UTC(vierJaar, 7, 1 + dagenNaAugustus)).toISOString().slice(0, 10);
        return leerplichtInput.parse(compact({ geboortedatum, startdatumSchool, regio, basisschoolJaren: 8, peildatum: birthday(geboortedatum, 16) }));
      });
    fc.assert(
      fc.property(arb2, (input) => {
        const start = schoolYearStart(input.startdatumSchool!);
        if (input.startdatumSchool! <= `${start}-09-15`) return; // may still be the first school day in some region
        const r = decideLeerplicht(input);
        const zestien = `${schoolYearStart(birthday(input.geboortedatum, 16)) + 1}-07-31`;
        const vroegst = `${start + 1 + 12}-07-31`;
        expect(r.leerplichtEinde >= (vroegst < zestien ? vroegst : zestien), `${JSON.stringify(input)} → ${r.leerplichtEinde}`).toBe(true);
      }),
      { numRuns },
    );
  });
});
