import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// A birthday told with the age it brings ("werd op 2 oktober 16", "wordt 5 op 3 maart 2027"): the birth date is
// that day the stated number of years back. Minimum functionality per form of the day, invariance over word order
// and frames, and the direction of "werd" (past) and "wordt" (coming).

const TODAY = '2026-12-03';
const born = (q: string) => understand(q, { today: TODAY }).leerplicht.geboortedatum;

describe('a birthday with its age gives the birth date', () => {
  const CASES: Array<[string, string]> = [
    ['Hij werd op 2 oktober 16.', '2010-10-02'],
    ['Hij werd 16 op 2 oktober.', '2010-10-02'],
    ['Op 2 oktober werd hij 16.', '2010-10-02'],
    ['Ze is 14 geworden op Koningsdag.', '2012-04-27'],
    ['Mijn dochter wordt op 3 maart 2027 5.', '2022-03-03'],
    ['Mijn dochter wordt 5 op 3 maart.', '2022-03-03'],
    ['Zoon wordt vier op 3 februari.', '2023-02-03'],
    ['Hij wordt op 12 januari 18.', '2009-01-12'],
    ['Ze werd vorige week dinsdag 12.', '2014-11-24'],
    ['Mijn zoon wordt in mei 16.', '2011-05'],
  ];
  const FRAMES = [(s: string) => `${s} Is hij/zij nog leerplichtig?`, (s: string) => `Goedemiddag, een vraag van een ouder. ${s} Tot wanneer geldt de leerplicht?`, (s: string) => `${s} wat betekent dat voor school??`];
  for (const [s, want] of CASES)
    for (const [i, f] of FRAMES.entries()) it(`${s} (frame ${i + 1}) → ${want}`, () => expect(born(f(s))).toBe(want));

  it('"werd" looks back, "wordt" ahead: the same day gives birth dates a year apart', () => {
    expect(born('Hij werd op 10 december 15. Leerplichtig?')).toBe('2010-12-10');
    expect(born('Hij wordt op 10 december 15. Leerplichtig?')).toBe('2011-12-10');
  });
  it('a stated birth date wins; an age without a day is no birth date', () => {
    expect(born('Geboren op 1 februari 2011, werd op 2 oktober 16. Leerplichtig?')).toBe('2011-02-01');
    expect(born('Hij wordt binnenkort 16. Is hij dan nog leerplichtig?')).toBeUndefined();
  });
});

// r18 (legally wrong): a school year beside the verb was read as the age ("… 16 geworden en zit in de 4e klas" → 4;
// "een meisje van 14 (3 havo) wordt sinds 19 oktober ziek gemeld" → 3), giving a child of 2 or 4 and "nog niet
// leerplichtig". A school year is no age, and a day after "sinds" is no birthday.
describe('numbers and days that are not a birthday', () => {
  it.each([
    ['Mijn dochter is op 22 oktober 16 geworden en zit in de 4e klas havo. Moet ze nog naar school?', '2010-10-22'],
    ['Hij is op 22 oktober 16 geworden, zit in 4 havo. Leerplichtig?', '2010-10-22'],
    ['Ze is op 22 oktober zestien geworden en zit in groep 8 van de vrije school?', '2010-10-22'],
  ])('the age just before "geworden" wins over a school year after it: %s', (q, want) => expect(born(q)).toBe(want));
  it.each([
    'Een meisje van 14 (3 havo) wordt sinds maandag 19 oktober elke ochtend ziek gemeld. Wat moeten we doen?',
    'Een jongen uit 3 vwo wordt vanaf 5 november steeds te laat gemeld. Melden?',
    'Onze leerling in klas 4 wordt sinds 2 november thuisgehouden. Wat nu?',
  ])('no birth date from a passive "wordt … gemeld" with a school year and a day after "sinds"/"vanaf": %s', (q) => expect(born(q)).toBeUndefined());
});

describe('a birth date that contradicts the stated age is not used', () => {
  it.each(['Mijn zoon is 16 (geboren 12-05-2019). Moet hij nog naar school?', 'Een leerling van 14, geb. 3 maart 2024, verzuimt veel. Melden?'])(
    'minimum functionality: %s',
    (q) => expect(born(q)).toBeUndefined(),
  );
  it.each([
    ['Mijn zoon is 16 (geboren 12-05-2010). Moet hij nog naar school?', '2010-05-12'],
    ['Een leerling van 14, geb. 3 december 2011, verzuimt veel. Melden?', '2011-12-03'],
  ])('direction: an agreeing birth date stays (a birthday may lie between): %s', (q, want) => expect(born(q)).toBe(want));
});

// r18: "geboren de dag na Sint-Maarten 2021" took the named day itself.
describe('a birth date told from a named day', () => {
  it.each([
    ['Dochter geboren de dag na sint maarten 2021. Is ze al leerplichtig?', '2021-11-12'],
    ['Hij is geboren de dag voor Koningsdag 2012. Leerplichtig?', '2012-04-26'],
    ['Geboren op Driekoningen 2009, nog leerplichtig?', '2009-01-06'],
  ])('%s → %s', (q, want) => expect(born(q)).toBe(want));
});
