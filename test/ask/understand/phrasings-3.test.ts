import { describe, it } from 'vitest';
import { check, type Case } from './expect.js';

// Third round of field phrasings: hours as a daily rate ("twee lesuren per dag de hele week") and hours added on
// top ("ook al acht lesuren"), negated sick reports ("geen ziekmelding"), a schorsing next to skipped hours, leave
// refused and the family gone anyway, a weekday before a holiday, illnesses named in the sick call, dates with a
// two-digit year ("3 feb. '11", "3-2-11"), indirect questions ("ouders vragen of"), "moet ik hier iets mee",
// negated employer statements, terminal illness in other words, more countries, a parent's own sibling, absence
// from the workplace. TODAY is Sunday 2026-11-22.

const cases: Array<[string, Case]> = [
  // hours as a daily rate over a span of days
  ['Leerling (14) heeft twee lesuren per dag de hele week gemist. Melden?', { intents: ['melding'], facts: { ongeoorloofdeUren: 10 } }],
  // A bare statement of truancy is a report question too; a leave request with hours is not.
  ['Leerling van 15 heeft 20 uur gespijbeld.', { intents: ['melding'], facts: { ongeoorloofdeUren: 20 } }],
  ['Meisje (13) spijbelt 3 uur per dag, al 6 dagen. Moet dit naar DUO?', { facts: { ongeoorloofdeUren: 18 } }],
  ['Vier dagen lang 2 lesuren per dag weg zonder reden, jongen van 15. Melden?', { facts: { ongeoorloofdeUren: 8 } }],
  ['Leerling (14) mist elke dag twee lesuren, al drie weken lang. Melden?', { facts: { ongeoorloofdeUren: 30 } }],
  ['Leerling (14) mist elke dag twee lesuren, al zes weken lang. Melden?', { facts: { ongeoorloofdeUren: 40 } }],
  ['Jongen (15) heeft maandag tot en met donderdag 3 lesuren per dag gespijbeld. Melden?', { facts: { ongeoorloofdeUren: 12 } }],
  // hours added on top of hours already named
  ['Jongen (15) heeft deze week 9 lesuren gespijbeld en vorige week ook al acht lesuren. Melden?', { facts: { ongeoorloofdeUren: 17 } }],
  ['Leerling (12) miste 10 uur zonder geldige reden, daarnaast nog 6 uur. Moeten we melden?', { facts: { ongeoorloofdeUren: 16 } }],
  ['Leerling (12) miste 10 uur zonder geldige reden. Moeten we melden of pas bij 16 uur?', { facts: { ongeoorloofdeUren: 10 } }],
  // a negated sick report is unexcused absence, not illness
  ['Meisje van 13 is al vijf weken niet op school geweest, er is geen ziekmelding. Welke melding?', { intents: ['melding'], facts: { soortVerzuim: 'ongeoorloofd', aaneengeslotenWekenAfwezig: 5 } }],
  ['Jongen (14) miste 6 lesuren, geen bericht van thuis. Melden?', { facts: { soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 6 } }],
  ['Leerling (11) is ziek, moeder belde vanochtend. Moeten we melden?', { facts: { soortVerzuim: 'ziek' } }],
  ['Student (24) zonder startkwalificatie die al zes weken niet meer komt. Moeten we melden?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 6 } }],
  // a schorsing next to skipped hours: the skipped hours count
  ['Hij was twee dagen geschorst en heeft daarna nog 5 lesuren gespijbeld (15 jaar). Moeten we melden?', { facts: { soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 5 } }],
  ['Leerling (14) is 3 dagen geschorst. Moet dat naar DUO?', { facts: { soortVerzuim: 'schorsing' } }],
  // leave refused, the family went anyway
  ['Het vakantieverlof is door de directeur afgewezen, maar het gezin is die week toch niet op school verschenen (groep 3). Wat nu?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof' } }],
  ['De aanvraag is geweigerd. Kunnen ouders bezwaar maken?', { absent: ['soortVerzuim'] }],
  ['Verlof voor een week skiën in januari is geweigerd, maar het kind (groep 7) was die week er niet. Moeten we melden?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof', omstandigheid: 'vakantie' } }],
  // a weekday before or after a holiday
  ['Dochter (8) werd de vrijdag voor de kerstvakantie ziek gemeld, we twijfelen. Wat doen we?', { facts: { rondVakantie: true, twijfelAanZiekmelding: true } }],
  ['Zoon (9) was maandag na de herfstvakantie afwezig, ziek volgens vader. Vakantiefoto op Instagram. Melden?', { facts: { rondVakantie: true } }],
  ['Dochter (groep 6) werd de laatste schooldag voor de zomervakantie ziek gemeld; haar broer zei dat ze naar Turkije vlogen. Wat nu?', { facts: { twijfelAanZiekmelding: true, rondVakantie: true } }],
  // the sick call names the illness
  ['Vader belde om 8 uur dat zijn zoon (havo 2) koorts heeft; de hele week ziek. Melden bij DUO?', { facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true } }],
  // dates with a two-digit year
  ["Leerling geboren 3 feb. '11, zit in 3 vmbo. Tot wanneer leerplichtig?", { intents: ['leerplicht'], facts: { geboortedatum: '2011-02-03' } }],
  ['Meisje geb. 3-2-11. Is ze nog leerplichtig?', { facts: { geboortedatum: '2011-02-03' } }],
  ['Jongen geboren 14-9-2010. Is hij nog leerplichtig?', { facts: { geboortedatum: '2010-09-14' } }],
  // indirect questions about leerplicht status
  ['Leerling geboren 1 april 2008 is gestopt met school. Ouders vragen of de kwalificatieplicht nog geldt.', { intents: ['leerplicht'] }],
  ['Leerling geboren 1 april 2008 is gestopt met school en heeft de kwalificatieplicht besproken met ouders.', { intents: [] }],
  // "moet ik hier iets mee" is a melding ask when absence facts are stated
  ['Jongen van 17 zonder diploma staat nergens ingeschreven. Moet ik als leerplichtambtenaar hier iets mee?', { intents: ['melding'], facts: { ingeschreven: false } }],
  // employer statement negated after the noun
  ['Vader is vrachtwagenchauffeur en vraagt vakantieverlof op grond van 13a; een werkgeversverklaring heeft hij niet. Mag ik dat geven?', { facts: { werkgeversverklaring: false } }],
  ['Moeder vraagt vakantieverlof (13a), de werkgeversverklaring zit erbij. Mag ik dat geven?', { facts: { werkgeversverklaring: true } }],
  // terminal illness in other words; more countries
  ['Opa is ongeneeslijk ziek. Ouders vragen 8 dagen verlof. Mag dat?', { intents: ['verlof'], facts: { omstandigheid: 'levensbedreigende-ziekte', dagen: 8 } }],
  ['Oma heeft niet lang meer te leven; ouders willen 6 dagen vrij. Kan ik dat toestaan?', { facts: { omstandigheid: 'levensbedreigende-ziekte' } }],
  ['Zus trouwt in Bosnië, ouders vragen 5 dagen verlof. Mag dat?', { facts: { omstandigheid: 'huwelijk', buitenland: true, dagen: 5 } }],
  // a parent's own sibling is the child's uncle or aunt (3rd degree); the child's sibling stays 2nd degree
  ['Vader vraagt 15 schooldagen verlof omdat zijn broer in Syrië ernstig ziek is. Wie beslist?', { facts: { graad: 3, dagen: 15 } }],
  ['Moeder vraagt 2 dagen verlof: haar zus is overleden. Mag dat?', { facts: { omstandigheid: 'overlijden', graad: 3 } }],
  ['Vader vraagt of zijn zoon vrij mag omdat zijn broer trouwt. Mag dat?', { facts: { omstandigheid: 'huwelijk', graad: 2 } }],
  // absence from the workplace part of the course (praktijktijd)
  ['Student bbl (17), werkgever meldt dat hij al 3 weken niet op zijn werk komt. Melden?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 3 } }],
  // age stated as "die net vijf is geworden"
  ['Ouders van een meisje dat net vijf is geworden willen haar 6 uur per week thuishouden. Mag dat?', { intents: ['verlof'], facts: { leeftijd: 5, soort: 'jonger-dan-6', urenPerWeek: 6 } }],
];

describe('understand: third round of field phrasings', () => {
  it.each(cases)('%s', (q, c) => {
    check(q, c);
  });
});
