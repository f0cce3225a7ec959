import { describe, expect, it } from 'vitest';
import { decideVerlof } from '../../../server/rules/verlof.js';
import { grid, read } from './read-question.js';

// Art. 13a lid 2: holiday leave once a school year, at most 10 school days, not in the first two lesweken. Only
// earlier HOLIDAY leave uses up that one time: leave for a funeral (art. 14) or a religious day (art. 11 onder e) is
// another kind. And the kinds stay apart the other way: holiday days never count towards art. 14's 10 days.

describe('rule: only earlier holiday leave blocks a 13a request', () => {
  const base = { soort: 'vakantie-beroep', dagen: 8, werkgeversverklaring: true, inEersteTweeLesweken: false } as const;
  it.each([
    // [eerderVerlofDagen, eerderVakantieverlof, toegestaan, beslisser]
    [2, undefined, 'afhankelijk', 'directeur'], // earlier leave of unknown kind: ask, never refuse
    [2, false, true, 'directeur'], // earlier art. 14 leave, no earlier holiday leave
    [10, false, true, 'directeur'],
    [0, undefined, true, 'directeur'], // no earlier leave at all
    [undefined, undefined, 'afhankelijk', 'directeur'],
    [undefined, true, false, 'niemand'],
    [0, true, false, 'niemand'],
    [3, true, false, 'niemand'],
  ] as const)('eerderVerlofDagen %s, eerder vakantieverlof %s → %s / %s', (eerderVerlofDagen, eerderVakantieverlofDitSchooljaar, toegestaan, beslisser) => {
    const r = decideVerlof({ ...base, eerderVerlofDagen, eerderVakantieverlofDitSchooljaar });
    expect(r).toMatchObject({ toegestaan, beslisser });
  });

  it('earlier holiday days are not counted towards the 10 days of art. 14', () => {
    const r = decideVerlof({ soort: 'gewichtige-omstandigheden', omstandigheid: 'huwelijk', graad: 1, buitenland: false, dagen: 1, eerderVerlofDagen: 0, eerderVakantieverlofDitSchooljaar: true });
    expect(r).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });
});

describe('understanding: the kind of an earlier leave is kept', () => {
  const beroepen = [
    'Vader is bollenteler en kan in de zomer niet weg; er is een werkgeversverklaring.',
    'Moeder werkt in het toerisme en heeft een verklaring van de werkgever.',
    'De ouders zijn zelfstandig (bloemenkwekerij) en kunnen in de zomer niet weg; accountantsverklaring aanwezig.',
    'Moeder is hotelier en heeft een werkgeversverklaring.',
  ];
  const eerder = [
    'Eerder dit schooljaar had onze zoon 2 dagen verlof voor de begrafenis van opa.',
    'Ons kind kreeg in december 1 dag vrij voor het Suikerfeest.',
    'Eerder kreeg de leerling 1 dag vrij voor het Offerfeest.',
    'Onze dochter had dit schooljaar al 2 dagen verlof voor een begrafenis.',
  ];
  const vraag = ['Ze vragen 8 dagen vakantieverlof in maart. Mag dat?', 'Nu willen we 5 dagen in mei op vakantie. Mag de directeur dat geven?', 'Mogen we in mei anderhalve week op vakantie?'];

  it.each(grid(beroepen, eerder, vraag))('%s %s %s → a 13a request the directeur decides, never "Nee"', (b, e, v) => {
    const q = `${b} ${e} ${v}`;
    const r = read(q);
    expect(r.facts.soort, q).toBe('vakantie-beroep');
    expect(r.facts.eerderVakantieverlofDitSchooljaar, q).not.toBe(true);
    expect(r.decision, q).toMatchObject({ beslisser: 'directeur' });
    expect(r.decision?.toegestaan, q).not.toBe(false);
    expect(r.lead, q).not.toMatch(/^Nee\b|niemand/);
  });

  it.each([
    'In november kreeg de leerling al 5 dagen vakantieverlof.',
    'Ze hebben dit schooljaar al vakantieverlof gehad.',
    'Eerder dit schooljaar kregen ze al een week vakantieverlof.',
  ])('direction: earlier holiday leave ("%s") still blocks', (e) => {
    const r = read(`Moeder is bollenteler met werkgeversverklaring. ${e} Nu vragen ze 3 dagen in april. Mag dat?`);
    expect(r.facts.eerderVakantieverlofDitSchooljaar).toBe(true);
    expect(r.decision).toMatchObject({ toegestaan: false, beslisser: 'niemand' });
  });
});

describe('a valid first 13a request is "Ja", the directeur decides', () => {
  const cases = [
    'Vader heeft een camping en kan alleen buiten de schoolvakanties weg; de accountantsverklaring is er. We willen in februari zeven schooldagen weg. Het is onze eerste aanvraag dit schooljaar. Mag dat?',
    'Mijn man werkt in de horeca en heeft in de zomer seizoenswerk. Er is een werkgeversverklaring. We vragen vijf dagen vakantieverlof in april. Eerder dit jaar geen verlof gehad. Kan dat?',
    'Vader werkt als seizoenarbeider in de kassen en heeft een verklaring van zijn werkgever dat hij in geen enkele schoolvakantie vrij kan krijgen. We vragen een week vakantieverlof in maart, de eerste keer dit schooljaar. Mag de directeur dat toestaan?',
    'Ik ben zelfstandig ondernemer met een strandtent en kan in geen enkele schoolvakantie weg; er is een accountantsverklaring. Mogen we tien dagen in november op vakantie? Het is de eerste keer dit schooljaar.',
    'Wij hebben een akkerbouwbedrijf; in de zomer is het oogsttijd. De werkgeversverklaring zit erbij. We willen in oktober acht dagen weg. Dit schooljaar nog geen verlof gehad. Mag dat?',
    'Moeder werkt in het toerisme en heeft een verklaring van haar werkgever. Dit schooljaar nog geen vakantieverlof gehad. We vragen negen dagen in maart. Mag dat?',
    'Vader is bollenteler; de werkgeversverklaring is er. Ons kind kreeg in december 1 dag vrij voor het Suikerfeest; vakantieverlof hebben we dit schooljaar nog niet gehad. We willen zes dagen in mei weg. Mag dat?',
    'De ouders runnen een strandtent en hebben een accountantsverklaring. Eerste vakantieverlofaanvraag dit schooljaar: een week in februari. Mag dat?',
  ];
  it.each(cases)('%s', (q) => {
    const r = read(q);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: true, beslisser: 'directeur' });
    expect(r.lead, q).toMatch(/^Ja\b/);
  });
});
