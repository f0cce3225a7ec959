import type { Passage } from '../index/passage.js';
import { contentTerms, weightIn } from '../retrieve/query-terms.js';
import { weighTerms, type Analyze } from './evidence.js';

// Once the first sentence answers, every further sentence must add something: a part of the question, a condition
// or limit, a new number or date. A sentence that says again what the answer already says (the same rule from a
// second source, the same figure in other words) only makes the answer longer (issue 12).

/** Why a sentence is in the answer: it answers a part of the question, limits the sentence before it, or adds evidence. */
export type Role = 'evidence' | 'part' | 'limit';

export interface Candidate {
  passage: Passage;
  text: string;
  role: Role;
}

/** A sentence sharing this much of its content with one sentence already said repeats it. */
const NEAR_DUPLICATE = 0.6;
/** A sentence whose content the answer already has for this much, spread over several sentences, adds nothing new. */
const ALREADY_SAID = 0.8;
/** Quoted supporting sentences beyond the answer's lead, in characters; the best-covering ones stay. */
export const EVIDENCE_BUDGET = 450;

/**
 * The quantities a text states, a number with the word after it ("10 uur", "4 lesweken"), or the bare number: "10 uur
 * per week" is new beside "meer dan 10", a second "16 uur" is not.
 */
function quantities(text: string): string[] {
  return [...text.toLowerCase().matchAll(/(\d+(?:[.,]\d+)?)(?:\s+(\p{L}+))?/gu)].map((m) => `${m[1]} ${m[2] ?? ''}`.trim());
}

interface Said {
  terms: Set<string>;
  negated: boolean;
}

const NEGATION = /(?<![\p{L}])(niet|geen|nooit|nergens)(?![\p{L}])/iu;

const share = (terms: Set<string>, seen: Set<string>) => {
  if (terms.size === 0) return 1;
  let n = 0;
  for (const t of terms) if (seen.has(t)) n++;
  return n / terms.size;
};

/**
 * The candidates that add something to what the answer has `said`, in their order. A near-duplicate of one said
 * sentence, or a sentence the answer says already across several, is dropped unless it brings a quantity the
 * answer lacks; a negated sentence repeats only a negated one. A limit goes with the sentence it limits: both stay when either adds something (the limit leans on
 * its sentence), both go when neither does. Parts of the question are never dropped. Then, over `budget`
 * characters, the supporting sentences that cover the question least go first.
 */
export function trimToBudget(candidates: Candidate[], said: string[], question: string, analyze: Analyze, budget = EVIDENCE_BUDGET): Candidate[] {
  const saidTerms: Said[] = said.map((s) => ({ terms: new Set(analyze(s)), negated: NEGATION.test(s) }));
  const union = new Set(saidTerms.flatMap((s) => [...s.terms]));
  // Group each limit with the sentence before it.
  const groups: Candidate[][] = [];
  for (const c of candidates) {
    if (c.role === 'limit' && groups.length) groups[groups.length - 1]!.push(c);
    else groups.push([c]);
  }
  const saidQuantities = new Set(said.flatMap(quantities));
  const adds = (c: Candidate, kept: Said[], all: Set<string>): boolean => {
    if (quantities(c.text).some((q) => !saidQuantities.has(q))) return true;
    const terms = new Set(analyze(c.text));
    // "Mag niet …" says something else than the same words without "niet": it repeats only a negated sentence.
    if (NEGATION.test(c.text)) return !kept.some((s) => s.negated && share(terms, s.terms) >= NEAR_DUPLICATE);
    return !kept.some((s) => share(terms, s.terms) >= NEAR_DUPLICATE) && share(terms, all) < ALREADY_SAID;
  };
  const kept: Candidate[][] = [];
  const keptTerms = [...saidTerms];
  for (const g of groups) {
    if (g[0]!.role !== 'part' && !g.some((c) => adds(c, keptTerms, union))) continue;
    kept.push(g);
    for (const c of g) {
      for (const q of quantities(c.text)) saidQuantities.add(q);
      const terms = new Set(analyze(c.text));
      keptTerms.push({ terms, negated: NEGATION.test(c.text) });
      for (const t of terms) union.add(t);
    }
  }
  // Over budget: drop the evidence groups that cover the question least, never a part of the question.
  const weights = weighTerms(contentTerms(question, analyze), kept.flat().map((c) => new Set(analyze(c.text))));
  // A group counts by the sentence it is about, not by the words its limit adds.
  const coverage = (g: Candidate[]) => weightIn(weights, new Set(analyze(g[0]!.text)));
  const length = (gs: Candidate[][]) => gs.flat().reduce((n, c) => n + c.text.length, 0);
  const droppable = kept.filter((g) => g[0]!.role === 'evidence').sort((a, b) => coverage(a) - coverage(b));
  const dropped = new Set<Candidate[]>();
  for (const g of droppable) {
    if (length(kept.filter((k) => !dropped.has(k))) <= budget) break;
    dropped.add(g);
  }
  return kept.filter((g) => !dropped.has(g)).flat();
}
