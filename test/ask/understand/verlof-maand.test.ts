import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// A leave named by its month (art. 13a lid 2): outside August and September it cannot touch the first two lesweken of
// a school year, in any region. Templates × months × frames (minimum functionality, invariance), and the months that
// must stay open (direction: August/September never decide it; a birth month never counts).

const MONTHS: Array<[string, number]> = [
  ['januari', 1], ['februari', 2], ['maart', 3], ['april', 4], ['mei', 5], ['juni', 6], ['juli', 7],
  ['augustus', 8], ['september', 9], ['oktober', 10], ['november', 11], ['december', 12], ['okt', 10], ['mrt', 3],
];
const TEMPLATES = [
  (m: string) => `Ouders vragen 5 dagen vakantieverlof aan in ${m} vanwege het seizoenswerk van vader. Mag ik dat toekennen?`,
  (m: string) => `kan ik als directeur eind ${m} een week vakantieverlof geven? moeder heeft een werkgeversverklaring`,
  (m: string) => `Een gezin met een camping wil half ${m} 4 schooldagen weg, hun eerste aanvraag dit schooljaar. Mag dat?`,
  (m: string) => `Wij willen begin ${m} op vakantie omdat mijn man in de bollen werkt, 6 dagen, mag dat van school?`,
];

describe('the month of a leave', () => {
  for (const [name, nr] of MONTHS) {
    for (const [i, t] of TEMPLATES.entries()) {
      it(`${name}, template ${i + 1}`, () => {
        const v = understand(t(name), { today: TODAY }).verlof.inEersteTweeLesweken;
        if (nr === 8 || nr === 9) expect(v).toBeUndefined();
        else expect(v).toBe(false);
      });
    }
  }
  it('does not read a birth month as the leave month', () => {
    const u = understand('Onze dochter, geboren in juni 2015, krijgt misschien vakantieverlof. Mag dat?', { today: TODAY });
    expect(u.verlof.inEersteTweeLesweken).toBeUndefined();
  });
});
