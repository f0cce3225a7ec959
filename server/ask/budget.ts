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
export const EVIDENCE_BUDGET = 600;

const share = (terms: Set<string>, seen: Set<string>) => {
  if (terms.size === 0) return 1;
  let n = 0;
  for (const t of terms) if (seen.has(t)) n++;
  return n / terms.size;
};

/**
 * The candidates that add something to what the answer has `said`, in their order. A near-duplicate of one said
 * sentence, or a sentence the answer says already across several, is dropped unless it brings a number or date the
 * answer lacks. A limit goes with the sentence it limits: both stay when either adds something (the limit leans on
 * its sentence), both go when neither does. Parts of the question are never dropped. Then, over `budget`
 * characters, the supporting sentences that cover the question least go first.
 */
export function trimToBudget(candidates: Candidate[], said: string[], question: string, analyze: Analyze, budget = EVIDENCE_BUDGET): Candidate[] {
  const saidTerms = said.map((s) => new Set(analyze(s)));
  const union = new Set(saidTerms.flatMap((s) => [...s]));
  // Group each limit with the sentence before it.
  const groups: Candidate[][] = [];
  for (const c of candidates) {
    if (c.role === 'limit' && groups.length) groups[groups.length - 1]!.push(c);
    else groups.push([c]);
  }
  const adds = (c: Candidate, kept: Set<string>[], all: Set<string>): boolean => {
    const terms = new Set(analyze(c.text));
    const newNumber = [...terms].some((t) => /\d/.test(t) && !all.has(t));
    if (newNumber) return true;
    return !kept.some((s) => share(terms, s) >= NEAR_DUPLICATE) && share(terms, all) < ALREADY_SAID;
  };
  const kept: Candidate[][] = [];
  const keptTerms = [...saidTerms];
  for (const g of groups) {
    if (g[0]!.role !== 'part' && !g.some((c) => adds(c, keptTerms, union))) continue;
    kept.push(g);
    for (const c of g) {
      const terms = new Set(analyze(c.text));
      keptTerms.push(terms);
      for (const t of terms) union.add(t);
    }
  }
  // Over budget: drop the evidence groups that cover the question least, never a part of the question.
  const weights = weighTerms(contentTerms(question, analyze), kept.flat().map((c) => new Set(analyze(c.text))));
  const coverage = (g: Candidate[]) => weightIn(weights, new Set(g.flatMap((c) => analyze(c.text))));
  const length = (gs: Candidate[][]) => gs.flat().reduce((n, c) => n + c.text.length, 0);
  const droppable = kept.filter((g) => g[0]!.role === 'evidence').sort((a, b) => coverage(a) - coverage(b));
  const dropped = new Set<Candidate[]>();
  for (const g of droppable) {
    if (length(kept.filter((k) => !dropped.has(k))) <= budget) break;
    dropped.add(g);
  }
  return kept.filter((g) => !dropped.has(g)).flat();
}
