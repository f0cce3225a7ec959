import { decide } from '../../../server/ask/decide.js';
import { questionShape } from '../../../server/ask/question-form.js';
import type { Decision } from '../../../server/ask/types.js';
import { statedFacts, understand } from '../../../server/ask/understand/index.js';
import { consistentHeadline, withYesNo, yesNo } from '../../../server/ask/verdict.js';
import { TODAY } from './expect.js';

// Reads a question the whole way without retrieval: understand → rules → the first sentence of the answer.
// Shared by the CheckList-style class tests (verlof-klassen, verlof-feiten).

export interface Read {
  decision?: Decision;
  lead: string;
  facts: Record<string, unknown>;
  /** The facts the rules ask for before they can decide. */
  followUp?: string[];
}

export function read(question: string): Read {
  const u = understand(question, { today: TODAY });
  // As the pipeline passes them (pipeline.ts): the rules' inputs and what bounds them (class year, ranges).
  const facts = statedFacts(u);
  const outcome = decide(u.intents, facts, { region: u.regio, persona: 'school', today: TODAY });
  if (!outcome) return { lead: '', facts };
  const shape = questionShape(question);
  const headline = consistentHeadline(outcome.decision, outcome.headline.text, question);
  return { decision: outcome.decision, lead: withYesNo(headline, yesNo(outcome.decision, headline, question, shape), shape), facts, followUp: outcome.followUp.map((m) => m.fact) };
}

/** Every combination of the lists, as [a, b, …] tuples. */
export function grid<T extends unknown[][]>(...lists: T): Array<{ [K in keyof T]: T[K][number] }> {
  return lists.reduce<unknown[][]>((acc, list) => acc.flatMap((row) => list.map((v) => [...row, v])), [[]]) as Array<{ [K in keyof T]: T[K][number] }>;
}

const RANK = { false: 0, afhankelijk: 1, true: 2 } as const;
/** Refusal < depends < approval: a fact that rules a case out may only lower it. */
export const rank = (d?: Decision) => RANK[String(d?.toegestaan) as keyof typeof RANK];
