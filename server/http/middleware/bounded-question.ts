// Bounded work per question (issue 14): retrieval and understanding cost grows with repeated tokens, and a
// synchronous pipeline cannot be stopped by a timeout. Before a question reaches them, repetition that carries
// no meaning is cut at the edge:
//  - a run of the same token or the same group of up to 12 tokens is kept twice ("a b a b a b …" → "a b a b");
//  - in text of very low variety (over 200 tokens, fewer than 1 in 5 distinct) no token is kept more than twice.
// Real questions keep every word: they neither repeat a phrase three times in a row nor consist of a few tokens.

const MAX_PERIOD = 12;
const KEEP_RUNS = 2;
const LOW_VARIETY_TOKENS = 200;
const LOW_VARIETY_RATIO = 0.2;
const KEEP_PER_TOKEN = 2;

const key = (token: string) => token.toLowerCase();

/** Repeats of one token or one group of tokens beyond the second, dropped. Linear in tokens × MAX_PERIOD. */
function collapseRuns(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let skipped = false;
    for (let p = 1; p <= MAX_PERIOD && i + p * (KEEP_RUNS + 1) <= tokens.length; p++) {
      let reps = 1;
      while (i + (reps + 1) * p <= tokens.length && sameGroup(tokens, i, i + reps * p, p)) reps++;
      if (reps > KEEP_RUNS) {
        out.push(...tokens.slice(i, i + KEEP_RUNS * p));
        i += reps * p;
        skipped = true;
        break;
      }
    }
    if (!skipped) out.push(tokens[i++]!);
  }
  return out;
}

function sameGroup(tokens: string[], a: number, b: number, p: number): boolean {
  for (let k = 0; k < p; k++) if (key(tokens[a + k]!) !== key(tokens[b + k]!)) return false;
  return true;
}

function capLowVariety(tokens: string[]): string[] {
  const distinct = new Set(tokens.map(key)).size;
  if (tokens.length <= LOW_VARIETY_TOKENS || distinct / tokens.length >= LOW_VARIETY_RATIO) return tokens;
  const seen = new Map<string, number>();
  return tokens.filter((t) => {
    const n = (seen.get(key(t)) ?? 0) + 1;
    seen.set(key(t), n);
    return n <= KEEP_PER_TOKEN;
  });
}

/** The question with meaningless repetition removed; unchanged (same string) when there was none. */
export function boundQuestion(question: string): string {
  const tokens = question.split(/\s+/).filter(Boolean);
  const kept = capLowVariety(collapseRuns(tokens));
  return kept.length === tokens.length ? question : kept.join(' ');
}
