import { describe, expect, it } from 'vitest';
import { decide } from '../../server/ask/decide.js';
import { understand } from '../../server/ask/understand/index.js';

// The decider in the headline comes from the rule's legal decider, never from the contract's stand-in: B&W decide
// on vervangende leerplicht (Lpw art. 3a and 3b; facts.md VR-VL-01/02) and on art. 15, even where the contract's
// `beslisser` is the leerplichtambtenaar who handles it for them; more than ten days of leave stays with the lpa
// (art. 14 lid 3).

const today = '2026-11-22';
const headline = (q: string) => {
  const u = understand(q, { today });
  return decide(u.intents, { ...u.melding, ...u.verlof, ...u.leerplicht, leerjaar: u.leerjaar }, { persona: 'school', today })?.headline.text ?? '';
};

describe('the decider in law leads', () => {
  it.each([
    'Kan een jongen van 14 vervangende leerplicht krijgen?',
    'Mag mijn dochter van 15 het laatste leerplichtjaar op het mbo doen?',
    'Kan mijn zoon van 15 een programma met praktijktijd volgen in plaats van volledig dagonderwijs?',
    'Wij willen voor onze zoon van 14 vervangende leerplicht aanvragen. Kan dat?',
  ])('the college, not the leerplichtambtenaar, for: %s', (q) => {
    const h = headline(q);
    expect(h).toMatch(/college van (B&W|burgemeester en wethouders)/);
    expect(h).not.toMatch(/leerplichtambtenaar van de woongemeente beslist/);
  });

  it('direction: leave of more than ten days stays with the leerplichtambtenaar', () => {
    expect(headline('Mogen we 15 schooldagen verlof voor de bruiloft van mijn broer in Marokko?')).toMatch(/leerplichtambtenaar van de woongemeente beslist/);
  });
});
