import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

// Which legal ids support each other (knowledge/related-grounds.yaml): beside a decision, evidence may come from the
// decision's own ground or a related one, never from an unrelated one.

const fileSchema = z.object({
  groups: z.array(z.object({ why: z.string().min(1), ids: z.array(z.string().regex(/^[a-z0-9:.-]+$/)).min(2) })).min(1),
});

export const RELATED_GROUNDS_FILE = fileURLToPath(new URL('../../knowledge/related-grounds.yaml', import.meta.url));

export type RelatedGrounds = (ids: Iterable<string>) => Set<string>;

/** The ids themselves plus every id that shares a group with one of them. */
export function relatedGroundsFrom(groups: string[][]): RelatedGrounds {
  const neighbours = new Map<string, Set<string>>();
  for (const ids of groups) for (const id of ids) neighbours.set(id, new Set([...(neighbours.get(id) ?? []), ...ids]));
  return (ids) => {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      for (const n of neighbours.get(id) ?? []) out.add(n);
    }
    return out;
  };
}

let cached: RelatedGrounds | undefined;

export function loadRelatedGrounds(file = RELATED_GROUNDS_FILE): RelatedGrounds {
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return relatedGroundsFrom(parsed.data.groups.map((g) => g.ids));
}

/** The table from knowledge/, read once. */
export function relatedGrounds(ids: Iterable<string>): Set<string> {
  cached ??= loadRelatedGrounds();
  return cached(ids);
}
