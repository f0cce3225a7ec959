import { describe, it } from 'vitest';
import { check, type Case } from './expect.js';

// Fourth round: questions typed in a hurry ("lln 14 jr 18u weg 3 wkn"), the family as subject of a holiday without
// leave, 13a leave in the first two school weeks without naming the summer holiday, and Dutch mixed with English
// (hours missed without reason, a wedding of "my brother", a child with no school yet). TODAY is Sunday 2026-11-22.

const cases: Array<[string, Case]> = [
  // shorthand
  ['lln 14 jr 18u weg 3 wkn melden?', { intents: ['melding'], facts: { leeftijd: 14, ongeoorloofdeUren: 18 } }],
  ['leerling 15 jr, 20u gespijbeld in 4 wkn, wat nu?', { intents: ['melding'], facts: { ongeoorloofdeUren: 20 } }],
  ['om 8u belde moeder om hem ziek te melden', { absent: ['ongeoorloofdeUren'] }],
  ['gezin 3 dagen eerder op vakantie zonder verlof, melden?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof' } }],
  ['vakantieverlof in de eerste 2 schoolweken, mag dat?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', inEersteTweeLesweken: true } }],
  ['Ouders vragen vakantieverlof in de eerste twee lesweken van het schooljaar. Mag ik dat geven?', { facts: { inEersteTweeLesweken: true } }],
  // Dutch mixed with English
  ['Student (13) missed 16 hours in 4 weeks without reason. Do we have to report to DUO?', { intents: ['melding'], facts: { leeftijd: 13, soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16 } }],
  ['Leerling (15) skipped 10 hours deze maand, moeten we iets?', { facts: { soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 10 } }],
  ['Wedding of my brother in Marokko, how many days verlof can my kids get?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', graad: 3, buitenland: true } }],
  ['Grandma passed away, hoeveel dagen verlof?', { facts: { graad: 2 } }],
  ['We just moved to Zwolle, kid (8) has no school yet. Is that a problem?', { intents: ['melding'], facts: { leeftijd: 8, ingeschreven: false } }],
];

describe('understand: fourth round of field phrasings', () => {
  it.each(cases)('%s', (q, c) => {
    check(q, c);
  });
});
