import { describe, it } from 'vitest';
import { check, type Case } from './expect.js';

// How school staff, leerplichtambtenaren and helpdesk advisers phrase the common cases: open "what now" asks,
// relative timing, leave received earlier, richting of a former school, and leerplicht questions that never say
// "leerplichtig". TODAY is Sunday 2026-11-22.

const cases: Array<[string, Case]> = [
  // open action asks count as a melding question once absence facts are stated
  ['Leerling uit 2 vmbo (14) heeft deze maand 19 lesuren gespijbeld. Wat nu?', { intents: ['melding'], facts: { ongeoorloofdeUren: 19, leeftijd: 14 } }],
  ['Groep 7, leerling van 10: 17 klokuren weg zonder geldige reden in vier weken. Hoe pakken we dit aan?', { intents: ['melding'], facts: { ongeoorloofdeUren: 17, onderwijssoort: 'po' } }],
  ['Brugklasser is 6 keer te laat gekomen deze periode. Actie nodig?', { intents: ['melding'], facts: { keerTeLaat: 6, soortVerzuim: 'te-laat' } }],
  ['Leerling havo 2 al 5 weken niet meer op school verschenen, ouders reageren niet. Hoe verder?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 5 } }],
  ['Student mbo-2 (17) heeft 22 uur ongeoorloofd verzuimd. Wat is de procedure?', { intents: ['melding'], facts: { ongeoorloofdeUren: 22, leeftijd: 17, onderwijssoort: 'mbo' } }],
  ['Leerling (13) is 3 dagen geschorst. Moet dit naar de leerplichtambtenaar?', { intents: ['melding'], facts: { soortVerzuim: 'schorsing', verzuimDagen: 3 } }],
  ['Een leerling van 15 heeft 4 keer gespijbeld. Welke stappen moeten we zetten?', { intents: ['melding'], facts: { keerOngeoorloofd: 4 } }],
  ['Wat doen we als een leerling van 12 zonder bericht 2 dagen afwezig is geweest?', { intents: ['melding'], facts: { verzuimDagen: 2, soortVerzuim: 'ongeoorloofd' } }],
  // open asks without absence facts stay general questions
  ['Wat nu als ouders het niet eens zijn met de school?', { intents: [] }],
  ['Hoe pakken we dit aan: we willen het verzuimbeleid herschrijven.', { intents: [] }],
  // luxe verzuim around holidays
  ['Leerling van 9 wordt de dag na de voorjaarsvakantie ziek gemeld, maar de buren zagen het gezin nog op Schiphol. We twijfelen. Wat doen we?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', rondVakantie: true, twijfelAanZiekmelding: true } }],
  ['Vlak voor de herfstvakantie drie dagen ziek gemeld, maar we twijfelen aan de ziekmelding: zus vertelde over een reis naar Turkije. Moeten we iets doen?', { intents: ['melding'], facts: { rondVakantie: true, twijfelAanZiekmelding: true } }],
  ['Ouders hebben hun zoon (8) zonder toestemming een week eerder meegenomen op vakantie voor de kerstvakantie. Wat te doen?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof', leeftijd: 8 } }],
  // timely sick reports
  ['Vader mailde vanmorgen om half acht dat zijn zoon (11, groep 8) ziek is. Moet dit naar DUO?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true, leeftijd: 11 } }],
  ['Moeder heeft gisteren haar dochter (12) ziekgemeld, ze is vandaag nog ziek. Moeten we iets melden?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true } }],
  ['Leerling van 14 is ziek, ouders hebben het pas na vijf dagen gemeld. Melden?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: false } }],
  // ages given in brackets with other details
  ['Meisje (15, 4 havo) heeft 18 lesuren gespijbeld. Melden?', { facts: { leeftijd: 15, ongeoorloofdeUren: 18 } }],
  ['Jongen (16; mbo-1) is 5 weken aaneengesloten afwezig. Wat moeten we doen?', { facts: { leeftijd: 16, aaneengeslotenWekenAfwezig: 5 } }],
  // 11a: hours per week for a five-year-old
  ['Onze zoon van 5 is snel moe. Mogen we hem iedere woensdagmiddag (3 uur) thuishouden?', { intents: ['verlof'], facts: { soort: 'jonger-dan-6', urenPerWeek: 3 } }],
  ['Kleuter van vijf: ouders willen haar elke maandagochtend, 4 uren, thuishouden. Mag dat?', { intents: ['verlof'], facts: { soort: 'jonger-dan-6', urenPerWeek: 4 } }],
  ['Mag ik mijn dochter van 5 wekelijks 6 uur thuishouden?', { intents: ['verlof'], facts: { soort: 'jonger-dan-6', urenPerWeek: 6 } }],
  // 13a: earlier leave, first lesweken, the job as ground
  ['Ouders hebben een camping. Ze kregen in september al 3 dagen vakantieverlof. Nu vragen ze nog 5 dagen in juni. Toekennen?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', eerderVakantieverlofDitSchooljaar: true, dagen: 5 } }],
  ['Dit is hun tweede aanvraag: ze hebben dit schooljaar al vakantieverlof gehad vanwege het beroep van vader. Mag ik opnieuw 2 dagen geven?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', eerderVakantieverlofDitSchooljaar: true } }],
  ['Vakantieverlof wegens het beroep van moeder (horeca), 6 dagen, werkgeversverklaring aanwezig. Mag dat?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', dagen: 6, werkgeversverklaring: true }, absent: ['eerderVakantieverlofDitSchooljaar'] }],
  ['Ouders werken in de horeca en willen in mei 8 dagen op vakantie. Kan ik verlof geven?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', dagen: 8 } }],
  ['Vader is melkveehouder. Ze vragen vakantieverlof voor de eerste twee weken van het schooljaar, met werkgeversverklaring. Toestaan?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', inEersteTweeLesweken: true } }],
  ['Ze willen de zomervakantie met een week verlengen omdat vader in de bouw werkt en geen vrij kan krijgen. Specifieke aard van het beroep. Mag dat?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', inEersteTweeLesweken: true, dagen: 5 } }],
  ['Werkgeversverklaring ligt er. Ze willen vakantieverlof in de vierde week na de zomervakantie. Mag dat?', { facts: { soort: 'vakantie-beroep', inEersteTweeLesweken: false } }],
  ['Ouders kregen vorig schooljaar vakantieverlof wegens het beroep van vader. Nu vragen ze 4 dagen. Mag dat?', { intents: ['verlof'], absent: ['eerderVakantieverlofDitSchooljaar'], facts: { dagen: 4 } }],
  // gewichtige omstandigheden
  ['Opa van onze leerling is overleden, de uitvaart is in Suriname. Ouders vragen 6 schooldagen. Wie beslist?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 2, buitenland: true, dagen: 6 } }],
  ['De zus van de leerling gaat trouwen, de bruiloft is op een vrijdag in Nederland. Mag ik 1 dag vrij geven?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', graad: 2, buitenland: false, dagen: 1 } }],
  ['Gezin gaat verhuizen naar Zwolle. Hoeveel dagen verlof mag ik geven voor de verhuizing?', { intents: ['verlof'], facts: { omstandigheid: 'verhuizing' } }],
  ['Mag ik verlof geven omdat de ouders 12,5-jarig huwelijksjubileum vieren?', { intents: ['verlof'], facts: { omstandigheid: 'jubileum', graad: 1 } }],
  // religious days
  ['Ouders melden dat hun dochter morgen Suikerfeest viert. Mag ik dat weigeren?', { intents: ['verlof'], facts: { soort: 'religieus', startdatum: '2026-11-23' } }],
  // exemptions
  ['Kind van 7 zat tot de zomervakantie op een protestants-christelijke basisschool; ouders hebben nu bezwaar tegen protestants-christelijke scholen. Vrijstelling 5 onder b mogelijk?', { intents: ['vrijstelling'], facts: { soort: 'vrijstelling-5b', eerderIngeschrevenRichting: true } }],
  ['Ouders willen vrijstelling vanwege richtingbezwaren tegen islamitische scholen; hun zoon zat tot vorige maand op een openbare school. Kan dat?', { intents: ['vrijstelling'], absent: ['eerderIngeschrevenRichting'] }],
  ['Ons kind heeft nog nooit op school gezeten; we hebben richtingbezwaren tegen alle scholen in de buurt.', { facts: { soort: 'vrijstelling-5b', eerderIngeschrevenRichting: false } }],
  // leerplicht without the word
  ['Jongen geboren 14 maart 2010, geen startkwalificatie. Mag hij op 1 augustus 2026 stoppen met school?', { intents: ['leerplicht'], facts: { geboortedatum: '2010-03-14', peildatum: '2026-08-01', startkwalificatie: false } }],
  ['Leerling geboren 3 juni 2009 heeft een vmbo-kader diploma. Moet hij nog naar school?', { intents: ['leerplicht'], facts: { geboortedatum: '2009-06-03', startkwalificatie: false } }],
  ['Geboren 12-12-2008, havo-diploma gehaald. Wat is zijn status?', { intents: ['leerplicht'], facts: { geboortedatum: '2008-12-12', startkwalificatie: true } }],
  ['Dochter geb. 1 oktober 2010, nu 16. Mag ze van school af en fulltime gaan werken?', { intents: ['leerplicht'], facts: { geboortedatum: '2010-10-01', leeftijd: 16 } }],
  ['Meisje geboren 30 september 2020. Wanneer moet ze naar school?', { intents: ['leerplicht'], facts: { geboortedatum: '2020-09-30' } }],
  ['Wat is de status van een jongere geboren 5 januari 2008 zonder diploma per 1 februari 2026?', { intents: ['leerplicht'], facts: { peildatum: '2026-02-01', startkwalificatie: false } }],
  ['Leerling geboren 2 mei 2011 heeft 20 uur gespijbeld. Wat nu?', { intents: ['melding'], facts: { geboortedatum: '2011-05-02', ongeoorloofdeUren: 20 } }],
  // not enrolled, 18+
  ['Jongen van 15 is na de zomer niet meer ingeschreven op een school. Wat moeten we doen?', { intents: ['melding'], facts: { ingeschreven: false, leeftijd: 15 } }],
  ['Student (19) zonder startkwalificatie, 4 weken aaneengesloten afwezig, krijgt studiefinanciering. Wat nu?', { intents: ['melding'], facts: { leeftijd: 19, startkwalificatie: false, studiefinanciering: true, aaneengeslotenWekenAfwezig: 4 } }],
  // more absence wordings
  ['Een leerling uit groep 5 komt structureel te laat, deze maand al 8 keer. Wat moeten we doen?', { intents: ['melding'], facts: { keerTeLaat: 8, soortVerzuim: 'te-laat' } }],
  ['Leerling is 3 dagen weggebleven. Mag ik dit melden?', { intents: ['melding'], facts: { verzuimDagen: 3 }, absent: ['dagen'] }],
  ['Jongen van 17 zonder startkwalificatie is 2 maanden niet op school geweest. Wat moeten we doen?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 8, startkwalificatie: false } }],
  ['Leerling 3 havo kwam 5 keer niet opdagen bij de jeugdarts. Wat nu?', { intents: ['melding'], facts: { mazlNietVerschenen: 5 } }],
  ['Kind (7) is de dag voor de meivakantie afwezig, ouders zeiden dat ze ziek was maar ze stond op Facebook op het strand. Wat doen we?', { intents: ['melding'], facts: { leeftijd: 7, rondVakantie: true, twijfelAanZiekmelding: true } }],
  ['Leerling van 12 bleef thuis voor Divali zonder dat de ouders het vooraf hebben gemeld. Is dit ongeoorloofd verzuim?', { intents: ['melding'], facts: { soortVerzuim: 'religieus', kennisgevingTijdig: false } }],
  ['Leerling (15) heeft afgelopen 4 weken 20 uur gespijbeld. Is dit meldplichtig?', { intents: ['melding'], facts: { ongeoorloofdeUren: 20 } }],
  ['Een kind van 6 staat nergens ingeschreven. Wie moet actie ondernemen?', { intents: ['melding'], facts: { ingeschreven: false, leeftijd: 6 } }],
  // more leave and leerplicht wordings
  ['Ouders vragen 2 dagen verlof voor de begrafenis van oma in Turkije. Mag ik dat geven?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 2, dagen: 2, buitenland: true } }],
  ['Ouders vragen 5 dagen verlof voor een bruiloft in Turkije. Wat nu?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', dagen: 5 } }],
  ['Leerling geboren 1 september 2008 heeft geen diploma. Moet hij na zijn 18e nog naar school?', { intents: ['leerplicht'], facts: { geboortedatum: '2008-09-01', startkwalificatie: false } }],
  ['Mijn dochter is geboren op 20 december 2020. Per wanneer moet ze naar school?', { intents: ['leerplicht'], facts: { geboortedatum: '2020-12-20' } }],
  ['Tot wanneer moet een jongen geboren 3 maart 2009 naar school?', { intents: ['leerplicht'], facts: { geboortedatum: '2009-03-03' } }],
  // holiday extended without leave, late sick notices, religious notice on the day itself
  ['Ouders kwamen 3 dagen later terug van vakantie, leerling (9) groep 6. Wat nu?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof', leeftijd: 9 } }],
  ['Na de herfstvakantie was hij twee dagen niet op school; verlof is nooit aangevraagd. Leerling van 11. Melden?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof', rondVakantie: true } }],
  ['Ouders willen 2 dagen later terugkomen van vakantie in Spanje. Mag dat?', { intents: ['verlof'], facts: { omstandigheid: 'eerder-vertrek' }, absent: ['soortVerzuim'] }],
  ['Vader belde pas na een week dat zijn dochter (10) ziek was geweest, 3 dagen (15 klokuren). Moet dit naar DUO?', { intents: ['melding'], facts: { ziekmeldingTijdig: false, ongeoorloofdeUren: 15 } }],
  ['Leerling (13) ziek, moeder heeft het pas na vier dagen gemeld, 10 lesuren gemist. Melden?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: false, ongeoorloofdeUren: 10 } }],
  ['Leerling (13) was ziek en moeder heeft dat netjes gemeld, 10 lesuren gemist. Melden?', { facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true }, absent: ['ongeoorloofdeUren'] }],
  ['Moeder laat op de dag zelf weten dat haar zoon (groep 4) thuisblijft voor Pasen. 1 dag, 5 uur. Moeten we iets doen?', { intents: ['melding'], facts: { kennisgevingTijdig: false, ongeoorloofdeUren: 5 } }],
  // leave: one day without a number, years married, recreation, hours after "per week"
  ['Opa en oma zijn 40 jaar getrouwd en geven een feest op vrijdag. Ouders vragen die dag vrij. Mag dat?', { intents: ['verlof'], facts: { omstandigheid: 'jubileum', graad: 2, dagen: 1 }, absent: ['leeftijd'] }],
  ['Tante is onverwacht overleden, de leerling bleef gisteren thuis. Kan ik dat nog goedkeuren?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 3, dagen: 1 } }],
  ['Ouders vragen 3 dagen vrij voor een festival. Kan dat?', { intents: ['verlof'], facts: { omstandigheid: 'vakantie', dagen: 3 } }],
  ['Kleuter van 5 wil de ouders 3 dagen per week thuishouden, in totaal 15 uur. Mag dat?', { intents: ['verlof'], facts: { soort: 'jonger-dan-6', urenPerWeek: 15 } }],
  ['De broer van de leerling trouwt in Maastricht, wij wonen in Kampen. Ouders vragen 2 dagen verlof. Kan dat?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', graad: 2, dagen: 2, buitenWoonplaats: true }, absent: ['buitenland'] }],
  ['Tante trouwt hier in de buurt; ouders vragen 1 dag verlof. Mag dat?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', buitenWoonplaats: false } }],
  // vervangende leerplicht, leerplicht dates in other word orders
  ['Mag een leerling van 15 deels bij een bakker werken in plaats van naar school?', { intents: ['vrijstelling'], facts: { soort: 'vervangende-leerplicht', leeftijd: 15 } }],
  ['Zoon wordt 5 op 12 maart 2027. Is hij op 1 april 2027 leerplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2022-03-12', peildatum: '2027-04-01' } }],
  ['Dochter geboren 4 juli 2009 heeft haar havo-diploma. Moet ze op 1 november 2026 nog naar school?', { intents: ['leerplicht'], facts: { startkwalificatie: true, peildatum: '2026-11-01' } }],
];

describe('understand: how the field phrases it', () => {
  it.each(cases)('%s', (q, c) => {
    check(q, c);
  });
});
