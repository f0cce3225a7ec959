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
  // Triggers by their first stem: a question is read once, whatever the number of rules (a long question of
  // distinct words would otherwise cost questions × triggers).
  const byFirst = new Map<string, Array<{ rule: number; rest: string[] }>>();
  rules.forEach((r, rule) => {
    for (const [first, ...rest] of r.when.map((w) => tokenize(w).map(stem))) {
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ rule, rest });
      byFirst.set(first, list);
    }
  });
  return (question) => {
    const stems = tokenize(question).map(stem);
    const hit = new Set<number>();
    stems.forEach((s, i) => {
      for (const t of byFirst.get(s) ?? []) if (!hit.has(t.rule) && t.rest.every((r, j) => stems[i + 1 + j] === r)) hit.add(t.rule);
    });
    const added = rules.filter((_, i) => hit.has(i)).map((r) => r.add);
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
