import type { Passage } from '../index/passage.js';

// The analysis the answer needs of a passage (its quotable sentences with their terms and aspects, and the rough
// sentence and heading terms the reranker scores), made once when the passage is ingested and stored with it
// (server/ask/passage-analysis.ts makes it; migrations/006). A passage read from the database carries it here, so a
// process that meets the passage for the first time decodes it instead of analysing every sentence again (at 100,000
// passages that analysis was most of the time of an answer citing passages not yet in the cache).

/** What is stored: the encodings of evidence.ts (`s`) and rerank.ts (`r`). */
export interface StoredAnalysis {
  s?: unknown;
  r?: unknown;
}

const attached = new WeakMap<Passage, string | StoredAnalysis>();

/** Gives a passage read from the index its stored analysis (JSON), decoded at first use. */
export function attachAnalysis(passage: Passage, json: string): void {
  attached.set(passage, json);
}

/**
 * The stored part `part` of a passage's analysis, handed out once: the caller keeps what it builds from it with the
 * passage, so the stored form is let go as soon as both parts were taken.
 */
export function takeStored(passage: Passage, part: keyof StoredAnalysis): unknown {
  let a = attached.get(passage);
  if (a === undefined) return undefined;
  if (typeof a === 'string') attached.set(passage, (a = JSON.parse(a) as StoredAnalysis));
  const value = a[part];
  delete a[part];
  if (a.s === undefined && a.r === undefined) attached.delete(passage);
  return value;
}
