import { createHash } from 'node:crypto';
import type { Passage } from '../index/passage.js';
import type { Analyzer } from '../retrieve/analysis.js';
import { encodeTerms } from '../retrieve/rerank.js';
import type { PassageAnalysis } from '../retrieve/stored-analysis.js';
import { aspectsSource } from './aspect.js';
import { encodeSentences } from './evidence.js';

// The analysis of a passage that is stored with it at ingest (server/retrieve/stored-analysis.ts reads it back).

/**
 * Raise when the way sentences are split, chosen, analysed or encoded changes (sentences.ts, evidence.ts
 * `encodeSentences`, rerank.ts `encodeTerms`): the stored analyses are then made anew at the next ingest or start.
 * The vocabulary and the aspect words are in the fingerprint already.
 */
const ANALYSIS_VERSION = 1;

/** Names the way passages are analysed: stored analyses made another way are not used. */
export function analysisFingerprint(analyzer: Analyzer): string {
  return createHash('sha256').update(`${ANALYSIS_VERSION}\0${analyzer.fingerprint}\0${aspectsSource}`).digest('hex').slice(0, 12);
}

/** The stored form: the encodings of evidence.ts and rerank.ts. */
export function encodeAnalysis(passage: Passage, analyzer: Analyzer): PassageAnalysis {
  const analyze = (t: string) => analyzer.analyze(t);
  return { sentences: JSON.stringify(encodeSentences(passage, analyze)), rerankTerms: encodeTerms(passage, analyze) };
}
