import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';
import { grid } from './read-question.js';

// CheckList for a question that asks two things: each part is read with the situation told before it, so a second
// part about another topic (enrolment, who to contact) never takes away the rules question of the first part.

const u = (q: string) => understand(q, { today: TODAY });

const SITUATIONS = ['Mijn zoon is geboren op 12-9-2021.', 'Onze dochter is geboren op 3 maart 2021.', 'Ik heb een kind, geboren 5-1-2022.'];
const FIRST = ['Wanneer moet hij naar school', 'Vanaf wanneer is het kind leerplichtig', 'Wanneer moet ze naar school'];
const SECOND = ['wie moet hem inschrijven?', 'wie moet het kind inschrijven?', 'waar kan ik terecht met vragen?', 'moet ik dat ergens melden?'];

describe('a second part does not drop the rules question of the first', () => {
  it.each(grid([0, 1, 2], [0, 1, 2], [0, 1, 2, 3]))('situation %i, first %i, second %i', (s, f, k) => {
    const alone = `${SITUATIONS[s]} ${FIRST[f]}?`;
    const both = `${SITUATIONS[s]} ${FIRST[f]}, en ${SECOND[k]}`;
    // Minimum functionality: the first part alone is a leerplicht question; invariance: adding a part keeps it.
    expect(u(alone).intents, alone).toContain('leerplicht');
    expect(u(both).intents, both).toContain('leerplicht');
  });

  it('invariance: the parts in the other order', () => {
    expect(u('Mijn zoon is geboren op 12-9-2021. Wie moet hem inschrijven, en wanneer moet hij naar school?').intents).toContain('leerplicht');
  });

  it('direction: two general parts without a case stay a knowledge question', () => {
    expect(u('Wanneer begint de leerplicht, en wie moet een kind inschrijven?').intents).toEqual([]);
  });
});
