import { describe, expect, it } from 'vitest';
import { read } from './read-question.js';

// Absence told as clock spans on several days is summed exactly; "kwart over acht", "half drie" are clock times (an
// end before the start on the 12-hour clock is afternoon); hours a day "sinds <datum>" count the school days since
// then (up to yesterday, at most the 4 lesweken of the window). TODAY is Sunday 22 November 2026.

const uren = (q: string) => read(q).facts.ongeoorloofdeUren;

describe('clock spans on several days add up (minimum functionality)', () => {
  it.each<[string, number]>([
    ['Een leerling van 14 was maandag van 8.30 tot 12.00 en dinsdag van 10.15 tot 15.00 afwezig zonder reden. Moeten we melden?', 8.25],
    ['Onze leerling (15) heeft drie middagen van 12.30 tot 15.15 gespijbeld. Moet dit naar DUO?', 8.25],
    ['Een leerling van 13 was woensdag van kwart over acht tot half drie ongeoorloofd afwezig. Welke melding?', 6.25],
    ['Leerling (14) spijbelde maandag van 8:30 tot 15:00, dinsdag van 8:30 tot 12:30 en donderdag van 9.00 tot 14.00. Moeten we dit melden?', 15.5],
    ['Een leerling van 12 was vier ochtenden van half negen tot kwart over twaalf niet op school zonder geldige reden. Melden?', 15],
    ['Een leerling (16) zonder startkwalificatie was maandag en dinsdag van 8.15 tot 14.45 weg zonder reden en vrijdag van 10 tot 12 uur. Moeten we dit melden?', 15],
    ['Een leerling van 14 spijbelde dinsdag van 8.30 tot 15.00, woensdag van 8.30 tot 15.00 en vrijdag van 8.30 tot 12.00. Moet dit gemeld worden?', 16.5],
    ['Een leerling van 15 is sinds maandag 16 november elke dag 3 uur ongeoorloofd afwezig. Moeten we melden?', 15],
    ['Leerling van 14 heeft sinds maandag 9 november elke dag 2 uur gespijbeld. Is dit meldplichtig?', 20],
  ])('%s → %s', (q, want) => expect(uren(q)).toBe(want));
});

describe('the sum decides the melding (direction)', () => {
  it('16.5 clock hours over three days reach the 16-hour report', () => {
    const d = read('Een leerling van 14 spijbelde dinsdag van 8.30 tot 15.00, woensdag van 8.30 tot 15.00 en vrijdag van 8.30 tot 12.00. Moet dit gemeld worden?').decision;
    expect(d?.type === 'melding' && d.melding).toBe('16-uur-in-4-weken');
  });
  it('one span fewer stays below it', () => {
    const d = read('Een leerling van 14 spijbelde dinsdag van 8.30 tot 15.00 en vrijdag van 8.30 tot 12.00. Moet dit gemeld worden?').decision;
    expect(d?.type === 'melding' && d.melding).toBe('overig-verzuim');
  });
});

describe('invariance: the same spans in other clock notations', () => {
  it.each([
    'Een leerling van 13 was maandag van 8.30 tot 14.30 en dinsdag van 8.30 tot 11.30 ongeoorloofd afwezig. Melden?',
    'Een leerling van 13 was maandag van 8:30 tot 14:30 en dinsdag van 8:30 tot 11:30 ongeoorloofd afwezig. Melden?',
    'Een leerling van 13 was maandag van half negen tot half drie en dinsdag van half negen tot half twaalf ongeoorloofd afwezig. Melden?',
  ])('%s', (q) => expect(uren(q)).toBe(9));
});
