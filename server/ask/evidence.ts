import type { Passage, SearchHit } from '../index/passage.js';
import { contentTerms, documentFrequencies, weightIn } from '../retrieve/query-terms.js';
import { splitSentences } from './sentences.js';

// Picks the sentences that carry an answer: verbatim spans of retrieved passages.

export type Analyze = (text: string) => string[];

interface AnalyzedSentence {
  text: string;
  terms: Set<string>;
}

// Passages do not change under an id while the server runs (a new version gets new text, so a new key).
const sentenceCache = new Map<string, AnalyzedSentence[]>();
const CACHE_MAX = 20_000;

/** Which sentences may be quoted in this answer (e.g. none naming another region's rules). */
export type KeepSentence = (text: string) => boolean;

/** The quotable sentences of a passage with their analysed terms, computed once per passage text. */
export function sentencesOf(passage: Passage, analyze: Analyze, keep?: KeepSentence): AnalyzedSentence[] {
  const key = `${passage.id}\u0000${passage.text.length}\u0000${passage.text.slice(0, 40)}`;
  let cached = sentenceCache.get(key);
  if (!cached) {
    cached = splitSentences(passage.text)
      .filter((s) => isQuotable(s.text))
      .map((s) => ({ text: s.text, terms: new Set(analyze(s.text)) }));
    if (sentenceCache.size >= CACHE_MAX) sentenceCache.clear();
    sentenceCache.set(key, cached);
  }
  return keep ? cached.filter((s) => keep(s.text)) : cached;
}

const passageTermCache = new Map<string, Set<string>>();

/** All analysed terms of a passage, its heading included, computed once per passage text. */
export function passageTerms(passage: Passage, analyze: Analyze): Set<string> {
  const key = `${passage.id}\u0000${passage.text.length}\u0000${passage.section ?? ''}`;
  let cached = passageTermCache.get(key);
  if (!cached) {
    cached = new Set(analyze(`${passage.section ?? ''} ${passage.text}`));
    if (passageTermCache.size >= CACHE_MAX) passageTermCache.clear();
    passageTermCache.set(key, cached);
  }
  return cached;
}

/** Share of the candidate's terms that a chosen sentence already has: a candidate that adds little repeats it. */
function overlap(chosen: Set<string>, candidate: Set<string>): number {
  if (candidate.size === 0) return 1;
  let n = 0;
  for (const t of candidate) if (chosen.has(t)) n++;
  return n / candidate.size;
}

export interface EvidenceSentence {
  passage: Passage;
  text: string;
  score: number;
}

const MIN_WORDS = 5;
const MAX_CHARS = 400;
const REDUNDANT = 0.6;
const RELATIVE_FLOOR = 0.35;

function isQuotable(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= MIN_WORDS && text.length <= MAX_CHARS && !/^(#|\||Bron:|Grondslag:)/.test(text) && !/:$/.test(text);
}

/** Overlap of a sentence with the wanted terms, weighted by term rarity and lightly by position. */
export function scoreSentence(sentenceTerms: Set<string>, wanted: Map<string, number>): number {
  return weightIn(wanted, sentenceTerms);
}

/** Term weights for a query: rarer terms across the candidate sentences weigh more. */
export function weighTerms(queryTerms: string[], corpus: Set<string>[]): Map<string, number> {
  const weights = new Map<string, number>();
  const n = Math.max(1, corpus.length);
  for (const [t, df] of documentFrequencies(new Set(queryTerms), corpus)) weights.set(t, Math.log(1 + (n + 1) / (df + 0.5)));
  return weights;
}

/** The best quotable sentences from the hits, at most `perPassage` per passage. */
export function selectEvidence(
  hits: SearchHit[],
  query: string,
  analyze: Analyze,
  opts: { max: number; perPassage?: number; exclude?: Set<string>; keep?: KeepSentence },
): EvidenceSentence[] {
  const candidates: Array<{ passage: Passage; text: string; terms: Set<string>; rank: number }> = [];
  hits.forEach((hit, rank) => {
    for (const s of sentencesOf(hit.passage, analyze, opts.keep)) {
      if (opts.exclude?.has(s.text)) continue;
      candidates.push({ passage: hit.passage, text: s.text, terms: s.terms, rank });
    }
  });
  const excludedTerms = [...(opts.exclude ?? [])].map((t) => new Set(analyze(t)));
  const wanted = weighTerms(analyze(query), candidates.map((c) => c.terms));
  const scored = candidates
    .map((c) => ({ ...c, score: scoreSentence(c.terms, wanted) / (1 + 0.15 * c.rank) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  // A sentence far weaker than the best one answers something else.
  const floor = (scored[0]?.score ?? 0) * RELATIVE_FLOOR;
  const perPassage = new Map<string, number>();
  const out: Array<EvidenceSentence & { terms: Set<string> }> = [];
  for (const c of scored) {
    if (c.score < floor) break;
    const used = perPassage.get(c.passage.id) ?? 0;
    if (used >= (opts.perPassage ?? 2)) continue;
    if (out.some((o) => overlap(o.terms, c.terms) > REDUNDANT) || excludedTerms.some((t) => overlap(t, c.terms) > REDUNDANT)) continue;
    perPassage.set(c.passage.id, used + 1);
    out.push({ passage: c.passage, text: c.text, score: c.score, terms: c.terms });
    if (out.length >= opts.max) break;
  }
  return out.map(({ terms: _t, ...e }) => e);
}

/** The sentence of the given passages that best supports a claim, or undefined when none shares enough terms. */
export function supportFor(
  claim: string,
  passages: Passage[],
  analyze: Analyze,
  minShare = 0.25,
  keep?: KeepSentence,
): { passage: Passage; text: string } | undefined {
  const claimTerms = [...new Set(analyze(claim))];
  if (claimTerms.length === 0) return undefined;
  let best: { passage: Passage; text: string; share: number } | undefined;
  for (const passage of passages) {
    for (const { text, terms } of sentencesOf(passage, analyze, keep)) {
      const s = { text };
      const share = claimTerms.filter((t) => terms.has(t)).length / claimTerms.length;
      if (!best || share > best.share) best = { passage, text: s.text, share };
    }
  }
  return best && best.share >= minShare ? { passage: best.passage, text: best.text } : undefined;
}

/** Any example or case ("Voorbeeld: …", "Rekenvoorbeeld: …"): beside a decision the rules speak, not examples. */
export function isExample(p: Passage): boolean {
  return /voorbeeld|casus/i.test(p.section ?? '');
}

/**
 * A worked example computed for one pupil or family ("Rekenvoorbeeld: basisschool in 7 jaar"): never the lead of an
 * answer about another child. A general scenario ("Voorbeeld: vertrek naar het buitenland zonder nieuwe school")
 * may lead when it is what the question describes.
 */
export function isWorkedExample(p: Passage): boolean {
  return /rekenvoorbeeld|casus/i.test(p.section ?? '');
}

export interface RankedSentence {
  passage: Passage;
  text: string;
  /** Position of the sentence in its passage (0 = first). */
  index: number;
  /** Weighted share of the question's terms in the sentence, 0–1. */
  coverage: number;
  score: number;
}

const NUMBER = /\d+(?:[.,]\d+)?/g;

/**
 * Scores every quotable sentence of the given passages against the question: rarity-weighted share of its terms
 * (stems, compound parts and synonym groups, via `analyze`), its numbers and dates, the passage's own prior (its
 * place in the ranking and how well its heading matches), wherever the sentence stands in the passage.
 */
export function rankSentences(
  passages: Array<{ passage: Passage; prior: number }>,
  question: string,
  analyze: Analyze,
  keep?: KeepSentence,
): RankedSentence[] {
  const candidates = passages.flatMap(({ passage, prior }) => sentencesOf(passage, analyze, keep).map((s, index) => ({ passage, prior, index, ...s })));
  const weights = weighTerms(contentTerms(question, analyze), candidates.map((c) => c.terms));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const numbers = new Set(question.match(NUMBER) ?? []);
  return candidates
    .map((c) => {
      const coverage = scoreSentence(c.terms, weights) / total;
      const sameNumbers = [...(c.text.match(NUMBER) ?? [])].filter((n) => numbers.has(n)).length;
      // Kennisbank answers are written answer-first: the first sentence gets a small head start, not a monopoly.
      const score = coverage + 0.05 * Math.min(2, sameNumbers) + c.prior + (c.index === 0 ? 0.08 : 0);
      return { passage: c.passage, text: c.text, index: c.index, coverage, score };
    })
    .sort((a, b) => b.score - a.score);
}
