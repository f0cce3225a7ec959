import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, birthday } from '../../server/rules/dates.js';
import { decideLeerplicht, decideMelding, evaluateVerzuim } from '../../server/rules/index.js';
import { leerplichtInput, meldingInput, verzuimEvaluateInput } from '../../server/rules/schemas.js';
import { compact, isoDay, meldingArb, numRuns } from './arbitraries.js';

// Legal invariant of issue 11 as a property over the rules: it rules out a whole class of wrong answers.
describe('invariant: geen verplichte melding zonder leer- of kwalificatieplicht op die dag', () => {
  it('POST /api/melding: a mandatory report to the leerplichtambtenaar only while the pupil is leer- or kwalificatieplichtig', () => {
    fc.assert(
      fc.property(meldingArb, (input) => {
        const r = decideMelding(input);
        if (!(r.verplicht && r.aan === 'leerplichtambtenaar')) return;
        const plicht = decideLeerplicht(leerplichtInput.parse(compact({ geboortedatum: input.geboortedatum!, peildatum: input.peildatum, startkwalificatie: input.startkwalificatie, regio: input.regio })));
        expect(plicht.status, `${JSON.stringify(input)} → ${r.melding}`).not.toBe('geen');
      }),
      { numRuns, examples: [[meldingInput.parse({ geboortedatum: '2021-03-12', peildatum: '2026-03-12', onderwijssoort: 'po', ongeoorloofdeUren: 16 })]] },
    );
  });

  it('POST /api/verzuim/evaluate: no mandatory report dated before leerplicht starts', () => {
    const arb = fc
      .tuple(isoDay('2020-09-01', '2021-06-30'), fc.integer({ min: 2, max: 6 }), fc.constantFrom('noord', 'midden', 'zuid'))
      .map(([geboortedatum, urenPerDag, regio]) => {
        const vijf = birthday(geboortedatum, 5);
        const registraties = Array.from({ length: 28 }, (_, n) => addDays(vijf, n - 14))
          .filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()))
          .map((datum) => ({ datum, uren: urenPerDag, soort: 'ongeoorloofd' as const }));
        return verzuimEvaluateInput.parse({ leerling: { onderwijssoort: 'po', geboortedatum }, kalender: { regio }, registraties });
      });
    fc.assert(
      fc.property(arb, (input) => {
        const start = decideLeerplicht({ geboortedatum: input.leerling.geboortedatum!, regio: input.kalender!.regio! }).leerplichtStart;
        for (const m of evaluateVerzuim(input).meldingen) {
          if (m.verplicht) expect(m.datum >= start, `${m.melding} op ${m.datum}, leerplicht vanaf ${start}`).toBe(true);
        }
      }),
      { numRuns: Math.ceil(numRuns / 5) },
    );
  });
});

