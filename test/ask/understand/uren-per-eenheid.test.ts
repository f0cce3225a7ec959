import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// Hours as counts of absence × the length the text gives them (issue 10: whole days × hours per school day,
// dagdelen × their length, occurrences × a stated duration). Templates × counts × lengths (minimum functionality),
// frames (invariance) and more counts → more hours (direction).

const uren = (q: string) => understand(q, { today: TODAY }).melding.ongeoorloofdeUren;
const DAGEN: Array<[string, number]> = [['twee', 2], ['drie', 3], ['4', 4]];
const LENGTES: Array<[string, number]> = [['5,5', 5.5], ['6', 6], ['4', 4]];
const TEMPLATES = [
  (n: string, l: string) => `Een leerling uit groep 6 is de afgelopen weken ${n} hele dagen niet gekomen zonder bericht (bij ons ${l} uur les per dag). Moet ik melden?`,
  (n: string, l: string) => `ln 2 havo heeft ${n} dagen gespijbeld, een dag is bij ons ${l} uur. moet dit naar duo?`,
  (n: string, l: string) => `Hij is ${n} ochtenden zonder geldige reden weggebleven; een ochtend is ${l} uur les. Wat nu?`,
  (n: string, l: string) => `Ze kwam ${n} keer pas na de pauze binnen zonder reden, telkens ${l} uur gemist. Melden?`,
];
const FRAMES = [(q: string) => q, (q: string) => `Goedemorgen, ik heb een vraag. ${q} Alvast bedankt!`, (q: string) => `Als mentor vraag ik me af: ${q}`];

describe('counts of absence × their stated length', () => {
  for (const [ti, t] of TEMPLATES.entries())
    for (const [n, nv] of DAGEN)
      for (const [l, lv] of LENGTES)
        for (const [fi, f] of FRAMES.entries())
          it(`template ${ti + 1}, ${n} × ${l}, frame ${fi + 1}`, () => expect(uren(f(t(n, l)))).toBeCloseTo(nv * lv, 5));

  it('adds days and occurrences of different lengths', () => {
    expect(uren('Leerling groep 5 was twee hele dagen afwezig zonder bericht (5,5 uur les per dag) en kwam twee keer pas na de middagpauze, telkens 2,5 uur gemist. Melden?')).toBe(16);
  });
  it('more days never give fewer hours', () => {
    const h = [1, 2, 3, 4, 5].map((n) => uren(`De leerling heeft ${n} dagen gespijbeld, een dag is bij ons 6 uur. Melden?`) ?? 0);
    for (let k = 1; k < h.length; k++) expect(h[k]!).toBeGreaterThanOrEqual(h[k - 1]!);
  });
  it('a length without a count of absence adds nothing', () => {
    expect(uren('Een dag is bij ons 6 uur les. Hoeveel uur mag een leerling missen?')).toBeUndefined();
  });
  it('excused days are not unexcused hours', () => {
    expect(uren('Hij was twee dagen ziek, netjes ziekgemeld, een dag is bij ons 6 uur. Moet ik melden?')).toBeUndefined();
  });
});
