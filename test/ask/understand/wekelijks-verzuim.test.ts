import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// A weekly recurring absence over a span feeds the 4-lesweek window (issue 10: series): hours of one occurrence ×
// weekdays × weeks it ran, at most 4 lesweken. Minimum functionality per form, invariance over the sentence around
// it, direction (more weeks or more lessons never fewer hours; never beyond the window).

const TODAY = '2026-12-03';
const uren = (q: string) => {
  const u = understand(q, { today: TODAY });
  const r = u.bereik?.ongeoorloofdeUren;
  return u.melding.ongeoorloofdeUren ?? (r ? [r.van, r.tot] : undefined);
};

describe('weekly recurring absence × weeks', () => {
  const CASES: Array<[string, number | number[]]> = [
    ['elke maandag 3 uur, al 4 weken', 12],
    ['elke dinsdag en donderdag het 1e en 2e uur, al 4 weken', 16],
    ['iedere woensdag het 3e t/m 5e uur, de afgelopen 3 weken', 9],
    ['elke vrijdagmiddag (3 lesuren), al 5 weken lang', 12],
    ['elke maandag 3 uur, sinds 2 november', 12],
    ['elke dinsdag en donderdag het 1e en 2e uur sinds de herfstvakantie', 16],
  ];
  const FRAMES = [
    (s: string) => `Leerling uit 3 havo mist ${s}, zonder geldige reden. Moeten we melden?`,
    (s: string) => `Goedemiddag, onze zoon (14) spijbelt ${s}. Wat moet de school doen?`,
    (s: string) => `vraag: ll 2 vmbo verzuimt ${s} ongeoorloofd. melden?`,
  ];
  for (const [s, want] of CASES)
    for (const [i, f] of FRAMES.entries()) it(`${s} (frame ${i + 1}) → ${String(want)}`, () => expect(uren(f(s))).toEqual(want));

  it('never more than the 4-lesweek window, never fewer hours for more weeks', () => {
    const ws = [1, 2, 3, 4, 5, 8].map((n) => uren(`Leerling (14) mist elke maandag 3 uur zonder reden, al ${n} weken. Melden?`) as number);
    for (let k = 1; k < ws.length; k++) expect(ws[k]!).toBeGreaterThanOrEqual(ws[k - 1]!);
    expect(Math.max(...ws)).toBe(12);
  });
  it('more lessons per occurrence never gives fewer hours', () => {
    const a = uren('Leerling (14) mist elke dinsdag het 1e uur, al 4 weken, zonder reden.') as number;
    const b = uren('Leerling (14) mist elke dinsdag het 1e en 2e uur, al 4 weken, zonder reden.') as number;
    expect(b).toBeGreaterThan(a);
  });
  it('without a span the hours of one occurrence are no total', () => {
    expect(uren('Leerling (14) mist elke maandag 3 uur zonder reden. Melden?')).not.toBe(12);
  });
});

describe('several recurrences in one sentence add up', () => {
  it('elke maandag 4 lesuren en elke vrijdag 3 lesuren sinds 2 november: 7 a week, 4 weeks in the window', () => {
    expect(uren('Brugklasser (12) verzuimt sinds 2 november elke maandag 4 lesuren en elke vrijdag 3 lesuren zonder geldige reden. Melden?')).toBe(28);
  });
});
