import type { Passage, SearchHit } from '../index/passage.js';
import { contentTerms, documentFrequencies, weightIn } from '../retrieve/query-terms.js';
import { storedPart, storedTerms } from '../retrieve/stored-analysis.js';
import { aspectFit, askedAspects, statedAspects } from './aspect.js';
import { splitSentences, type SentenceSpan } from './sentences.js';

// Picks the sentences that carry an answer: verbatim spans of retrieved passages.

export type Analyze = (text: string) => string[];

interface AnalyzedSentence {
  text: string;
  terms: Set<string>;
  /** What the sentence states of its topic: its start, end, deadline, duration, frequency (aspect.ts). */
  aspects: ReadonlySet<string>;
  /** For a list item, the intro ending in ":" that it continues; quoted before the item. */
  intro?: string;
}

/** A passage's quotable sentences. */
interface AnalyzedPassage {
  sentences: AnalyzedSentence[];
}

// A passage object never changes: a new version of a passage (a publication, an ingest) is a new object read from
// the index. So the analysis of its sentences is kept with the object, computed once, and lives exactly as long as
// the index keeps the passage (its bounded cache of records): no keys to build per call, nothing stale after a
// publication, no bound of its own to tune.
const sentenceCache = new WeakMap<Passage, AnalyzedPassage>();

/** Which sentences may be quoted in this answer (e.g. none naming another region's rules). */
export type KeepSentence = (text: string) => boolean;

/**
 * The sentences `keep` lets through, per passage, for as long as that `keep` lives: one answer makes one and asks
 * for the same passages many times (each claim, each kind of source).
 */
const keptCache = new WeakMap<KeepSentence, WeakMap<Passage, AnalyzedSentence[]>>();

/** Shared by the many sentences that state no aspect: one empty set each would be a few MB at 100,000 passages. */
const NO_ASPECTS: ReadonlySet<string> = new Set();

const LIST_ITEM = /^([-*•]|\d+[.)]|[a-z][.)])\s/;

/**
 * The list intro ("Als de leerling 18 jaar of ouder is, dan:") that each list item under it depends on: an item
 * quoted without it would state a conditional rule as if it always held.
 */
function listIntros(sentences: SentenceSpan[]): Map<string, SentenceSpan> {
  const intros = new Map<string, SentenceSpan>();
  let intro: SentenceSpan | undefined;
  for (const s of sentences) {
    if (LIST_ITEM.test(s.text) && intro) intros.set(s.text, intro);
    else intro = /:$/.test(s.text) ? s : undefined;
  }
  return intros;
}

const nonEmpty = (aspects: Set<string>): ReadonlySet<string> => (aspects.size ? aspects : NO_ASPECTS);

/**
 * One quotable sentence as stored (stored-analysis.ts): its span in the passage text, its terms and aspects
 * space-separated (in the order of the sets, so the decoded sets iterate alike), and the span of its list intro.
 */
type StoredSentence = [start: number, end: number, terms: string, aspects: string, introStart?: number, introEnd?: number];

/** The analysis of a passage's sentences in the form stored with the passage at ingest (see `analysed`). */
export function encodeSentences(passage: Passage, analyze: Analyze): StoredSentence[] {
  const spans = splitSentences(passage.text);
  const intros = listIntros(spans);
  return spans
    .filter((s) => isQuotable(s.text))
    .map((s) => {
      const intro = intros.get(s.text);
      // The item is read with its intro: the condition is part of what it says.
      const terms = new Set(analyze(intro ? `${intro.text} ${s.text}` : s.text));
      const stored: StoredSentence = [s.start, s.end, [...terms].join(' '), [...statedAspects(s.text)].join(' ')];
      if (intro) stored.push(intro.start, intro.end);
      return stored;
    });
}

function decodeSentences(passage: Passage, stored: StoredSentence[]): AnalyzedPassage {
  return {
    sentences: stored.map(([start, end, terms, aspects, introStart, introEnd]) => ({
      text: passage.text.slice(start, end),
      terms: new Set(storedTerms(terms)),
      aspects: nonEmpty(new Set(storedTerms(aspects))),
      ...(introStart !== undefined && { intro: passage.text.slice(introStart, introEnd) }),
    })),
  };
}

function analysed(passage: Passage, analyze: Analyze): AnalyzedPassage {
  let cached = sentenceCache.get(passage);
  if (!cached) {
    const stored = storedPart(passage, 'sentences');
    cached = decodeSentences(passage, stored ? (JSON.parse(stored) as StoredSentence[]) : encodeSentences(passage, analyze));
    sentenceCache.set(passage, cached);
  }
  return cached;
}

/** The quotable sentences of a passage with their analysed terms, computed once per passage. */
export function sentencesOf(passage: Passage, analyze: Analyze, keep?: KeepSentence): AnalyzedSentence[] {
  const all = analysed(passage, analyze).sentences;
  if (!keep) return all;
  let kept = keptCache.get(keep);
  if (!kept) keptCache.set(keep, (kept = new WeakMap()));
  let mine = kept.get(passage);
  if (!mine) kept.set(passage, (mine = all.filter((s) => keep(s.text))));
  return mine;
}

/** The list intro a quoted sentence depends on, if it is a list item under one. */
export function introOf(passage: Passage, text: string, analyze: Analyze): string | undefined {
  return analysed(passage, analyze).sentences.find((s) => s.text === text)?.intro;
}

const passageTermCache = new WeakMap<Passage, Set<string>>();

/** All analysed terms of a passage, its heading included, computed once per passage. */
export function passageTerms(passage: Passage, analyze: Analyze): Set<string> {
  let cached = passageTermCache.get(passage);
  if (!cached) {
    cached = new Set(analyze(`${passage.section ?? ''} ${passage.text}`));
    passageTermCache.set(passage, cached);
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
  const candidates: Array<{ passage: Passage; text: string; terms: Set<string>; rank: number; score: number }> = [];
  // A sentence on the end of a rule does not answer a question about its start.
  const asked = askedAspects(query);
  hits.forEach((hit, rank) => {
    for (const s of sentencesOf(hit.passage, analyze, opts.keep)) {
      if (opts.exclude?.has(s.text) || aspectFit(asked, s.aspects) < 0) continue;
      candidates.push({ passage: hit.passage, text: s.text, terms: s.terms, rank, score: 0 });
    }
  });
  const wanted = weighTerms(analyze(query), candidates.map((c) => c.terms));
  for (const c of candidates) c.score = scoreSentence(c.terms, wanted) / (1 + 0.15 * c.rank);
  const scored = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
  // Read only when a candidate gets that far.
  let excluded: Set<string>[] | undefined;
  const excludedTerms = () => (excluded ??= [...(opts.exclude ?? [])].map((t) => new Set(analyze(t))));
  // A sentence far weaker than the best one answers something else.
  const floor = (scored[0]?.score ?? 0) * RELATIVE_FLOOR;
  const perPassage = new Map<string, number>();
  const out: Array<EvidenceSentence & { terms: Set<string> }> = [];
  for (const c of scored) {
    if (c.score < floor) break;
    const used = perPassage.get(c.passage.id) ?? 0;
    if (used >= (opts.perPassage ?? 2)) continue;
    if (out.some((o) => overlap(o.terms, c.terms) > REDUNDANT) || excludedTerms().some((t) => overlap(t, c.terms) > REDUNDANT)) continue;
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
  let best: { passage: Passage; text: string; found: number } | undefined;
  for (const passage of passages) {
    // No sentence of a passage matches more claim terms than all its sentences together: a passage that cannot
    // beat the best so far (a later sentence wins only with strictly more) is not read sentence by sentence.
    if (best) {
      // Read from the sentences' own sets: a set of the union, kept for every passage in the index's cache, would
      // add a tenth to the memory of the analysis.
      const { sentences } = analysed(passage, analyze);
      let bound = 0;
      for (const t of claimTerms) if (sentences.some((s) => s.terms.has(t))) bound++;
      if (bound <= best.found) continue;
    }
    for (const { text, terms } of sentencesOf(passage, analyze, keep)) {
      let found = 0;
      for (const t of claimTerms) if (terms.has(t)) found++;
      if (!best || found > best.found) best = { passage, text, found };
    }
  }
  return best && best.found / claimTerms.length >= minShare ? { passage: best.passage, text: best.text } : undefined;
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
  /** 1: states the asked aspect (start, end, …); -1: states only its opposite; 0: neither or nothing asked. */
  fit: 1 | 0 | -1;
}

const ASPECT_BONUS = 0.2;
const ASPECT_PENALTY = 0.35;

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
  const asked = askedAspects(question);
  return candidates
    .map((c) => {
      const coverage = scoreSentence(c.terms, weights) / total;
      const sameNumbers = [...(c.text.match(NUMBER) ?? [])].filter((n) => numbers.has(n)).length;
      // Kennisbank answers are written answer-first: the first sentence gets a small head start, not a monopoly.
      // The asked aspect (start, end, deadline, …) outweighs a sentence's head start; its opposite rules it out as lead.
      const fit = aspectFit(asked, c.aspects);
      const score = coverage + 0.05 * Math.min(2, sameNumbers) + c.prior + (c.index === 0 ? 0.08 : 0) + (fit > 0 ? ASPECT_BONUS : fit < 0 ? -ASPECT_PENALTY : 0);
      return { passage: c.passage, text: c.text, index: c.index, coverage, score, fit };
    })
    .sort((a, b) => b.score - a.score);
}
