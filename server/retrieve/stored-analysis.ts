import type { Passage } from '../index/passage.js';

// The analysis the answer needs of a passage (its quotable sentences with their terms and aspects, and the rough
// sentence and heading terms the reranker scores), made once when the passage is ingested and stored with it
// (server/ask/passage-analysis.ts makes it; migrations/006). A passage read from the database can read it from there,
// so a process that meets the passage for the first time decodes it instead of analysing every sentence again (at
// 100,000 passages that analysis was most of the extra time of an answer citing passages not yet in the cache).

/** The stored parts: the sentences of evidence.ts (JSON) and the terms of rerank.ts (a line per heading or sentence). */
export type AnalysisPart = 'sentences' | 'rerankTerms';
export type PassageAnalysis = Record<AnalysisPart, string>;

/** Reads a stored part of one passage; null when it has none. */
export type AnalysisSource = (part: AnalysisPart) => string | null;

// Only a way to read it is kept with the passage: each part is read when first needed and then kept by its user in
// its own form, so nothing is held twice and a part never needed (the reranker's terms of a passage found by its
// legal id) is never read.
const sources = new WeakMap<Passage, AnalysisSource>();

/** Tells where a passage read from the index finds its stored analysis. */
export function attachAnalysis(passage: Passage, source: AnalysisSource): void {
  sources.set(passage, source);
}

/** The stored part of a passage's analysis, or undefined when it has none (it is then made from the text). */
export function storedPart(passage: Passage, part: AnalysisPart): string | undefined {
  return sources.get(passage)?.(part) ?? undefined;
}

// Decoded terms are shared: one string per distinct term, as the analyser's own caches give (a stem, a synonym group).
// A term split from its stored line would be a copy per sentence, and a long one (V8 slices strings of 13 characters
// or more) would keep the whole stored line alive.
const interned = new Map<string, string>();
/** Bounded like the analyser's caches: a corpus's vocabulary is bounded; the cap only guards against junk. */
const MAX_INTERNED = 200_000;

/** The terms of a stored line (space-separated), each as the one shared string of that term. */
export function storedTerms(line: string): string[] {
  if (!line) return [];
  return line.split(' ').map((t) => {
    let shared = interned.get(t);
    if (shared === undefined) {
      // A flat copy, so the map does not hold the stored line through the key.
      shared = t.length >= 13 ? Buffer.from(t, 'utf8').toString('utf8') : t;
      if (interned.size < MAX_INTERNED) interned.set(shared, shared);
    }
    return shared;
  });
}
