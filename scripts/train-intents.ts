// `npm run train:intents`: trains the question-type classifier on knowledge/intents/paraphrases.yaml and stores it
// as knowledge/intents/classifier.json (with the corpus hash, so a stale model is never used).
import { writeClassifierModel } from '../server/ask/understand/intents.js';

const started = performance.now();
writeClassifierModel();
console.log(`Vraagsoort-classifier getraind en opgeslagen in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
