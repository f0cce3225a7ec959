import { describe, expect, it } from 'vitest';
import { grid, read } from './read-question.js';

// Art. 11a Lpw (facts.md LPW-5J-01/02): a child under 6 may be kept home up to 5 hours a week on the parents'
// notice, up to 10 with the head's consent, never more. Hours told in parts are the week's sum, across clauses and
// sentences; a wrong "Ja" (no consent needed) above 5 hours harms the family, so every part counts.

const kinderen = ['Onze dochter is 5 jaar.', 'Onze vijfjarige zoon is snel moe.', 'Het gaat om een kleuter van vijf.', 'Ons kind van 5 jaar is vaak moe.'];

/** [how the week is told, the week's hours] */
const weken: Array<[string, number]> = [
  ['We willen haar vrijdagmiddag (4 uur) en donderdagochtend (4 uur) thuishouden.', 8],
  ['Het kind blijft elke woensdagmiddag thuis, dat is 3 uur. Ook de vrijdagmiddag willen we thuishouden, dat is 3 uur.', 6],
  ['We willen twee ochtenden van 3,5 uur per week thuishouden.', 7],
  ['We willen drie middagen per week thuishouden, elke middag 2 uur.', 6],
  ['Elke dinsdag en donderdag de hele dag thuis, dat is 2 keer 5,5 uur.', 11],
  ['We houden het kind op maandagochtend 2 uur en op woensdag 2,5 uur thuis.', 4.5],
  ['Elke maandagochtend (3 uur) thuishouden.', 3],
  ['Kunnen we elke vrijdag thuis houden? Dat is 5,5 uur.', 5.5],
  ['We willen twee middagen van 2,5 uur per week thuishouden.', 5],
  ['Maandagochtend (3 uur), woensdagochtend (3 uur) en vrijdagmiddag (4 uur) thuis.', 10],
  ['Maandagochtend (3,5 uur), woensdagochtend (3,5 uur) en vrijdagmiddag (3,5 uur) thuis.', 10.5],
];

describe('art. 11a: the week is summed from its parts', () => {
  it.each(grid(kinderen, weken).filter((_, i) => i % 2 === 0))('%s %s', (kind, [week, uren]) => {
    const q = `${kind} ${week} Mag dat zonder toestemming?`;
    const r = read(q);
    expect(r.facts.soort, q).toBe('jonger-dan-6');
    expect(r.facts.leeftijd, q).toBe(5);
    expect(r.facts.urenPerWeek, q).toBe(uren);
    // 5 hours on notice; up to 10 with the head's consent; above 10 not at all.
    if (uren <= 5) expect(r.decision, q).toMatchObject({ toegestaan: true });
    else if (uren <= 10) expect(r.decision, q).toMatchObject({ toegestaan: 'afhankelijk', beslisser: 'directeur' });
    else expect(r.decision, q).toMatchObject({ toegestaan: false });
    if (uren > 5) expect(r.lead, q).not.toMatch(/^Ja\b/);
  });

  it('direction: adding a part never turns "needs consent" into "no consent needed"', () => {
    const een = read('Onze vijfjarige blijft elke woensdagmiddag thuis, dat is 3 uur. Mag dat?');
    const twee = read('Onze vijfjarige blijft elke woensdagmiddag thuis, dat is 3 uur. Ook de vrijdagmiddag, dat is 3 uur. Mag dat?');
    expect(een.decision).toMatchObject({ toegestaan: true });
    expect(twee.decision?.toegestaan).not.toBe(true);
  });

  it("the school's own hours are no part of the absence", () => {
    const r = read('Ons kind van 5 zit 22 uur per week op school. We willen elke vrijdagmiddag (3 uur) thuishouden. Mag dat?');
    expect(r.facts.urenPerWeek).toBe(3);
  });
});
