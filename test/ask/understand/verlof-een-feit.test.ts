import { describe, expect, it } from 'vitest';
import { grid, rank, read } from './read-question.js';

// Leave and exemption questions that one fact decides (brief h-verlof2), CheckList style: the fact in several
// wordings (minimum functionality), the rest of the sentence varied (invariance), and the fact only ever lowering
// the outcome (direction). Each reads the question whole: understand → rules → the first sentence.

describe('art. 13a: a business closed in a school holiday or a season that holds one → Nee', () => {
  const bedrijven = ['We hebben een camping', 'Wij hebben een ijssalon', 'Mijn man heeft een strandtent', 'Wij runnen een hotel aan zee', 'Vader werkt in de horeca'];
  const dicht = ['in de kerstvakantie zijn we dicht', 'in de winter zijn we gesloten', 'in de zomer zijn we dicht', 'in de wintermaanden gaat de zaak dicht', 'in het laagseizoen zijn we gesloten'];
  it.each(grid(bedrijven, dicht).filter((_, i) => i % 2 === 0))('%s; %s', (bedrijf, wanneer) => {
    const q = `${bedrijf}; ${wanneer}. Kunnen we vakantieverlof krijgen voor een week in mei?`;
    const r = read(q);
    expect(r.facts.geenVakantieMogelijk, q).toBe(false);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: false });
    expect(r.lead, q).toMatch(/^Nee\b/);
  });

  it.each([
    'We hebben een camping en in de zomer zijn we nooit dicht. Kunnen we vakantieverlof krijgen voor een week in mei?',
    'We hebben een camping; in de zomervakantie is de school dicht maar dan moeten wij werken. Kunnen we vakantieverlof krijgen in mei?',
  ])('no closure of the business, or the school closed: not a refusal on that ground (%s)', (q) => {
    expect(read(q).facts.geenVakantieMogelijk).not.toBe(false);
  });

  it('direction: saying the business is closed in a season never raises the outcome', () => {
    const base = 'Wij hebben een ijssalon en kunnen in de zomer niet weg. Kunnen we 5 dagen vakantieverlof krijgen in maart?';
    expect(rank(read(base.replace('. Kunnen', '; in de winter zijn we dicht. Kunnen')).decision)).toBeLessThanOrEqual(rank(read(base).decision));
  });
});

describe('a child not yet leerplichtig needs no leave (art. 3 lid 1)', () => {
  const kind = ['Mijn dochter is 4 jaar en zit op de basisschool', 'Ons kind van 4 gaat sinds kort naar school', 'Onze zoon (4) zit in groep 1', 'Een kleuter van 4 jaar'];
  const wat = ['Mag ik verlof aanvragen voor een week vakantie buiten de schoolvakanties?', 'Moeten we vrij vragen voor een bruiloft in het buitenland?', 'Mag hij 3 dagen mee naar de begrafenis van opa in Turkije?'];
  it.each(grid(kind, wat))('%s. %s', (k, w) => {
    const r = read(`${k}. ${w}`);
    expect(r.decision, w).toMatchObject({ type: 'verlof', toegestaan: true, beslisser: 'niemand' });
    expect(r.lead).toMatch(/geen verlof nodig/);
    expect(r.lead).toMatch(/nog niet leerplichtig/);
    expect(r.lead).not.toMatch(/directeur beslist|kan niemand verlenen/);
  });

  // Asked whether leave is needed, the answer is "Nee"; asked whether the child may go, "Ja".
  it.each([
    ['Ons kind van 4 gaat sinds kort naar school. Moeten we vrij vragen voor een bruiloft in het buitenland?', /^Nee\b/],
    ['Onze zoon (4) zit in groep 1. Hebben we toestemming van de directeur nodig voor een week weg in maart?', /^Nee\b/],
    ['Onze dochter is 4. Is verlof nodig als ze een week mee op vakantie gaat in oktober?', /^Nee\b/],
    ['Onze dochter is 4. Mag ze een week mee op vakantie in oktober?', /^Ja\b/],
    ['Mijn zoon van 4 zit op school. Mag hij 3 dagen mee naar een bruiloft in Marokko?', /^Ja\b/],
  ])('%s', (q, lead) => {
    expect(read(q).lead).toMatch(lead);
  });

  it('direction: a 6-year-old is leerplichtig and gets the leave rules', () => {
    const r = read('Mijn dochter is 6 jaar. Mag ik verlof aanvragen voor een week vakantie buiten de schoolvakanties?');
    expect(r.lead).not.toMatch(/nog niet leerplichtig/);
  });
});

describe('vervangende leerplicht: the college van B&W decides, named in the first line', () => {
  it.each([
    'Wie beslist over vervangende leerplicht voor een leerling van 15?',
    'Een leerling van 14 wil een programma met lichte praktijkarbeid volgen (vervangende leerplicht). Wie beslist?',
    'Ouders vragen vervangende leerplicht aan voor hun zoon van 15. Bij wie moeten ze zijn?',
  ])('%s', (q) => {
    const r = read(q);
    expect(r.decision?.beslisser).toBe('leerplichtambtenaar');
    expect(r.lead, q).toMatch(/college van burgemeester en wethouders/);
    expect(r.lead, q).not.toMatch(/: de leerplichtambtenaar van de woongemeente beslist/);
  });
});

describe('a premise about the statutory maximum opens with Ja or Nee', () => {
  it.each([
    ['Klopt het dat vakantieverlof maximaal 10 dagen is?', /^Ja, dat klopt\./],
    ['Klopt het dat een directeur ten hoogste tien schooldagen verlof mag geven voor een bruiloft?', /^Ja, dat klopt\./],
    ['Mijn collega zegt dat vakantieverlof maximaal 15 dagen is. Klopt dat?', /^Nee, dat klopt niet\./],
    ['Ik heb gehoord dat vakantieverlof hooguit 5 dagen mag zijn. Klopt dat?', /^Nee, dat klopt niet\./],
    ['Mijn collega zegt dat de leerplichtambtenaar meer dan 10 dagen kan geven voor vakantie. Klopt dat?', /^Nee, dat klopt niet\./],
  ])('%s', (q, lead) => {
    const r = read(q);
    expect(r.lead, q).toMatch(lead);
    expect(r.lead, q).toMatch(/ten hoogste 10 schooldagen|niemand/);
  });
});

describe('a death in the family: kinship read from the words, the guideline first (facts.md §4.6)', () => {
  const rows: [string, number][] = [
    ['Zijn vader is overleden', 5],
    ['De moeder van een leerling (groep 7) is gisteren overleden', 5],
    ['Een leerling van 12 heeft zijn moeder verloren', 5],
    ['Haar opa is overleden', 2],
    ['Een leerling uit 2 havo is zijn broer verloren', 2],
    ['De oma van een leerling uit groep 6 is overleden', 2],
    ['De tante van een leerling van 10 is overleden', 1],
  ];
  const vragen = ['Hoeveel dagen verlof krijgt hij?', 'Hoeveel dagen vrij mag de leerling?', 'Hoeveel dagen verlof mag ik als directeur geven?'];
  it.each(rows.flatMap(([feit, n]) => vragen.map((v) => [`${feit}. ${v}`, n] as const)))('%s → %i', (q, n) => {
    const r = read(q);
    expect(r.facts.omstandigheid, q).toBe('overlijden');
    expect(r.followUp ?? [], q).not.toContain('graad');
    expect(r.lead, q).toMatch(new RegExp(`^De richtlijn voor deze omstandigheid is ${n} dag(?:en)? verlof; de directeur beslist`));
  });

  it('losing something that is not a relative is no death', () => {
    expect(read('Hij heeft zijn paspoort verloren. Mag hij een dag later terugkomen van vakantie?').facts.omstandigheid).not.toBe('overlijden');
  });
});

describe("a school's own rule put to the law is a question for the sources, not a case to decide", () => {
  it.each([
    'In onze schoolgids staat dat er in de eerste twee weken van het schooljaar nooit verlof wordt gegeven. Klopt dat?',
    'Onze schoolgids zegt dat er in de eerste twee schoolweken nooit verlof is. Klopt dat?',
    'Volgens de schoolgids mag er in de eerste twee weken nooit verlof worden gegeven. Klopt dat?',
  ])('%s', (q) => {
    const r = read(q);
    expect(r.decision, q).toBeUndefined();
  });

  it('a pupil named keeps it a case', () => {
    expect(read('In onze schoolgids staat dat er in de eerste twee weken nooit verlof is, maar de oma van een leerling is overleden. Mag hij toch 2 dagen weg?').decision?.type).toBe('verlof');
  });
});
