import { describe, expect, it } from 'vitest';
import { lesLengte, lesuurReeks } from '../../../server/ask/understand/quantities.js';
import { analyse } from '../../../server/ask/understand/tokens.js';
import { read } from './read-question.js';

// Amounts of absence as a typed grammar (issue 10, u-uren): days × lessons per day, a lesson length stated apart,
// lessons listed by their place in the day, daily lateness against the start, durations in words as a range.
// CheckList style: minimum functionality per form, invariance over frames, direction (more never gives less).

const uren = (q: string) => read(q).facts.ongeoorloofdeUren as number | undefined;
const MANDATORY = new Set(['16-uur-in-4-weken', 'langdurig-relatief-verzuim']);
/** 0 nothing or optional, 1 a mandatory report: a stronger amount may never give a lower rank. */
const rank = (q: string) => (MANDATORY.has(read(q).decision?.melding ?? '') ? 1 : 0);

const FRAMES = [
  (q: string) => q,
  (q: string) => `Goedemorgen, ik heb een vraag als mentor. ${q} Alvast bedankt!`,
  (q: string) => `${q} De leerling speelt verder goed mee met gym, voor de volledigheid.`,
  (q: string) => q.replace(/\bMoet ik (?:dit )?melden\?/, 'Is een melding bij DUO nodig?'),
];

describe('grammar: lessons by their place in the day', () => {
  const CASES: Array<[string, number]> = [
    ['het 3e t/m 6e uur', 4], ['1e-4e uur', 4], ['het 1e tot en met het 6e uur', 6], ['het 2e, 3e en 4e uur', 3], ['het 6e uur', 1],
    ['uur 1-4', 4], ['lesuur 2 t/m 8', 7], ['uur 3 en 4', 2], ['de derde tot en met de vijfde les', 3],
  ];
  it.each(CASES)('%s = %d lessons', (s, n) => {
    const ts = analyse(s).tokens;
    expect(lesuurReeks(ts, 0)?.value).toBe(n);
  });
  it.each(['16 uur 1 keer', 'om 8 uur', 'de eerste twee weken', 'uur'])('%s is no list of lessons', (s) => {
    const ts = analyse(s).tokens;
    expect(ts.some((_, i) => lesuurReeks(ts, i) !== undefined)).toBe(false);
  });
});

describe('grammar: a lesson length stated apart', () => {
  it.each([
    ['onze blokuren duren 70 minuten', 70], ['we werken met blokken van 90 minuten', 90], ['lesuren van 45 min', 45],
    ['bij ons duren lesuren 75 min', 75], ['een les duurt bij ons 50 minuten', 50], ['de lessen zijn 80 minuten', 80],
  ] as const)('%s', (s, n) => expect(lesLengte(analyse(s).tokens)?.value).toBe(n));
  it('a count with its own length is no stated length of all lessons', () => expect(lesLengte(analyse('hij miste 18 lessen van 45 minuten').tokens)).toBeUndefined());
});

describe('minimum functionality and invariance: days × lessons per day', () => {
  const DAGEN: Array<[string, number]> = [['maandag, dinsdag en donderdag', 3], ['ma t/m do', 4], ['dinsdag woensdag en vrijdag', 3], ['3 hele dagen', 3]];
  const ROOSTER: Array<[string, number]> = [['Hij heeft 7 lessen per dag.', 7], ['Bij ons heeft een schooldag 8 lesuren.', 8], ['Per dag volgt hij 6 lesuren.', 6], ['Wij hebben 5 lesuren op een dag.', 5]];
  for (const [d, n] of DAGEN)
    for (const [r, l] of ROOSTER)
      for (const [fi, f] of FRAMES.entries())
        it(`${d} × ${l}, frame ${fi + 1}`, () => expect(uren(f(`Een leerling uit 3 havo heeft ${d} gespijbeld. ${r} Moet ik melden?`))).toBe(n * l));
});

describe('lesson length: VZ-CH-03 (vo lesuren up to 60 minutes, else clock time; po klokuren)', () => {
  const LENGTES = [40, 45, 50, 60, 70, 80, 90, 100];
  it.each(LENGTES)('vo, lessons of %d minutes', (min) => {
    const h = uren(`Onze lessen duren ${min} minuten. Een leerling uit 3 vwo heeft in drie weken 12 lessen gespijbeld. Moet ik melden?`);
    expect(h).toBeCloseTo(min <= 60 ? 12 : (12 * min) / 60, 2);
  });
  it.each(LENGTES)('po, lessons of %d minutes', (min) => {
    const h = uren(`Op onze basisschool duren de lessen ${min} minuten. Een leerling uit groep 7 heeft in drie weken 12 lessen ongeoorloofd gemist. Moet ik melden?`);
    expect(h).toBeCloseTo((12 * min) / 60, 2);
  });
  it('direction: longer lessons never give fewer hours, nor a weaker report', () => {
    for (const soort of ['3 vwo', 'groep 7']) {
      const q = (min: number) => `Bij ons duren de lessen ${min} minuten. Een leerling uit ${soort} heeft in drie weken 14 lessen gespijbeld. Moet ik melden?`;
      for (let k = 1; k < LENGTES.length; k++) {
        expect(uren(q(LENGTES[k]!))!).toBeGreaterThanOrEqual(uren(q(LENGTES[k - 1]!))!);
        expect(rank(q(LENGTES[k]!))).toBeGreaterThanOrEqual(rank(q(LENGTES[k - 1]!)));
      }
    }
  });
  it('14 blocks of 70 minutes reach the 16 hours', () => expect(read('Onze blokuren duren 70 minuten. Een leerling (havo 4) heeft 14 blokuren gespijbeld in drie weken. Moet ik melden?').decision?.melding).toBe('16-uur-in-4-weken'));
});

describe('lists of lessons by place, summed', () => {
  it.each(FRAMES.map((f, k) => [k + 1, f] as const))('frame %d', (_k, f) => {
    expect(uren(f('Leerling 3 havo mist zonder reden: di 10/11 het 3e t/m 6e uur, do 12/11 uur 1-4, ma 16/11 uur 2 t/m 8. Moet ik melden?'))).toBe(15);
  });
  it('dated lessons more than four weeks apart do not add up', () => {
    expect(uren('Leerling 3 havo spijbelde zonder reden: 1/9 uur 1 t/m 8, 3/11 uur 1 t/m 8 en 4/11 uur 1 t/m 6. Moet ik melden?')).toBe(14);
  });
  it('a range every day is no single day: never read as a few hours below the threshold', () => {
    expect(read('Hij spijbelt al drie weken elke dag het 1e t/m 4e uur (havo 2, 14 jaar). Moet ik melden?').decision?.melding).not.toBe('overig-verzuim');
  });
  it('direction: one more lesson never gives fewer hours', () => {
    const q = (b: number) => `Ongeoorloofd afwezig (havo 2): maandag het 1e t/m ${b}e uur, dinsdag het 1e t/m 7e uur, donderdag het 2e t/m 5e uur. Moet ik melden?`;
    for (let b = 2; b < 8; b++) {
      expect(uren(q(b + 1))!).toBeGreaterThan(uren(q(b))!);
      expect(rank(q(b + 1))).toBeGreaterThanOrEqual(rank(q(b)));
    }
  });
});

describe('daily lateness over weeks', () => {
  const ARRIVE: Array<[string, number]> = [['9.30', 1], ['10.15', 1.75], ['9.00', 0.5]];
  const WEKEN: Array<[string, number]> = [['twee', 2], ['drie', 3], ['vier', 4], ['zes', 4]];
  for (const [t, d] of ARRIVE)
    for (const [w, n] of WEKEN)
      it(`arrives ${t} against 8.30, ${w} weeks`, () => expect(uren(`Een leerling uit 2 vmbo komt al ${w} weken elke dag pas om ${t} binnen; school begint om 8.30. Er is geen reden. Moet ik melden?`)).toBeCloseTo(d * 5 * n, 2));
  it.each([['een half uur', 0.5], ['twee uur', 2], ['45 minuten', 0.75]] as const)('%s te laat, every day for three weeks', (dur, h) => {
    expect(uren(`Hij (havo 1) is de afgelopen drie weken elke dag ${dur} te laat gekomen zonder reden. Moet ik melden?`)).toBeCloseTo(h * 15, 2);
  });
  it('on named weekdays only', () => expect(uren('De lessen beginnen om 8.15, maar hij komt al vier weken elke dinsdag en donderdag om 11.00 binnen. Moet ik melden?')).toBeCloseTo(2.75 * 8, 2));
  it('direction: arriving later never gives a weaker report', () => {
    const q = (t: string) => `Een leerling uit 2 vmbo komt al drie weken elke dag pas om ${t} binnen; school begint om 8.30. Moet ik melden?`;
    const times = ['8.45', '9.00', '9.30', '9.45', '10.00', '10.30'];
    for (let k = 1; k < times.length; k++) expect(rank(q(times[k]!))).toBeGreaterThanOrEqual(rank(q(times[k - 1]!)));
  });
});

describe('durations in words', () => {
  const LRV: string[] = ['anderhalve maand', 'een maand of twee', 'ruim zes weken', 'ruim een maand', 'ruim vier weken', 'bijna zes weken', 'een week of vijf', 'vijf à zes weken'];
  const KORT: string[] = ['bijna een maand', "zo'n drie weken", 'een week of drie', 'bijna vier weken'];
  it.each(LRV)('al %s: langdurig relatief verzuim', (d) => expect(read(`Een leerling van 14 is al ${d} niet op school geweest zonder geldige reden. Welke melding moet ik doen?`).decision?.melding).toBe('langdurig-relatief-verzuim'));
  it.each(KORT)('al %s: not yet longer than 4 weeks (a week away is 16 hours)', (d) => expect(read(`Een leerling van 14 is al ${d} niet op school geweest zonder geldige reden. Welke melding moet ik doen?`).decision?.melding).toBe('16-uur-in-4-weken'));
  it('a range across the 4 weeks is not decided as either', () => {
    const r = read('Een leerling van 14 is al een week of vier niet op school geweest zonder geldige reden. Welke melding moet ik doen?');
    expect(r.decision?.melding).toBeUndefined();
    expect(r.followUp?.length).toBeGreaterThan(0);
  });
});
