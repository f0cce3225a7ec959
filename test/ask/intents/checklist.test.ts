import { describe, expect, it } from 'vitest';
import { cueIntents, readIntents, storedClassifier } from '../../../server/ask/understand/intents.js';
import { understand } from '../../../server/ask/understand/index.js';
import { expand, loadParaphrases } from '../../../server/ask/understand/paraphrases.js';
import { corpusSplit, sameSet, surfaceForms, type Variant } from './surface.js';

// CheckList suite for what a question asks (issue 10 item 4): templates × surface forms (persona frames,
// politeness, typos, abbreviations, lower case without punctuation), compounds, open forms and premises.
// `npm run eval:intents` prints the same figures per reader (cues, classifier, combined).

const { held, test, seen } = corpusSplit();
const fresh = ['fresh-paraphrases.yaml', 'fresh-paraphrases-2.yaml'].flatMap((file) =>
  expand(loadParaphrases(new URL(file, import.meta.url).pathname)).flatMap((p, n) => surfaceForms(p, n)),
);
const accuracy = (set: Variant[]) => set.filter((v) => sameSet(readIntents(v.text).intents, v.intents)).length / set.length;

describe('intents: generated paraphrases', () => {
  it('generates at least 2,000 variants, a quarter of the templates held out', () => {
    expect(test.length + seen.length + fresh.length).toBeGreaterThanOrEqual(2000);
    expect(held.size).toBeGreaterThanOrEqual(30);
  });
  it('reads ≥ 95 % of the held-out templates right in every surface form', () => {
    expect(accuracy(test)).toBeGreaterThanOrEqual(0.95);
  });
  it('reads ≥ 95 % of the sets written after the cues right', () => {
    expect(accuracy(fresh)).toBeGreaterThanOrEqual(0.95);
  });
  it('minimum functionality: every template of the corpus, plainly written', () => {
    const plain = seen.filter((v) => v.form === 'plain');
    const wrong = plain.filter((v) => !sameSet(readIntents(v.text).intents, v.intents)).map((v) => v.text);
    expect(wrong).toEqual([]);
  });
  it('invariance: persona, politeness, typos, shorthand and lower case do not change what is asked (≥ 99 %)', () => {
    const plain = new Map(seen.filter((v) => v.form === 'plain').map((v) => [`${v.template}:${v.intents.join()}`, v]));
    const forms = seen.filter((v) => v.form !== 'plain');
    const same = forms.filter((v) => sameSet(readIntents(v.text).intents, v.intents));
    expect(plain.size).toBeGreaterThan(0);
    expect(same.length / forms.length).toBeGreaterThanOrEqual(0.99);
  });
});

describe('intents: compounds, open forms, premises', () => {
  it.each([
    ['Moet ik een verzuimmelding doen voor deze leerling?', ['melding']],
    ['Is een luxeverzuimmelding nodig voor mijn leerling?', ['melding']],
    ['Moet de 16-uursmelding nog voor hem?', ['melding']],
    ['Geldt de meldplicht voor haar?', ['melding']],
    ['Hij heeft zich ziekgemeld. Is dat goed zo?', []],
    ['Ouders hebben hem afgemeld. Wat betekent een afmelding?', []],
    ['Mijn leerling spijbelt. Wat zijn mijn stappen?', ['melding']],
    ['Is hij nog ergens toe verplicht?', ['leerplicht']],
    ['Ouders vragen een week extra vakantie. Mag dit?', ['verlof']],
    ['Ouders vragen vrij voor de bruiloft van een nicht. Is dit toegestaan?', ['verlof']],
    ['Hoe zit het met verlof voor een begrafenis in Suriname?', ['verlof']],
    ['Klopt het dat mijn zoon van 16 niet meer naar school hoeft?', ['leerplicht']],
    ['Verlof is toch gewoon toegestaan voor een huwelijk?', ['verlof']],
    ['Dus we hoeven haar nog niet te melden? Ze spijbelt wekelijks.', ['melding']],
    ['Verlof afgewezen, maar ze zijn toch op vakantie gegaan. Moet ik melden?', ['melding']],
    ['Verlof afgewezen, maar ze zijn toch gegaan. Mocht ik het weigeren, en moet ik het nu melden?', ['verlof', 'melding']],
    ['Wat is luxe verzuim?', []],
    ['Welke gegevens staan in een verzuimmelding?', []],
    ['Wanneer kan ik een spijbelaar naar Halt sturen?', []],
  ] as const)('%s → %j', (q, intents) => {
    expect(readIntents(q).intents.sort()).toEqual([...intents].sort());
  });
});

describe('intents: independent of extracted facts', () => {
  it('keeps the question type when no fact is extracted', () => {
    for (const q of ['Moet ik dit melden?', 'Mag dit verlof?', 'Is mijn zoon nog leerplichtig?', 'Kan mijn dochter vrijstelling krijgen?']) {
      const u = understand(q, { today: '2026-11-22' });
      expect(u.intents.length, q).toBe(1);
    }
  });
  it('direction: an irrelevant sentence or a greeting never removes what is asked', () => {
    for (const v of seen.filter((x) => x.form === 'plain' && x.intents.length > 0).slice(0, 300)) {
      expect(readIntents(`Het regent hier al de hele week. ${v.text}`).intents.sort(), v.text).toEqual([...v.intents].sort());
    }
  });
  it('names the form of the question: legal ground, procedure, decision, knowledge', () => {
    expect(cueIntents('Op grond van welk artikel mag ik dit verlof geven?').vorm).toBe('grondslag');
    expect(cueIntents('Hoe vraag ik vrijstelling aan voor mijn zoon?').vorm).toBe('procedure');
    expect(cueIntents('Mag mijn zoon vrij voor een bruiloft?').vorm).toBe('beslissing');
    expect(cueIntents('Wat is een thuiszitter?').vorm).toBe('kennis');
  });
});

describe('intents: the stored classifier', () => {
  it('was trained on the current corpus (run `npm run train:intents` after editing knowledge/intents/paraphrases.yaml)', () => {
    expect(storedClassifier()).toBeDefined();
  });
});
