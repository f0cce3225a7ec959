import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { decideVerlof } from '../../../server/rules/index.js';
import { verlofInput } from '../../../server/rules/schemas.js';
import { quantity } from '../../../server/ask/understand/quantities.js';
import { analyse } from '../../../server/ask/understand/tokens.js';

// A fixed weekly absence (art. 11a) told as a weekday part and its length, and durations in hours and minutes
// (issue 10: units and arithmetic). Weekdays × lengths × frames; the length may stand anywhere in the sentence.

const TODAY = '2026-12-02';
const perWeek = (q: string) => understand(q, { today: TODAY }).verlof.urenPerWeek;

describe('durations in hours and minutes', () => {
  for (const [text, value] of [['3 uur en 45 minuten', 3.75], ['2 uur en 30 minuten', 2.5], ['1 uur en 15 minuten', 1.25], ['4 uur', 4]] as const)
    it(text, () => expect(quantity(analyse(text).tokens, 0)?.value.value).toBeCloseTo(value, 5));
});

const DAGEN = ['woensdagochtend', 'vrijdagmiddag', 'maandagochtend'];
const LENGTES: Array<[string, number]> = [['3 uur en 45 minuten', 3.75], ['2,5 uur', 2.5], ['4 uur', 4]];
const FRAMES = [
  (d: string, l: string) => `Een kleuter van 5 wordt elke ${d} thuisgehouden omdat hij zo moe is, dat is bij ons ${l}. Moeten de ouders verlof aanvragen?`,
  (d: string, l: string) => `Onze dochter (5) blijft iedere ${d} thuis; dat scheelt ${l} les. Mag dat zomaar?`,
];

describe('a weekly absence of a fixed day part', () => {
  for (const d of DAGEN)
    for (const [l, v] of LENGTES)
      for (const [i, f] of FRAMES.entries()) it(`${d}, ${l}, frame ${i + 1}`, () => expect(perWeek(f(d, l))).toBeCloseTo(v, 5));
  it('a length in another sentence is not the weekly length', () => {
    expect(perWeek('Onze zoon (5) blijft elke woensdagochtend thuis. Vorig jaar heeft hij 6 uur gemist door ziekte. Mag dat?')).toBeUndefined();
  });
});

describe('the art. 11a arrangement described instead of named', () => {
  for (const d of DAGEN)
    for (const [age, toegestaan] of [[4, true], [5, true], [6, false]] as const)
      it(`${d}, ${age} jaar`, () => {
        const u = understand(`Ons kind van ${age} blijft elke ${d} thuis omdat het zo moe is, dat is 3 uur. Mag dat?`, { today: TODAY });
        expect(u.verlof.soort).toBe('jonger-dan-6');
        expect(decideVerlof(verlofInput.parse(u.verlof)).toegestaan).toBe(toegestaan);
      });
  it('an older pupil with a weekly day off is not read as art. 11a', () => {
    expect(understand('Leerling van 12 wil elke woensdagmiddag 3 uur naar voetbaltraining. Mag dat?', { today: TODAY }).verlof.soort).not.toBe('jonger-dan-6');
  });
});
