import { describe, expect, it } from 'vitest';
import { grid, rank, read } from './read-question.js';

// CheckList-style tests for reading stated history and durations in words (u-feiten): minimum functionality over
// frames × phrasings, invariance under rewording, and direction (a fact that rules leave out may only lower it).

const BEROEP = 'Wij hebben een bollenkwekerij en kunnen in geen enkele schoolvakantie weg; de werkgeversverklaring is er.';

describe('durations in words (class c)', () => {
  const durations: Array<[string, number]> = [
    ['anderhalve week', 8],
    ['een week of drie', 15],
    ['een week of twee', 10],
    ['ruim twee weken', 11],
    ['ruim een week', 6],
    ['twee en een halve week', 13],
    ['drie weken', 15],
  ];
  const frames = [
    (d: string) => `${BEROEP} We vragen ${d} vakantieverlof in maart. Mag dat?`,
    (d: string) => `${BEROEP} Kunnen de kinderen in februari ${d} vakantieverlof krijgen?`,
    (d: string) => `Ik ben directeur. Ouders met een camping willen ${d} vakantieverlof in mei. Mag ik dat geven?`,
  ];
  it.each(grid(durations, frames))('%s → %s school days', ([d, dagen], frame) => {
    const r = read(frame(d));
    expect(r.facts.dagen, frame(d)).toBe(dagen);
    // More than 10 days of holiday leave nobody can grant (art. 13a lid 2).
    if (dagen > 10) expect(r.decision?.toegestaan, frame(d)).toBe(false);
  });

  it.each(['een dag of vijf', 'een dag of 5', 'zo\'n 5 dagen'])('a rough day count "%s" is 5 days, not 1', (d) => {
    expect(read(`Opa is in Ghana overleden; we willen ${d} weg voor de begrafenis. Mag dat?`).facts.dagen).toBe(5);
  });

  it.each([
    ['zit al een half jaar thuis', 26],
    ['zit al anderhalf jaar thuis', 78],
    ['zit al drie maanden thuis', 12],
  ])('continuous absence "%s" → %s weeks', (phrase, weken) => {
    const r = read(`Mijn dochter van 13 ${phrase} en gaat niet naar school. Wat moet de school doen?`);
    expect(r.facts.aaneengeslotenWekenAfwezig).toBe(weken);
    expect(r.decision?.melding).toBe('langdurig-relatief-verzuim');
  });

  it('an age in years is never a span of absence', () => {
    expect(read('Een leerling van 14 jaar verzuimt regelmatig. Wat moet ik doen?').facts.aaneengeslotenWekenAfwezig).toBeUndefined();
  });
});

describe('earlier leave told as history (class a)', () => {
  const earlier = [
    'In oktober waren de kinderen ook al een week weg met toestemming van de directeur.',
    'In november zijn ze al met toestemming een week op vakantie geweest.',
    'Eerder dit schooljaar mochten ze al 5 dagen weg met verlof van school.',
    'Ze waren in de herfst al vijf dagen vrij met toestemming.',
  ];
  const asks = ['Mogen ze in maart nog 5 dagen vakantieverlof?', 'Kunnen we in mei nog eens 4 dagen vakantieverlof krijgen?'];
  it.each(grid(earlier, asks))('%s %s → once a year used, no', (e, ask) => {
    const q = `${BEROEP} ${e} ${ask}`;
    const r = read(q);
    // Holiday days are kept apart from art. 14's day count (eerderVerlofDagen): the kinds never add up.
    expect(r.facts.eerderVerlofDagen, q).toBeUndefined();
    expect(r.facts.eerderVakantieverlofDitSchooljaar, q).toBe(true);
    expect(r.decision?.toegestaan, q).toBe(false);
  });

  // Direction: the same trip without permission, refused, or in an earlier school year is no earlier leave.
  it.each([
    'In oktober waren de kinderen al een week weg zonder toestemming.',
    'In oktober waren de kinderen al een week weg, maar dat was niet met toestemming.',
    'Vorig schooljaar waren ze al een week weg met toestemming.',
  ])('%s → no earlier leave this school year', (e) => {
    const r = read(`${BEROEP} ${e} Mogen ze in maart 5 dagen vakantieverlof?`);
    expect(r.facts.eerderVerlofDagen).toBeUndefined();
    expect(r.facts.eerderVakantieverlofDitSchooljaar).not.toBe(true);
  });

  it.each(grid(['al 6 dagen vrij', 'al 6 dagen met verlof weg', 'ook al 6 dagen vrij met toestemming'], ['vorige maand', 'in september']))('art. 14: earlier days "%s" (%s) count toward the 10', (e, when) => {
    const q = `Hij was ${when} ${e} voor de begrafenis van zijn vader. Nu trouwt zijn zus in Paramaribo en vragen de ouders 5 dagen verlof. Mag de directeur dat geven?`;
    const r = read(q);
    expect(r.facts.eerderVerlofDagen, q).toBe(6);
    expect(r.decision?.beslisser, q).toBe('leerplichtambtenaar');
  });

  it('direction: telling earlier leave never raises the outcome', () => {
    const ask = 'Nu trouwt zijn zus in Paramaribo en vragen de ouders 5 dagen verlof. Mag de directeur dat geven?';
    const without = read(ask);
    for (const e of ['Hij was vorige maand al 6 dagen vrij.', 'Hij was in oktober al 2 dagen vrij met toestemming.']) {
      expect(rank(read(`${e} ${ask}`).decision)).toBeLessThanOrEqual(rank(without.decision));
    }
  });

  it.each(['Er is dit schooljaar nog geen vakantieverlof verleend.', 'We hebben nog geen vakantieverlof gehad dit jaar.', 'Ze hebben nog nooit vakantieverlof gekregen.'])('"%s" → no holiday leave yet', (e) => {
    expect(read(`${BEROEP} ${e} Mogen de kinderen in maart 5 dagen weg?`).facts.eerderVakantieverlofDitSchooljaar).toBe(false);
  });
});

describe('notice relative to the absence (class a)', () => {
  it.each(grid(
    [['twee maanden van tevoren', 60], ['drie weken van tevoren', 21], ['een maand vooraf', 30], ['vijf dagen van tevoren', 5]] as Array<[string, number]>,
    ['aangevraagd', 'gevraagd', 'gemeld', 'doorgegeven'],
  ))('"%s %s" → dagenVooraf', ([when, days], verb) => {
    const q = `De ouders hebben het verlof voor de bruiloft van de tante in Marokko ${when} ${verb}; het gaat om 5 dagen. Kan de directeur dat geven?`;
    expect(read(q).facts.dagenVooraf, q).toBe(days);
  });

  it.each(grid(
    [['vier dagen na vertrek', -4], ['drie dagen na de begrafenis', -3], ['een week later', -7], ['pas na twee weken', -14]] as Array<[string, number]>,
    ['gebeld', 'gemaild', 'laten weten'],
  ))('"%s", %s → told afterwards', ([when, days], verb) => {
    const q = `Opa is overleden en we zijn naar Turkije gegaan voor de begrafenis, 5 dagen. We hebben de school pas achteraf ${verb}, ${when}. Kan het verlof nog worden verleend?`;
    const r = read(q);
    expect(r.facts.dagenVooraf, q).toBe(days);
    // Reasons told more than 2 days after the absence began: no leave afterwards (art. 14 lid 2).
    expect(r.decision?.toegestaan, q).toBe(false);
  });
});

describe('negation scope (class f)', () => {
  it.each([
    'De directeur heeft het verlof niet toegekend, maar de ouders zijn toch 4 dagen naar Spanje gegaan.',
    'Het verlof is afgewezen; ze zijn toch een week naar Turkije vertrokken.',
    'We kregen geen toestemming en zijn toch 3 dagen op vakantie gegaan.',
  ])('%s → holiday without leave, not earlier leave', (s) => {
    const r = read(`${s} Leerling is 9. Wat moet de school nu doen?`);
    expect(r.facts.soortVerzuim).toBe('vakantie-zonder-verlof');
    expect(r.facts.eerderVerlofDagen).toBeUndefined();
  });
});

describe('dates from a named day or holiday (class c)', () => {
  const BEROEP_VRAAG = (when: string) => `${BEROEP} Mogen de kinderen ${when} vakantieverlof?`;
  it.each([
    'de week voor de kerstvakantie',
    'vlak na de meivakantie',
    'direct na de herfstvakantie',
    'de vrijdag voor de voorjaarsvakantie',
    'de dag na Koningsdag',
    'de week na de krokusvakantie',
  ])('"%s" is not in the first two lesweken', (when) => {
    expect(read(BEROEP_VRAAG(when)).facts.inEersteTweeLesweken).toBe(false);
  });

  it.each(['de week na de zomervakantie', 'meteen na de zomervakantie', 'direct na de zomervakantie'])('direction: "%s" is', (when) => {
    const r = read(BEROEP_VRAAG(when));
    expect(r.facts.inEersteTweeLesweken).toBe(true);
    expect(r.decision?.toegestaan).toBe(false);
  });

  it.each([
    ['de dag na Koningsdag', '2027-04-28'],
    ['de dag voor Koningsdag', '2027-04-26'],
    ['de week voor de kerstvakantie', '2026-12-14'],
    ['op 3 maart', '2027-03-03'],
    ['vanaf 14 december', '2026-12-14'],
  ])('"%s" → startdatum %s (today 2026-11-22)', (when, datum) => {
    expect(read(`Mijn dochter wil ${when} vrij voor de bruiloft van haar oom in Gent. Mag dat?`).facts.startdatum).toBe(datum);
  });

  it('a day without a year in a past sentence is no leave date', () => {
    expect(read('Hij was op 3 maart afwezig voor de bruiloft van zijn oom. Was dat geoorloofd?').facts.startdatum).toBeUndefined();
  });
});

describe('ordinal counts (class c)', () => {
  it.each(grid([['derde', 3], ['vierde', 4], ['tweede', 2]] as Array<[string, number]>, ['zonder reden weggebleven', 'ongeoorloofd afwezig geweest', 'gespijbeld']))('voor de %s keer %s', ([ord, n], what) => {
    const r = read(`De leerling (14, vo) heeft deze maand voor de ${ord} keer ${what}. Moet ik dat melden?`);
    expect(r.facts.keerOngeoorloofd).toBe(n);
    expect(r.facts.eersteKeer).toBe(false);
  });
});

describe('hours week by week go through the window of 4 lesweken (class d)', () => {
  it.each([
    ['In week 38 spijbelde hij 5 uur, in week 39 7 uur en in week 40 6 uur.', 18],
    ['Week 1 miste hij 5 uur, week 2 7 uur, week 3 6 uur.', 18],
    ['Spijbeluren per week: 4, 4, 4 en 3.', 15],
    // The report falls due in week 3 (17 hours): that window is the count.
    ['Per week ongeoorloofd: 6, 6, 5 en 1 uur.', 17],
  ])('%s → %s', (s, uren) => {
    expect(read(`Leerling van 14 (vo). ${s} Moet ik dit melden?`).facts.ongeoorloofdeUren).toBe(uren);
  });

  // Direction: hours far apart never add up to a window they do not share.
  it('8 hours in week 1 and 9 in week 5 is 9 in the heaviest window', () => {
    const r = read('Leerling van 15 (vo), ongeoorloofd per week: week 1 8 uur, week 2 0 uur, week 3 0 uur, week 4 0 uur, week 5 9 uur. Melden?');
    expect(r.facts.ongeoorloofdeUren).toBe(9);
    expect(r.decision?.melding).not.toBe('16-uur-in-4-weken');
  });

  it.each(grid(
    [['elke maandag 4 lesuren en elke vrijdag 3 lesuren', 7], ['elke woensdag 5 lesuren', 5], ['iedere dinsdag 3 lesuren', 3]] as Array<[string, number]>,
    [['al drie weken', 3], ['al twee weken', 2], ['al zes weken', 4]] as Array<[string, number]>,
  ))('%s, %s → hours a week × weeks in the window', ([rate, perWeek], [weeks, inWindow]) => {
    const r = read(`Brugklasser (12) verzuimt ${weeks} ${rate} zonder geldige reden. Moet de school melden?`);
    expect(r.facts.ongeoorloofdeUren).toBe(perWeek * inWindow);
  });
});
