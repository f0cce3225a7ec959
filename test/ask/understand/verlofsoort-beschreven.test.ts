import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grid, rank, read } from './read-question.js';

// The kind of leave or exemption described in everyday words (knowledge/lexicon/verlofsoorten.yaml), CheckList
// style: minimum functionality (each kind from its description), invariance (the voice and the wording do not move
// the kind), direction (a denied fact blocks or lowers the outcome, never raises it).

describe('minimum functionality: a described kind is recognised', () => {
  const cases: Array<[string, string]> = [
    ['Onze dochter heeft een ernstige meervoudige beperking en kan nooit naar school. Moet ze ingeschreven staan?', 'vrijstelling-5a'],
    ['Wij hebben vanwege ons geloof bezwaar tegen alle scholen in de buurt. Moeten we onze zoon inschrijven?', 'vrijstelling-5b'],
    ['Onze zoon gaat elke dag naar een school in Duitsland. Moet hij in Nederland ingeschreven staan?', 'vrijstelling-5c'],
    ['Wij werken bij een circus en reizen rond; moet onze dochter op een school ingeschreven staan?', 'trekkend-bestaan'],
    ['Onze zoon van 15 wil deels werken in plaats van naar school. Kan dat?', 'vervangende-leerplicht'],
    ['Mijn zoon van 17 zonder startkwalificatie: kan hij een ontheffing krijgen?', 'vrijstelling-kwalificatieplicht'],
    ['Onze zoon van 5 is snel moe. Mogen we hem 3 uur per week thuishouden?', 'jonger-dan-6'],
    ['Onze kerk heeft een verplichte gebedsdag. Mogen de kinderen thuisblijven? We meldden het een week vooraf.', 'religieus'],
    ['Mijn dochter heeft griep. Moet ik verlof aanvragen?', 'ziekte'],
  ];
  it.each(cases)('%s → %s', (q, soort) => expect(read(q).facts.soort, q).toBe(soort));
});

describe('invariance: the voice does not change the kind', () => {
  const stemmen = ['Ik ben leerplichtambtenaar.', 'Wij zijn een basisschool.', 'Ik werk bij de helpdesk.', ''];
  const situaties: Array<[string, string]> = [
    ['De ouders van een leerling hebben principiële bezwaren tegen de richting van alle scholen en willen thuisonderwijs geven. Kan dat?', 'vrijstelling-5b'],
    ['Een kind met zware epilepsie is volgens de ouders niet in staat om onderwijs te volgen. Kan het worden vrijgesteld?', 'vrijstelling-5a'],
    ['Een gezin reist met de kermis rond en de kinderen reizen mee. Moeten ze ingeschreven staan?', 'trekkend-bestaan'],
    ['Een leerling van 15 wil zijn laatste leerplichtige jaar op het roc doen. Wie beslist?', 'vervangende-leerplicht'],
  ];
  it.each(grid(stemmen, situaties))('%s %s', (stem, [q, soort]) => expect(read(`${stem} ${q}`.trim()).facts.soort).toBe(soort));
});

describe('direction: a denied fact blocks or lowers the outcome', () => {
  it('art. 5a: a child who does not travel along gets no exemption', () => {
    const mee = read('Vader is kermisexploitant en de kinderen reizen mee. Zijn ze vrijgesteld van inschrijving?');
    const niet = read('Vader is kermisexploitant, maar de kinderen reizen niet mee. Zijn ze vrijgesteld van inschrijving?');
    expect(mee.facts.reistMee).toBe(true);
    expect(niet.facts.reistMee).toBe(false);
    expect(niet.decision?.toegestaan).toBe(false);
    expect(rank(niet.decision)).toBeLessThan(rank(mee.decision) + 1);
  });
  it('5 onder a: a statement of a designated expert, denied, is no statement', () => {
    const wel = read('Er is een verklaring van een aangewezen arts dat ons kind psychisch niet naar school kan. Geldt er dan een vrijstelling?');
    const geen = read('Er is geen verklaring van een aangewezen arts, alleen onze mening dat ons kind psychisch niet naar school kan. Geldt er dan een vrijstelling?');
    expect(wel.facts.verklaringOnafhankelijkeDeskundige).toBe(true);
    expect(geen.facts.verklaringOnafhankelijkeDeskundige).toBe(false);
    expect(geen.decision?.toegestaan).toBe(false);
  });
  it('5 onder c: without a statement of the school abroad there is no exemption', () => {
    const r = read('Het kind gaat in België naar school, maar er is geen verklaring van die school. Is er een vrijstelling?');
    expect(r.facts.soort).toBe('vrijstelling-5c');
    expect(r.decision?.toegestaan).toBe(false);
  });
  it('art. 15: work alone is not sufficient education; a denied negation elsewhere does not reach it', () => {
    const r = read('Mijn zoon is 17, heeft geen startkwalificatie en wil alleen fulltime werken. Kan hij van de kwalificatieplicht worden vrijgesteld?');
    expect(r.facts.voldoendeOnderwijsElders).toBe(false);
    expect(r.decision?.toegestaan).toBe(false);
  });
  it('ziekte: only the pupil\'s own illness; a sick grandparent or "niet ziek" is not art. 12', () => {
    expect(read('Mijn zoon is niet ziek maar moe. Mag hij zonder verlof thuisblijven?').facts.soort).not.toBe('ziekte');
    expect(read('Oma is ziek en mijn dochter wil verlof om haar te bezoeken. Mag dat?').facts.soort).not.toBe('ziekte');
  });
  it('a holiday abroad is no school abroad', () => {
    expect(read('Mag mijn zoon een week vrij voor een reis naar een school in Spanje van zijn neef?').facts.soort).not.toBe('vrijstelling-5c');
  });
  it('a missing fact is asked, never guessed: the answer depends on it', () => {
    const r = read('Ons kind is door chronische vermoeidheid niet in staat om onderwijs te volgen. Kan het worden vrijgesteld van inschrijving?');
    expect(r.decision?.toegestaan).toBe('afhankelijk');
    expect(r.followUp).toContain('verklaringOnafhankelijkeDeskundige');
  });
});

describe('held-out set (fixtures/soort-heldout.jsonl)', () => {
  const cases = readFileSync(new URL('./fixtures/soort-heldout.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { q: string; soort?: string | null; intent?: string });
  it('recognises the kind in at least 90% of the described questions', () => {
    const verlof = cases.filter((c) => !c.intent && c.soort);
    const right = verlof.filter((c) => read(c.q).facts.soort === c.soort).length;
    expect(right / verlof.length).toBeGreaterThanOrEqual(0.9);
  });
});
