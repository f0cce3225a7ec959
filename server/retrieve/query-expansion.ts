import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { stem, tokenize } from './analysis.js';

// Query expansion (knowledge/query-expansion.yaml): a question in a parent's, pupil's or mentor's words ("op
// vakantie onder schooltijd", "werkstraf", "van de lijst halen") also searches with the words the law and the
// kennisbank use ("vakantieverlof buiten de schoolvakanties", "taakstraf", "uitschrijven"). Unlike the synonym
// groups of synonyms.yaml, which join words of equal meaning in index and query alike, an expansion works one way
// and only on the question: "bevallen" should bring up the verlof guideline, but the guideline should not answer
// every question about a birth date.

const fileSchema = z.object({
  expansions: z
    .array(z.object({ when: z.array(z.string().min(2)).min(1), add: z.string().min(2), why: z.string().optional() }))
    .min(1),
});

export const QUERY_EXPANSION_FILE = fileURLToPath(new URL('../../knowledge/query-expansion.yaml', import.meta.url));

export type ExpandQuery = (question: string) => string;

/** An expander for the given rules: each trigger phrase is matched on stems, in order, anywhere in the question. */
export function queryExpanderFrom(rules: Array<{ when: string[]; add: string }>): ExpandQuery {
  const phrases = rules.map((r) => ({ triggers: r.when.map((w) => tokenize(w).map(stem)), add: r.add }));
  return (question) => {
    const stems = tokenize(question).map(stem);
    const at = (t: string[]) => stems.some((_, i) => t.every((s, j) => stems[i + j] === s));
    const added = phrases.filter((p) => p.triggers.some((t) => t.length > 0 && at(t))).map((p) => p.add);
    return added.length ? `${question}\n${added.join('\n')}` : question;
  };
}

export function loadQueryExpansion(file = QUERY_EXPANSION_FILE): ExpandQuery {
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return queryExpanderFrom(parsed.data.expansions);
}

let cached: ExpandQuery | undefined;

/** The question with the statutory words its everyday words stand for (knowledge/query-expansion.yaml, read once). */
export function expandQuery(question: string): string {
  cached ??= loadQueryExpansion();
  return cached(question);
}
