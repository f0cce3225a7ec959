import { decideLeerplicht } from './leerplicht.js';
import { decideMelding } from './melding.js';
import type { LeerplichtInput, MeldingInput, VerlofInput, VerzuimEvaluateInput } from './schemas.js';
import { decideVerlof } from './verlof.js';
import { evaluateVerzuim } from './verzuim.js';
import { parseVerzuimCsv, type CsvOpties } from './verzuim-csv.js';

// The rule computations behind the HTTP endpoints, by name, for input the edge has already validated. They answer
// with the JSON text the client gets, so the same bytes come from this thread or from an answering thread
// (server/ask/pool.ts), and the result is serialised where it was computed instead of copied object by object.

export const RULE_JOBS = {
  melding: (input: MeldingInput) => decideMelding(input),
  verlof: (input: VerlofInput) => decideVerlof(input),
  leerplicht: (input: LeerplichtInput) => decideLeerplicht(input),
  verzuim: (input: VerzuimEvaluateInput) => evaluateVerzuim(input),
  'verzuim-csv': (input: { text: string; opties: CsvOpties }) => parseVerzuimCsv(input.text, input.opties),
};

export type RuleName = keyof typeof RULE_JOBS;
export type RuleInput<N extends RuleName> = Parameters<(typeof RULE_JOBS)[N]>[0];

export function runRule<N extends RuleName>(name: N, input: RuleInput<N>): string {
  const job = RULE_JOBS[name] as (input: RuleInput<N>) => unknown;
  return JSON.stringify(job(input));
}

/** Where the rules run: in this thread, or in the answering threads so that heavy input never holds up HTTP. */
export interface RuleRunner {
  /** `signal` aborts when nobody waits for the result any more: a runner may then give the work up. */
  rule<N extends RuleName>(name: N, input: RuleInput<N>, signal?: AbortSignal): Promise<string>;
}

export const inThreadRules: RuleRunner = {
  rule: async (name, input) => runRule(name, input),
};
