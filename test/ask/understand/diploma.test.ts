import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';

// The diploma a pupil holds, from the course or mbo level nearest a diploma word (Lpw art. 1: havo, vwo and mbo
// niveau 2 or higher are a startkwalificatie; vmbo, entree/niveau 1 and praktijkonderwijs are not).

const sk = (q: string) => understand(q, { today: '2026-12-03' }).melding.startkwalificatie;

describe('startkwalificatie from the diploma named', () => {
  const YES = ['heb mijn niveau 2 diploma al', 'heeft haar diploma op niveau 2 gehaald', 'behaalde vorig jaar zijn mbo-3 diploma', 'heeft een diploma mbo niveau 4', 'is geslaagd voor de havo', 'heeft zijn vwo-diploma'];
  const NO = ['heeft alleen zijn vmbo diploma', 'haalde haar diploma op niveau 1', 'heeft het diploma van de entree-opleiding', 'heeft een mavodiploma gehaald'];
  const FRAMES = [(s: string) => `Ik ben 17 en ik ${s}. Als ik stop met school, moet de school dat melden?`, (s: string) => `Onze student (17) ${s} en komt al 5 weken niet. Wat melden we?`];
  for (const s of YES) for (const [i, f] of FRAMES.entries()) it(`${s} (frame ${i + 1}) → ja`, () => expect(sk(f(s))).toBe(true));
  for (const s of NO) for (const [i, f] of FRAMES.entries()) it(`${s} (frame ${i + 1}) → nee`, () => expect(sk(f(s))).toBe(false));
  it('the level of the current course is not the diploma held', () => {
    expect(sk('Ik zit op mbo niveau 3 en heb mijn niveau 2 diploma al. Moet school melden als ik stop?')).toBe(true);
    expect(sk('Ze zit op mbo niveau 3. Komt al weken niet. Melden?')).toBeUndefined();
  });
  it('a negated or failed diploma says no startkwalificatie is held', () => {
    for (const q of ['Hij heeft zijn havodiploma nog niet gehaald.', 'Zij is gezakt voor haar vwo-examen.']) expect(sk(q), q).not.toBe(true);
  });
});
