import type { Citation } from '../ask/types.js';
import { ApiError } from '../http/errors.js';

// The sources of a draft and the [n] markers in its text must agree: every marker points to a source, and the
// numbers run 1, 2, 3 … in the order the text first uses them (sources no marker uses yet follow, in their order).
// Called on every save of a draft's answer or sources (drafts.ts, edit).

const MARKER = /\[(\d{1,3})\]/g;

export function checkDraftSources(answer: string, citations: readonly Citation[]): { answer: string; citations: Citation[] } {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const used = [...answer.matchAll(MARKER)].map((m) => Number(m[1]));
  const missing = [...new Set(used.filter((n) => !byN.has(n)))];
  if (missing.length) {
    const list = missing.map((n) => `[${n}]`).join(', ');
    throw new ApiError(
      400,
      'bron-ontbreekt',
      `${missing.length === 1 ? `Markering ${list} verwijst` : `De markeringen ${list} verwijzen`} naar geen bron. Voeg de bron toe of haal de markering uit de tekst.`,
      { markeringen: missing },
    );
  }
  const order = [...new Set([...used, ...citations.map((c) => c.n)])];
  const renumber = new Map(order.map((n, i) => [n, i + 1]));
  return {
    answer: answer.replace(MARKER, (_, d: string) => `[${renumber.get(Number(d))}]`),
    citations: order.map((n) => ({ ...byN.get(n)!, n: renumber.get(n)! })),
  };
}
