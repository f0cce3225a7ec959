import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { understand } from '../../../server/ask/understand/index.js';
import { loadGenoemdeDagen, namedDayIn, tijdvakken } from '../../../server/ask/understand/timepoints.js';
import { analyse } from '../../../server/ask/understand/tokens.js';

// The grammar of points in time (issue 10): every way of naming a day reads to an interval [van, tot]. Minimum
// functionality per form, invariance over the sentence around it, direction (an earlier start never gives fewer
// weeks), and the decision over a range: decided only when both ends agree.

const TODAY = '2026-12-03'; // a Thursday

const read = (s: string, richting: 'verleden' | 'toekomst' = 'verleden') => tijdvakken(analyse(s), TODAY, richting).map((t) => [t.van, t.tot]);

describe('points in time: each form (minimum functionality)', () => {
  const CASES: Array<[string, string, string]> = [
    ['26 oktober', '2026-10-26', '2026-10-26'],
    ['maandag 26 oktober', '2026-10-26', '2026-10-26'],
    ['26 okt.', '2026-10-26', '2026-10-26'],
    ['26-10', '2026-10-26', '2026-10-26'],
    ['26/10/2026', '2026-10-26', '2026-10-26'],
    ['26-10-2025', '2025-10-26', '2025-10-26'],
    ['2026-10-26', '2026-10-26', '2026-10-26'],
    ['26 oktober jl.', '2026-10-26', '2026-10-26'],
    ['begin november', '2026-11-01', '2026-11-10'],
    ['half oktober', '2026-10-10', '2026-10-20'],
    ['medio oktober', '2026-10-10', '2026-10-20'],
    ['eind oktober', '2026-10-21', '2026-10-31'],
    ['het einde van september', '2026-09-21', '2026-09-30'],
    ['de laatste week van februari', '2026-02-22', '2026-02-28'],
    ['oktober', '2026-10-01', '2026-10-31'],
    ['eind vorige maand', '2026-11-21', '2026-11-30'],
    ['vorige maand', '2026-11-01', '2026-11-30'],
    ['gisteren', '2026-12-02', '2026-12-02'],
    ['eergisteren', '2026-12-01', '2026-12-01'],
    ['vorige week dinsdag', '2026-11-24', '2026-11-24'],
    ['dinsdag vorige week', '2026-11-24', '2026-11-24'],
    ['vorige week', '2026-11-23', '2026-11-27'],
    ['afgelopen maandag', '2026-11-30', '2026-11-30'],
    ['maandag jl.', '2026-11-30', '2026-11-30'],
    ['twee weken geleden', '2026-11-19', '2026-11-19'],
    ['3 weken geleden', '2026-11-12', '2026-11-12'],
    ['een week of drie geleden', '2026-11-05', '2026-11-19'],
    ['tien dagen geleden', '2026-11-23', '2026-11-23'],
    ['Sint-Maarten', '2026-11-11', '2026-11-11'],
    ['sint maarten', '2026-11-11', '2026-11-11'],
    ['Goede Vrijdag', '2026-04-03', '2026-04-03'],
    ['Koningsdag', '2026-04-27', '2026-04-27'],
    ['Driekoningen 2009', '2009-01-06', '2009-01-06'],
    ['het begin van het schooljaar', '2026-08-17', '2026-09-04'],
  ];
  for (const [text, van, tot] of CASES) it(`${text} → ${van}…${tot}`, () => expect(read(`sinds ${text}`)).toEqual([[van, tot]]));

  it('a date without a year is the last one up to today, or the next one for a plan', () => {
    expect(read('op 3 mei')).toEqual([['2026-05-03', '2026-05-03']]);
    expect(read('op 3 mei', 'toekomst')).toEqual([['2027-05-03', '2027-05-03']]);
    expect(read('Pinksteren', 'toekomst')).toEqual([['2027-05-16', '2027-05-16']]);
  });
  it('a school holiday is its dates in every region', () => {
    const [t] = tijdvakken(analyse('sinds de herfstvakantie'), TODAY);
    expect(Object.keys(t!.vakantie ?? {}).sort()).toEqual(['midden', 'noord', 'zuid']);
    expect(t!.van <= t!.tot).toBe(true);
  });
  it('no date where there is none', () => {
    for (const s of ['hij is 14 jaar', 'groep 8', 'in 3 havo', 'de school', '16 uur in 4 weken']) expect(read(s), s).toEqual([]);
  });
  it('impossible dates are no dates', () => {
    for (const s of ['31 februari', '32-10', '12-13-2026']) expect(read(s), s).toEqual([]);
  });
});

describe('named days as data', () => {
  const dagen = loadGenoemdeDagen();
  it('every named day falls in its year, and on the same day of its kind', () => {
    for (const d of dagen)
      for (const y of [2024, 2025, 2026, 2027]) {
        const s = namedDayIn(d, y);
        expect(s.van.slice(0, 4), d.naam).toBe(String(y));
        expect(s.van <= s.tot, d.naam).toBe(true);
      }
  });
  it('Koningsdag moves to Saturday when 27 April is a Sunday; Prinsjesdag is the third Tuesday of September', () => {
    const koning = dagen.find((d) => d.naam === 'Koningsdag')!;
    expect(namedDayIn(koning, 2025).van).toBe('2025-04-26');
    expect(namedDayIn(koning, 2026).van).toBe('2026-04-27');
    const prinsjes = dagen.find((d) => d.naam === 'Prinsjesdag')!;
    expect(namedDayIn(prinsjes, 2026).van).toBe('2026-09-15');
    expect(namedDayIn(prinsjes, 2027).van).toBe('2027-09-21');
  });
});

// Weeks of continuous absence from a start in many forms and many sentences around it.
const FRAMES = [
  (s: string) => `Student van 19 zonder startkwalificatie is ${s} niet meer op school geweest. Wat moeten we melden?`,
  (s: string) => `Onze leerling (15, 3 vmbo) verzuimt ${s} zonder geldige reden. Welke melding?`,
  (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)} is hij ongeoorloofd afwezig, hij is 14. Moet dit naar DUO?`,
  (s: string) => `vraagje: ll 2 havo komt ${s} niet meer. melden??`,
];
const weken = (q: string, today = TODAY) => {
  const u = understand(q, { today });
  const exact = u.melding.aaneengeslotenWekenAfwezig;
  const r = u.bereik?.aaneengeslotenWekenAfwezig;
  return exact !== undefined ? [exact, exact] : r ? [r.van, r.tot] : undefined;
};

describe('weeks absent from a start in any form (invariance over the sentence)', () => {
  const STARTS: Array<[string, number, number]> = [
    ['sinds 2 november', 4, 4],
    ['sinds maandag 2 november', 4, 4],
    ['sinds 2-11', 4, 4],
    ['sinds half oktober', 5, 6],
    ['sinds eind oktober', 4, 6],
    ['sinds Sint-Maarten', 3, 3],
    ['sinds vorige week dinsdag', 1, 1],
    ['sinds het begin van het schooljaar', 11, 14],
  ];
  for (const [s, lo, hi] of STARTS)
    for (const [i, f] of FRAMES.entries())
      it(`${s}, frame ${i + 1} → ${lo}–${hi} lesweken`, () => {
        expect(weken(f(s))).toEqual([lo, hi]);
      });

  it('"voor het laatst op school op <dag>": absent from the day after, without an absence word', () => {
    expect(weken('Student van 19 zonder diploma was voor het laatst op school op 12 oktober. Wat melden we?')).toEqual([6, 6]);
    expect(weken('De laatste keer dat hij er was: 12 oktober. Hij is 16, 4 havo. Melden?')?.[0]).toBeGreaterThanOrEqual(5);
  });
});

describe('direction: an earlier start never gives fewer weeks', () => {
  const order = ['sinds begin oktober', 'sinds half oktober', 'sinds eind oktober', 'sinds begin november', 'sinds half november', 'sinds eind november'];
  it('lower and upper ends fall (or stay) as the start moves later', () => {
    const ws: number[][] = order.map((s) => weken(FRAMES[1]!(s)) ?? [0, 0]);
    for (let k = 1; k < ws.length; k++) {
      expect(ws[k]![0]!, order[k]).toBeLessThanOrEqual(ws[k - 1]![0]!);
      expect(ws[k]![1]!, order[k]).toBeLessThanOrEqual(ws[k - 1]![1]!);
    }
  });
});

describe('deciding over a range of weeks', () => {
  const outcome = (q: string) => {
    const u = understand(q, { today: TODAY });
    return decide(u.intents, { ...u.melding, bereik: u.bereik }, { persona: 'school', today: TODAY });
  };
  it('both ends over the threshold: decided, the range said as an assumption', () => {
    const o = outcome('Student van 19 zonder startkwalificatie komt sinds half oktober niet meer. Moet dat naar DUO?')!;
    expect(o.decision.melding).toBe('18-plus-verzuim');
    expect(o.decision.steps[0]).toMatch(/^Aanname: .*5 tot 6 lesweken/);
  });
  it('the threshold inside the range: no decision, the rules ask and the answer says it depends', () => {
    const o = outcome('Student van 19 zonder startkwalificatie heeft sinds begin november geen les meer gevolgd, zonder reden. Melding?')!;
    expect(o.decision.melding).toBeUndefined();
    expect(o.decision.steps[0]).toMatch(/^Dit hangt af van het precieze aantal: sinds begin november: \d+ tot \d+ lesweken/);
  });
  it('a stated count wins over the range (a follow-up answer)', () => {
    const u = understand('Student van 19 zonder startkwalificatie heeft sinds begin november geen les meer gevolgd, zonder reden. Melding?', { today: TODAY });
    const o = decide(u.intents, { ...u.melding, bereik: u.bereik, aaneengeslotenWekenAfwezig: 5 }, { persona: 'school', today: TODAY })!;
    expect(o.decision.melding).toBe('18-plus-verzuim');
  });
});

describe('the same grammar for birth dates and leave dates', () => {
  const born = (q: string) => understand(q, { today: TODAY }).leerplicht.geboortedatum;
  it.each([
    ['Mijn dochter is geboren op Driekoningen 2009. Tot wanneer is ze kwalificatieplichtig?', '2009-01-06'],
    ['Hij is op tweede kerstdag 2012 geboren, is hij nog leerplichtig?', '2012-12-26'],
    ['geb. Koningsdag 2010, wil stoppen met school: mag dat?', '2010-04-27'],
    ['Zoon (geboren op Sint-Maarten 2011) wil gaan werken. Is hij nog leerplichtig?', '2011-11-11'],
  ])('%s', (q, d) => expect(born(q)).toBe(d));
  it('a named day without a year is no birth date', () => {
    expect(born('Hij is geboren op Sint-Maarten. Is hij nog leerplichtig?')).toBeUndefined();
  });

  const leave = (q: string) => understand(q, { today: TODAY }).verlof;
  it.each([
    ['Mogen we de dag na Sint-Maarten verlof voor onze zoon (groep 4) voor de bruiloft van zijn oom?', '2027-11-12'],
    ['Verlof gevraagd voor de vrijdag voor de kerstvakantie, een bruiloft van haar tante.', '2026-12-18'],
    ['Kan hij de dag voor Goede Vrijdag vrij voor de begrafenis van zijn opa?', '2027-03-25'],
  ])('a day told from a named day: %s', (q, d) => expect(leave(q).startdatum).toBe(d));

  // A feast named as the time of a trip is not the occasion: the religious reading needs the feast itself.
  const TIME_FRAMES = ['de week voor {f}', 'twee dagen voor {f}', 'vlak voor {f}', 'rond {f}', 'na {f}'];
  for (const feast of ['Pasen', 'kerst', 'Pinksteren', 'het Suikerfeest'])
    for (const frame of TIME_FRAMES)
      it(`"${frame.replace('{f}', feast)}" on a family visit abroad is no religious duty`, () => {
        const v = leave(`We willen ${frame.replace('{f}', feast)} naar familie in Marokko, kan onze zoon (groep 6) dan verlof krijgen?`);
        expect(v.soort).not.toBe('religieus');
      });
  it('the feast as the occasion stays a religious duty', () => {
    for (const q of ['Mag mijn dochter vrij voor het Suikerfeest?', 'Wij vieren Pesach, mag onze zoon thuisblijven?']) expect(leave(q).soort, q).toBe('religieus');
  });
});

describe('a last school day is no "last seen"', () => {
  it('"op de laatste schooldag voor de zomervakantie ziekgemeld" gives no weeks of absence', () => {
    const q = 'Een leerling van 8 is op de laatste schooldag vóór de zomervakantie ziekgemeld, maar klasgenoten zagen hem op het vliegveld. Hoe melden?';
    expect(weken(q)).toBeUndefined();
  });
  it('"de laatste keer dat hij er was" is one', () => {
    expect(weken('De laatste keer dat hij op school was, was 2 november. Hij is 19 en heeft geen diploma. Wat melden we?')).toEqual([4, 4]);
  });
});

describe('a recurring absence since a start is no continuous absence', () => {
  it.each([
    'Leerling uit 3 vwo mist sinds de herfstvakantie elke dinsdag en donderdag het 1e en 2e uur zonder reden. Moeten we al melden?',
    'Sinds 2 november is ze elke maandag afwezig, zonder bericht. Melden?',
    'Sinds oktober spijbelt hij regelmatig, hij is 14. Melden?',
    'Hij mist sinds half oktober het derde en vierde uur op woensdag. Wat nu?',
  ])('%s', (q) => expect(weken(q)).toBeUndefined());
  it('while "niet meer op school" since a day still is', () => {
    expect(weken('Sinds 2 november is hij niet meer op school geweest. Hij is 14. Melden?')).toEqual([4, 4]);
  });
});
