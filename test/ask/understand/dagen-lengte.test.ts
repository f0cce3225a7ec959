import { describe, expect, it } from 'vitest';
import { numberWord } from '../../../server/ask/understand/quantities.js';
import { grid, read } from './read-question.js';

// CheckList-style tests for whole days of absence with a stated school-day length: a half written into the number
// word, a day length said in several ways, weekday groups joined in one sentence, and a window of weeks that is a
// period, not weeks away. The melding follows from days × length (Lpw art. 21a: 16 uur in 4 lesweken).

describe('a whole number and a half in one word', () => {
  it.each([
    // tokens arrive normalised, without the diaeresis of "tweeënhalve"
    ['tweeenhalve', 2.5],
    ['tweeenhalf', 2.5],
    ['drieenhalf', 3.5],
    ['vijfeneenhalf', 5.5],
    ['zeveneneenhalve', 7.5],
    ['tienenhalf', 10.5],
    ['eenentwintigeneenhalf', 21.5],
  ])('%s → %s', (word, value) => expect(numberWord(word)).toBe(value));

  it.each(['beneenhalf', 'eenhalf', 'zeshalve'])('%s is no number', (word) => expect(numberWord(word)).toBeUndefined());
});

describe('days × stated day length (minimum functionality and invariance)', () => {
  const lengths: Array<[string, number]> = [
    ['Onze schooldagen zijn vijfeneenhalf uur.', 5.5],
    ['Wij hebben 5 uur en 45 minuten lestijd per dag.', 5.75],
    ['Een schooldag duurt bij ons 6 uur.', 6],
    ['De lesdagen duren 6 uur.', 6],
    ['Een dag is bij ons 7 uur.', 7],
  ];
  const absences: Array<[string, number]> = [
    ['was dinsdag en woensdag de hele dag afwezig zonder geldige reden', 2],
    ['was vorige week dinsdag en woensdag en deze week maandag afwezig zonder reden', 3],
    ['heeft drie dagen gespijbeld', 3],
    ['heeft tweeënhalve dag gemist zonder geldige reden', 2.5],
  ];
  it.each(grid(lengths, absences))('%s + %s', ([lengte, perDag], [afwezig, dagen]) => {
    const q = `Een leerling van 10 ${afwezig}. ${lengte} Moeten we dit melden bij DUO?`;
    const r = read(q);
    expect(r.facts.verzuimDagen, q).toBe(dagen);
    expect(r.facts.ongeoorloofdeUren, q).toBeCloseTo(dagen * perDag, 1);
    // Direction: at or over 16 hours the melding is verplicht, under it never.
    const melding = r.decision?.melding;
    if (dagen * perDag >= 16) expect(melding, q).toBe('16-uur-in-4-weken');
    else expect(melding, q).not.toBe('16-uur-in-4-weken');
  });
});

describe('joined weekdays stop at another clause', () => {
  it('counts only the days the absence is told of', () => {
    const r = read('Hij was maandag en dinsdag afwezig zonder reden en woensdag was hij er weer. Een schooldag is 6 uur. Hij is 9. Melden?');
    expect(r.facts.verzuimDagen).toBe(2);
    expect(r.facts.ongeoorloofdeUren).toBe(12);
  });
  it('leaves a recurring weekday to the recurring reading', () => {
    const r = read('Al drie weken spijbelt hij elke maandag en dinsdag, hij is 13. Melden?');
    expect(r.facts.verzuimDagen).toBe(6);
  });
});

describe('a window of weeks is a period, not weeks away', () => {
  it.each([
    'In de afgelopen drie schoolweken heeft ze tweeënhalve dag gemist zonder geldige reden. Ze is 8. Melden?',
    'Ze heeft in de afgelopen drie weken tweeënhalve dag gespijbeld. Ze is 8. Melden?',
    'Binnen de laatste vier lesweken miste ze drie dagen zonder reden; ze is 8. Melden?',
  ])('%s', (q) => {
    const r = read(q);
    expect(r.facts.aaneengeslotenWekenAfwezig, q).toBeUndefined();
    expect(r.decision?.melding, q).not.toBe('langdurig-relatief-verzuim');
  });
});

describe('no wish to go is no valid reason', () => {
  it.each([
    'Moeder zei dat hij er even geen zin in had.',
    'Hij had gewoon geen zin.',
    'Hij heeft geen zin meer in school.',
    'Hij was ongemotiveerd.',
  ])('%s → ongeoorloofd', (reden) => {
    const q = `Een jongen van 11 was maandag en dinsdag afwezig. ${reden} Onze schooldagen zijn 6 uur. Melden?`;
    const r = read(q);
    expect(r.facts.soortVerzuim, q).toBe('ongeoorloofd');
    expect(r.facts.ongeoorloofdeUren, q).toBe(12);
  });
});

describe('an elided compound part is no feast ("kerst- en voorjaarsvakantie")', () => {
  const holidays = ['kerst- en voorjaarsvakantie', 'paas- of meivakantie', 'kerst-, voorjaars- en zomervakantie'];
  const frames = [
    (h: string) => `Wij hebben een eigen hotel en kunnen in de ${h} nooit weg. Mogen we 8 dagen vakantieverlof in juni?`,
    (h: string) => `Ik ben zelfstandig skileraar; in de ${h} werk ik altijd. Krijg ik op grond van mijn beroep vakantieverlof in mei?`,
  ];
  it.each(grid(holidays, frames))('%s', (h, frame) => {
    const r = read(frame(h));
    expect(r.facts.soort, frame(h)).toBe('vakantie-beroep');
  });
  it('still reads the feast itself', () => {
    expect(read('Wij zijn joods; mag onze dochter op de eerste dag van Pesach thuisblijven?').facts.soort).toBe('religieus');
  });
});
