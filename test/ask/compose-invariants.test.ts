import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose, type RuleOutcome } from '../../server/ask/compose.js';
import { decide } from '../../server/ask/decide.js';
import { questionShape } from '../../server/ask/question-form.js';
import { MELDING_WORDS } from '../../server/ask/verdict.js';
import type { SearchableIndex } from '../../server/index/knowledge-index.js';
import { normalize } from '../../server/retrieve/analysis.js';
import { omstandigheid, onderwijssoort, soortVerzuim, verlofSoort } from '../../server/rules/schemas.js';
import { fullApp } from '../support/full-app.js';

// Invariants over the composer (issue 11): whatever outcome the rules reach, the answer's first sentence agrees with
// it, and the answer never lets a regional rule, a doubled citation or stray Markdown through. Outcomes are generated
// by running the rules over their input space, not written per phrasing.

let knowledge: SearchableIndex;
const analyze = (t: string) => knowledge.analyze(t);
beforeAll(async () => {
  knowledge = (await fullApp()).knowledge;
}, 120_000);

const TODAY = '2026-11-16';
const outcomeFor = (intent: 'verlof' | 'vrijstelling' | 'melding', facts: Record<string, unknown>, region?: string) =>
  decide([intent], facts, { persona: 'school', today: TODAY, ...(region ? { region } : {}) });

const firstLine = (answer: string) => answer.split('\n')[0]!;
const plain = (line: string) => normalize(line.replace(/\*\*/g, ''));

/** Every verlof and vrijstelling outcome the rules reach over a grid of their inputs. */
function verlofOutcomes(): RuleOutcome[] {
  const out: RuleOutcome[] = [];
  for (const soort of verlofSoort.options) {
    for (const omst of [undefined, ...omstandigheid.options]) {
      if (omst && soort !== 'gewichtige-omstandigheden') continue;
      for (const dagen of [1, 10, 11, 15]) {
        for (const extra of [{}, { graad: 1, dagenVooraf: 3, werkgeversverklaring: true, geenVakantieMogelijk: true }, { graad: 4, dagenVooraf: 0, eerderVakantieverlofDitSchooljaar: true }]) {
          const outcome = outcomeFor(verlofSoort.options.indexOf(soort) >= 4 ? 'vrijstelling' : 'verlof', { soort, ...(omst ? { omstandigheid: omst } : {}), dagen, leeftijd: 9, ...extra });
          if (outcome?.decided) out.push(outcome);
        }
      }
    }
  }
  return out;
}

describe('the first sentence agrees with the decision, for every verlof and vrijstelling outcome', () => {
  const outcomes = verlofOutcomes();

  it('covers all three values of toegestaan', () => {
    expect(new Set(outcomes.map((o) => o.decision.toegestaan))).toEqual(new Set([true, false, 'afhankelijk']));
  });

  it.each([
    ['Mag dit?', 'plain'],
    ['Kan de school hier verlof voor geven?', 'plain'],
    ['Dat mag toch niet?', 'negated premise'],
    ['Mijn collega zegt dat dit mag. Klopt dat?', 'premise'],
    ['Op grond van welk artikel kan dit?', 'grondslag'],
  ])('%s (%s)', (question) => {
    const shape = questionShape(question);
    for (const outcome of outcomes) {
      const { toegestaan, beslisser } = outcome.decision;
      const line = plain(firstLine(compose({ question, persona: 'school', outcome, hits: [], knowledge, analyze }).answer));
      const headline = line.replace(/^grondslag: [^.]*\.\s*/, '').replace(/^(ja|nee), dat klopt( niet)?\.\s*|^het hangt ervan af\.\s*/, '');
      // No "Dat kan" or "Ja" when nothing may be granted, no refusal when it may.
      if (toegestaan === false) expect(headline, line).not.toMatch(/^(ja\b|dat kan|dit mag)/);
      if (toegestaan === true) expect(headline, line).not.toMatch(/^nee\b/);
      // "Kan de school …?" while the leerplichtambtenaar decides is answered "Nee", with who does decide.
      const asksWrongDecider = /\b(school|directeur)\b/i.test(question) && beslisser === 'leerplichtambtenaar';
      if (toegestaan === 'afhankelijk' && asksWrongDecider) expect(headline, line).toMatch(/^(nee\. )?(de leerplichtambtenaar|dat kan, onder voorwaarden: de leerplichtambtenaar)\b[^.]*\bbeslist/);
      if (toegestaan === 'afhankelijk' && !asksWrongDecider) expect(headline, line).not.toMatch(/^(ja|nee)\b/);
      if (!shape.premise && toegestaan === false) expect(headline, line).toMatch(/^nee\b/);
      if (!shape.premise && toegestaan === true) expect(headline, line).toMatch(/^ja\b/);
      // The one who decides is the one the decision names.
      if (beslisser === 'directeur') expect(headline, line).not.toMatch(/leerplichtambtenaar (beslist|kan)/);
      if (beslisser === 'leerplichtambtenaar') expect(headline, line).not.toMatch(/(^|[:,] )de directeur (beslist|kan)/);
      // A yes/no question or premise gets its answer first, and the answer matches the decision.
      if (shape.form === 'ja-nee' && toegestaan !== 'afhankelijk') {
        const yes = toegestaan === true;
        const expected = shape.premise ? (yes !== shape.negated ? /^ja, dat klopt\./ : /^nee, dat klopt niet\./) : yes ? /^ja\b/ : /^nee\b/;
        expect(line, JSON.stringify(outcome.decision)).toMatch(expected);
      }
      if (shape.form === 'ja-nee' && toegestaan === 'afhankelijk') expect(line).toMatch(asksWrongDecider ? /^(het hangt ervan af|nee)\./ : /^het hangt ervan af\./);
      if (shape.form === 'grondslag') expect(line).toMatch(/^grondslag: .*artikel/);
    }
  });
});


describe('the first sentence names the report the rules decided, for every melding outcome', () => {
  it('over generated facts (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          leeftijd: fc.integer({ min: 4, max: 24 }),
          onderwijssoort: fc.constantFrom(...onderwijssoort.options),
          soortVerzuim: fc.constantFrom(...soortVerzuim.options),
          ongeoorloofdeUren: fc.integer({ min: 0, max: 60 }),
          aaneengeslotenWekenAfwezig: fc.integer({ min: 0, max: 8 }),
          ingeschreven: fc.boolean(),
        }),
        fc.constantFrom('Moeten we dit melden?', 'We hoeven dit toch nog niet te melden?', 'Welke melding doe ik?'),
        (facts, question) => {
          const outcome = outcomeFor('melding', facts);
          if (!outcome?.decided || !outcome.decision.melding) return;
          const line = plain(firstLine(compose({ question, persona: 'school', outcome, hits: [], knowledge, analyze, facts }).answer));
          expect(line, `${question} ${JSON.stringify(facts)}`).toMatch(MELDING_WORDS[outcome.decision.melding]!);
          const shape = questionShape(question);
          const verplicht = /verplicht/.test(plain(outcome.headline.text)) && !/niet verplicht/.test(plain(outcome.headline.text));
          if (shape.form === 'ja-nee' && outcome.decision.melding !== 'absoluut-verzuim') {
            // "Moeten we melden?" → Ja exactly when the report is mandatory; "we hoeven toch niet?" → the premise holds when it is not.
            const expected = shape.premise ? (verplicht !== shape.negated ? /^ja, dat klopt/ : /^nee, dat klopt niet/) : verplicht ? /^ja\b/ : /^nee\b/;
            expect(line, `${question} ${JSON.stringify(facts)}`).toMatch(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('restates the computed hours with their unit and the threshold', () => {
    for (const [uren, soort, unit, side] of [
      [12, 'vo', 'lesuren', 'onder de grens van 16 uur'],
      [16, 'vo', 'lesuren', 'de grens van 16 uur is bereikt'],
      [15, 'po', 'klokuren', 'onder de grens van 16 uur'],
    ] as const) {
      const facts = { leeftijd: 13, onderwijssoort: soort, soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: uren };
      const outcome = outcomeFor('melding', facts)!;
      const answer = compose({ question: 'Moet ik melden?', persona: 'school', outcome, hits: [], knowledge, analyze, facts }).answer;
      expect(answer).toContain(`${uren} ${unit} ongeoorloofd verzuim binnen 4 lesweken`);
      expect(answer).toContain(side);
    }
  });
});

describe('answers through the pipeline', () => {
  // Everyday questions of all kinds, none naming a region.
  const questions = [
    'Een leerling komt steeds een paar minuten te laat. Wat moet ik doen?',
    'Leerling van 14 is deze maand 9 keer te laat gekomen, moet ik iets doen?',
    'Hoe vaak mag een leerling te laat komen voordat we melden?',
    'Wanneer schakelen we de jeugdarts in bij veel ziekmeldingen?',
    'Wat doet de leerplichtambtenaar na een melding?',
    'Welke gegevens mag een school delen met de leerplichtambtenaar?',
    'Mag een school een leerling uitschrijven die naar het buitenland vertrekt?',
    'Wat is een thuiszitter?',
    'Hoeveel dagen verlof bij een bruiloft van een oom?',
    'Op grond van welk artikel mag een leerling afwezig zijn voor een religieuze feestdag?',
    'Klopt het dat een ziekmelding altijd naar DUO moet?',
    'Een leerling in 2 havo heeft 20 lesuren gespijbeld in 3 weken. Wat nu?',
  ];
  let answers: Array<{ question: string; region?: string; body: { answer: string; citations: Array<{ n: number; id: string }> } }> = [];

  beforeAll(async () => {
    const { app } = await fullApp();
    const ask = async (question: string, region?: string) => {
      const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, ...(region ? { region } : {}) }) });
      return { question, ...(region ? { region } : {}), body: (await res.json()) as { answer: string; citations: Array<{ n: number; id: string }> } };
    };
    answers = await Promise.all([...questions.map((q) => ask(q)), ...questions.map((q) => ask(q, 'ijssel-vecht'))]);
  }, 120_000);

  it('cites no regional protocol unless the region was given or named', () => {
    for (const a of answers.filter((x) => !x.region)) {
      for (const c of a.body.citations) expect(knowledge.get(c.id)?.region, `${a.question} → ${c.id}`).toBeUndefined();
      expect(a.body.answer, a.question).not.toMatch(/regionale protocol|IJssel-Vecht/i);
    }
  });

  it('may cite the protocol of the region that was given', () => {
    const regional = answers.filter((x) => x.region).flatMap((a) => a.body.citations.map((c) => knowledge.get(c.id)?.region));
    expect(regional).toContain('ijssel-vecht');
  });

  it('gives each passage one number, and every marker a citation', () => {
    for (const a of answers) {
      const ids = a.body.citations.map((c) => c.id);
      expect(new Set(ids).size, a.question).toBe(ids.length);
      const known = new Set(a.body.citations.map((c) => c.n));
      for (const m of a.body.answer.matchAll(/\[(\d+)\]/g)) expect(known.has(Number(m[1])), a.question).toBe(true);
    }
  });

  it('leaves no Markdown the page cannot render: only **bold** pairs, no single asterisks', () => {
    for (const a of answers) {
      const withoutBold = a.body.answer.replace(/\*\*[^*\n]+\*\*/g, '');
      expect(withoutBold, a.question).not.toMatch(/\*/);
    }
  });
});
