import { read } from './read-question.js';

// Wordings about scope by age and diploma (18-plus, startkwalificatie, leave at 18+, kwalificatieplicht at 16),
// written before the change in h-achttien. `heldOut` wordings are measured before/after only, never tuned against.

export type Expect =
  /** '18-plus verzuim' to the Doorstroompunt, mandatory. */
  | 'achttienplus'
  /** Decided: no statutory report (startkwalificatie). */
  | 'geen-melding'
  /** Not decided as "nothing to report": the diploma is asked (or the answer stays open on it). */
  | 'vraag-diploma'
  /** Leave at 18+: outside the Leerplichtwet, never 'luxe verzuim'. */
  | 'verlof-buiten-lpw'
  /** A report question about a trip at 18+: never a mandatory 'luxe verzuim'. */
  | 'geen-luxe'
  /** The premise "16, so no longer leerplichtig / free to work" is corrected. */
  | 'kwalificatieplicht';

export interface ScopeCase {
  q: string;
  expect: Expect;
  heldOut?: true;
}

export const SCOPE_CASES: ScopeCase[] = [
  // Class 1: 18 in vo, no startkwalificatie implied by the class, absent for more than 4 weeks.
  { q: 'Een leerling van 18 uit 5 havo is al 5 weken niet op school geweest zonder geldige reden. Wat moeten we doen?', expect: 'achttienplus' },
  { q: 'Leerling 4 vmbo, 18 jaar, al zes weken ongeoorloofd afwezig. Moet ik iets melden?', expect: 'achttienplus' },
  { q: 'Onze leerling in 5 havo is net 18 geworden en komt al sinds vijf weken niet meer. Hij is meerderjarig, dus we hoeven niets te melden, klopt dat?', expect: 'achttienplus' },
  { q: 'Klopt het dat we een 18-jarige leerling uit 4 vmbo-t die al 6 weken spijbelt niet hoeven te melden omdat hij niet meer leerplichtig is?', expect: 'achttienplus' },
  { q: 'Een 18-jarige leerling in havo 5 is al een maand en een week zonder reden weg. Moeten we dat bij DUO melden?', expect: 'achttienplus' },
  { q: 'Leerling (18) uit 4 vmbo-k is sinds 7 weken niet meer op school verschenen, zonder geldige reden. Is er een meldplicht?', expect: 'achttienplus' },
  { q: 'Mijn zoon van 18 zit in 5 havo en gaat al 5 weken niet naar school. Moet de school dat ergens melden?', expect: 'achttienplus' },
  { q: 'Een leerling van 18 in 4 vmbo-b is al vijf weken niet op school. Geen geldige reden. Hij is volwassen, het is toch zijn eigen keuze?', expect: 'achttienplus', heldOut: true },
  { q: 'Beste, een leerling uit 5 havo, 18 jaar oud, is al 6 weken afwezig zonder bericht. Moeten wij dit doorgeven?', expect: 'achttienplus', heldOut: true },
  { q: 'Hoi! Vraagje: onze 18-jarige leerling in 3 vmbo-gt verzuimt al 5 weken ongeoorloofd. Wat moet ik doen?', expect: 'achttienplus', heldOut: true },
  { q: 'Een leerling van 19 uit 4 havo is al zes weken niet meer geweest. Er is geen geldige reden. Moeten we melden?', expect: 'achttienplus', heldOut: true },
  { q: 'Een leerling die net 18 is geworden, zit in 4 vmbo en komt al 5 weken niet meer opdagen. Hoeft dat niet gemeld te worden?', expect: 'achttienplus', heldOut: true },
  { q: 'Leerling 5 vwo, 18 jaar, al 6 weken ongeoorloofd weg. Melden?', expect: 'achttienplus', heldOut: true },
  // 5/6 vwo may hold a havo diploma: ask or decide only when both values agree.
  { q: 'Een leerling van 18 in 6 vwo is al vijf weken zonder geldige reden afwezig. Moeten we dat melden?', expect: 'vraag-diploma' },
  { q: 'Leerling 6 vwo, 19 jaar, komt al 6 weken niet. Moet ik iets doorgeven aan DUO?', expect: 'vraag-diploma', heldOut: true },

  // Class 2: with a startkwalificatie, no statutory report.
  { q: 'Een student van 19 met een mbo niveau 2 diploma is al 5 weken niet op school geweest. Moeten we dit melden?', expect: 'geen-melding' },
  { q: 'Een leerling van 18 heeft zijn havodiploma al en volgt nu vwo, maar is al zes weken afwezig zonder reden. Moet dat gemeld worden?', expect: 'geen-melding' },
  { q: 'Student, 20 jaar, heeft een vwo-diploma en is al een maand niet op de opleiding verschenen. Is er een meldplicht?', expect: 'geen-melding' },
  { q: 'Een mbo-student van 21 met een startkwalificatie spijbelt al 6 weken. Moeten we DUO inlichten?', expect: 'geen-melding' },
  { q: 'Een 17-jarige met een havodiploma die nu mbo doet, is al 5 weken niet geweest. Moeten we dat melden bij leerplicht?', expect: 'geen-melding' },
  { q: 'Onze student (18) heeft al een diploma mbo niveau 3 en is nu 20 uur afwezig in 4 weken. Moeten we dit melden?', expect: 'geen-melding' },
  { q: 'Een cursist van 22 heeft zijn havodiploma en komt al 5 weken niet. Melden bij het Doorstroompunt?', expect: 'geen-melding', heldOut: true },
  { q: 'Beste helpdesk, een student van 19 met mbo-2 diploma verzuimt al 7 weken zonder reden. Wat is onze plicht?', expect: 'geen-melding', heldOut: true },
  { q: 'Een student van 18 die zijn vwo-diploma heeft gehaald, is al zes weken niet verschenen. Moet de school melden?', expect: 'geen-melding', heldOut: true },
  { q: 'Een 20-jarige student met een startkwalificatie heeft 30 uur gespijbeld in 3 weken. Moet dit naar DUO?', expect: 'geen-melding', heldOut: true },

  // Class 3: leave at 18+.
  { q: 'Een leerling van 18 in 5 havo wil een week eerder op vakantie. Wie beslist over het verlof?', expect: 'verlof-buiten-lpw' },
  { q: 'Mag een 18-jarige leerling uit 4 vmbo drie dagen verlof krijgen voor een bruiloft in Marokko?', expect: 'verlof-buiten-lpw' },
  { q: 'Een student van 19 vraagt 2 weken extra vakantieverlof. Moet de leerplichtambtenaar toestemming geven?', expect: 'verlof-buiten-lpw' },
  { q: 'Onze leerling is net 18 geworden en vraagt verlof voor de bruiloft van zijn zus. Valt dat onder artikel 14 van de Leerplichtwet?', expect: 'verlof-buiten-lpw' },
  { q: 'Een leerling van 18 is een week eerder op vakantie gegaan zonder verlof. Moeten we luxe verzuim melden?', expect: 'geen-luxe' },
  { q: 'Een 19-jarige mbo-student wil 3 weken naar Suriname buiten de schoolvakantie. Kan de directeur verlof geven?', expect: 'verlof-buiten-lpw', heldOut: true },
  { q: 'Hallo, mijn dochter is 18 en zit in 6 vwo. Ze wil twee dagen vrij voor een familiefeest. Moet ik dat bij de leerplichtambtenaar aanvragen?', expect: 'verlof-buiten-lpw', heldOut: true },
  { q: 'Een leerling van 18 ging zonder verlof een week eerder op vakantie. Is dat luxe verzuim dat we moeten melden?', expect: 'geen-luxe', heldOut: true },
  { q: 'Een student van 20 wil verlof voor een begrafenis in Turkije van 5 dagen. Wie beslist?', expect: 'verlof-buiten-lpw', heldOut: true },

  // Class 4: "16, so no longer leerplichtig / free to work".
  { q: 'Mijn zoon is 16 dus hij is niet meer leerplichtig en mag fulltime gaan werken, toch?', expect: 'kwalificatieplicht' },
  { q: 'Klopt het dat een jongere van 16 niet meer naar school hoeft?', expect: 'kwalificatieplicht' },
  { q: 'Hij is 16 geworden, dus de leerplicht is voorbij en hij mag stoppen met school. Klopt dat?', expect: 'kwalificatieplicht' },
  { q: 'Mijn dochter van 16 wil stoppen met school en gaan werken. Dat mag toch, ze is niet meer leerplichtig?', expect: 'kwalificatieplicht', heldOut: true },
  { q: 'Een leerling van 16 zonder diploma zegt dat hij niet meer leerplichtig is en vrij is om te werken. Heeft hij gelijk?', expect: 'kwalificatieplicht', heldOut: true },
  { q: 'Is een 17-jarige zonder startkwalificatie nog leerplichtig of mag hij gaan werken?', expect: 'kwalificatieplicht', heldOut: true },
];

/** Whether the answer to a case meets its expectation (the probe and the tests share it). */
export function passes(c: ScopeCase): boolean {
  const r = read(c.q);
  const d = r.decision;
  const lead = r.lead;
  switch (c.expect) {
    case 'achttienplus':
      return d?.type === 'melding' && d.melding === '18-plus-verzuim' && !/^Ja, dat klopt/.test(lead) && !/niet verplicht/.test(lead);
    case 'geen-melding':
      return d?.type === 'melding' && d.melding === 'geen-melding';
    case 'vraag-diploma':
      return d?.type === 'melding' && d.melding !== 'geen-melding' && (d.melding === '18-plus-verzuim' ? false : (r.followUp ?? []).includes('startkwalificatie'));
    case 'verlof-buiten-lpw':
      return /Leerplichtwet gelden niet|Leerplichtwet geldt niet/.test(lead) && !/luxe verzuim/i.test(lead);
    case 'geen-luxe':
      return !(d?.type === 'melding' && d.melding === 'luxe-verzuim') && !/luxe verzuim:? .*meld/i.test(lead) && /18/.test(lead + (d?.steps ?? []).join(' '));
    case 'kwalificatieplicht':
      return !/^Ja\b/.test(lead) && /kwalificatieplicht/.test(lead);
  }
}

