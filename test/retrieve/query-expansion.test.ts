import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeIndex, type OpenedKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { expandQuery, loadQueryExpansion, queryExpanderFrom, QUERY_EXPANSION_FILE } from '../../server/retrieve/query-expansion.js';
import type { Passage } from '../../server/index/passage.js';
import { rerank, searchReranked } from '../../server/retrieve/rerank.js';

// Query expansion (knowledge/query-expansion.yaml): everyday words also search with the statutory ones.

const rules = (parse(readFileSync(QUERY_EXPANSION_FILE, 'utf8')) as { expansions: Array<{ when: string[]; add: string }> }).expansions;

describe('query expansion as data', () => {
  it('loads and validates the file', () => {
    expect(() => loadQueryExpansion()).not.toThrow();
    expect(rules.length).toBeGreaterThan(40);
  });

  it('every trigger of every rule fires inside a sentence, and adds that rule’s words (minimum functionality)', () => {
    for (const r of rules) {
      for (const w of r.when) expect(expandQuery(`Vraag van een ouder: ${w}, wat nu?`), w).toContain(r.add);
    }
  });

  it('keeps the question itself first and leaves a question without everyday triggers unchanged (direction)', () => {
    const q = 'Welk artikel regelt de meldplicht bij 16 uur verzuim?';
    expect(expandQuery(q)).toBe(q);
    const expanded = expandQuery('Mijn zoon moet werkstraf doen');
    expect(expanded.startsWith('Mijn zoon moet werkstraf doen\n')).toBe(true);
  });

  it('does not fire on words that merely contain a trigger: ages, English, a number of weeks (direction)', () => {
    for (const q of [
      'Tegen wie kan ik proces-verbaal opmaken bij spijbelen van een 14-jarige?',
      'Until what age is leerplicht in Nederland? My son turns 16 soon.',
      'Leerling komt al 4 weken niet opdagen, wat nu?',
      'De ouders zijn overdag aan het werk, wie meldt de ziekte?',
    ])
      expect(expandQuery(q), q).toBe(q);
  });

  it('matches on stems, case and diacritics, anywhere in the question (invariance)', () => {
    const expand = queryExpanderFrom([{ when: ['zieke moeder', 'België'], add: 'mantelzorger' }]);
    for (const q of ['Hij zorgt voor zijn ZIEKE MOEDER', 'zieke moeders thuis', 'school in belgie', 'een school in België, mag dat'])
      expect(expand(q), q).toContain('mantelzorger');
    expect(expand('zijn moeder is ziek')).not.toContain('mantelzorger'); // a phrase matches in order only
  });

  it('adds each rule once, however often its triggers occur', () => {
    const expand = queryExpanderFrom([{ when: ['boete', 'bekeuring'], add: 'geldboete' }]);
    expect(expand('boete of bekeuring, en nog een boete').split('geldboete').length - 1).toBe(1);
  });
});

describe('everyday wording finds the statutory passage (built-in knowledge)', () => {
  let index: OpenedKnowledgeIndex;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ww-expansion-'));
    index = await openKnowledgeIndex({ knowledgeDir: fileURLToPath(new URL('../../knowledge', import.meta.url)), dataDir });
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Each class in several wordings; the expected passage is named by its section heading.
  const cases: Array<{ section: RegExp; wordings: string[] }> = [
    { section: /taakstraf/i, wordings: ['hoe lang kan een werkstraf voor spijbelen zijn', 'mijn dochter kreeg werkstraf omdat ze niet naar school ging'] },
    { section: /strafbeschikking/i, wordings: ['we kregen een straf zonder rechter voor het verzuim', 'brief van de officier met een straf, zonder dat we bij de rechter waren'] },
    { section: /onbekende bestemming/i, wordings: ['het gezin is met de noorderzon vertrokken, mogen we uitschrijven', 'leerling is spoorloos, adres onbekend, van de lijst halen?'] },
    { section: /intrekken/i, wordings: ['ik wil een melding bij duo terugdraaien', 'verkeerde leerling gemeld bij duo, hoe maak ik dat ongedaan'] },
    { section: /tandarts/i, wordings: ['afspraak bij de orthodontist onder schooltijd, is dat verzuim', 'mag mijn kind onder schooltijd naar de oogarts'] },
    { section: /zorgboerderij/i, wordings: ['hij gaat op vrijdag naar de dagbesteding, is dat verzuim', 'een dag per week naar een zorgboerderij, telt dat als afwezig'] },
  ];
  for (const c of cases) {
    for (const q of c.wordings) {
      it(`"${q}" → ${c.section.source} in the top 3`, async () => {
        const hits = await searchReranked(index, q, (t) => index.analyze(t), { k: 3 });
        expect(hits.map((h) => h.passage.section ?? '')).toEqual(expect.arrayContaining([expect.stringMatching(c.section)]));
      });
    }
  }
});

describe('the contents of a melding and contacting "leerplicht"', () => {
  const contents = 'wat er in een verzuimmelding staat gegevens vult een school in';
  // Invariance: the same request for the melding's contents in other words.
  it.each([
    'Wat moet er in een verzuimmelding staan?',
    'Welke gegevens geef ik door als ik een leerling meld bij het verzuimloket?',
    'Wat is de inhoud van een melding bij DUO?',
    'Welke gegevens vullen we in bij een 16-uursmelding?',
  ])('%s', (q) => expect(expandQuery(q)).toContain(contents));

  // Direction: a question whether one particular kind of data may be in the melding is not about its contents.
  it('does not fire on a privacy question about one detail', () => {
    expect(expandQuery('Mag een diagnose in een verzuimmelding?')).not.toContain(contents);
  });

  it.each([
    'Een leerling is al vier weken ziek. Moeten we dan contact opnemen met leerplicht?',
    'Wanneer bellen we leerplicht bij langdurige ziekte?',
    'Moeten we leerplicht inschakelen als een kind een maand thuis zit?',
  ])('%s', (q) => expect(expandQuery(q)).toContain('contact opnemen met de leerplichtambtenaar'));
});

// A detail in a side remark must not turn the answer to another topic: a sick or dying relative as the reason for
// leave, or a mother reporting her child sick, is no care role of the pupil (r17: the mantelzorg answer took over).
describe('a side remark does not pick the topic', () => {
  it.each([
    'Opa is terminaal ziek; mogen we een week eerder weg om afscheid te nemen?',
    'Haar vader ligt in het ziekenhuis. Krijgt ze vrij voor de operatie?',
    'De moeder belde dat hij ziek is, maar hij stond op het voetbalveld. Wat nu?',
    'Zijn zieke moeder wil dat hij meegaat naar het ziekenhuis, is dat geoorloofd?',
  ])('no care expansion without caring: %s', (q) => {
    expect(expandQuery(q)).not.toContain('mantelzorger');
  });
  it.each(['Hij zorgt voor zijn zieke moeder en mist daardoor lessen', 'Ze moet thuis voor haar broertjes zorgen', 'Een leerling die mantelzorg geeft verzuimt vaak'])(
    'direction: caring still finds mantelzorg: %s',
    (q) => expect(expandQuery(q)).toContain('mantelzorger'),
  );
});

describe('words the expansion added weigh less than the question’s own (rerank)', () => {
  const passage = (id: string, section: string, text: string): Passage => ({ id, documentId: id, title: id, section, type: 'kennisbank', legalIds: [], text });
  const analyze = (t: string) => (t.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 3);
  const own = passage('own', 'Verlof bij een operatie van een ouder', 'Verlof bij een operatie van een ouder kan een gewichtige omstandigheid zijn.');
  const added = passage('added', 'Jonge mantelzorger', 'Een jonge mantelzorger zorgt voor een zieke ouder.');
  it.each([0, 1])('the passage on the question’s own words leads, whatever the fused order (prior rank of own: %i)', (at) => {
    const hits = at === 0 ? [{ passage: own, score: 0.5 }, { passage: added, score: 0.5 }] : [{ passage: added, score: 0.5 }, { passage: own, score: 0.5 }];
    const ranked = rerank('verlof operatie ouder', hits, analyze, '\njonge mantelzorger zieke ouder zorgt');
    expect(ranked[0]!.passage.id).toBe('own');
  });
});
