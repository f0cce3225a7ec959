import type { KnowledgeIndex, Passage, SearchFilters, SearchHit } from '../index/passage.js';
import { articleMatch, type LegalRef } from './legal-refs.js';
import { expandQuery } from './query-expansion.js';
import { contentTerms, weightIn, type Analyze } from './query-terms.js';
import { storedPart, storedTerms } from './stored-analysis.js';

// Reranks the top of the hybrid ranking for everyday wording. Fusion ranks passages by their words overall; a
// question asked in a parent's or mentor's words is answered best by the passage whose own heading (for the
// kennisbank: the question it was written for) and whose single best sentence cover the question. Applied around
// `KnowledgeIndex.search`, so it works with any index behind that interface.

/** How many fused candidates are reranked: the right passage for everyday wording sits at rank 9–16 today. */
export const RERANK_DEPTH = 30;

/** Weights of the signals, fitted on test/retrieval-everyday.jsonl with test/retrieval-eval.jsonl as a guard (npm run eval:retrieval). */
export const WEIGHTS = { coverage: 1, heading: 1.5, sentence: 0.3, prior: 0.35 };
/** Weight of a term only the query expansion added, against the question's own words. */
export const EXPANSION_WEIGHT = 0.75;

interface PassageTerms {
  heading: Set<string>;
  sentences: Set<string>[];
}

// A passage object never changes (a new version is a new object): its terms are kept with it, as long as the index
// keeps the passage (see sentencesOf in server/ask/evidence.ts).
const termCache = new WeakMap<Passage, PassageTerms>();

// A number in a heading ("binnen twee dagen") says little about what the passage answers; numbers still count in
// the coverage of the text.
const NUMBER_WORDS = new Set(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']);
const isNumber = (t: string) => /^\d/.test(t) || NUMBER_WORDS.has(t);

/** The reranker's terms of a passage as stored with it at ingest (stored-analysis.ts): a line for the heading, then one per sentence, space-separated. */
export function encodeTerms(p: Passage, analyze: Analyze): string {
  const heading = new Set(analyze(p.section?.split('›').pop() ?? '').filter((t) => !isNumber(t)));
  // A rough split is enough to score: the composer does the exact one for quoting.
  const sentences = p.text.split(/(?<=[.?!])\s+|\n+/).map((s) => new Set(analyze(s)));
  return [heading, ...sentences].map((terms) => [...terms].join(' ')).join('\n');
}

function termsOf(p: Passage, analyze: Analyze): PassageTerms {
  let cached = termCache.get(p);
  if (!cached) {
    const [heading, ...sentences] = (storedPart(p, 'rerankTerms') ?? encodeTerms(p, analyze)).split('\n').map((t) => new Set(storedTerms(t)));
    // No set of all its terms besides: kept for every passage in the index's cache, it would double the memory.
    cached = { heading: heading!, sentences };
    termCache.set(p, cached);
  }
  return cached;
}

/** Weighted share of the query terms found in `terms`. */
function share(weights: Map<string, number>, total: number, terms: Set<string>): number {
  return total === 0 ? 0 : weightIn(weights, terms) / total;
}

/**
 * Reorders hits by coverage of the question (retrieval's own score), the match with the passage's heading, the
 * coverage by its best sentence and, lightly, the fused rank. Query terms are weighted by their rarity among the
 * candidates, so the words that tell candidates apart decide.
 */
export function rerank(query: string, hits: SearchHit[], analyze: Analyze, expansion = ''): SearchHit[] {
  const own = new Set(contentTerms(query, analyze));
  const queryTerms = [...new Set([...own, ...contentTerms(expansion, analyze)])];
  if (queryTerms.length === 0 || hits.length < 2) return hits;
  const analysed = hits.map((h) => termsOf(h.passage, analyze));
  const weights = new Map<string, number>();
  for (const t of queryTerms) {
    const df = analysed.filter((a) => a.heading.has(t) || a.sentences.some((s) => s.has(t))).length;
    // A word the expansion added stands for the question's words, it does not outweigh them: a detail in a side
    // remark ("haar moeder is ziek") must not turn the answer to another topic.
    weights.set(t, Math.log(1 + (analysed.length + 1) / (df + 0.5)) * (own.has(t) ? 1 : EXPANSION_WEIGHT));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  return hits
    .map((hit, rank) => {
      const { heading, sentences } = analysed[rank]!;
      const best = sentences.reduce((m, s) => Math.max(m, share(weights, total, s)), 0);
      const score =
        WEIGHTS.coverage * hit.score +
        WEIGHTS.heading * share(weights, total, heading) +
        WEIGHTS.sentence * best +
        WEIGHTS.prior / (1 + rank / 3);
      return { hit, score };
    })
    .sort((a, b) => b.score - a.score)
    .map((r) => r.hit);
}

/**
 * `KnowledgeIndex.search` with the top `RERANK_DEPTH` candidates reranked, cut to `k`; the query searches with its
 * everyday words expanded (knowledge/query-expansion.yaml). Candidates that may not answer at all (`keep`, e.g.
 * another region's protocol) leave before reranking, so they take no place in the top.
 */
export async function searchReranked(
  knowledge: KnowledgeIndex,
  query: string,
  analyze: Analyze,
  opts: { k?: number; filters?: SearchFilters; keep?: (p: Passage) => boolean; articles?: LegalRef[] } = {},
): Promise<SearchHit[]> {
  const k = opts.k ?? 8;
  const expanded = expandQuery(query);
  const hits = await knowledge.search(expanded, { k: Math.max(k, RERANK_DEPTH), ...(opts.filters ? { filters: opts.filters } : {}) });
  const keep = opts.keep;
  const ranked = rerank(query, keep ? hits.filter((h) => keep(h.passage)) : hits, analyze, expanded.slice(query.length));
  return namedArticlesFirst(knowledge, ranked, opts.articles ?? [], keep).slice(0, k);
}

/**
 * A question that names an article ("artikel 11 onder g", "art. 5a") gets that article's own statute passage first,
 * found through the legal-id map of the index even when the words of the question miss it. Its score is at least
 * the best hit's: the question asked for it by name.
 */
function namedArticlesFirst(knowledge: KnowledgeIndex, ranked: SearchHit[], refs: LegalRef[], keep?: (p: Passage) => boolean): SearchHit[] {
  if (refs.length === 0) return ranked;
  const top = ranked[0]?.score ?? 0;
  const first: SearchHit[] = [];
  // "Welke verklaring hoort bij een vrijstelling 5 onder a?" names a ground, not the article's text.
  for (const ref of refs.filter((r) => r.explicit)) {
    let best: { passage: Passage; match: number } | undefined;
    for (const p of knowledge.byLegalId(ref.id)) {
      if (keep && !keep(p)) continue;
      const match = articleMatch(p, ref);
      if (match > (best?.match ?? 0)) best = { passage: p, match };
    }
    if (!best || first.some((h) => h.passage.id === best.passage.id)) continue;
    const found = ranked.find((h) => h.passage.id === best.passage.id);
    first.push({ ...(found ?? { passage: best.passage }), score: Math.max(found?.score ?? 0, top) });
  }
  const ids = new Set(first.map((h) => h.passage.id));
  return [...first, ...ranked.filter((h) => !ids.has(h.passage.id))];
}
