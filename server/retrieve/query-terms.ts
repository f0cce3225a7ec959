import { normalize } from './analysis.js';

// Words about the asking, not about the subject ("klopt het", "mijn collega zegt", "welk artikel regelt", "wat
// hoort erin"). They match passage headings that happen to use them ("Waarom vraagt de leerplichtambtenaar …")
// and say nothing about which passage answers, so heading matching and the "not covered" check leave them out.
export const FRAME_WORDS = new Set(
  ('klopt kloppen collega collegas zegt zeggen denkt dacht beweert gehoord vraag vragen vraagt graag eigenlijk precies ' +
    'welk welke artikel artikelen wetsartikel wetsartikelen grond gronden grondslag regelt geregeld staat vanaf ' +
    'rekenen gebeurt gebeuren weten bedoeld situatie leeftijd krijgt krijgen krijg hoort horen erin eraan ' +
    'iemand hierover daarover jarig jarige gehad steeds vaak soms altijd telkens weer ' +
    // Conjunctions and adverbs that carry no topic: no heading match, and no "not covered" hedge over them.
    'terwijl waarvan waarop waarmee waarin waardoor waarbij zomaar gewoon alsnog inmiddels nadat voordat omdat zodat ' +
    // Greetings and "waar haal ik … vandaan": no topic of their own.
    'vandaan goedemorgen goedemiddag goedenavond hallo')
    .split(' '),
);

export type Analyze = (text: string) => string[];

/** The analysed terms of a question without its frame words. */
export function contentTerms(question: string, analyze: Analyze): string[] {
  const words = normalize(question).match(/[\p{L}\d]+(?:[.-][\p{L}\d]+)*/gu) ?? [];
  return analyze(words.filter((w) => !FRAME_WORDS.has(w)).join(' '));
}

// Work bounded by the smaller side (issue 14): a question of 1,000 distinct words against 30 passages of 20
// sentences each would otherwise cost a million set lookups per scoring pass; the sums are the same either way.

/** Above this many weighted terms the sum runs over the other side (an ordinary question keeps its exact order). */
const LARGE_QUERY = 64;

/** Sum of the weights of the terms that `terms` contains. */
export function weightIn(weights: ReadonlyMap<string, number>, terms: ReadonlySet<string>): number {
  let got = 0;
  if (weights.size > LARGE_QUERY && terms.size < weights.size) {
    for (const t of terms) got += weights.get(t) ?? 0;
  } else {
    for (const [t, w] of weights) if (terms.has(t)) got += w;
  }
  return got;
}

/** For each of the terms, in how many of the sets it occurs. */
export function documentFrequencies(terms: Iterable<string>, corpus: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of terms) df.set(t, 0);
  for (const set of corpus) {
    if (set.size < df.size) {
      for (const t of set) {
        const n = df.get(t);
        if (n !== undefined) df.set(t, n + 1);
      }
    } else {
      for (const [t, n] of df) if (set.has(t)) df.set(t, n + 1);
    }
  }
  return df;
}
