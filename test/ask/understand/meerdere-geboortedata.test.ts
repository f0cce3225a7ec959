import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';
import { grid, read } from './read-question.js';

// CheckList for two birth dates in one message (several children). A second birth date is never the peildatum: the
// status is asked for today unless a moment is named with a word that places it ("op 1 januari 2027 nog", "per",
// "vanaf"). Each child is decided on its own birth date and the answer names each child's outcome.

const u = (q: string) => understand(q, { today: TODAY });

const PAIRS = [
  ['3-4-2011', '12-9-2013', '2011-04-03', '2013-09-12'],
  ['3 april 2011', '12 september 2013', '2011-04-03', '2013-09-12'],
  ['01-02-2009', '15-06-2021', '2009-02-01', '2021-06-15'],
] as const;

const FRAMES = [
  (a: string, b: string) => `Mijn dochter is geboren op ${a} en mijn zoon op ${b}; tot wanneer zijn ze leerplichtig?`,
  (a: string, b: string) => `Mijn kinderen zijn geboren op ${a} en ${b}. Zijn ze nog leerplichtig?`,
  (a: string, b: string) => `Mijn dochter is geboren op ${a}. Mijn zoon is geboren op ${b}. Moeten ze nog naar school?`,
  (a: string, b: string) => `Ik heb een zoon (geb. ${a}) en een dochter (geb. ${b}), tot wanneer zijn zij leerplichtig?`,
  (a: string, b: string) => `Onze tweeling niet, maar onze oudste is geboren ${a}, en de jongste ${b}. Leerplichtig?`,
];

describe('a second birth date is a second child, never the peildatum', () => {
  it.each(grid([0, 1, 2], [0, 1, 2, 3, 4]))('pair %i, frame %i', (p, f) => {
    const [a, b, da, db] = PAIRS[p]!;
    const q = FRAMES[f]!(a, b);
    const x = u(q);
    expect(x.geboortedata, q).toEqual([da, db]);
    expect(x.leerplicht.peildatum, q).toBeUndefined();
    expect(x.intents, q).toContain('leerplicht');
  });

  it.each(grid([0, 1, 2], [0, 1, 2]))('the answer names each child, pair %i, frame %i', (p, f) => {
    const [a, b] = PAIRS[p]!;
    const r = read(FRAMES[f]!(a, b));
    expect(r.decision?.type).toBe('leerplicht');
    for (const d of r.facts.geboortedata as string[]) expect(r.lead).toMatch(new RegExp(`geboren op \\d{1,2} \\w+ ${d.slice(0, 4)}`));
  });

  it('legal direction: a child of 17 and a child of 4 get different statuses, each their own', () => {
    const r = read('Mijn zoon is geboren op 3-4-2009 en mijn dochter op 12-9-2022. Zijn ze leerplichtig?');
    expect(r.decision?.status).toBeUndefined();
    expect(r.lead).toMatch(/3 april 2009[^.]*kwalificatieplichtig/);
    expect(r.lead).toMatch(/12 september 2022[^.]*nog niet leerplichtig/);
  });

  it('invariance: two children with the same status still get their own end dates', () => {
    const r = read('Mijn dochter is geboren op 3-4-2011 en mijn zoon op 12-9-2013; tot wanneer zijn ze leerplichtig?');
    expect(r.decision?.status).toBe('leerplicht');
    expect(r.lead).toContain('31 juli 2027');
    expect(r.lead).toContain('31 juli 2030');
  });
});

describe('direction: a moment named with a placing word stays the peildatum', () => {
  it.each([
    ['Mijn zoon is geboren op 12-9-2013. Is hij op 1 januari 2027 nog leerplichtig?', '2027-01-01'],
    ['Zoon geboren 12-09-2013, is hij per 1-8-2027 nog leerplichtig?', '2027-08-01'],
    ['Mijn dochter is geboren op 3-4-2011 en mijn zoon op 12-9-2013. Zijn ze vanaf 1 augustus 2027 nog leerplichtig?', '2027-08-01'],
  ])('%s', (q, peil) => {
    expect(u(q).leerplicht.peildatum).toBe(peil);
  });
  it('one child with one birth date stays one case', () => {
    const x = u('Mijn zoon is geboren op 12-9-2013; is hij nog leerplichtig?');
    expect(x.geboortedata).toBeUndefined();
    expect(x.leerplicht.geboortedatum).toBe('2013-09-12');
  });
});
