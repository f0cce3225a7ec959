// `npm run eval:intents`: intent accuracy of the cue lists, the NLP.js classifier and the two combined, on the
// templates held out of training (25 %, every surface form) and on the sets written after the cues; the last column
// is what the pipeline uses: `understand`, where facts stated in the message may add a rules question.
import { understand } from '../server/ask/understand/index.js';
import { cueIntents, readIntents, trainClassifier } from '../server/ask/understand/intents.js';
import { expand, loadParaphrases } from '../server/ask/understand/paraphrases.js';
import { corpusSplit, questionFirst, sameSet, surfaceForms, type Variant } from '../test/ask/intents/surface.js';

const { corpus, held, train, test } = corpusSplit();
let started = performance.now();
const heldOutModel = trainClassifier(train);
const trainSeconds = (performance.now() - started) / 1000;
const fullModel = trainClassifier(expand(corpus));
const fresh = (file: string) => expand(loadParaphrases(new URL(`../test/ask/intents/${file}`, import.meta.url).pathname)).flatMap((p, n) => surfaceForms(p, n));

/** Adds the clause-order form: the asking sentence before the story. */
function withQuestionFirst(set: Variant[]): Variant[] {
  return set.flatMap((v) => (v.form === 'plain' && questionFirst(v.text) !== v.text ? [v, { ...v, text: questionFirst(v.text), form: 'question-first' }] : [v]));
}

const rows: Array<[string, Variant[], ReturnType<typeof trainClassifier>]> = [
  [`held-out templates (${held.size} of ${corpus.templates.length}), classifier trained on the other ${train.length} sentences`, test, heldOutModel],
  ['fresh set 1 (written after the cues)', fresh('fresh-paraphrases.yaml'), fullModel],
  ['fresh set 2 (written after the fixes set 1 prompted)', fresh('fresh-paraphrases-2.yaml'), fullModel],
  ['fresh set 3 (main question vs side clauses, knowledge with facts; + question-first order)', withQuestionFirst(fresh('fresh-paraphrases-3.yaml')), fullModel],
];
console.log('| set | variants | cues | classifier | combined | understand |\n| --- | --- | --- | --- | --- | --- |');
for (const [name, set, model] of rows) {
  const pct = (f: (v: Variant) => boolean) => `${((100 * set.filter(f).length) / set.length).toFixed(1)} %`;
  console.log(
    `| ${name} | ${set.length} | ${pct((v) => sameSet(cueIntents(v.text).intents, v.intents))} | ${pct((v) => sameSet(model.classify(v.text), v.intents))} | ${pct((v) => sameSet(readIntents(v.text, () => model).intents, v.intents))} | ${pct((v) => sameSet(understand(v.text, { today: '2026-12-03' }).intents, v.intents))} |`,
  );
}
started = performance.now();
const sample = test.slice(0, 500);
for (const v of sample) readIntents(v.text, () => fullModel);
console.log(`\nTraining on ${train.length} sentences: ${trainSeconds.toFixed(1)} s. Reading one question: ${((performance.now() - started) / sample.length).toFixed(2)} ms.`);
