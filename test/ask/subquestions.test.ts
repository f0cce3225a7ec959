import { describe, expect, it } from 'vitest';
import { coverParts, partsToCover, withLimits } from '../../server/ask/complete.js';
import { answerKind, carriesAnswer, carriesLimit, splitQuestion, type AnswerKind } from '../../server/ask/subquestions.js';
import { normalize } from '../../server/retrieve/analysis.js';
import { passage } from '../support/passage.js';

// CheckList-style: templates × connectors × interrogatives for the splitter; passages with a limit in varied
// positions for the limit-keeping; invariance (one-part questions stay whole) and direction (a second part adds one).

const FIRST = ['wie beslist over het verlof', 'mag de directeur dit verlof geven', 'moeten we dit melden', 'kan ik bezwaar maken', 'hoe vraag ik vervangende leerplicht aan'];
const SECOND: Array<[string, AnswerKind]> = [
  ['binnen welke termijn moet dat', 'termijn'],
  ['hoe lang duurt dat', 'termijn'],
  ['hoe snel moet het', 'termijn'],
  ['wie beslist daarover', 'wie'],
  ['bij wie moet ik zijn', 'wie'],
  ['hoeveel dagen mag het zijn', 'termijn'],
  ['hoe vaak mag dat', 'hoeveel'],
  ['hoe hoog is de boete', 'hoeveel'],
  ['vanaf wanneer geldt het', 'wanneer'],
  ['onder welke voorwaarden mag het', 'voorwaarde'],
  ['wat is daarvoor nodig', 'voorwaarde'],
  ['wat moet ik dan doen', 'open'],
  ['moeten we dan iets melden', 'ja-nee'],
  ['mag ik dat zelf doen', 'ja-nee'],
];
const JOIN = [(a: string, b: string) => `${a} en ${b}?`, (a: string, b: string) => `${a}, en ${b}?`, (a: string, b: string) => `${a}? ${b}?`, (a: string, b: string) => `${a} of ${b}?`, (a: string, b: string) => `${a}, maar ${b}?`];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('splitQuestion: coordinated and separate questions', () => {
  for (const a of FIRST)
    for (const [b, kind] of SECOND)
      for (const join of JOIN) {
        const q = cap(join(a, cap(b)));
        it(`${q}`, () => {
          const parts = splitQuestion(q);
          expect(parts.map((p) => p.text.replace(/[?]$/, ''))).toEqual([normalize(a), normalize(b)]);
          expect(parts[1]!.kind).toBe(kind);
        });
      }

  it('a situation before the question is no part', () => {
    expect(splitQuestion('Mijn dochter is 5 en gaat naar groep 1. Mag ik haar een ochtend thuishouden?')).toEqual([{ text: 'mag ik haar een ochtend thuishouden?', kind: 'ja-nee' }]);
  });

  it('a "wat als" tail is a part of its own', () => {
    for (const q of ['Mag hij op vakantie, wat als hij toch gaat?', 'Mag hij op vakantie en wat als hij toch gaat?', 'Mag hij op vakantie? En wat als hij toch gaat?', 'Mag hij op vakantie? Wat nu als hij toch gaat?'])
      expect(splitQuestion(q).map((p) => p.kind), q).toEqual(['ja-nee', 'open']);
  });

  // Invariance: "en"/"of" between nouns or names does not split.
  it.each([
    'Moeten ouders en leerlingen allebei een verklaring tekenen?',
    'Geldt dit voor havo en vwo?',
    'Wat is het verschil tussen leerplicht en kwalificatieplicht?',
    'Mag een leerling van 15 of 16 stoppen met school?',
    'Hoeveel uur mag een kleuter thuisblijven en spelen?',
  ])('one part: %s', (q) => {
    expect(splitQuestion(q)).toHaveLength(1);
  });
});

describe('answerKind', () => {
  it.each<[string, AnswerKind]>([
    ['Binnen welke termijn beslist de gemeente?', 'termijn'],
    ['Hoelang mag een schorsing duren?', 'termijn'],
    ['Tot wanneer geldt de kwalificatieplicht?', 'termijn'],
    ['Wie moet de melding doen?', 'wie'],
    ['Aan wie stuur ik het verzoek?', 'wie'],
    ['Hoeveel herhaalmeldingen mogen we doen?', 'hoeveel'],
    ['Wanneer begint de leerplicht?', 'wanneer'],
    ['Wanneer mag een school een leerling uitschrijven?', 'voorwaarde'],
    ['Welke voorwaarden gelden voor vakantieverlof?', 'voorwaarde'],
    ['Mag dat?', 'ja-nee'],
    ['Wat is luxe verzuim?', 'open'],
  ])('%s → %s', (q, kind) => expect(answerKind(q)).toBe(kind));
});

describe('carriesAnswer and carriesLimit', () => {
  it.each<[string, AnswerKind, boolean]>([
    ['Ouders kunnen binnen 6 weken bezwaar maken.', 'termijn', true],
    ['Het college beslist binnen zes weken.', 'termijn', true],
    ['De school meldt dit onverwijld.', 'termijn', true],
    ['Het bezwaar gaat naar de directeur.', 'termijn', false],
    ['De leerplichtambtenaar beslist over meer dan 10 dagen.', 'wie', true],
    ['Dit verlof is bedoeld voor bijzondere situaties.', 'wie', false],
    ['De boete is ten hoogste 1.000 euro.', 'hoeveel', true],
    ['Dat mag alleen als de school instemt.', 'voorwaarde', true],
    ['Een Halt-straf duurt ten hoogste 20 uur.', 'voorwaarde', false],
  ])('%s (%s) → %s', (s, kind, want) => expect(carriesAnswer(s, kind)).toBe(want));

  it.each([
    ['Dat kan alleen als de Inspectie instemt.', true],
    ['Vakantieverlof mag ten hoogste één keer per schooljaar.', true],
    ['Het verlof mag niet in de eerste twee lesweken vallen.', true],
    ['Dit geldt tenzij de ouders bezwaar maken.', true],
    ['De verklaring mag niet ouder zijn dan drie maanden.', true],
    ['Ouders vragen het verlof aan bij de directeur.', false],
  ])('limit in "%s" → %s', (s, want) => expect(carriesLimit(s)).toBe(want));
});

// A toy analyzer: lower-cased words without the shortest function words, enough to test the selection logic.
const STOP = new Set(['de', 'het', 'een', 'en', 'of', 'is', 'dat', 'dit', 'die', 'van', 'in', 'op', 'te', 'we', 'ik', 'hoe', 'wie', 'wat', 'mag', 'moet', 'kan', 'hebben', 'zijn']);
const analyze = (t: string) => (normalize(t).match(/[\p{L}\d]+/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(en|s)$/, ''));

describe('withLimits: a quoted rule keeps the limit next to it', () => {
  const RULE = 'De directeur kan vakantieverlof geven aan ouders met een seizoensberoep.';
  const LIMITS = [
    'Dat verlof mag niet in de eerste twee lesweken van het schooljaar vallen.',
    'Dit kan alleen als de werkgever verklaart dat geen schoolvakantie mogelijk is.',
    'Het vakantieverlof duurt ten hoogste tien schooldagen.',
    'Maar de directeur geeft het vakantieverlof eenmaal per schooljaar.',
  ];
  const OTHER = 'Scholen hebben in de zomer zes weken vakantie in hun regio.';
  for (const limit of LIMITS) {
    it(`after: ${limit}`, () => {
      const p = passage('kb:1', 'Vakantieverlof', `${RULE} ${limit} ${OTHER}`, ['lpw:13a']);
      expect(withLimits([{ passage: p, text: RULE }], analyze, new Set()).map((c) => c.text)).toEqual([RULE, limit]);
    });
    it(`not when the limit is already quoted: ${limit}`, () => {
      const p = passage('kb:1', 'Vakantieverlof', `${RULE} ${limit}`, ['lpw:13a']);
      expect(withLimits([{ passage: p, text: RULE }], analyze, new Set([limit])).map((c) => c.text)).toEqual([RULE]);
    });
  }
  it('a neighbour without a limit is not added', () => {
    const p = passage('kb:1', 'Vakantieverlof', `${RULE} ${OTHER}`, ['lpw:13a']);
    expect(withLimits([{ passage: p, text: RULE }], analyze, new Set())).toHaveLength(1);
  });
  it('a limit on another topic is not added', () => {
    const p = passage('kb:1', 'Vakantieverlof', `${RULE} Een schorsing duurt ten hoogste een week.`, ['lpw:13a']);
    expect(withLimits([{ passage: p, text: RULE }], analyze, new Set())).toHaveLength(1);
  });
  it('a sentence that leans back gets the limiting sentence before it', () => {
    const before = 'Vakantieverlof kan alleen als het beroep van een ouder vakantie in de schoolvakanties onmogelijk maakt.';
    const after = 'Dan beslist de directeur over het vakantieverlof.';
    const p = passage('kb:1', 'Vakantieverlof', `${OTHER} ${before} ${after}`, ['lpw:13a']);
    expect(withLimits([{ passage: p, text: after }], analyze, new Set()).map((c) => c.text)).toEqual([after, before]);
  });
});

describe('coverParts: each part gets a sentence, or is named as open', () => {
  const rule = 'Ouders kunnen tegen een besluit over verlof bezwaar maken bij degene die besliste.';
  const term = 'Ouders kunnen binnen zes weken bezwaar maken tegen het besluit.';
  const other = passage('kb:2', 'Bezwaar', `${term} Het bezwaar is gratis.`, []);
  const first = passage('kb:1', 'Verlof', rule, []);
  const qs = ['Kunnen we bezwaar maken en binnen welke termijn?', 'Kunnen we bezwaar maken? Hoe lang hebben we daarvoor?', 'Kunnen we bezwaar maken, en hoeveel tijd hebben we?'];
  it.each(qs)('fills the deadline part: %s', (q) => {
    const got = coverParts(q, [rule], [first, other], analyze, { quoted: new Set([rule]) });
    expect(got.added.map((a) => a.text)).toEqual([term]);
    expect(got.uncovered).toEqual([]);
  });
  it.each(qs)('names the deadline part when no passage has it: %s', (q) => {
    const got = coverParts(q, [rule], [first], analyze, { quoted: new Set([rule]) });
    expect(got.added).toEqual([]);
    expect(got.uncovered.map((p) => p.kind)).toEqual(['termijn']);
  });
  it('an answered part adds nothing', () => {
    expect(coverParts('Kunnen we bezwaar maken en binnen welke termijn?', [rule, term], [first, other], analyze, { quoted: new Set([rule, term]) })).toEqual({ added: [], uncovered: [] });
  });
  it('a one-part open question is not checked', () => {
    expect(partsToCover('Wat is luxe verzuim?', analyze)).toEqual([]);
  });
});
