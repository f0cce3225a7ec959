import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// Continuous absence told by its start ("sinds 26 oktober", "sinds de herfstvakantie"): whole lesweken up to today,
// holiday weeks left out. When the holiday regions (or a vague start) give different counts, the count is a range
// (bereik) whose lower end is the lowest count; decide.ts runs the rules over it (issue 10: relative dates).

const TODAY = '2026-12-02';
const weken = (q: string, today = TODAY) => {
  const u = understand(q, { today });
  return u.melding.aaneengeslotenWekenAfwezig ?? u.bereik?.aaneengeslotenWekenAfwezig?.van;
};

const STARTS: Array<[string, number]> = [
  ['sinds maandag 26 oktober jl.', 5],
  ['sinds 26 oktober', 5],
  ['vanaf 26 oktober 2026', 5],
  ['sinds 9 november', 3],
  ['sinds de herfstvakantie', 5],
];
const FRAMES = [
  (s: string) => `Leerling (14, 2 havo) is ${s} aaneengesloten afwezig zonder geldige reden. Welke melding?`,
  (s: string) => `Goedemiddag, onze zoon is ${s} niet meer op school geweest. Wat moet de school nu doen?`,
  (s: string) => `Betreft: leerling van 15. ${s[0]!.toUpperCase()}${s.slice(1)} verzuimt hij zonder bericht. Welke melding dient te worden gedaan?`,
];

describe('weeks absent since a start date', () => {
  for (const [s, n] of STARTS)
    for (const [i, f] of FRAMES.entries()) it(`${s}, frame ${i + 1} → ${n} lesweken`, () => expect(weken(f(s))).toBe(n));

  it('a later today never gives fewer weeks', () => {
    const q = 'Leerling van 14 is sinds 26 oktober afwezig zonder reden. Melden?';
    const days = ['2026-11-10', '2026-11-20', '2026-12-02', '2026-12-15'].map((d) => weken(q, d) ?? 0);
    for (let k = 1; k < days.length; k++) expect(days[k]!).toBeGreaterThanOrEqual(days[k - 1]!);
  });
  it('a start date without absence in its sentence says nothing', () => {
    expect(weken('Sinds 1 september zit hij in 3 havo. Hij was vorige week 2 uur afwezig.')).toBeUndefined();
  });
  it('hours, days or times counted over a period are not continuous absence', () => {
    for (const q of ['Leerling van 15, havo 3, sinds de herfstvakantie 20 uur gespijbeld, wat moet ik doen?', 'Sinds 26 oktober heeft ze 6 keer gespijbeld. Melden?', 'Hij is sinds 2 november 3 dagen afwezig geweest zonder reden.']) {
      expect(weken(q), q).toBeUndefined();
    }
  });
  it('a start in the future or this week gives no weeks', () => {
    expect(weken('Hij is sinds 1 december afwezig zonder reden. Melden?')).toBeUndefined();
  });
});
