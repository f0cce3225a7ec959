import { beforeAll, describe, expect, it } from 'vitest';
import { compose, leadPassage, NOT_COVERED, NOT_SURE, partlyCovered, type RuleOutcome } from '../../server/ask/compose.js';
import { buildMemoryIndex, type SearchableIndex } from '../../server/index/knowledge-index.js';
import { passage } from '../support/passage.js';


const passages = [
  passage('lpw:a14', 'Artikel 14 — Verlof wegens gewichtige omstandigheden', 'De directeur beslist over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar. Boven de 10 schooldagen beslist de leerplichtambtenaar van de woongemeente.', ['lpw:14'], 'wet'),
  passage('kb:tickets', 'Is goedkoper vliegen een gewichtige omstandigheid?', 'Goedkopere vliegtickets zijn geen gewichtige omstandigheid voor verlof. Ouders die toch gaan, plegen luxe verzuim.', ['lpw:14']),
  passage('kb:voorbeeld', 'Rekenvoorbeeld: een gezin uit Almere', 'Dit gezin uit Almere kreeg wel 3 dagen verlof voor een bruiloft van een oom.', ['lpw:14']),
  passage('kb:halt', 'Wanneer verwijst de leerplichtambtenaar naar Halt?', 'De leerplichtambtenaar verwijst een spijbelaar van 12 jaar of ouder naar Halt als het verzuim verwijtbaar is.', ['lpw:22']),
];

let index: SearchableIndex;
const analyze = (t: string) => index.analyze(t);
beforeAll(async () => {
  index = await buildMemoryIndex(passages);
});

const refusal: RuleOutcome = {
  decision: { type: 'verlof', toegestaan: false, beslisser: 'niemand', legalBasis: [{ id: 'lpw:14', label: 'Leerplichtwet 1969, artikel 14' }], steps: [] },
  decided: true,
  headline: { text: 'Nee, dit verlof kan niemand verlenen: goedkopere tickets zijn geen gewichtige omstandigheid.', legalIds: ['lpw:14'] },
  points: [
    { text: 'Goedkopere tickets zijn geen gewichtige omstandigheid; niemand kan hiervoor verlof verlenen.', legalIds: ['lpw:14'] },
    { text: 'De directeur beslist tot en met 10 schooldagen per schooljaar.', legalIds: ['lpw:14'] },
  ],
  actions: { school: [], leerplichtambtenaar: [] },
  followUp: [],
  searchTerms: 'verlof gewichtige omstandigheden',
};

describe('compose', () => {
  it('leads with the decision, cites the article text and quotes verbatim', async () => {
    const q = 'Mag de directeur verlof geven voor goedkopere tickets?';
    const r = compose({ question: q, persona: 'school', outcome: refusal, hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer.split('\n')[0]).toMatch(/^\*\*Nee, dit verlof kan niemand verlenen/);
    expect(r.confidence).toBe('hoog');
    for (const c of r.citations) expect(passages.find((p) => p.id === c.id)?.text).toContain(c.quote);
    expect(r.citations[0]?.id).toBe('lpw:a14');
  });

  it('never adds a worked example about another family, or a passage on another legal ground, beside a decision', async () => {
    const q = 'Mag de directeur 3 dagen verlof geven voor goedkopere tickets naar een bruiloft? De leerplichtambtenaar is al op de hoogte.';
    const r = compose({ question: q, persona: 'school', outcome: refusal, hits: await index.search(q, { k: 8 }), knowledge: index, analyze });
    expect(r.citations.map((c) => c.id)).not.toContain('kb:voorbeeld');
    expect(r.citations.map((c) => c.id)).not.toContain('kb:halt');
  });

  it('answers a second question beside the decision from the passage written for it', async () => {
    const q = 'Mag de directeur verlof geven voor goedkopere tickets? En wanneer verwijst de leerplichtambtenaar een spijbelaar naar Halt?';
    const r = compose({ question: q, persona: 'school', outcome: refusal, hits: await index.search(q, { k: 8 }), knowledge: index, analyze });
    expect(r.citations.map((c) => c.id)).toContain('kb:halt');
    expect(r.citations.map((c) => c.id)).not.toContain('kb:voorbeeld');
  });

  it('drops a point that repeats the headline, but keeps one with a new number', async () => {
    const q = 'Goedkope tickets, mag dat?';
    const r = compose({ question: q, persona: 'school', outcome: refusal, hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer).not.toContain('niemand kan hiervoor verlof verlenen');
    expect(r.answer).toContain('10 schooldagen per schooljaar');
  });

  it('answers a knowledge question from the passage whose heading matches it', async () => {
    const q = 'Wanneer verwijst de leerplichtambtenaar een spijbelaar naar Halt?';
    const hits = await index.search(q);
    expect(leadPassage(hits, q, analyze)?.id).toBe('kb:halt');
    const r = compose({ question: q, persona: 'leerplichtambtenaar', hits, knowledge: index, analyze });
    expect(r.answer).toContain('verwijtbaar');
    expect(r.citations[0]?.id).toBe('kb:halt');
  });

  it('says honestly when the sources do not cover the question', async () => {
    const q = 'Hoe laat vertrekt de laatste trein naar Groningen?';
    const r = compose({ question: q, persona: 'school', hits: await index.search(q), knowledge: index, analyze });
    expect(r).toEqual({ answer: NOT_COVERED, citations: [], confidence: 'laag' });
  });

  it('a rule that needs a fact says so, not "cannot answer", when no source covers the question', async () => {
    const q = 'Hoe laat vertrekt de laatste trein naar Groningen?';
    const needs: RuleOutcome = {
      ...refusal,
      decided: false,
      decision: { type: 'verlof', legalBasis: [], steps: [] },
      headline: { text: 'Om dit te kunnen beslissen heb ik nog een gegeven nodig.', legalIds: [] },
      followUp: [{ fact: 'soort', question: 'Om welk verlof gaat het?' }],
    };
    const r = compose({ question: q, persona: 'school', outcome: needs, hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer).not.toContain(NOT_COVERED);
    expect(r.answer).toMatch(/^\*\*Om dit te kunnen beslissen heb ik nog een gegeven nodig\.\*\*/);
    expect(r.answer).toContain('Om welk verlof gaat het?');
    // Without a follow-up the rule has nothing to ask: the honest "not covered" stands.
    const none = compose({ question: q, persona: 'school', outcome: { ...needs, followUp: [] }, hits: await index.search(q), knowledge: index, analyze });
    expect(none.answer).toBe(NOT_COVERED);
  });

  it('marks an answer about something near the question as unsure', async () => {
    // Two of the words that carry the question (whose leave, in which period) are in no source: most of its weight.
    const q = 'Hoeveel verlof krijgt een conciërge in zijn proeftijd voor een bruiloft?';
    const r = compose({ question: q, persona: 'school', hits: await index.search(q), knowledge: index, analyze });
    expect(r.confidence).toBe('laag');
    // The hedge names what the sources do not cover, instead of a blanket doubt, after the answer's first sentence.
    const lines = r.answer.split('\n').filter((l) => l.trim());
    expect(lines[0]).not.toMatch(/vind ik niets/);
    expect(lines[1]).toBe(partlyCovered(['conciërge', 'proeftijd']));
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('writes a helpdesk answer as a letter', async () => {
    const q = 'Mag de directeur verlof geven voor goedkopere tickets?';
    const r = compose({ question: q, persona: 'helpdesk', outcome: refusal, hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer).toMatch(/^Geachte heer\/mevrouw,/);
    expect(r.answer).toMatch(/Met vriendelijke groet,\nHelpdesk$/);
  });
});

describe('compose, short questions', () => {
  it('answers a question of one short domain word with confidence', async () => {
    const q = 'Wat is Halt?';
    const r = compose({ question: q, persona: 'school', hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer.startsWith(NOT_SURE)).toBe(false);
    expect(r.citations[0]?.id).toBe('kb:halt');
  });
});

describe('a rule that could not decide', () => {
  // The rule ran for the asked kind but misses a fact: a passage sentence may not lend the answer a Ja or Nee.
  const open: RuleOutcome = {
    decision: { type: 'verlof', legalBasis: [{ id: 'lpw:14', label: 'Leerplichtwet 1969, artikel 14' }], steps: [] },
    decided: false,
    headline: { text: 'Om dit te beslissen ontbreekt een gegeven.', legalIds: ['lpw:14'] },
    points: [],
    actions: { school: [], leerplichtambtenaar: [] },
    followUp: [{ fact: 'dagen', question: 'Om hoeveel schooldagen gaat het?' }],
    searchTerms: 'verlof gewichtige omstandigheden',
  };
  it.each([
    'Zijn goedkopere vliegtickets een gewichtige omstandigheid voor verlof?',
    'Zijn goedkope vliegtickets een gewichtige omstandigheid?',
    'Is goedkoper vliegen een gewichtige omstandigheid voor verlof?',
  ])('%s says it depends, not Ja or Nee', async (q) => {
    const r = compose({ question: q, persona: 'school', outcome: open, hits: await index.search(q), knowledge: index, analyze });
    expect(r.answer, r.answer).not.toMatch(/^\*\*(Ja|Nee)\b/);
    expect(r.answer, r.answer).toMatch(/^\*\*Het hangt ervan af/);
  });
});
