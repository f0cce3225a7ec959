import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, loadLexicon, type Analyzer } from '../retrieve/analysis.js';

// Which Dutch analyser an index uses: the vocabulary of its knowledge folder (synonyms.yaml).

const DEFAULT_SYNONYMS = fileURLToPath(new URL('../../knowledge/synonyms.yaml', import.meta.url));

let cachedAnalyzer: Analyzer | undefined;
/** The analyser for the project's own vocabulary (knowledge/synonyms.yaml). */
export function defaultAnalyzer(): Analyzer {
  cachedAnalyzer ??= createAnalyzer(loadLexicon(DEFAULT_SYNONYMS));
  return cachedAnalyzer;
}

/** The analyser for a knowledge folder; without a synonyms.yaml, plain analysis. */
export function analyzerFor(knowledgeDir: string | undefined): Analyzer {
  const file = knowledgeDir && join(knowledgeDir, 'synonyms.yaml');
  return file && existsSync(file) ? createAnalyzer(loadLexicon(file)) : createAnalyzer({ groups: [], lexicon: [] });
}
