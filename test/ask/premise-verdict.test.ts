import { describe, expect, it } from 'vitest';
import { questionShape } from '../../server/ask/question-form.js';
import { yesNo } from '../../server/ask/verdict.js';
import type { Decision } from '../../server/ask/types.js';
import { decide } from '../../server/ask/decide.js';

// The opening word must confirm or correct the claim itself (not "klopt dat?"), and an either-or question gets the
// chosen option rather than "Ja"/"Nee". CheckList: minimum functionality, invariance over who claims it, direction.

const melding: Decision = { type: 'melding', melding: '16-uur-in-4-weken', legalBasis: [], steps: [] };
const religieus: Decision = { type: 'verlof', toegestaan: 'afhankelijk', beslisser: 'niemand', legalBasis: [], steps: [] };
const directeur: Decision = { type: 'verlof', toegestaan: 'afhankelijk', beslisser: 'directeur', legalBasis: [], steps: [] };
const kwalificatieplicht: Decision = { type: 'leerplicht', status: 'kwalificatieplicht', legalBasis: [], steps: [] };

const verdict = (d: Decision, q: string, headline = '') => yesNo(d, headline, q, questionShape(q));

describe('premise: the claim is read without its reporting frame', () => {
  it('keeps the claim of the sentence before "klopt dat?"', () => {
    expect(questionShape('Een ouder zegt dat de school eerst toestemming nodig heeft. Klopt dat?').claim).toMatch(/^de school eerst toestemming nodig heeft/);
  });
  it.each(['Mijn collega beweert', 'Een leraar zegt', 'De ouders stellen', 'Onze teamleider denkt'])('invariance over who claims: %s …', (who) => {
    const q = `${who} dat je pas mag melden als de ouders ermee instemmen. Klopt dat?`;
    expect(verdict(melding, q)).toBe('Nee');
  });
  it('"heeft hij gelijk?" is a premise too', () => {
    expect(questionShape('Een directeur denkt dat hij alleen met instemming van de ouders mag melden. Heeft hij gelijk?').premise).toBe(true);
  });
});

describe('premise: consent for a report', () => {
  it.each([
    ['Een ouder zegt dat de school voor deze melding toestemming van de ouders nodig heeft. Klopt dat?', 'Nee'],
    ['Mijn collega zegt dat we alleen met instemming van de ouders mogen melden. Klopt dat?', 'Nee'],
    ['Mijn collega zegt dat we geen toestemming van de ouders nodig hebben om te melden. Klopt dat?', 'Ja'],
    ['Een ouder zegt dat de school niet hoeft te wachten op toestemming van de ouders. Klopt dat?', 'Ja'],
  ])('direction: %s → %s', (q, want) => {
    expect(verdict(melding, q)).toBe(want);
  });
});

describe('premise: a claim that no permission is needed', () => {
  it.each([
    ['Een moeder zegt dat voor het Offerfeest geen toestemming nodig is, alleen een kennisgeving vooraf. Klopt dat?', religieus, 'Ja'],
    ['Een vader zegt dat voor de bruiloft van zijn broer geen toestemming nodig is. Klopt dat?', directeur, 'Nee'],
  ])('%s', (q, d, want) => {
    expect(verdict(d, q)).toBe(want);
  });
});

describe('premise: the status claim is the claim, not the question mark', () => {
  it.each([
    ['Een leraar zegt dat een jongere van 17 zonder startkwalificatie niet meer kwalificatieplichtig is. Klopt dat?', 'Nee'],
    ['Een leraar zegt dat een jongere van 17 zonder startkwalificatie nog kwalificatieplichtig is. Klopt dat?', 'Ja'],
  ])('%s → %s', (q, want) => {
    expect(verdict(kwalificatieplicht, q)).toBe(want);
  });
});

describe('either-or questions get the chosen option, not Ja/Nee', () => {
  it.each([
    'Moeten we dit bij DUO melden of eerst zelf met de ouders praten?',
    'Moeten we dit als luxe verzuim of als overig verzuim melden?',
    'Mogen we hem uitschrijven of moeten we eerst een nieuwe school afwachten?',
  ])('%s', (q) => {
    expect(questionShape(q).form).toBe('keuze');
    expect(verdict(melding, q)).toBeUndefined();
  });
  it.each(['Moeten we dit melden of niet?', 'Mogen we dit melden?', 'Moet ik de ouders vragen of ze een verklaring hebben?', 'Mag ik nagaan of hij ergens anders staat ingeschreven?'])('direction: %s stays yes/no', (q) => {
    expect(questionShape(q).form).toBe('ja-nee');
  });
});

describe('an exemption by notice (art. 5 onder a, b, c) is not decided by the leerplichtambtenaar', () => {
  it.each(['vrijstelling-5a', 'vrijstelling-5b', 'vrijstelling-5c'])('%s: the lead says how it arises, not who decides', (soort) => {
    const outcome = decide(['vrijstelling'], { soort, leeftijd: 7 }, { persona: 'school', today: '2026-12-03' })!;
    expect(outcome.headline.text).toMatch(/ontstaat door een tijdige kennisgeving van de ouders/);
    expect(outcome.headline.text).not.toMatch(/leerplichtambtenaar (van de woongemeente )?beslist/);
  });
  it('direction: an exemption of the kwalificatieplicht (art. 15) is decided by B&W', () => {
    const outcome = decide(['vrijstelling'], { soort: 'vrijstelling-kwalificatieplicht', leeftijd: 17 }, { persona: 'school', today: '2026-12-03' })!;
    expect(outcome.headline.text).not.toMatch(/ontstaat door een tijdige kennisgeving/);
  });
});

// The decision says whether the leave can be granted, which report is due, which duty holds. A yes/no question or a
// claim about something else (whether a proof suffices, refusing rather than granting, a kind of absence) must not
// borrow the decision's polarity: that opened answers with "Ja, dat klopt" under claims the body contradicted.
describe('the Ja/Nee judges the proposition asked, not the polarity of the decision', () => {
  const toegestaan: Decision = { type: 'verlof', toegestaan: true, beslisser: 'directeur', legalBasis: [], steps: [] };
  const geweigerd: Decision = { type: 'verlof', toegestaan: false, beslisser: 'directeur', legalBasis: [], steps: [] };
  const vrijstelling: Decision = { type: 'vrijstelling', toegestaan: 'afhankelijk', beslisser: 'niemand', legalBasis: [], steps: [] };
  it.each([
    'Een moeder zegt dat een brief van de eigen psycholoog van haar zoon genoeg is voor de vrijstelling. Klopt dat?',
    'Is een verklaring van de huisarts voldoende voor een vrijstelling op grond van 5 onder a?',
    'Volstaat een mailtje van de ouders als aanvraag?',
    'Mijn collega zegt dat een kopie van de trouwkaart geldig bewijs is. Klopt dat?',
  ])('minimum functionality: whether a proof suffices is not decided by the leave: %s', (q) => {
    expect(verdict(vrijstelling, q)).toBeUndefined();
    expect(verdict(toegestaan, q)).toBeUndefined();
  });
  it.each([
    ['Mag de directeur dit verlof weigeren?', geweigerd, 'Ja'],
    ['Mag de directeur dit verlof weigeren?', toegestaan, 'Nee'],
    ['Mijn collega zegt dat we deze aanvraag moeten afwijzen. Klopt dat?', geweigerd, 'Ja'],
    ['Kan de school dit verzoek afwijzen?', toegestaan, 'Nee'],
    ['Mag de directeur dit verlof geven?', geweigerd, 'Nee'],
    ['Mag de directeur dit verlof geven?', toegestaan, 'Ja'],
  ])('direction: refusing is the negative of granting: %s', (q, d, want) => {
    expect(verdict(d, q)).toBe(want);
  });
  it.each([
    ['Een collega zegt dat dit gewoon luxe verzuim is. Klopt dat?', { type: 'melding', melding: 'langdurig-relatief-verzuim', legalBasis: [], steps: [] } as Decision, 'Nee'],
    ['De mentor denkt dat het luxe verzuim is. Heeft hij gelijk?', { type: 'melding', melding: 'luxe-verzuim', legalBasis: [], steps: [] } as Decision, 'Ja'],
    ['Is dit langdurig relatief verzuim?', { type: 'melding', melding: 'langdurig-relatief-verzuim', legalBasis: [], steps: [] } as Decision, 'Ja'],
    ['Moeten we dit als 16 uur in 4 weken melden?', { type: 'melding', melding: 'overig-verzuim', legalBasis: [], steps: [] } as Decision, 'Nee'],
  ])('a claim naming the kind of absence is checked against the decided kind: %s', (q, d, want) => {
    expect(verdict(d, q)).toBe(want);
  });
  it.each([
    'Mijn collega zegt dat uren op de stage niet als lestijd tellen. Klopt dat?',
    'Een ouder zegt dat hij niet naar de jeugdarts hoeft. Klopt dat?',
    'Klopt het dat een leerling bij ons zelf mag bellen om zich ziek te melden?',
  ])('invariance: a proposition that is not about the report gets no Ja/Nee from it: %s', (q) => {
    const d: Decision = { type: 'melding', melding: '16-uur-in-4-weken', legalBasis: [], steps: [] };
    // Reporting sick is not a report to DUO: the report's polarity must not answer it either.
    expect(verdict(d, q)).toBeUndefined();
  });
});
