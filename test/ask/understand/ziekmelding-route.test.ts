import { describe, expect, it } from 'vitest';
import { read } from './read-question.js';

// Doubtful, frequent or late sick reports are a question for the melding rule, not for leave (art. 11): a sick report
// that reaches the head more than 2 days after the first sick day makes those days unauthorised (Lpw art. 12); a
// pattern of sick reports is a zorgsignaal the school may report as overig verzuim (not mandatory). The asking clause
// (melden, DUO, registreren) decides the rule family.

const family = (q: string) => read(q).decision?.type;

describe('sick reports go to the melding rule (minimum functionality)', () => {
  const questions = [
    'Een leerling uit 2 havo is vaak ziek rond vakanties. Moeten we dit melden bij DUO?',
    'De vader belde pas donderdag dat zijn zoon maandag en dinsdag ziek was. Moet ik die dagen als ongeoorloofd laten staan en naar DUO?',
    'Moeder meldt haar dochter (13) steeds op maandag ziek, vaak na een lang weekend. Kunnen we dit als verzuim melden?',
    'Een ouder belt vrijdag dat haar kind de hele week ziek was. Mag ik die dagen nog als geoorloofd registreren?',
    'Onze leerling van 14 is de laatste maanden opvallend vaak ziek gemeld, we twijfelen aan die ziekmeldingen. Wat moeten we doen, melden bij leerplicht?',
    'Een leerling was woensdag en donderdag afwezig, pas de week erna kwam een ziekmelding van moeder. Moet dit gemeld worden?',
    'Hij meldt zich elke keer ziek vlak voor een toetsweek. Moet de school dit registreren als ongeoorloofd verzuim?',
    'Leerling (15) is vaak ziek rond de kerstvakantie en de meivakantie. Is dit meldplichtig?',
    'Ouders melden hun zoon achteraf ziek voor drie dagen rond de voorjaarsvakantie. Moeten we dit bij DUO melden als luxe verzuim?',
  ];
  it.each(questions)('%s', (q) => expect(family(q)).toBe('melding'));
});

describe('a sick report after more than 2 days is late (art. 12)', () => {
  const late = [
    'De vader belde pas donderdag dat zijn zoon maandag en dinsdag ziek was. Moet ik die dagen als ongeoorloofd laten staan en naar DUO?',
    'Vader belde pas op donderdag om te zeggen dat zijn dochter maandag ziek was. Telt dat als ongeoorloofd?',
    'Een leerling van 12 was dinsdag ziek, moeder meldde dat pas vrijdag. Moet ik dit melden?',
    'Een leerling was woensdag en donderdag afwezig, pas de week erna kwam een ziekmelding van moeder. Moet dit gemeld worden?',
    'Ouders melden hun zoon achteraf ziek voor drie dagen. Moeten we dit bij DUO melden?',
  ];
  it.each(late)('%s', (q) => {
    const r = read(q);
    expect(r.facts.ziekmeldingTijdig).toBe(false);
    expect(r.decision?.type === 'melding' && r.decision.melding).not.toBe('geen-melding');
  });
  // Direction: the same story with a notice within 2 days stays geoorloofd.
  it.each([
    'De ouders belden woensdag dat hun zoon maandag ziek was. Moeten we dit naar DUO sturen?',
    'Moeder belde dinsdag dat haar dochter maandag ziek was. Moet ik dit melden?',
  ])('in time: %s', (q) => {
    const r = read(q);
    expect(r.facts.ziekmeldingTijdig).not.toBe(false);
  });
});

describe('a pattern of sick reports: overig verzuim possible, not mandatory', () => {
  const pattern = [
    'Een leerling uit 2 havo is vaak ziek rond vakanties. Moeten we dit melden bij DUO?',
    'Leerling (15) is vaak ziek rond de kerstvakantie en de meivakantie. Is dit meldplichtig?',
    'Moeder meldt haar dochter (13) steeds op maandag ziek, vaak na een lang weekend. Kunnen we dit als verzuim melden?',
    'Hij meldt zich elke keer ziek vlak voor een toetsweek. Moet de school dit registreren als ongeoorloofd verzuim?',
    'Onze leerling (14) is regelmatig ziek op vrijdag. Moeten we dit bij leerplicht melden?',
  ];
  it.each(pattern)('%s', (q) => {
    const d = read(q).decision;
    expect(d?.type === 'melding' && d.melding).toBe('overig-verzuim');
    // "Moet het?" is answered no (not mandatory); "Kunnen we?" may be answered yes.
    if (/\b(?:moet|moeten|meldplichtig)\b/i.test(q)) expect(read(q).lead).not.toMatch(/^Ja\b/);
  });
});
