import { describe, it } from 'vitest';
import { check, type Case } from './expect.js';

// Own wordings: other phrasings, typos, lower case, abbreviations and negations of the facts the dev set uses.
// TODAY is Sunday 2026-11-22.

const cases: Array<[string, Case]> = [
  // ages
  ['Leerling van 15, havo 3, sinds de herfstvakantie 20 uur gespijbeld, wat moet ik doen?', { intents: ['melding'], facts: { leeftijd: 15, onderwijssoort: 'vo', ongeoorloofdeUren: 20, soortVerzuim: 'ongeoorloofd' } }],
  ['een leerling van 8 is 3 dagen zonder geldige reden afwezig geweest. moeten we melden?', { intents: ['melding'], facts: { leeftijd: 8, verzuimDagen: 3, soortVerzuim: 'ongeoorloofd' } }],
  ['Onze 24-jarige student (bol) is 6 weken niet meer op school geweest. Melden bij DUO?', { intents: ['melding'], facts: { leeftijd: 24, onderwijssoort: 'mbo', aaneengeslotenWekenAfwezig: 6 } }],
  ['Student 18+, mbo-2 bol, geen startkwalificatie, 5 weken aaneengesloten afwezig. Moeten we dit melden?', { intents: ['melding'], facts: { leeftijd: 18, startkwalificatie: false, aaneengeslotenWekenAfwezig: 5 } }],
  ['Zoon (13 jr) uit 1 havo heeft 17 lesuur gemist zonder geldige reden, moet ik melden?', { intents: ['melding'], facts: { leeftijd: 13, ongeoorloofdeUren: 17 } }],
  ['Dochter van vijftien jaar heeft drie keer gespijbeld. Moeten we dat bij DUO melden?', { intents: ['melding'], facts: { leeftijd: 15, keerOngeoorloofd: 3 } }],
  ['Een vijfjarige uit groep 2: ouders willen hem op vrijdag thuishouden, 4 uur per week. Mag dat?', { intents: ['verlof'], facts: { leeftijd: 5, soort: 'jonger-dan-6', urenPerWeek: 4 } }],
  ['Hij is vorige maand 16 geworden (geboren 3 oktober 2010). Is hij nog leerplichtig?', { intents: ['leerplicht'], facts: { leeftijd: 16, geboortedatum: '2010-10-03' } }],
  ['Al twee jaar in behandeling bij een psycholoog, het gaat om een meisje van 12.', { facts: { leeftijd: 12 } }],
  ['Boven de 23 hoefden we niets te melden. Nu tot 27?', { intents: [], absent: ['leeftijd'] }],
  ['Halt is voor jongeren van 12 jaar en ouder, toch?', { absent: ['leeftijd'] }],
  // follow-up answers in a conversation
  ['hij is 16', { intents: [], facts: { leeftijd: 16 } }],
  ['Ze is inmiddels zeventien jaar oud.', { facts: { leeftijd: 17 } }],
  ['Hij is 16 weken afwezig', { absent: ['leeftijd'], facts: { aaneengeslotenWekenAfwezig: 16 } }],
  ['ja, de moeder heeft voor schooltijd gebeld om haar ziek te melden', { facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true } }],
  ['nee, hij heeft geen startkwalificatie', { facts: { startkwalificatie: false } }],
  ['Het is de eerste keer en het gaat om één dag.', { facts: { eersteKeer: true, verzuimDagen: 1 } }],
  // dates
  ['geboren 3 maart 2011, vandaag is het 27 januari 2026. Leerplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2011-03-03', peildatum: '2026-01-27' } }],
  ['Geb. 03-03-2011. Tot wanneer is zij kwalificatieplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2011-03-03' } }],
  ['Geboren op 2011-03-03; peildatum 1 aug 2027. Is hij leerplichtig of kwalificatieplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2011-03-03', peildatum: '2027-08-01' } }],
  ['Geboren op 31 februari 2011. Is ze leerplichtig?', { intents: ['leerplicht'], absent: ['geboortedatum'] }],
  ['Geboren 5 mei 2019. Is ze vandaag leerplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2019-05-05', peildatum: '2026-11-22' } }],
  ['Hij wordt op 2 juni 2027 zes. Vanaf welke dag is hij leerplichtig?', { intents: ['leerplicht'], facts: { geboortedatum: '2021-06-02' } }],
  ['Ouders melden dat hun zoon volgende week dinsdag thuisblijft voor het Offerfeest. Moet ik toestemming geven?', { intents: ['verlof'], facts: { soort: 'religieus', startdatum: '2026-11-24' } }],
  ['Ouders hebben vandaag laten weten dat hun dochter aanstaande vrijdag Divali viert en thuisblijft. Mag ik dat weigeren?', { intents: ['verlof'], facts: { soort: 'religieus', startdatum: '2026-11-27', dagenVooraf: 5, kennisgevingTijdig: true } }],
  ['Een leerling van 14, wat geldt er nu (maart 2026) voor 18 uur gespijbeld? Melden?', { intents: ['melding'], facts: { peildatum: '2026-03-01', ongeoorloofdeUren: 18 } }],
  // hours and counts
  ['Leerling groep 6 heeft 15 klokuren ongeoorloofd verzuimd in 4 weken. Moeten we melden?', { intents: ['melding'], facts: { onderwijssoort: 'po', ongeoorloofdeUren: 15 } }],
  ['Is 16 uur in 4 weken de grens voor een melding?', { intents: [], absent: ['ongeoorloofdeUren'] }],
  ['Hij zit op 10 uur, nog lang geen 16 uur gespijbeld. Moet ik al melden?', { facts: { ongeoorloofdeUren: 10 } }],
  ['Leerling 3 vwo kwam drie keer te laat deze week. Melding nodig?', { intents: ['melding'], facts: { keerTeLaat: 3, soortVerzuim: 'te-laat' } }],
  ['brugklasser 12x te laat, wat moeten we doen', { intents: ['melding'], facts: { keerTeLaat: 12, onderwijssoort: 'vo' } }],
  ['Leerling is voor de derde keer ziekgemeld binnen 12 schoolweken. Moeten we iets melden?', { intents: ['melding'], facts: { ziekmeldingenIn12Weken: 3, soortVerzuim: 'ziek' } }],
  ['Voor de 4e keer ziekgemeld binnen 20 weken, melden?', { absent: ['ziekmeldingenIn12Weken'] }],
  ['Leerling havo 4 is twee keer niet bij de jeugdarts verschenen. Wat is de volgende stap?', { intents: ['melding'], facts: { mazlNietVerschenen: 2 } }],
  ['week 1: 4 uur, week 2: 4 uur, week 3: 4 uur, week 4: 2 uur, week 5: 6 uur ongeoorloofd afwezig. Leerling 2 havo. Moet ik melden?', { intents: ['melding'], facts: { ongeoorloofdeUren: 16 } }],
  ['Week 1: 6 uur weg, week 2 was kerstvakantie, week 3 was kerstvakantie, week 4: 5 uur, week 5: 5 uur. Leerling uit 4 vmbo. melden?', { intents: ['melding'], facts: { ongeoorloofdeUren: 16 } }],
  ['leerling van 16 heeft 2,5 uur gespijbeld, melden?', { intents: ['melding'], facts: { ongeoorloofdeUren: 2.5 } }],
  ['De leerling zit in groep 8, is 12 jaar en heeft 40 uur gemist door ziekte. Moeten we melden?', { intents: ['melding'], facts: { soortVerzuim: 'ziek' }, absent: ['ongeoorloofdeUren'] }],
  ['Leerling heeft 3 keer gespijbeld en 5 keer te laat gekomen. Melden?', { intents: ['melding'], facts: { keerOngeoorloofd: 3, keerTeLaat: 5 } }],
  // periods
  ['Leerling (14) is al 5 weken thuis zonder geldige reden. Wat moeten we melden?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 5, leeftijd: 14 } }],
  ['In de afgelopen 4 weken is hij vaak weg geweest. Leerling van 12, melden?', { absent: ['aaneengeslotenWekenAfwezig'] }],
  ['Sinds 3 weken niet meer op school verschenen, leerling vmbo van 15. Moeten we dit melden?', { intents: ['melding'], facts: { aaneengeslotenWekenAfwezig: 3 } }],
  // school types
  ['Leerling uit 3 havo, 20 uur gespijbeld. Melden?', { facts: { onderwijssoort: 'vo' } }],
  ['Student mbo niveau 2 (17), 16 uur ongeoorloofd gemist. Melden bij DUO?', { facts: { onderwijssoort: 'mbo', leeftijd: 17 } }],
  ['Leerling van het praktijkonderwijs (15) heeft 16 uur ongeoorloofd gemist. Melden?', { facts: { onderwijssoort: 'pro' } }],
  ['Een vso-leerling van 14 heeft 16 lesuren gespijbeld, moeten we melden?', { facts: { onderwijssoort: 'vso' } }],
  ['Vavo-cursist van 19 is 4 weken aaneengesloten afwezig. Melden?', { facts: { onderwijssoort: 'vavo', leeftijd: 19 } }],
  ['Wij zijn een basisschool; groep 7, 20 klokuren gespijbeld. Wat moeten we doen?', { intents: ['melding'], facts: { persona: 'school', onderwijssoort: 'po' } }],
  // enrolment and diplomas
  ['Jongen van 16 staat nergens ingeschreven. Moet de school dit melden?', { intents: ['melding'], facts: { ingeschreven: false, leeftijd: 16 } }],
  ['Student van 19 heeft geen startkwalificatie en is 4 weken afwezig. Moeten we melden bij DUO?', { facts: { startkwalificatie: false } }],
  ['Ze heeft haar havo-diploma gehaald, geboren 1 mei 2008. Is ze nog kwalificatieplichtig?', { intents: ['leerplicht'], facts: { startkwalificatie: true } }],
  ['Hij heeft alleen een vmbo-diploma, geboren 1 januari 2009. Tot wanneer is hij kwalificatieplichtig?', { intents: ['leerplicht'], facts: { startkwalificatie: false } }],
  ['Geboren 4 april 2009, heeft het pro-diploma. Geldt de kwalificatieplicht nog?', { intents: ['leerplicht'], facts: { diplomaPraktijkonderwijs: true } }],
  // sick, doubts, worries, holidays
  ['Moeder belde voor schooltijd om haar zoon (groep 5) ziek te melden. Moeten we DUO inlichten?', { intents: ['melding'], facts: { soortVerzuim: 'ziek', ziekmeldingTijdig: true } }],
  ['Leerling van 13 ziekgemeld op de eerste dag na de meivakantie, we twijfelen of hij echt ziek is. Melden?', { intents: ['melding'], facts: { rondVakantie: true, twijfelAanZiekmelding: true } }],
  ['Leerling 2 vmbo vaak ziek; we hebben geen reden om aan de ziekmelding te twijfelen. Moeten we melden?', { facts: { twijfelAanZiekmelding: false } }],
  ['We maken ons zorgen over de thuissituatie van een leerling van 11 die vaak ziek is. Kan ik dit melden?', { intents: ['melding'], facts: { zorgen: true } }],
  ['Leerling van 9 was de laatste 2 dagen voor de kerstvakantie afwezig zonder verlof, ouders zijn toch op vakantie gegaan. Dit is niet de eerste keer. Wat moet ik doen?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof', rondVakantie: true, eersteKeer: false, verzuimDagen: 2 } }],
  ['Leerling (14) 2 havo is 5 dagen geschorst. Moet dit naar DUO?', { intents: ['melding'], facts: { soortVerzuim: 'schorsing', verzuimDagen: 5 } }],
  ['We hebben met de leerplichtambtenaar afspraken over een spreekuur. Leerling van 13 is 8 keer ongeoorloofd afwezig. Melden?', { intents: ['melding'], facts: { spreekuurAfspraken: true, keerOngeoorloofd: 8 }, absent: ['persona'] }],
  ['Student (20), mbo-1, ontvangt studiefinanciering en is 5 weken aaneengesloten afwezig. Wat moet ik doen richting DUO?', { intents: ['melding'], facts: { studiefinanciering: true } }],
  ['Student (20) krijgt geen studiefinanciering, 5 weken aaneengesloten afwezig. Melden?', { facts: { studiefinanciering: false } }],
  // leave
  ['De oma van een leerling (10) overlijdt mogelijk; de begrafenis is in Marokko. Ouders vragen 5 schooldagen verlof. Mag ik dat toekennen?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 2, buitenland: true, dagen: 5, soort: 'gewichtige-omstandigheden' } }],
  ['De oom van onze leerling trouwt in Suriname, ze willen 10 dagen verlof. Kan ik dat geven?', { intents: ['verlof'], facts: { omstandigheid: 'huwelijk', graad: 3, buitenland: true, dagen: 10 } }],
  ['Het 25-jarig huwelijksjubileum van opa en oma: mag ik één dag verlof geven?', { intents: ['verlof'], facts: { omstandigheid: 'jubileum', graad: 2, dagen: 1 }, absent: ['leeftijd'] }],
  ['De vader van de leerling is overleden. Hoeveel dagen verlof mag ik geven?', { intents: ['verlof'], facts: { omstandigheid: 'overlijden', graad: 1 } }],
  ['Het gezin verhuist naar een andere stad. Mag ik een dag verlof geven voor de verhuizing?', { intents: ['verlof'], facts: { omstandigheid: 'verhuizing', dagen: 1 } }],
  ['Mag een ouder op wereldreis met een leerplichtig kind?', { intents: ['verlof'], facts: { omstandigheid: 'wereldreis' } }],
  ['Ouders vragen verlof voor carnaval, twee dagen. Toekennen?', { intents: ['verlof'], facts: { omstandigheid: 'carnaval', dagen: 2 } }],
  ['Onze leerling doet aan topsport en heeft een toernooi in Duitsland. Kan ik verlof geven?', { intents: ['verlof'], facts: { omstandigheid: 'topsport', buitenland: true } }],
  ['Ouders willen een week eerder weg voor de zomervakantie omdat de tickets goedkoper zijn. Toestemming?', { intents: ['verlof'], facts: { omstandigheid: 'goedkope-tickets', dagen: 5 } }],
  ['Moeder heeft een werkgeversverklaring: specifieke aard van het beroep. Ze vragen 10 dagen vakantieverlof. Nog geen verlof gehad dit schooljaar. Mag dat?', { intents: ['verlof'], facts: { soort: 'vakantie-beroep', werkgeversverklaring: true, dagen: 10, eerderVerlofDagen: 0 } }],
  ['Vader heeft geen werkgeversverklaring maar vraagt vakantieverlof vanwege de specifieke aard van zijn beroep. Mag ik dit toekennen?', { intents: ['verlof'], facts: { werkgeversverklaring: false, soort: 'vakantie-beroep' } }],
  ['Kwalificatieplichtige student met twee lesdagen per week vraagt vakantieverlof wegens specifieke aard van het beroep van zijn ouders. Hoeveel dagen?', { intents: ['verlof'], facts: { kwalificatieplichtig: true, lesdagenPerWeek: 2 } }],
  ['Ouders vragen 12 weken van tevoren verlof aan voor een bruiloft van de broer van de vader in Turkije, 4 schooldagen.', { intents: ['verlof'], facts: { dagenVooraf: 84, graad: 3, dagen: 4 } }],
  ['Mag ik een vrijstelling geven op grond van artikel 5 onder a? Er is een verklaring van een onafhankelijke arts.', { intents: ['vrijstelling'], facts: { soort: 'vrijstelling-5a', verklaringOnafhankelijkeDeskundige: true } }],
  ['Het gezin heeft een trekkend bestaan (kermis). Welke vrijstelling geldt?', { intents: ['vrijstelling'], facts: { soort: 'trekkend-bestaan' } }],
  ['Kan een leerling van 14 vervangende leerplicht krijgen?', { intents: ['vrijstelling'], facts: { soort: 'vervangende-leerplicht', leeftijd: 14 } }],
  // persona and region
  ['Ik ben leerplichtambtenaar in IJssel-Vecht. Leerling van 15 heeft 20 uur gespijbeld. Wat is mijn vervolgstap?', { intents: ['melding'], facts: { persona: 'leerplichtambtenaar', regio: 'ijssel-vecht' } }],
  ['Als helpdesk krijgen we de vraag of een leerling van 14 met 16 uur gespijbeld gemeld moet worden.', { intents: ['melding'], facts: { persona: 'helpdesk' } }],
  ['IJSSELVECHT regio: wat doen we bij 10 keer te laat, leerling van 12? melden?', { intents: ['melding'], facts: { regio: 'ijssel-vecht', keerTeLaat: 10 } }],
  // typos and lowercase
  ['leerlign van 14 heeft 18 uur ongeorloofd gemist, moet ik meldn bij duo?', { intents: ['melding'], facts: { ongeoorloofdeUren: 18, soortVerzuim: 'ongeoorloofd' } }],
  ['HAVO 3 LEERLING (15 JAAR) 17 LESUREN GESPIJBELD. MELDEN?', { intents: ['melding'], facts: { leeftijd: 15, ongeoorloofdeUren: 17, onderwijssoort: 'vo' } }],
  // multi-intent
  ['Leerling geboren 1 februari 2010 heeft 20 uur gespijbeld. Moet ik melden, en is hij nog leerplichtig?', { intents: ['melding', 'leerplicht'], facts: { geboortedatum: '2010-02-01', ongeoorloofdeUren: 20 } }],
  ['Ouders vroegen verlof voor wintersport, ik heb het afgewezen; ze zijn toch gegaan. Leerling groep 5. Moet ik dit melden?', { intents: ['melding'], facts: { soortVerzuim: 'vakantie-zonder-verlof' } }],
];

describe('understand: own wordings', () => {
  it.each(cases)('%s', (q, c) => {
    check(q, c);
  });
});
