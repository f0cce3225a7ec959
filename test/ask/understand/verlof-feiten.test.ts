import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';
import { grid, rank, read } from './read-question.js';

// Issue 10, facts that decide a leave or exemption question (CheckList style: templates × surface forms).
// A: a fact that rules the case out gives a clear "Nee" that names it; B: a qualifying reason gives "Ja" or the right
// decider; C: negation and tense per clause (a diploma not yet obtained, a stated school start). Direction: adding a
// ruling-out fact never raises the outcome. The held-out templates are in verlof-feiten-heldout.test.ts.

const nee = (q: string, waarom: RegExp) => {
  const r = read(q);
  expect(r.decision?.toegestaan, q).toBe(false);
  expect(r.lead, q).toMatch(/^Nee\b/);
  expect(r.decision!.steps.join(' '), q).toMatch(waarom);
  // The lead itself names the fact that rules the case out.
  expect(r.lead, q).toMatch(waarom);
  return r;
};

describe('A1: art. 13a is ruled out when the family can go away in another school holiday', () => {
  const beroepen = ['Vader werkt in de horeca', 'Wij hebben een camping', 'Moeder is bollenteler', 'De ouders runnen een strandtent'];
  const anders = ['in de kerstvakantie kunnen ze wel weg', 'in de herfstvakantie gaan ze wel op vakantie', 'ze kunnen wel in de meivakantie twee weken weg', 'in de voorjaarsvakantie kunnen ze gewoon op vakantie'];
  it.each(grid(beroepen, anders))('%s, maar %s → Nee (art. 13a), the other holiday named', (beroep, vak) => {
    const q = `${beroep}, maar ${vak}. Mag de directeur in maart 8 dagen vakantieverlof geven?`;
    const r = nee(q, /andere schoolvakantie|in een schoolvakantie/);
    expect(r.facts.geenVakantieMogelijk, q).toBe(false);
    expect(r.decision?.legalBasis.map((l) => l.id)).toContain('lpw:13a');
  });

  it.each(['in de kerstvakantie kunnen ze ook niet weg', 'in geen enkele schoolvakantie kunnen ze weg', 'ook in de herfstvakantie is het hoogseizoen'])('"%s" does not rule it out', (vak) => {
    const r = read(`Vader werkt in de horeca en ${vak}. Mag de directeur in maart 8 dagen vakantieverlof geven?`);
    expect(r.facts.geenVakantieMogelijk).not.toBe(false);
  });
});

describe('A2: a 5 onder a statement from the treating practitioner, too old, or not designated', () => {
  const behandelaar = ['de eigen kinderpsycholoog', 'de psychiater die haar behandelt', 'de behandelend kinderarts', 'de eigen huisarts', 'haar eigen behandelaar'];
  it.each(behandelaar)('a statement from %s → Nee', (wie) => {
    nee(`Ouders willen een vrijstelling 5 onder a. Ze hebben een verklaring van ${wie}. Is dat genoeg?`, /behandel/);
  });

  const oud = ['van acht maanden oud', 'die een half jaar oud is', 'van 5 maanden geleden', 'van een jaar oud'];
  it.each(grid(oud, ['door de gemeente aangewezen arts', 'onafhankelijke jeugdarts']))('a statement %s (%s) → Nee, older than 3 months', (leeftijd, wie) => {
    const q = `Voor een vrijstelling 5 onder a hebben de ouders een verklaring van een ${wie} ${leeftijd}. Geldt de vrijstelling?`;
    const r = nee(q, /ouder dan 3 maanden/);
    expect(r.facts.verklaringDatum, q).toBeDefined();
  });

  it.each(['een arts die niet door de gemeente is aangewezen', 'een psycholoog die de gemeente niet heeft aangewezen'])('a statement from %s → Nee', (wie) => {
    nee(`Ouders willen een vrijstelling 5 onder a met een verklaring van ${wie}. Kan dat?`, /aanwijst|aangewezen/);
  });

  it('direction: a recent statement of a designated expert is not ruled out', () => {
    const r = read('Voor een vrijstelling 5 onder a hebben de ouders een verklaring van een door de gemeente aangewezen arts van twee weken oud. Geldt de vrijstelling?');
    expect(r.decision?.toegestaan).toBe('afhankelijk');
  });
});

describe('A3: 5 onder b ruled out by a school of that richting attended, or an acceptable school nearby', () => {
  const huidig = [
    ['hun zoon zit nu op een christelijke school', 'christelijke scholen'],
    ['hun dochter staat ingeschreven op een katholieke basisschool', 'katholieke scholen'],
    ['hun kind gaat op dit moment naar een islamitische school', 'islamitische scholen'],
  ] as const;
  it.each(huidig)('%s, bezwaar tegen %s → Nee (art. 8 lid 2)', (school, bezwaar) => {
    nee(`Ouders willen een vrijstelling 5 onder b vanwege bezwaar tegen ${bezwaar}, maar ${school}. Kan dat?`, /richting/);
  });

  it.each(['er is een openbare school op 2 km afstand waar ze geen bezwaar tegen hebben', 'in hun dorp staat een school van hun eigen richting'])('%s → Nee (art. 8 lid 1)', (dichtbij) => {
    nee(`Ouders hebben richtingbezwaren en willen een vrijstelling 5 onder b, maar ${dichtbij}. Kunnen ze de vrijstelling krijgen?`, /redelijke afstand/);
  });
});

describe('A4: reasons that are no gewichtige omstandigheid give "Nee"', () => {
  const redenen = [
    'voor een voetbaltoernooi',
    'voor een danswedstrijd in Duitsland',
    'om familie in Marokko te bezoeken',
    'omdat de tickets dan goedkoper zijn',
    'omdat we een reis cadeau hebben gekregen',
    'om de drukte op Schiphol te vermijden',
    'voor de bruiloft van een vriendin',
    'voor het huwelijk van de buurman',
    'voor de bruiloft van een collega van vader',
  ];
  const vormen = ['Mag mijn zoon 2 dagen vrij {r}?', 'Kan een leerling 3 dagen verlof krijgen {r}?', 'Wij willen 2 dagen verlof aanvragen {r}. Mag de directeur dat geven?'];
  it.each(grid(redenen, vormen))('%s — %s', (reden, vorm) => {
    const q = vorm.replace('{r}', reden);
    const r = read(q);
    expect(r.decision, q).toMatchObject({ type: 'verlof', toegestaan: false });
    expect(r.lead, q).toMatch(/^Nee\b/);
  });

  it('a wedding of a relative is still one, whoever else is named', () => {
    expect(read('De oom van onze zoon trouwt; een vriendin van mij is ook uitgenodigd. Mag hij 1 dag vrij?').decision?.toegestaan).toBe(true);
  });

  it('direction: adding a ruling-out fact never raises the outcome', () => {
    const bases = ['De oom van onze zoon trouwt. Mag hij 1 dag vrij?', 'We verhuizen op 3 maart. Mag onze dochter die dag vrij?', 'Vader werkt in de horeca en kan in geen enkele schoolvakantie weg. Mogen we 8 dagen vakantieverlof in maart?'];
    const erbij = [' We willen ook de drukte vermijden.', ' De tickets zijn dan ook goedkoper.', ' In de kerstvakantie kunnen we wel weg.'];
    for (const [b, e] of grid(bases, erbij)) expect(rank(read(b + e).decision), b + e).toBeLessThanOrEqual(rank(read(b).decision));
  });
});

describe('B: qualifying reasons, with the degree from the family role (BW 1:3)', () => {
  const rollen: Array<[string, number]> = [
    ['oom', 3], ['tante', 3], ['neef', 3], ['nicht', 3], ['opa', 2], ['oma', 2], ['overgrootvader', 3], ['stiefbroer', 2], ['halfzus', 2], ['aangetrouwde oom', 3], ['zus', 2], ['grootmoeder', 2],
  ];
  it.each(rollen)('wedding of the %s (graad %i) → Ja, the directeur', (rol, graad) => {
    const q = `De ${rol} van onze zoon trouwt. Mag hij 1 dag vrij?`;
    const r = read(q);
    expect(r.facts.graad, q).toBe(graad);
    expect(r.decision, q).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
    expect(r.lead, q).toMatch(/^Ja\b/);
  });

  it.each(rollen)('death of the %s (graad %i), 1 day → Ja, the directeur', (rol, graad) => {
    const r = read(`De ${rol} van de leerling is overleden. Mag ze 1 dag vrij voor de uitvaart?`);
    expect(r.facts.graad).toBe(graad);
    expect(r.decision).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });

  it.each([['broer', 3], ['zus', 3], ['vader', 2], ['oom', 4], ['tante', 4]] as const)('a parent speaking of "mijn %s" means the child\'s relative of graad %i', (rol, graad) => {
    expect(read(`Mijn ${rol} gaat trouwen, mag mijn dochter 1 dag vrij?`).facts.graad).toBe(graad);
  });

  it.each(['12,5', '25', '40', '50', '60'])('grandparents married %s years → jubileum, Ja', (jaar) => {
    const r = read(`Opa en oma zijn ${jaar} jaar getrouwd. Mag onze dochter 1 dag vrij voor het feest?`);
    expect(r.facts.omstandigheid).toBe('jubileum');
    expect(r.decision).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });

  it.each(['We verhuizen volgende week', 'Het gezin gaat op 3 maart verhuizen', 'Wij gaan verhuizen naar een andere stad'])('%s → verhuizing, 1 day, Ja', (zin) => {
    const r = read(`${zin}. Mag onze zoon 1 dag vrij?`);
    expect(r.facts.omstandigheid).toBe('verhuizing');
    expect(r.decision).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });

  it.each(['een afspraak bij de IND', 'een zitting bij de kinderrechter', 'een afspraak op de ambassade', 'moet getuigen bij de rechter'])('%s that cannot be moved → wettelijke verplichting, Ja', (wat) => {
    const r = read(`Onze dochter heeft ${wat}, dat kan niet buiten schooltijd. Mag ze 1 dag vrij?`);
    expect(r.facts.omstandigheid).toBe('wettelijke-verplichting');
    expect(r.decision).toMatchObject({ toegestaan: true, beslisser: 'directeur' });
  });

  it('an official appointment that can be made outside school hours → Nee', () => {
    nee('Onze dochter heeft een afspraak bij de IND, maar die kan ook na schooltijd. Mag ze 1 dag vrij?', /buiten de lestijd|buiten schooltijd/);
  });

  it('more than 10 days → the leerplichtambtenaar', () => {
    expect(read('De oom van de leerling is overleden in Suriname. Mag hij 12 dagen verlof?').decision).toMatchObject({ beslisser: 'leerplichtambtenaar' });
  });

  it('a morning off counts as one day', () => {
    expect(read('Onze zoon heeft een afspraak bij de IND die niet buiten schooltijd kan. Mag hij een ochtend vrij?').facts.dagen).toBe(1);
  });
});

describe('C: negation and tense per clause — a diploma not (yet) obtained is no startkwalificatie', () => {
  const zonder = [
    'heeft zijn havo-diploma nog niet',
    'heeft het mbo 2 diploma nog niet gehaald',
    'is gezakt voor zijn vwo-examen',
    'zakt dit jaar voor havo 5',
    'heeft zijn vwo-diploma niet gehaald',
    'heeft nog geen diploma',
  ];
  it.each(zonder)('"Jongen van 17, %s" → no startkwalificatie, kwalificatieplichtig', (zin) => {
    const q = `Jongen van 17, ${zin}. Is hij nog kwalificatieplichtig?`;
    const r = read(q);
    expect(r.facts.startkwalificatie, q).toBe(false);
    expect(r.decision?.status, q).toBe('kwalificatieplicht');
  });

  it.each(['heeft zijn havo-diploma gehaald', 'is geslaagd voor het vwo', 'heeft een mbo-diploma niveau 2'])('"%s" is a startkwalificatie', (zin) => {
    expect(read(`Meisje van 17, ${zin}. Is ze nog kwalificatieplichtig?`).facts.startkwalificatie).toBe(true);
  });

  it.each(['begon in groep 1 toen hij 4 was', 'ging naar school toen hij vier werd', 'zit sinds zijn vierde verjaardag op school'])('"%s" gives the school start for the 12-year count', (zin) => {
    const u = understand(`Mijn zoon is geboren op 3 augustus 2011 en ${zin}. Tot wanneer is hij leerplichtig?`, { today: TODAY });
    expect(u.leerplicht.startdatumSchool).toBe('2015-08-03');
  });

  it('the 12 full school years end leerplicht before the school year of the 16th birthday', () => {
    const r = read('Mijn zoon is geboren op 3 augustus 2011 en begon in groep 1 toen hij 4 was. Tot wanneer is hij leerplichtig?');
    expect(r.decision?.steps.join(' ')).toMatch(/31 juli 2027/);
  });

  it.each(['zit sinds 2016 op school', 'is in 2016 op de basisschool begonnen', 'ging in 2016 naar groep 1'])('"%s" gives the start school year', (zin) => {
    expect(understand(`Leerling geboren 3 mei 2012, ${zin}. Wanneer eindigt de leerplicht?`, { today: TODAY }).leerplicht.startSchooljaar).toBe(2016);
  });
});
