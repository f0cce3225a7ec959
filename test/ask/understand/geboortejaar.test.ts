import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { understand } from '../../../server/ask/understand/index.js';

// Indirect age: a birth year ("is van 2013", "in 2008 geboren") gives two possible ages; the rules decide only when
// the outcome is the same for every birth date in it, else they ask for the birth date. An age told relative to now
// ("wordt over twee maanden 16", "werd in de zomer 12") is the age now.

const TODAY = '2026-12-03';
const read = (q: string) => {
  const u = understand(q, { today: TODAY });
  const facts = { ...u.melding, ...u.verlof, ...u.leerplicht };
  return { facts, outcome: decide(u.intents, facts, { persona: 'school', today: TODAY }) };
};

// Each year with its status on 3 December 2026, or undefined when it depends on the birth date.
const YEARS: Array<[number, string | undefined]> = [
  [2022, 'geen'], // 4: not yet
  [2021, undefined], // 4 or 5: leerplichtig from the month after the 5th birthday
  [2019, 'leerplicht'],
  [2013, 'leerplicht'],
  [2011, 'leerplicht'], // 14 or 15
  [2010, undefined], // 15 or 16: the leerplicht ends after the school year of the 16th birthday
  [2008, undefined], // 17 or 18
  [2005, 'geen'],
];
const FRAMES = [
  (y: number) => `Mijn zoon is van ${y}. Is hij leerplichtig?`,
  (y: number) => `Is een meisje dat in ${y} geboren is nog leerplichtig?`,
  (y: number) => `Onze dochter is geboren in ${y}, valt ze onder de leerplicht?`,
  (y: number) => `Leerling (geb. ${y}): is hij leerplichtig of kwalificatieplichtig?`,
];

describe('a birth year is an age range', () => {
  for (const [year, status] of YEARS)
    for (const [i, frame] of FRAMES.entries())
      it(`${year}, frame ${i + 1} → ${status ?? 'ask the birth date'}`, () => {
        const { facts, outcome } = read(frame(year));
        expect(facts.geboortedatum).toBe(String(year));
        if (status) expect(outcome?.decision.status).toBe(status);
        else {
          expect(outcome?.decision.status).toBeUndefined();
          expect(outcome?.followUp.map((f) => f.fact)).toContain('geboortedatum');
        }
      });

  it('a birth month narrows the range: December 2021 is not yet leerplichtig on 3 December 2026', () => {
    expect(read('Is een kind geboren in december 2021 leerplichtig?').outcome?.decision.status).toBe('geen');
  });

  it('a year in the future or of a law is no birth year', () => {
    expect(read('Mijn zoon is van 2031. Is hij leerplichtig?').facts.geboortedatum).toBeUndefined();
    expect(read('Wat staat er in de wet van 1969 over leerplicht?').facts.geboortedatum).toBeUndefined();
  });

  it('a report is decided over the ages of the birth year', () => {
    const { outcome } = read('2011 geboren jongen, havo 4, heeft 20 lesuren gespijbeld in 3 weken. Moet ik dit melden?');
    expect(outcome?.decision.melding).toBe('16-uur-in-4-weken');
    expect(outcome?.decision.steps[0]).toMatch(/geboren in 2011.*14 of 15 jaar/);
  });
});

describe('an age told relative to now', () => {
  const AGES: Array<[string, number | undefined]> = [
    ['Hij wordt over twee maanden 16. Is hij leerplichtig?', 15],
    ['Ze wordt over drie weken 12, mag ze vrij voor een bruiloft?', 11],
    ['Zij werd in de zomer 12. Is ze leerplichtig?', 12],
    ['Hij werd drie weken geleden 16, is hij leerplichtig?', 16],
    ['Mijn dochter werd vorige maand 5. Is ze leerplichtig?', 5],
    // A year or more ago: the age now is not the number said.
    ['Ze werd vorig jaar 15. Is ze leerplichtig?', undefined],
    ['Hij werd in 2023 twaalf. Is hij leerplichtig?', undefined],
  ];
  for (const [q, age] of AGES) it(`${q} → ${age ?? 'no age'}`, () => expect(read(q).facts.leeftijd).toBe(age));
});
