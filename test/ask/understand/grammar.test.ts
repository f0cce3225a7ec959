import { describe, expect, it } from 'vitest';
import { age, clockSpan, number, ordinalTimes, quantity, weekdays, weekSeries } from '../../../server/ask/understand/quantities.js';
import { seriesUren } from '../../../server/ask/understand/slots.js';
import { analyse } from '../../../server/ask/understand/tokens.js';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY, flat } from './expect.js';

// The front end and the quantity grammar, production by production (minimum functionality), and the behaviour of
// the slots built on them: invariance (frames, order, names, typos) and direction (more hours, negation).

const at = <T>(p: (ts: ReturnType<typeof analyse>['tokens'], i: number) => T | undefined, text: string): T | undefined => {
  const ts = analyse(text).tokens;
  for (let i = 0; i < ts.length; i++) {
    const r = p(ts, i);
    if (r !== undefined) return r;
  }
  return undefined;
};

describe('front end: clauses, negation, tense', () => {
  it('splits clauses and scopes a negation to its clause', () => {
    const a = analyse('Hij staat niet ingeschreven, maar zijn zus wel.');
    expect(a.clauses.map((c) => c.negated)).toEqual([true, false]);
  });
  it('marks a clause that tells an earlier event', () => {
    const a = analyse('Vorig jaar kreeg hij al verlof; nu vragen ze 3 dagen.');
    expect(a.clauses.map((c) => c.past)).toEqual([true, false]);
  });
  it('keeps offsets into the original text', () => {
    const q = 'Leerling (14), één dag';
    for (const t of analyse(q).tokens) expect(q.slice(t.start, t.end).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).toBe(t.norm);
  });
});

describe('grammar: numbers', () => {
  it.each([
    ['16', 16, 16],
    ['zestien', 16, 16],
    ['tweeëntwintig', 22, 22],
    ['anderhalf', 1.5, 1.5],
    ['twee en een half', 2.5, 2.5],
    ['2,5', 2.5, 2.5],
    ['5 à 10', 5, 10],
    ['een stuk of 6', 6, 6],
    ['ruim 20', 20, 20],
    ['bijna 16', 16, 16],
  ] as const)('%s → %s (max %s)', (text, value, max) => {
    const n = at(number, text);
    expect(n?.value.value).toBe(value);
    expect(n?.value.max).toBe(max);
  });
});

describe('grammar: quantities with units', () => {
  it.each([
    ['16 lesuren', 16, 'lesuur'],
    ['3 lessen van 50 minuten', 3, 'lesuur'],
    ['15 klokuren', 15, 'klokuur'],
    ['18u', 18, 'uur'],
    ['anderhalve dag', 1.5, 'dag'],
    ['3 hele schooldagen', 3, 'dag'],
    ['2 ochtenden', 2, 'dagdeel'],
    ['4 lesweken', 4, 'lesweek'],
    ['een maand', 1, 'maand'],
    ['12x', 12, 'keer'],
    ['drie keer', 3, 'keer'],
  ] as const)('%s → %s %s', (text, value, unit) => {
    expect(at(quantity, text)?.value).toMatchObject({ value, unit });
  });
  it.each([
    ['van 8.30 tot 12.00', 3.5],
    ['8:30-10:30', 2],
    ['tussen 9 en 11 uur', 2],
    ['van half negen tot 12.00 uur', 3.5],
  ] as const)('clock span %s → %s klokuren', (text, hours) => {
    expect(at(clockSpan, text)?.value).toBe(hours);
  });
  it.each([
    ['ma t/m wo', [1, 2, 3]],
    ['maandag tot en met vrijdag', [1, 2, 3, 4, 5]],
    ['dinsdag en donderdag', [2, 4]],
    ['ma, di en vr', [1, 2, 5]],
  ] as const)('weekdays %s', (text, days) => {
    expect(at(weekdays, text)?.value).toEqual(days);
  });
  it.each([
    ['voor de derde keer', 3],
    ['de 4e keer', 4],
    ['voor het eerst', 1],
  ] as const)('ordinal %s → %s', (text, n) => {
    expect(at(ordinalTimes, text)?.value).toBe(n);
  });
  it('"voor de zoveelste keer" has no number', () => {
    expect(at(ordinalTimes, 'voor de zoveelste keer')).toBeUndefined();
  });
});

describe('grammar: ages', () => {
  it.each([
    ['een 14-jarige leerling', 14],
    ['een vijfjarige', 5],
    ['leerling (15)', 15],
    ['meisje van vijftien jaar', 15],
    ['hij is bijna 16', 15],
    ['hij wordt in mei 16', 15],
    ['zij is net 16 geworden', 16],
    ['student 18+', 18],
    ['Sem van 12', 12],
  ] as const)('%s → %s', (text, n) => {
    expect(at(age, text)?.value.value).toBe(n);
  });
  it.each(['al twee jaar in behandeling', 'het 25-jarig huwelijksjubileum', 'Halt is voor jongeren van 12 jaar en ouder', '3 jaar geleden'])('%s is no age', (text) => {
    expect(at(age, text)).toBeUndefined();
  });
});

describe('grammar: series per week through the rolling window (Lpw art. 21a)', () => {
  it('reads weeks, their hours and holiday weeks', () => {
    const s = weekSeries(analyse('week 1: 4 uur, week 2: 6, week 3 was kerstvakantie, week 4: 5 uur').tokens);
    expect(s?.value).toEqual([
      { week: 1, uren: 4, vakantie: false },
      { week: 2, uren: 6, vakantie: false },
      { week: 3, uren: 0, vakantie: true },
      { week: 4, uren: 5, vakantie: false },
    ]);
  });
  it('a holiday week does not count as a lesweek: 5 + 5 + (vakantie) + 3 + 3 falls in one window of 4 lesweken', () => {
    expect(seriesUren([
      { week: 1, uren: 5, vakantie: false },
      { week: 2, uren: 5, vakantie: false },
      { week: 3, uren: 0, vakantie: true },
      { week: 4, uren: 3, vakantie: false },
      { week: 5, uren: 3, vakantie: false },
    ], 'vo')).toBe(16);
  });
  it('hours spread over more than 4 lesweken never add up to a report: the window, not the total', () => {
    const weeks = [4, 4, 4, 0, 0, 4, 4, 4].map((uren, i) => ({ week: i + 1, uren, vakantie: false }));
    expect(seriesUren(weeks, 'vo')).toBe(12);
  });
});

describe('slots: invariance (CheckList)', () => {
  const base = 'Een leerling van 14 uit havo 3 heeft 18 lesuren gespijbeld. Moeten we melden?';
  const slots = (q: string) => {
    const f = flat(understand(q, { today: TODAY }));
    return { leeftijd: f.leeftijd, onderwijssoort: f.onderwijssoort, ongeoorloofdeUren: f.ongeoorloofdeUren };
  };
  const expected = slots(base);
  it.each([
    ['politeness frame', `Goedemiddag, ik heb een vraag. ${base} Alvast bedankt!`],
    ['persona frame', `Ik ben mentor. ${base}`],
    ['irrelevant detail', `${base} De ouders zijn gescheiden en hij zit in een klas van 28.`],
    ['word order', '18 lesuren gespijbeld door een leerling van 14 uit havo 3. Moeten we melden?'],
    ['a name for the pupil', 'Daan van 14 uit havo 3 heeft 18 lesuren gespijbeld. Moeten we melden?'],
    ['abbreviation', 'Lln van 14 uit havo-3 heeft 18u gespijbeld. Melden?'],
    ['number as a word', 'Een leerling van veertien uit havo 3 heeft achttien lesuren gespijbeld. Moeten we melden?'],
    ['lower case, no punctuation', 'een leerling van 14 uit havo 3 heeft 18 lesuren gespijbeld moeten we melden'],
  ])('%s', (_name, q) => {
    expect(slots(q)).toEqual(expected);
  });
});

describe('slots: direction (CheckList)', () => {
  const uren = (q: string) => flat(understand(q, { today: TODAY })).ongeoorloofdeUren as number | undefined;
  it('more hours stated never gives fewer hours extracted', () => {
    let last = 0;
    for (const n of [2, 6, 12, 16, 17, 24, 40]) {
      const got = uren(`Leerling (13) heeft ${n} lesuren ongeoorloofd gemist. Melden?`) ?? 0;
      expect(got).toBeGreaterThanOrEqual(last);
      last = got;
    }
  });
  it('hours added on top are added', () => {
    expect(uren('Leerling (13) heeft 10 lesuren gespijbeld en daarnaast nog 6 lesuren. Melden?')).toBe(16);
  });
  it('a negation flips enrolment', () => {
    const ingeschreven = (q: string) => flat(understand(q, { today: TODAY })).ingeschreven;
    expect(ingeschreven('De leerling (14) staat ingeschreven op onze school.')).toBe(true);
    expect(ingeschreven('De leerling (14) staat nergens ingeschreven.')).toBe(false);
    expect(ingeschreven('De leerling (14) staat niet meer ingeschreven.')).toBe(false);
  });
  it('hours missed through illness notified in time are not unexcused; notified late they are (Lpw art. 12)', () => {
    expect(uren('Leerling (13) miste 10 lesuren door griep; moeder heeft hem dezelfde ochtend ziekgemeld. Melden?')).toBeUndefined();
    expect(uren('Leerling (13) miste 10 lesuren door griep; moeder heeft het pas na vijf dagen gemeld. Melden?')).toBe(10);
  });
  it('a day of leave told in the past is not the day asked for now', () => {
    const f = flat(understand('Vorig schooljaar kreeg hij al 2 dagen verlof. Nu vragen de ouders 3 dagen verlof voor de bruiloft van zijn oom.', { today: TODAY }));
    expect(f.dagen).toBe(3);
  });
  it('notice relative to the absence: "de dag erna gebeld" is within the 2 days of art. 12', () => {
    expect(flat(understand('Leerling (12) was ziek; vader heeft de dag erna gebeld. 6 lesuren gemist. Melden?', { today: TODAY })).ziekmeldingTijdig).toBe(true);
  });
  it('a birth date before the verb', () => {
    expect(flat(understand('Ze is op 3 maart 2011 geboren. Is ze nog leerplichtig?', { today: TODAY })).geboortedatum).toBe('2011-03-03');
  });
});

describe('slots: readings that are easy to get wrong', () => {
  const f = (q: string) => flat(understand(q, { today: TODAY }));
  it('a parent who asks is not the relative of the occasion; a parent the occasion is about is', () => {
    expect(f('Vader vraagt verlof voor een wereldreis met zijn dochter van 9.').graad).toBeUndefined();
    expect(f('De vader van de leerling is overleden; de begrafenis is in Marokko. Hoeveel dagen verlof?').graad).toBe(1);
    expect(f('Mag een leerling vrij voor de begrafenis van zijn moeder?').graad).toBe(1);
  });
  it('"opa van vaders kant" is a grandparent (2), "de moeder van zijn vader" too, "de broer van zijn moeder" an uncle (3)', () => {
    expect(f('Opa van vaders kant is overleden. Hoeveel dagen verlof?').graad).toBe(2);
    expect(f('De moeder van zijn vader is overleden. Hoeveel dagen verlof?').graad).toBe(2);
    expect(f('De broer van zijn moeder trouwt. Hoeveel dagen verlof?').graad).toBe(3);
  });
  it('a diploma names a school left behind, only up to the next punctuation', () => {
    expect(f('Student (17) met een havo-diploma, nu op het mbo. Melden?').onderwijssoort).toBe('mbo');
    expect(f('Leerling (18) is gestopt met 5 havo, zonder diploma. Wat nu?').onderwijssoort).toBe('vo');
  });
  it('"vijfjarigen" names a group, not an age; "wordt 5 op <datum>" leaves the age to the date', () => {
    expect(f('Gaat artikel 3a over vijfjarigen?').leeftijd).toBeUndefined();
    expect(f('Dochter wordt 5 op 2 september 2026. Is ze leerplichtig?').leeftijd).toBeUndefined();
  });
  it('"het verzuim van 16 uur" names a topic, not hours missed', () => {
    expect(f('Wat gebeurt er als een school het verzuim van 16 uur niet meldt?').ongeoorloofdeUren).toBeUndefined();
  });
  it('"3 dagen eerder op vakantie zonder verlof" is no leave received earlier', () => {
    expect(f('Gezin 3 dagen eerder op vakantie zonder verlof, melden?').eerderVerlofDagen).toBeUndefined();
  });
  it('a place is abroad unless the sentence denies it', () => {
    expect(f('Ze gaan een lang weekend naar Parijs zonder verlof.').buitenland).toBe(true);
    expect(f('Ze gaan niet naar Turkije maar blijven in Nederland voor de bruiloft van de oom.').buitenland).toBe(false);
  });
});
