import { expect } from 'vitest';
import { understand, type Intent, type Understanding } from '../../../server/ask/understand/index.js';

export const TODAY = '2026-11-22';

export interface Case {
  intents?: Intent[];
  /** Facts that must be present with exactly this value (persona and regio included). */
  facts?: Record<string, unknown>;
  /** Facts the text does not state: they must stay undefined. */
  absent?: string[];
}

export function flat(u: Understanding): Record<string, unknown> {
  return { ...u.melding, ...u.verlof, ...u.leerplicht, persona: u.persona, regio: u.regio };
}

export function check(question: string, c: Case): Understanding {
  const u = understand(question, { today: TODAY });
  const f = flat(u);
  if (c.intents) expect(u.intents).toEqual(c.intents);
  for (const [k, v] of Object.entries(c.facts ?? {})) expect(f[k], `fact ${k}`).toEqual(v);
  for (const k of c.absent ?? []) expect(f[k], `fact ${k} should be absent`).toBeUndefined();
  return u;
}

/** Expected understanding of every question in ../shared/eval/dev-set.jsonl, determined by reading each question. */
export const devExpected: Record<string, Case> = {
  'dev-melding-16-uur-precies': {
    intents: ['melding'],
    facts: { leeftijd: 14, onderwijssoort: 'vo', ongeoorloofdeUren: 16, soortVerzuim: 'ongeoorloofd' },
    absent: ['aaneengeslotenWekenAfwezig', 'persona'],
  },
  'dev-melding-15-klokuren-po': {
    intents: ['melding'],
    facts: { persona: 'school', leeftijd: 10, onderwijssoort: 'po', ongeoorloofdeUren: 15, soortVerzuim: 'ongeoorloofd' },
    absent: ['aaneengeslotenWekenAfwezig'],
  },
  'dev-melding-vakantie-in-venster': {
    intents: ['melding'],
    facts: { leeftijd: 13, onderwijssoort: 'vo', ongeoorloofdeUren: 16 },
    absent: ['aaneengeslotenWekenAfwezig'],
  },
  'dev-melding-lrv-thuiszitter-ijssel-vecht': {
    intents: ['melding'],
    facts: { persona: 'school', regio: 'ijssel-vecht', leeftijd: 15, onderwijssoort: 'vo', aaneengeslotenWekenAfwezig: 6, soortVerzuim: 'ongeoorloofd' },
    absent: ['ongeoorloofdeUren'],
  },
  'dev-melding-luxe-wintersport': {
    intents: ['melding'],
    facts: { persona: 'school', onderwijssoort: 'po', soortVerzuim: 'vakantie-zonder-verlof', rondVakantie: true, verzuimDagen: 3 },
  },
  'dev-melding-luxe-ziekmelding-laatste-schooldag': {
    intents: ['melding'],
    facts: { persona: 'leerplichtambtenaar', regio: 'ijssel-vecht', leeftijd: 8, onderwijssoort: 'po', soortVerzuim: 'ziek', twijfelAanZiekmelding: true, rondVakantie: true, eersteKeer: true, verzuimDagen: 1 },
  },
  'dev-melding-ziek-maar-zorgelijk': {
    intents: ['melding'],
    facts: { leeftijd: 13, onderwijssoort: 'vo', soortVerzuim: 'ziek', twijfelAanZiekmelding: true, zorgen: true },
    absent: ['rondVakantie'],
  },
  'dev-melding-mazl-vierde-ziekmelding': {
    intents: ['melding'],
    facts: { regio: 'ijssel-vecht', onderwijssoort: 'vo', soortVerzuim: 'ziek', ziekmeldingenIn12Weken: 4, twijfelAanZiekmelding: false },
  },
  'dev-melding-mazl-twee-keer-niet-verschenen': {
    intents: ['melding'],
    facts: { regio: 'ijssel-vecht', onderwijssoort: 'vo', mazlNietVerschenen: 2 },
    absent: ['keerOngeoorloofd'],
  },
  'dev-melding-18plus-24-jaar': {
    intents: ['melding'],
    facts: { persona: 'school', leeftijd: 24, onderwijssoort: 'mbo', startkwalificatie: false, aaneengeslotenWekenAfwezig: 5, soortVerzuim: 'ongeoorloofd', peildatum: '2026-03-01' },
  },
  'dev-melding-ziek-correct-gemeld': {
    intents: ['melding'],
    facts: { onderwijssoort: 'po', soortVerzuim: 'ziek', ziekmeldingTijdig: true, aaneengeslotenZiekeDagen: 3 },
  },
  'dev-melding-niet-ingeschreven': {
    intents: ['melding'],
    facts: { persona: 'school', leeftijd: 9, ingeschreven: false },
    absent: ['omstandigheid', 'aaneengeslotenWekenAfwezig'],
  },
  'dev-melding-ijssel-vecht-12-keer-te-laat': {
    intents: ['melding'],
    facts: { regio: 'ijssel-vecht', onderwijssoort: 'vo', soortVerzuim: 'te-laat', keerTeLaat: 12 },
    absent: ['ongeoorloofdeUren', 'keerOngeoorloofd'],
  },
  'dev-melding-ijssel-vecht-10-keer-spreekuur': {
    intents: ['melding'],
    facts: { persona: 'school', regio: 'ijssel-vecht', onderwijssoort: 'vo', keerOngeoorloofd: 10, spreekuurAfspraken: true },
  },
  'dev-melding-schorsing': {
    intents: ['melding'],
    facts: { leeftijd: 14, onderwijssoort: 'vo', soortVerzuim: 'schorsing', verzuimDagen: 3 },
  },
  'dev-melding-mbo-17-jaar-kwalificatieplichtig': {
    intents: ['melding'],
    facts: { persona: 'leerplichtambtenaar', leeftijd: 17, onderwijssoort: 'mbo', startkwalificatie: false, ongeoorloofdeUren: 18, soortVerzuim: 'ongeoorloofd' },
  },
  'dev-verlof-13a-werkgeversverklaring': {
    intents: ['verlof'],
    facts: { persona: 'school', onderwijssoort: 'po', soort: 'vakantie-beroep', dagen: 8, werkgeversverklaring: true, geenVakantieMogelijk: true, eerderVakantieverlofDitSchooljaar: false, dagenVooraf: 70 },
    absent: ['aaneengeslotenWekenAfwezig'],
  },
  'dev-verlof-13a-meer-dan-10-dagen': {
    intents: ['verlof'],
    facts: { soort: 'vakantie-beroep', dagen: 15 },
  },
  'dev-verlof-14-bruiloft-buitenland': {
    intents: ['verlof'],
    facts: { persona: 'school', soort: 'gewichtige-omstandigheden', omstandigheid: 'huwelijk', graad: 3, buitenland: true, dagen: 5, eerderVerlofDagen: 0 },
  },
  'dev-verlof-14-meer-dan-10-dagen': {
    intents: ['verlof'],
    facts: { leeftijd: 11, soort: 'gewichtige-omstandigheden', omstandigheid: 'levensbedreigende-ziekte', graad: 2, buitenland: true, dagen: 15 },
    absent: ['soortVerzuim'],
  },
  'dev-verlof-goedkope-tickets-familiebezoek': {
    intents: ['verlof'],
    facts: { onderwijssoort: 'po', omstandigheid: 'goedkope-tickets', buitenland: true, dagen: 5 },
    absent: ['soort'],
  },
  'dev-verlof-11e-suikerfeest': {
    intents: ['verlof'],
    facts: { persona: 'school', soort: 'religieus', dagenVooraf: 3, aanvraagdatum: '2026-11-22', startdatum: '2026-11-25' },
  },
  'dev-verlof-11a-vijfjarige-uren': {
    intents: ['verlof'],
    facts: { leeftijd: 5, soort: 'jonger-dan-6', urenPerWeek: 8 },
  },
  'dev-verlof-5a-behandelend-psycholoog': {
    intents: ['vrijstelling'],
    facts: { leeftijd: 11, soort: 'vrijstelling-5a', verklaringBehandelaar: true },
    absent: ['verklaringOnafhankelijkeDeskundige', 'omstandigheid'],
  },
  'dev-verlof-5b-kennisgeving-termijn': {
    intents: ['vrijstelling'],
    facts: { soort: 'vrijstelling-5b', geboortedatum: '2021-09-14', eerderIngeschrevenRichting: false },
  },
  'dev-verlof-5c-school-in-belgie': {
    intents: ['vrijstelling'],
    facts: { leeftijd: 9, soort: 'vrijstelling-5c' },
    absent: ['ingeschreven'],
  },
  'dev-verlof-art15-leerplichtige': {
    intents: ['vrijstelling'],
    facts: { leeftijd: 15, onderwijssoort: 'vo', soort: 'vrijstelling-kwalificatieplicht', leerplichtig: true },
  },
  'dev-verlof-13a-bbl-naar-rato': {
    intents: ['verlof'],
    facts: { leeftijd: 17, onderwijssoort: 'mbo', startkwalificatie: false, soort: 'vakantie-beroep', lesdagenPerWeek: 1, kwalificatieplichtig: true },
  },
  'dev-leerplicht-start-na-weekend': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2021-01-20', peildatum: '2026-01-27' },
    absent: ['omstandigheid'],
  },
  'dev-leerplicht-16-jaar-nog-leerplichtig': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2010-03-10', peildatum: '2026-04-15', leeftijd: 16, onderwijssoort: 'vo' },
  },
  'dev-leerplicht-twaalf-volledige-schooljaren': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2010-08-01', peildatum: '2026-09-07', startSchooljaar: 2014, volledigeSchooljaren: 12, startkwalificatie: false },
    absent: ['leeftijd'],
  },
  'dev-leerplicht-basisschool-in-zeven-jaar': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2010-10-12', peildatum: '2026-03-02', startSchooljaar: 2014, basisschoolJaren: 7, onderwijssoort: 'vo' },
  },
  'dev-leerplicht-vmbo-diploma-werkt': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2008-11-22', peildatum: '2026-03-10', startkwalificatie: false, ingeschreven: false, leeftijd: 17 },
    absent: ['onderwijssoort'],
  },
  'dev-leerplicht-havo-diploma-tussenjaar': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2008-03-03', peildatum: '2026-02-01', startkwalificatie: true },
    absent: ['onderwijssoort', 'omstandigheid'],
  },
  'dev-leerplicht-praktijkonderwijs-diploma': {
    intents: ['leerplicht'],
    facts: { geboortedatum: '2009-04-08', peildatum: '2026-01-15', diplomaPraktijkonderwijs: true },
    absent: ['onderwijssoort'],
  },
  'dev-ask-mas-routes': { intents: [], facts: { persona: 'leerplichtambtenaar' } },
  'dev-ask-halt-voorwaarden': { intents: [], facts: { leeftijd: 13, eersteKeer: true } },
  'dev-ask-thuiszitter-definitie': { intents: [] },
  'dev-ask-uitschrijven-emigratie': { intents: [], facts: { leeftijd: 12, uitschrijvingZonderBewijs: true } },
  'dev-ask-18plus-studiefinanciering-formulier': {
    intents: ['melding'],
    facts: { leeftijd: 19, onderwijssoort: 'mbo', startkwalificatie: false, studiefinanciering: true, aaneengeslotenWekenAfwezig: 5, soortVerzuim: 'ongeoorloofd' },
  },
  'dev-ask-inhoud-duo-melding': { intents: [] },
  'dev-ask-bestuurlijke-boete-schoolleider': { intents: [], facts: { persona: 'school' } },
  'dev-ask-mazl-rollen': { intents: [], facts: { persona: 'school', regio: 'ijssel-vecht', onderwijssoort: 'vo' } },
  'dev-ask-veilig-thuis-niet-bij-verzuim': { intents: [], facts: { leeftijd: 10 } },
  'dev-ask-onderwijstijd-maatwerk': { intents: [], facts: { leeftijd: 13, onderwijssoort: 'vo' }, absent: ['omstandigheid'] },
};
