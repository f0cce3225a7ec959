import fc from 'fast-check';
import { addDays, birthday } from '../../server/rules/dates.js';
import { meldingInput, verlofInput, type MeldingInput, type VerlofInput } from '../../server/rules/schemas.js';

// Shared generators for the legal invariants of issue 11 (test/rules/invariant-*.property.test.ts).
export const numRuns = Number(process.env.FC_RUNS ?? 300);

export const isoDay = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
export const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
export const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Birth dates around the 5th birthday, the end of leerplicht and the 18th birthday of the peildatum. */
export const leeftijdRondGrens = fc
  .tuple(isoDay('2020-08-01', '2030-07-31'), fc.constantFrom(5, 5, 16, 17, 18), fc.integer({ min: -70, max: 70 }))
  .map(([peildatum, jaren, dagen]) => ({ peildatum, geboortedatum: addDays(birthday(peildatum, -jaren), dagen) }));

export const meldingArb: fc.Arbitrary<MeldingInput> = fc
  .tuple(
    leeftijdRondGrens,
    fc.record({
      onderwijssoort: opt(fc.constantFrom('po', 'so', 'vo', 'vso', 'pro', 'mbo', 'vavo')),
      soortVerzuim: opt(fc.constantFrom('ongeoorloofd', 'te-laat', 'vakantie-zonder-verlof', 'ziek', 'religieus')),
      ongeoorloofdeUren: opt(fc.integer({ min: 0, max: 40 })),
      aaneengeslotenWekenAfwezig: opt(fc.integer({ min: 0, max: 10 })),
      startkwalificatie: opt(fc.boolean()),
      kennisgevingTijdig: opt(fc.boolean()),
      ziekmeldingTijdig: opt(fc.boolean()),
      verzuimDagen: opt(fc.integer({ min: 1, max: 10 })),
      regio: opt(fc.constantFrom('ijssel-vecht', 'noord', 'zuid')),
    }),
  )
  .map(([d, rest]) => meldingInput.parse(compact({ ...rest, ...d })));

export const verlofArb: fc.Arbitrary<VerlofInput> = fc
  .record({
    soort: opt(fc.constantFrom('vakantie-beroep', 'gewichtige-omstandigheden', 'religieus', 'ziekte', 'jonger-dan-6', 'vrijstelling-5a', 'vrijstelling-kwalificatieplicht', 'vervangende-leerplicht')),
    omstandigheid: opt(fc.constantFrom('verhuizing', 'huwelijk', 'overlijden', 'ernstige-ziekte', 'vakantie', 'anders')),
    graad: opt(fc.integer({ min: 1, max: 4 })),
    buitenland: opt(fc.boolean()),
    dagen: opt(fc.integer({ min: 1, max: 15 })),
    eerderVerlofDagen: opt(fc.integer({ min: 0, max: 12 })),
    eerderVakantieverlofDitSchooljaar: opt(fc.boolean()),
    startdatum: opt(isoDay('2025-08-01', '2027-07-31')),
    dagenVooraf: opt(fc.integer({ min: -6, max: 10 })),
    lesdagenPerWeek: opt(fc.integer({ min: 1, max: 5 })),
    kwalificatieplichtig: opt(fc.boolean()),
    werkgeversverklaring: opt(fc.boolean()),
    leeftijd: opt(fc.integer({ min: 4, max: 19 })),
    urenPerWeek: opt(fc.integer({ min: 1, max: 12 })),
    regio: opt(fc.constantFrom('ijssel-vecht', 'noord', 'midden', 'zuid')),
    inEersteTweeLesweken: opt(fc.boolean()),
    verklaringOnafhankelijkeDeskundige: opt(fc.boolean()),
  })
  .map((v) => verlofInput.parse(compact(v)));

/** The conditions the law itself sets for the leave to be lawful, per kind; each must be known before "yes". */
export function wettelijkeVoorwaardenBekend(i: VerlofInput, soort: string | undefined): boolean {
  const naarRato = i.kwalificatieplichtig !== true || i.lesdagenPerWeek !== undefined; // art. 13a lid 2, 14 lid 3
  switch (soort) {
    case 'vakantie-beroep': // art. 13a: the job makes every school holiday impossible, once a year, ≤ 10 days, not in the first 2 lesweken
      return (i.werkgeversverklaring === true || i.geenVakantieMogelijk === true) && (i.eerderVakantieverlofDitSchooljaar === false || i.eerderVerlofDagen === 0) && i.dagen !== undefined && (i.startdatum !== undefined || i.inEersteTweeLesweken === false) && naarRato;
    case 'gewichtige-omstandigheden': // art. 14 lid 3: ≤ 10 days per school year; earlier leave not told is read as none, stated as a condition
      return i.omstandigheid !== undefined && i.dagen !== undefined && naarRato;
    case 'jonger-dan-6':
      return (i.leeftijd !== undefined || i.geboortedatum !== undefined) && i.urenPerWeek !== undefined;
    case 'religieus':
    case 'ziekte':
      return i.dagenVooraf !== undefined || (i.aanvraagdatum !== undefined && i.startdatum !== undefined);
    default:
      return false; // exemptions and vervangende leerplicht are decided by B&W on a request: never a plain yes
  }
}

