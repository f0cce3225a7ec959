import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../server/ask/compose.js';
import { questionShape } from '../../server/ask/question-form.js';
import type { Decision } from '../../server/ask/types.js';
import { yesNo } from '../../server/ask/verdict.js';
import { buildMemoryIndex, type SearchableIndex } from '../../server/index/knowledge-index.js';
import { passage } from '../support/passage.js';

// The first sentence answers (issue 12, item 4): Ja/Nee from the passage written for the question, the article for a
// legal-ground question, and no hedge over words that carry no topic. Each class in several wordings.


const passages = [
  passage('kb:keti', 'Is Keti Koti een reden om vrij te krijgen?', 'Niet als religieuze plicht: Keti Koti en andere herdenkingen vallen niet onder artikel 11 onder e. Wie daarvoor vrij wil, vraagt verlof aan de directeur.', ['lpw:11e']),
  passage('kb:verwijderen', 'Mag een basisschool een leerling verwijderen als er nog geen andere school is?', 'Nee, een basisschool verwijdert een leerling pas definitief als een andere school bereid is hem toe te laten. Tot die tijd blijft de leerling ingeschreven.', ['wpo:40']),
  passage('kb:schorsen', 'Hoe lang mag een middelbare school een leerling schorsen?', 'Artikel 8.14 WVO 2020: een middelbare school mag een leerling ten hoogste een week schorsen. Een schorsing van meer dan een dag meldt de school aan de Inspectie.', ['wvo:8.14']),
  passage('kb:18plus', 'Welke scholen melden verzuim van een leerling van 18?', 'Een mbo-instelling, vavo of vo-school moet verzuim melden van een leerling van 18 uit de doelgroep van het Doorstroompunt. De melding gaat via DUO.', ['wvo:8.20']),
  passage('lpw:a23', 'Artikel 23 — Melding van verboden kinderarbeid', 'Volgens artikel 23 melden het schoolhoofd en de leerplichtambtenaar het direct als een jongere onder schooltijd werkt in strijd met de regels. De melding gaat naar de Arbeidsinspectie.', ['lpw:23'], 'wet'),
  passage('kb:schorsen-alle', 'Hoe lang mag een school een leerling schorsen in po, vo en mbo?', 'Een basisschool mag een leerling ten hoogste een week schorsen en een middelbare school ook ten hoogste een week schorsen. De school meldt een schorsing van meer dan een dag aan de Inspectie.', ['wpo:40c', 'wvo:8.14']),
  passage('wpo:a40c', 'Wet op het primair onderwijs, artikel 40c — Schorsing op de basisschool', 'Volgens artikel 40c WPO mag een basisschool een leerling ten hoogste een week schorsen.', ['wpo:40c'], 'wet'),
  passage('wvo:a814', 'Wet voortgezet onderwijs 2020, artikel 8.14 — Schorsing', 'Volgens artikel 8.14 WVO 2020 mag een middelbare school een leerling ten hoogste een week schorsen.', ['wvo:8.14'], 'wet'),
  passage('kb:diploma', 'Mogen we een leerling uitschrijven als hij een diploma heeft gehaald?', 'Dat hangt af van het diploma: met een startkwalificatie eindigt de kwalificatieplicht, met alleen een vmbo-diploma niet. Schrijf hem pas uit als de nieuwe inschrijving bekend is.', ['lpw:10']),
  passage('kb:kinderarbeid', 'Wat doet de leerplichtambtenaar als een leerling onder schooltijd werkt?', 'De leerplichtambtenaar meldt werk onder schooltijd aan de Arbeidsinspectie en pakt het verzuim aan.', ['lpw:23']),
];

let index: SearchableIndex;
const analyze = (t: string) => index.analyze(t);
beforeAll(async () => {
  index = await buildMemoryIndex(passages);
});

async function firstLine(question: string, persona: 'school' | 'leerplichtambtenaar' = 'school'): Promise<string> {
  const r = compose({ question, persona, hits: await index.search(question, { k: 6 }), knowledge: index, analyze });
  for (const c of r.citations) expect(passages.find((p) => p.id === c.id)?.text).toContain(c.quote);
  return r.answer.split('\n').find((l) => l.trim())!;
}

describe('Ja/Nee from the answer word of the passage written for the question', () => {
  it.each([
    ['Is Keti Koti een reden om vrij te krijgen?', /^\*\*Nee\. /],
    ['Is Keti Koti een reden om vrij van school te krijgen?', /^\*\*Nee\. /],
    ['Klopt het dat Keti Koti een reden is om vrij te krijgen?', /^\*\*Nee, dat klopt niet\. /],
    ['Een vader zegt: Keti Koti is een reden om vrij te krijgen, toch?', /^\*\*Nee, dat klopt niet\. /],
    ['Mag een basisschool een leerling verwijderen als er nog geen andere school is?', /^\*\*Nee\. /],
    ['Mogen wij als basisschool een leerling verwijderen terwijl er nog geen andere school is?', /^\*\*Nee\. /],
  ])('%s', async (q, lead) => {
    expect(await firstLine(q)).toMatch(lead);
  });

  it('does not repeat the answer word the sentence itself opens with', async () => {
    expect(await firstLine('Mag een basisschool een leerling verwijderen als er nog geen andere school is?')).not.toMatch(/Nee\. Nee/);
    for (const q of ['Mogen we een leerling uitschrijven als hij een diploma heeft gehaald?', 'Mogen wij hem uitschrijven nu hij geslaagd is voor zijn diploma?'])
      expect(await firstLine(q), q).toMatch(/^\*\*Dat hangt af van het diploma/);
  });
});

describe('Ja/Nee from the main clause, past a leading article reference or a list of subjects', () => {
  it.each([
    ['Mag een middelbare school een leerling een week schorsen?', /^\*\*Ja\. Artikel 8\.14/],
    ['Moet een vo-school verzuim melden van een leerling van 18 uit de doelgroep van het Doorstroompunt?', /^\*\*Ja\. /],
    // Past a stated maximum ("ten hoogste een week"): Nee, in any wording of "more than".
    ['Mag een middelbare school een leerling langer dan een week schorsen?', /^\*\*Nee\. Artikel 8\.14/],
    ['Mogen wij als middelbare school een leerling meer dan een week schorsen?', /^\*\*Nee\. Artikel 8\.14/],
  ])('%s', async (q, lead) => {
    expect(await firstLine(q)).toMatch(lead);
  });
});

describe('a legal-ground question names the article first, however it is asked', () => {
  it.each([
    'Op grond waarvan meld ik een jongere die onder schooltijd werkt?',
    'Op basis waarvan melden we een leerling die onder schooltijd werkt?',
    'Welk artikel regelt de melding van een jongere die onder schooltijd werkt?',
  ])('%s', async (q) => {
    expect(await firstLine(q, 'leerplichtambtenaar')).toMatch(/^\*\*Grondslag: Leerplichtwet 1969, artikel 23\b/);
  });
});

describe('a question that names its sector gets only that sector’s law as ground', () => {
  it.each([
    ['Hoe lang mag een middelbare school een leerling schorsen?', /Wet voortgezet onderwijs 2020, artikel 8\.14/, /Wet op het primair onderwijs/],
    ['Hoe lang mag een basisschool een leerling schorsen?', /Wet op het primair onderwijs, artikel 40c/, /Wet voortgezet onderwijs/],
  ])('%s', async (q, want, not) => {
    const r = compose({ question: q, persona: 'school', hits: await index.search(q, { k: 6 }), knowledge: index, analyze });
    const grounds = r.answer.split('\n').find((l) => l.startsWith('**Grondslag:**')) ?? '';
    expect(grounds).toMatch(want);
    expect(grounds).not.toMatch(not);
  });
});

describe('no hedge over words that carry no topic', () => {
  it('neither names a relayed speaker nor a conjunction as "not covered"', async () => {
    for (const q of ['Een vader zegt: Keti Koti is een reden om vrij te krijgen, toch?', 'Mogen wij als basisschool een leerling verwijderen terwijl er nog geen andere school is?']) {
      const line = await firstLine(q);
      expect(line, q).not.toMatch(/vind ik niets|weet niet zeker/i);
    }
  });
});

describe('a yes/no about leaving school follows the plicht the other way round', () => {
  const decision = (status: Decision['status']): Decision => ({ type: 'leerplicht', status, legalBasis: [], steps: [] });
  it.each([
    ['Mogen wij een leerling van 17 met een mbo-2-diploma uitschrijven?', 'geen', 'Ja'],
    ['Mag hij stoppen met school om te gaan werken?', 'kwalificatieplicht', 'Nee'],
    ['Mogen we hem uitschrijven nu hij 16 is?', 'leerplicht', 'Nee'],
    ['Moet hij nog naar school?', 'geen', 'Nee'],
    ['Moet hij nog naar school?', 'kwalificatieplicht', 'Ja'],
    ['Geboren 3-2-2011, wil na dit jaar gaan werken. Is ze nu nog leerplichtig?', 'leerplicht', 'Ja'],
    ['Hij heeft zijn vmbo-diploma en wil gaan werken. Mag dat?', 'kwalificatieplicht', 'Nee'],
  ] as const)('%s (%s) → %s', (q, status, want) => {
    expect(yesNo(decision(status), '', q, questionShape(q))).toBe(want);
  });
});
