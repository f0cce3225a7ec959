import { stem } from '../../retrieve/analysis.js';
import { normalize } from './lexicon.js';

// The linguistic front end of understanding: tokens with offsets into the original text, their stems (the same
// Snowball stemmer retrieval uses), clauses, negation scope per clause and whether a clause tells an earlier event.
// Everything downstream (quantity grammar, vocabulary, slot filling) reads these tokens, never the raw string.

export interface Token {
  /** Normalised surface (lower case, no diacritics). */
  norm: string;
  stem: string;
  /** Offsets into the original text (normalize keeps one unit for one unit). */
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** Written with a capital in the original (a name, or the first word of a sentence). */
  capital: boolean;
  /** Index of the clause this token belongs to. */
  clause: number;
}

export interface Clause {
  from: number;
  /** Exclusive token index. */
  to: number;
  /** The clause contains a negator (geen, niet, nooit, nergens, zonder, noch …). */
  negated: boolean;
  /** The clause tells a past event ("vorig jaar kreeg hij al verlof"); slot fillers decide whether that matters. */
  past: boolean;
}

export interface Analysed {
  original: string;
  norm: string;
  tokens: Token[];
  clauses: Clause[];
}

/** Longer input is cut: questions are short, and every production must stay linear on hostile text. */
export const MAX_TOKENS = 1200;

const TOKEN = /\d+(?:[.,:]\d+)?|[a-z\u00df-\u024f]+(?:'[a-z]+)?|[^\s\w]/giu;
const NEGATORS = new Set(['geen', 'niet', 'nooit', 'nergens', 'zonder', 'noch', 'geeneen', 'niemand', 'no', 'not', 'never', "isn't", 'without']);
/** Words that open a new clause; a negation or an earlier-time marker does not reach across them. */
const CLAUSE_OPENERS = new Set(['maar', 'omdat', 'want', 'terwijl', 'doordat', 'hoewel', 'echter', 'daarna', 'nu', 'toen', 'sindsdien', 'inmiddels', 'en']);
/** "en" opens a clause only when a new subject or verb follows it, not in a list ("dinsdag en donderdag"). */
const SUBJECTS = new Set(['hij', 'zij', 'ze', 'we', 'wij', 'ik', 'de', 'het', 'zijn', 'haar', 'hun', 'moeder', 'vader', 'ouders', 'school', 'nu', 'daarna', 'toen', 'vorig', 'vorige', 'dit', 'deze']);
/** Time words and past verb forms of having or being given something: the clause tells an earlier event. */
/** ("3 dagen eerder" and "vorige week" place an event in time, they do not make it an earlier one.) */
const PAST_WORDS = new Set(['vorig', 'destijds', 'toen', 'vroeger', 'kreeg', 'kregen', 'gekregen', 'gehad', 'had', 'hadden', 'gegeven', 'gaf', 'verleend', 'toegekend', 'opgenomen']);

/** Tokens, clauses, negation and tense of a text. */
export function analyse(original: string, norm = normalize(original)): Analysed {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m && tokens.length < MAX_TOKENS; m = TOKEN.exec(norm)) {
    const text = m[0];
    const kind: Token['kind'] = /^\d/.test(text) ? 'num' : /^[^\s\w]$/u.test(text) ? 'punct' : 'word';
    const first = original[m.index] ?? '';
    tokens.push({ norm: text, stem: kind === 'word' ? stem(text) : text, start: m.index, end: m.index + text.length, kind, capital: first !== first.toLowerCase(), clause: 0 });
  }
  const clauses: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const slice = tokens.slice(from, to);
    clauses.push({
      from,
      to,
      negated: slice.some((t) => NEGATORS.has(t.norm)),
      past: slice.some((t) => PAST_WORDS.has(t.norm)),
    });
    for (const t of slice) t.clause = clauses.length - 1;
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /[.;?!:,]/.test(t.norm) && !isNumberSeparator(tokens, i)) close(i + 1);
    else if (t.kind === 'word' && CLAUSE_OPENERS.has(t.norm) && i > from) {
      if (t.norm !== 'en' || SUBJECTS.has(tokens[i + 1]?.norm ?? '')) close(i);
    }
  }
  close(tokens.length);
  return { original, norm, tokens, clauses };
}

/** A comma or colon inside a list of numbers ("week 1: 4 uur") still separates clauses; only "2, 3 en 4" does not. */
function isNumberSeparator(tokens: Token[], i: number): boolean {
  return tokens[i]!.norm === ',' && tokens[i - 1]?.kind === 'num' && tokens[i + 1]?.kind === 'num';
}

/** The clause of token i. */
export function clauseOf(a: Analysed, i: number): Clause {
  return a.clauses[a.tokens[i]?.clause ?? 0] ?? { from: 0, to: a.tokens.length, negated: false, past: false };
}

/** Text of the original covering tokens [from, to). */
export function span(a: Analysed, from: number, to: number): { index: number; length: number } {
  const s = a.tokens[from]?.start ?? 0;
  const e = a.tokens[Math.max(from, to - 1)]?.end ?? s;
  return { index: s, length: e - s };
}
