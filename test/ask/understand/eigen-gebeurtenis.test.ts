import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// A parent telling their own occasion about "mijn/onze" child: the event is the child's parent's (first degree,
// beleidsregel verlof: huwelijk, jubileum, overlijden of ernstige ziekte van een ouder). Minimum functionality over
// the ways of saying "it is ours", invariance over the sentence around it, and the speaker at another's event.

const verlof = (q: string) => understand(q, { today: '2026-12-03' }).verlof;

const EVENTS = ['wij trouwen', 'we gaan trouwen', 'mijn vriend en ik gaan trouwen', 'ik ga hertrouwen', 'mijn man en ik zijn 25 jaar getrouwd en geven een feest', 'wij vieren ons 12,5-jarig huwelijk', 'onze bruiloft is'];
const FRAMES = [
  (e: string) => `${e[0]!.toUpperCase()}${e.slice(1)} op vrijdag 12 maart. Mag onze dochter (groep 6) die dag vrij?`,
  (e: string) => `Goedemorgen, ${e} in het voorjaar en we willen onze zoon erbij hebben. Krijgt hij daarvoor verlof?`,
  (e: string) => `vraagje: ${e} volgende maand, kan mijn kind 1 dag vrij krijgen??`,
];

describe("the speaker's own occasion is the child's parent's (graad 1)", () => {
  for (const e of EVENTS)
    for (const [i, f] of FRAMES.entries())
      it(`${e}, frame ${i + 1}`, () => {
        const v = verlof(f(e));
        expect(v.graad, f(e)).toBe(1);
      });

  it.each([
    'Wij gaan naar de bruiloft van mijn nicht in Turkije. Mag onze zoon twee dagen vrij?',
    'We zijn uitgenodigd op het huwelijk van een collega. Krijgt onze dochter vrij?',
    'Mijn zus gaat trouwen; mag mijn zoon de dag vrij?',
  ])('another person’s occasion is not the speaker’s: %s', (q) => {
    expect(verlof(q).graad).not.toBe(1);
  });

  it('a teacher speaking of "ik" without a child of their own says nothing about the degree', () => {
    expect(verlof('Ik ga trouwen en mijn leerling vraagt of zij erbij mag zijn. Mag de directeur haar vrij geven?').graad).toBeUndefined();
  });
});
