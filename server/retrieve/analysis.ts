import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';

// Dutch text analysis shared by BM25, the offline embedder and the answer composer: normalise, tokenise, drop stop
// words, stem (Snowball Dutch), split compounds against a domain lexicon and add one term per synonym group.

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(lang: string): { stem(word: string): string } };
const dutch = snowball.newStemmer('dutch');

// Snowball's Dutch stop-word list, minus words that carry meaning in this domain ("niet", "geen", "ziek"…).
const STOP_WORDS = new Set(
  ('de en van ik te dat die in een hij het is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo ' +
    'door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge ' +
    'omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd ' +
    'altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere wij jij zijn mag ' +
    'welke wanneer waar welk hoeveel hoelang graag even')
    .split(' '),
);

export const lexiconFileSchema = z.object({
  groups: z.array(z.array(z.string().min(1)).min(2)).default([]),
  lexicon: z.array(z.string().min(2)).default([]),
});
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

export interface Analyzer {
  /** Flat list of index/query terms (with repeats, for term frequency). */
  analyze(text: string): string[];
  /** One group of alternative terms per content word or synonym phrase: used to measure query coverage. */
  groups(text: string): string[][];
  /** Changes whenever the vocabulary changes, so vectors made with another vocabulary are recomputed. */
  readonly fingerprint: string;
}

/** Lowercase, strip diacritics, M@ZL → mazl, "art. 14" → "artikel 14". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})@(\p{L})/gu, '$1a$2')
    .replace(/\bart(?:ikel|\.)?\s*(\d+[a-z]{0,2})\b/g, 'artikel $1')
    .replace(/’/g, "'");
}

/** Tokens: words, numbers and dotted numbers ("8.30", "3.2"), in order. */
export function tokenize(text: string): string[] {
  return normalize(text).match(/\d+(?:\.\d+)+|[\p{L}\d]+/gu) ?? [];
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    if (word.length <= 3 || !/^\p{L}+$/u.test(word)) return word;
    // Snowball keeps the plural -s after a vowel; "vakanties", "functies" should meet "vakantie", "functie".
    s = dutch.stem(/ies$/.test(word) ? word.slice(0, -1) : word);
    // The vocabulary of a corpus is bounded; the cap only guards against unbounded query input.
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

const SYNONYM_PREFIX = '~';
const MEMO_MIN_CHARS = 200;
const MEMO_TEXTS = 8;
const MAX_COMPOUND = 40;

export function createAnalyzer(lexicon: LexiconFile): Analyzer {
  const stemPhrase = (phrase: string) => tokenize(phrase).map(stem);
  const phrases = new Map<string, Array<{ stems: string[]; group: string }>>();
  const parts = new Set<string>();
  for (const members of lexicon.groups) {
    const group = SYNONYM_PREFIX + stemPhrase(members[0]!).join('_');
    for (const m of members) {
      const stems = stemPhrase(m);
      if (!stems.length) continue;
      const first = stems[0]!;
      phrases.set(first, [...(phrases.get(first) ?? []), { stems, group }]);
      if (stems.length === 1 && first.length >= 3) parts.add(first);
    }
  }
  for (const w of lexicon.lexicon) for (const s of stemPhrase(w)) parts.add(s);
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  const splitCache = new Map<string, string[] | null>();
  /** Splits a word into lexicon parts (≥ 3 letters each), allowing a linking s/e/en; null when it is no compound. */
  function split(word: string): string[] | null {
    // Longer "words" are junk or hostile input; trying every split point would cost quadratic time.
    if (word.length < 7 || word.length > MAX_COMPOUND || !/^\p{L}+$/u.test(word)) return null;
    const cached = splitCache.get(word);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let i = word.length - 3; i >= 3 && !best; i--) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const headStem = [head, head.replace(/(en|s|e)$/, '')].map(stem).find((h) => h.length >= 3 && parts.has(h));
      if (!headStem) continue;
      const tailStem = stem(tail);
      if (parts.has(tailStem) || parts.has(tail)) best = [headStem, tailStem];
      else {
        const rest = split(tail);
        if (rest) best = [headStem, ...rest];
      }
    }
    if (splitCache.size < 200_000) splitCache.set(word, best);
    return best;
  }

  function groups(text: string): string[][] {
    const tokens = tokenize(text);
    const stems = tokens.map(stem);
    const out: string[][] = [];
    const covered = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      for (const cand of phrases.get(stems[i]!) ?? []) {
        if (cand.stems.every((s, j) => stems[i + j] === s)) {
          const members = cand.stems.filter((s) => !STOP_WORDS.has(s));
          out.push([cand.group, ...members, ...(cand.stems.length === 1 ? (split(tokens[i]!) ?? []) : [])]);
          for (let j = 0; j < cand.stems.length; j++) covered.add(i + j);
          break;
        }
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (covered.has(i) || STOP_WORDS.has(token)) continue;
      const alts = [stems[i]!];
      const pieces = split(token);
      if (pieces) alts.push(...pieces);
      // "artikel 14" also as one term, so article numbers do not match any other 14.
      if (token === 'artikel' && /^\d/.test(tokens[i + 1] ?? '')) alts.push(`artikel_${tokens[i + 1]}`);
      out.push(alts);
    }
    return out;
  }

  // One answer analyses its question about ten times (search, vectors, coverage, rerank, compose); for a long
  // question that repeated work dominated (issue 14). The last few long texts keep their analysis.
  const recent = new Map<string, string[][]>();
  function remembered(text: string): string[][] {
    if (text.length < MEMO_MIN_CHARS) return groups(text);
    let g = recent.get(text);
    if (!g) {
      g = groups(text);
      if (recent.size >= MEMO_TEXTS) recent.delete(recent.keys().next().value!);
      recent.set(text, g);
    }
    return g.map((alts) => [...alts]);
  }

  const fingerprint = createHash('sha256').update(JSON.stringify(lexicon)).digest('hex').slice(0, 12);
  return {
    groups: remembered,
    analyze: (text) => remembered(text).flat(),
    fingerprint,
  };
}

export function loadLexicon(file: string): LexiconFile {
  return lexiconFileSchema.parse(parse(readFileSync(file, 'utf8')) ?? {});
}
