import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// A feast named to say WHEN (tot kerst, na Pasen, rond het Suikerfeest) is a time, not a religious duty (art. 13):
// the rest of the question decides the kind of leave. Feasts × time words × frames; the feast itself stays religious.

const FEESTEN = ['kerst', 'Pasen', 'het Suikerfeest', 'Pinksteren', 'het Offerfeest'];
const TIJD = ['tot', 'na', 'vanaf', 'rond', 'sinds'];
const FRAMES = [
  (t: string, f: string) => `Wij hebben een bollenkwekerij en werken door ${t} ${f}. Mogen we in november 8 dagen op vakantie met de kinderen?`,
  (t: string, f: string) => `Vader werkt ${t} ${f} elke dag op de camping die we zelf runnen. Kan de directeur 5 dagen vakantieverlof geven?`,
];

describe('a feast as a time reference', () => {
  for (const f of FEESTEN)
    for (const t of TIJD)
      for (const [i, frame] of FRAMES.entries())
        it(`${t} ${f}, frame ${i + 1}`, () => {
          const u = understand(frame(t, f), { today: TODAY });
          expect(u.verlof.soort).not.toBe('religieus');
          expect(u.verlof.soort).toBe('vakantie-beroep');
        });
  it('the feast day itself stays a religious duty', () => {
    for (const f of FEESTEN) {
      const u = understand(`Mijn dochter blijft thuis voor ${f}, dat heb ik vorige week gemeld. Moet ik verlof aanvragen?`, { today: TODAY });
      expect(u.verlof.soort, f).toBe('religieus');
    }
  });
});
