import { beforeAll, describe, expect, it } from 'vitest';
import { trimToBudget, type Candidate, type Role } from '../../server/ask/budget.js';
import { buildMemoryIndex, type SearchableIndex } from '../../server/index/knowledge-index.js';
import { passage } from '../support/passage.js';

// trimToBudget: once the lead answers, a supporting sentence stays only when it adds something (issue 12).

const p = passage('kb:x', 'x', 'x', []);
const c = (text: string, role: Role = 'evidence'): Candidate => ({ passage: p, text, role });
let index: SearchableIndex;
const analyze = (t: string) => index.analyze(t);
beforeAll(async () => {
  index = await buildMemoryIndex([p]);
});
const texts = (cs: Candidate[]) => cs.map((x) => x.text);

const lead = 'De directeur beslist over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar.';
const question = 'Wie beslist over verlof wegens gewichtige omstandigheden?';

describe('trimToBudget', () => {
  it.each([
    'Over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar beslist de directeur.',
    'Tot en met 10 schooldagen per schooljaar beslist de directeur van de school over verlof wegens gewichtige omstandigheden.',
    'Verlof wegens gewichtige omstandigheden: de directeur beslist tot en met 10 schooldagen per schooljaar.',
  ])('drops the same rule from a second source, whatever its word order: %s', (dup) => {
    expect(texts(trimToBudget([c(dup)], [lead], question, analyze))).toEqual([]);
  });

  it('drops a sentence whose content the answer already has across two sentences', () => {
    const said = [lead, 'Boven de 10 schooldagen beslist de leerplichtambtenaar van de woongemeente.'];
    const spread = 'De directeur beslist tot 10 schooldagen verlof, de leerplichtambtenaar van de woongemeente daarboven.';
    expect(texts(trimToBudget([c(spread)], said, question, analyze))).toEqual([]);
  });

  it.each([
    'Boven de 10 schooldagen beslist de leerplichtambtenaar van de woongemeente.',
    'De aanvraag moet 8 weken van tevoren bij de directeur zijn.',
    'Een kind van 5 jaar mag in totaal ten hoogste 10 uur per week thuisblijven.',
  ])('keeps a sentence that adds a new actor, quantity or deadline: %s', (news) => {
    expect(texts(trimToBudget([c(news)], [lead], question, analyze))).toEqual([news]);
  });

  it('keeps a negation that the answer does not state yet, and drops a negated repetition', () => {
    const said = ['Artikel 10 staat uitschrijven van een leerling toe als hij op een andere school is ingeschreven.', 'Ouders die vertrekken, leveren nog een bewijs van inschrijving.'];
    const no = 'Een school mag een leerling niet uitschrijven zonder bewijs van inschrijving op een andere school.';
    expect(texts(trimToBudget([c(no)], said, 'Mogen we haar uitschrijven?', analyze))).toEqual([no]);
    expect(texts(trimToBudget([c(no)], [...said, 'Zonder bewijs van inschrijving op een andere school mag een school een leerling niet uitschrijven.'], 'Mogen we haar uitschrijven?', analyze))).toEqual([]);
  });

  it('keeps the limit with the sentence it limits, and drops both when neither adds anything', () => {
    const anchor = 'Over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar beslist de directeur.';
    const limit = 'Dat kan alleen als de ouders het verlof vooraf schriftelijk aanvragen.';
    expect(texts(trimToBudget([c(anchor), c(limit, 'limit')], [lead], question, analyze))).toEqual([anchor, limit]);
    expect(texts(trimToBudget([c(anchor), c(anchor, 'limit')], [lead], question, analyze))).toEqual([]);
  });

  it('never drops a sentence that answers a part of the question', () => {
    const part = 'Over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar beslist de directeur.';
    expect(texts(trimToBudget([c(part, 'part')], [lead], question, analyze))).toEqual([part]);
  });

  it('over budget, drops the evidence that covers the question least first, and keeps the order', () => {
    const close = 'Bij twijfel over gewichtige omstandigheden overlegt de directeur met de leerplichtambtenaar.';
    const far = 'Het formulier staat op de website van de school en wordt in het dossier bewaard.';
    const kept = trimToBudget([c(far), c(close)], [lead], question, analyze, close.length + 5);
    expect(texts(kept)).toEqual([close]);
    expect(texts(trimToBudget([c(far), c(close)], [lead], question, analyze, 10_000))).toEqual([far, close]);
  });
});
