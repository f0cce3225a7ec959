import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize, num } from './lexicon.js';

// Normalisation of noisy messages, before anything reads them: questions typed on a phone arrive as shorthand
// ("ll h3 20u ong gem"), with typos and without punctuation. Three steps, each conservative on clean text:
// 1. shorthand → words, from knowledge/lexicon/afkortingen.yaml (with the context a form needs: "20 u" is uur);
// 2. a word the domain vocabulary does not know, within a small edit distance of one it does, becomes that word;
// 3. a run-on message gets a comma where a new main clause starts, so negation and slots stay within their clause.

const KNOWLEDGE = fileURLToPath(new URL('../../../knowledge/', import.meta.url));

const condition = z.array(z.union([z.string(), z.number()]).transform(String)).min(1).optional();
const afkortingenFile = z.object({
  bron: z.string().min(3),
  datum: z.union([z.string(), z.date()]),
  bekend: z.array(z.string().min(1)).default([]),
  leerjaarcodes: z.record(z.string().regex(/^[a-z]$/), z.string().min(2)).default({}),
  items: z.array(z.object({ vorm: z.string().min(1), betekenis: z.string().min(1), na: condition, voor: condition }).strict()).min(1),
});
export type Afkortingen = z.infer<typeof afkortingenFile>;

export function loadAfkortingen(file = join(KNOWLEDGE, 'lexicon', 'afkortingen.yaml')): Afkortingen {
  return afkortingenFile.parse(parse(readFileSync(file, 'utf8')));
}

// ---------- pieces of text ----------

interface Piece {
  text: string;
  /** Lower case without diacritics. */
  norm: string;
  kind: 'word' | 'num' | 'space' | 'punct';
}

const PIECE = /\p{L}[\p{L}']*|\d+(?:[.,:]\d+)*|\s+|[^\s\p{L}\d]/gu;

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  // normalize keeps one unit for one unit: the offsets of the text are those of its normal form.
  const norm = normalize(text);
  for (const m of text.matchAll(PIECE)) {
    const t = m[0];
    out.push({ text: t, norm: norm.slice(m.index, m.index + t.length), kind: /^\s/.test(t) ? 'space' : /^\d/.test(t) ? 'num' : /^\p{L}/u.test(t) ? 'word' : 'punct' });
  }
  return out;
}

const isNumber = (p: Piece | undefined) => p !== undefined && (p.kind === 'num' || (p.kind === 'word' && p.norm !== 'een' && num(p.norm) !== undefined));
/** Index of the next (dir 1) or previous (dir -1) piece that is not a space. */
function neighbour(list: Piece[], i: number, dir: 1 | -1): number {
  let j = i + dir;
  while (list[j]?.kind === 'space') j += dir;
  return j;
}

/** The case of the typed form, carried over: "Ll" → "Leerling"; "LPA" (an acronym) → "leerplichtambtenaar". */
function withCase(typed: string, word: string): string {
  const first = typed.charAt(0);
  const capital = first !== first.toLowerCase() && (typed.length === 1 || typed.slice(1) !== typed.slice(1).toUpperCase());
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

// ---------- 1. shorthand ----------

interface Form {
  tokens: string[];
  betekenis: string;
  na?: string[];
  voor?: string[];
}

/** Words a number glues to without a space ("20u", "3havo", "5dgn"); "1e", "2de", "12x" stay as they are. */
const GLUE_AFTER_NUMBER = new Set(['havo', 'vwo', 'vmbo', 'mavo', 'mbo', 'uur', 'uren', 'lesuur', 'lesuren', 'klokuur', 'klokuren', 'dagen', 'dag', 'weken', 'week', 'jaar', 'keer', 'minuten', 'maanden']);
/** Words a number follows without a space ("havo3", "groep7", "klas2"). */
const GLUE_BEFORE_NUMBER = new Set(['havo', 'vwo', 'vmbo', 'mavo', 'mbo', 'groep', 'klas', 'leerjaar', 'niveau']);

interface Shorthand {
  forms: Map<string, Form[]>;
  codes: Record<string, string>;
  glueAfter: Set<string>;
  glueBefore: Set<string>;
}

function shorthandOf(data: Afkortingen): Shorthand {
  const forms = new Map<string, Form[]>();
  for (const it of data.items) {
    const tokens = pieces(normalize(it.vorm)).filter((p) => p.kind !== 'space').map((p) => p.text);
    const form: Form = { tokens, betekenis: it.betekenis, ...(it.na && { na: it.na }), ...(it.voor && { voor: it.voor }) };
    forms.set(tokens[0]!, [...(forms.get(tokens[0]!) ?? []), form]);
  }
  for (const list of forms.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const single = [...forms.values()].flat().filter((f) => f.tokens.length === 1);
  return {
    forms,
    codes: data.leerjaarcodes,
    glueAfter: new Set([...GLUE_AFTER_NUMBER, ...single.filter((f) => !f.voor).map((f) => f.tokens[0]!)]),
    glueBefore: new Set([...GLUE_BEFORE_NUMBER, ...single.filter((f) => f.voor?.includes('getal') || GLUE_BEFORE_NUMBER.has(f.betekenis)).map((f) => f.tokens[0]!)]),
  };
}

function fits(cond: string[] | undefined, p: Piece | undefined): boolean {
  if (!cond) return true;
  return cond.some((c) => (c === 'getal' ? isNumber(p) : p?.norm === c));
}

/** "20u" → "20 u", "h3" → "havo 3", "grp7" → "grp 7", "i.v.m." → "ivm": glued forms apart, dotted forms together. */
function unglue(text: string, s: Shorthand): string {
  return text
    .replace(/(?<![\p{L}\d])(\p{L})\.(\p{L})\.(?:(\p{L})\.)?(?:(\p{L})\.)?/gu, (all, ...g: Array<string | undefined>) => {
      const joined = normalize(g.slice(0, 4).filter(Boolean).join(''));
      return s.forms.has(joined) ? `${joined}.` : all;
    })
    .replace(/(?<![\p{L}\d.,])(\d+)(\p{L}+)(?![\p{L}\d])/gu, (all, n: string, w: string) => (s.glueAfter.has(normalize(w)) ? `${n} ${w}` : all))
    .replace(/(?<![\p{L}\d])(\p{L}+)(\d{1,2})(?![\p{L}\d])/gu, (all, w: string, n: string) => {
      const lw = normalize(w);
      if (s.codes[lw]) return `${s.codes[lw]} ${n}`;
      return s.glueBefore.has(lw) ? `${w} ${n}` : all;
    });
}

function expandShorthand(list: Piece[], s: Shorthand): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const candidates = p.kind === 'word' ? s.forms.get(p.norm) : undefined;
    let done = false;
    for (const f of candidates ?? []) {
      // Match the form's tokens over the pieces, spaces between them free.
      let j = i;
      let ok = true;
      for (let k = 0; k < f.tokens.length && ok; k++) {
        if (k > 0) j = neighbour(list, j, 1);
        ok = list[j]?.norm === f.tokens[k];
      }
      if (!ok) continue;
      const prev = out.length ? out[neighbour(out, out.length, -1)] : undefined;
      const nextAt = neighbour(list, j, 1);
      // A dot after the form belongs to it when the sentence goes on ("ong. gemist", "art. 13a"), not when it ends
      // ("bij de lpa. Wat nu?", "lessen van 60 min. week 1: …", "2 wkn. moet ik melden").
      const after = list[neighbour(list, nextAt, 1)];
      const afterThat = after && list[neighbour(list, neighbour(list, nextAt, 1), 1)];
      const dot =
        list[nextAt]?.text === '.' &&
        after !== undefined &&
        (after.kind === 'num' || (/^[a-z]/.test(after.text) && !STARTS.has(after.norm) && afterThat?.kind !== 'num' && afterThat?.text !== ':'));
      const next = dot ? list[neighbour(list, nextAt, 1)] : list[nextAt];
      if (!fits(f.na, prev) || !fits(f.voor, next)) continue;
      out.push({ text: withCase(p.text, f.betekenis), norm: f.betekenis, kind: 'word' });
      i = dot ? nextAt : j;
      done = true;
      break;
    }
    if (!done) out.push(p);
  }
  return out;
}

// ---------- 2. typos ----------

interface Lexicon {
  /** Every word the knowledge uses, and everyday words near a target: never corrected. */
  known: Set<string>;
  /** The words of the knowledge and the domain lists themselves. */
  corpus: Set<string>;
  /** The words a typo is corrected to, by first letter, with how often the knowledge uses them. */
  targets: Map<string, Array<{ word: string; freq: number }>>;
}

const WORD = /\p{L}+/gu;
/** Lower case without diacritics, for whole files (the offsets of `normalize` are not needed here). */
const plain = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(?:md|ya?ml)$/.test(name) ? [path] : [];
  });
}

/** Everyday Dutch words near a correction target (scripts/build-woordenlijst.ts): they are words, not slips. */
export const WOORDENLIJST = 'lexicon/woorden-opentaal.yaml';
const woordenlijstFile = z.object({
  bron: z.string().min(3),
  datum: z.union([z.string(), z.date()]),
  /** The words the list was made for; a target outside it means the list must be made again. */
  doelwoorden: z.string(),
  woorden: z.record(z.string(), z.string()),
});

export function loadWoordenlijst(dir = KNOWLEDGE): z.infer<typeof woordenlijstFile> {
  return woordenlijstFile.parse(parse(readFileSync(join(dir, WOORDENLIJST), 'utf8')));
}

/** Words of the knowledge with their frequency, and the checked domain words (lexicon, synonyms, paraphrases, shorthand). */
function corpusWords(data: Afkortingen, dir: string): { freq: Map<string, number>; domain: Set<string> } {
  const freq = new Map<string, number>();
  const domain = new Set<string>();
  for (const file of filesUnder(dir)) {
    // The legal-ground table lists word stems to match ("spijbel*", "inschrijv*"), not words to correct to.
    if (file.endsWith(WOORDENLIJST) || file.endsWith('grondslagen.yaml')) continue;
    const isDomain = /[\\/](?:lexicon|intents)[\\/]|synonyms\.yaml$/.test(file);
    for (const [w] of plain(readFileSync(file, 'utf8')).matchAll(WORD)) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      if (isDomain) domain.add(w);
    }
  }
  for (const it of data.items) for (const [w] of plain(it.betekenis).matchAll(WORD)) domain.add(w);
  for (const w of [...NUMBER_WORDS, ...UNITS]) domain.add(w);
  return { freq, domain };
}

/** The words a slip is corrected to: the domain words, number words, and the words the knowledge uses twice or more. */
export function correctionTargets(data = loadAfkortingen(), dir = KNOWLEDGE, minFreq = 2): Map<string, number> {
  const { freq, domain } = corpusWords(data, dir);
  const out = new Map<string, number>();
  for (const w of new Set([...freq.keys(), ...domain])) {
    const f = freq.get(w) ?? 0;
    // A word used once may itself be a slip (or a name); the domain lists are checked words.
    if (maxEdits(w.length) > 0 && (f >= minFreq || domain.has(w))) out.set(w, f + (domain.has(w) ? 3 : 0));
  }
  return out;
}

function buildLexicon(data: Afkortingen, dir = KNOWLEDGE): Lexicon {
  const { freq, domain } = corpusWords(data, dir);
  const corpus = new Set([...freq.keys(), ...domain, ...data.bekend.map(plain), ...data.items.map((i) => plain(i.vorm))]);
  const known = new Set(corpus);
  if (existsSync(join(dir, WOORDENLIJST))) for (const words of Object.values(loadWoordenlijst(dir).woorden)) for (const w of words.split(' ')) known.add(w);
  const targets = new Map<string, Array<{ word: string; freq: number }>>();
  for (const [word, f] of correctionTargets(data, dir)) {
    const list = targets.get(word[0]!) ?? [];
    list.push({ word, freq: f });
    targets.set(word[0]!, list);
  }
  return { known, corpus, targets };
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    // Every later row is at least this row's minimum: stop as soon as it exceeds the bound.
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many slips a word of this length may carry: none under 4 letters (too many short words are one apart). */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 9 ? 1 : 2;
}

/** Units a number is followed by: after a number, a word one slip from a unit is that unit, even when the slip
 * makes another word ("2 daggen", "8 leesuren"). */
const UNITS = [
  'uur', 'uren', 'lesuur', 'lesuren', 'klokuur', 'klokuren', 'dag', 'dagen', 'schooldag', 'schooldagen', 'lesdag', 'lesdagen', 'week', 'weken',
  'lesweek', 'lesweken', 'schoolweken', 'maand', 'maanden', 'jaar', 'jaren', 'schooljaren', 'leerjaren', 'keer', 'minuten', 'lessen', 'dagdelen',
];
const NUMBER_WORDS = ['twee', 'drie', 'vier', 'vijf', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'veertig'];

/** The unit one slip away from a word after a number; a word the knowledge itself uses stays. */
function unitAfterNumber(lex: Lexicon, word: string): string | undefined {
  if (lex.corpus.has(word) || word.length < 4) return undefined;
  return UNITS.find((u) => u[0] === word[0] && editDistance(word, u, 1) <= 1);
}

const sameLetters = (a: string, b: string) => a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

function corrector(lex: Lexicon): (word: string, afterNumber?: boolean) => string {
  const cache = new Map<string, string>();
  return (word, afterNumber = false) => {
    const unit = afterNumber ? unitAfterNumber(lex, word) : undefined;
    if (unit) return unit;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let out = word;
    const max = maxEdits(word.length);
    if (max > 0 && /^\p{L}+$/u.test(word) && !lex.known.has(word)) {
      // The first letter is rarely the slip; keeping it also keeps the search small.
      let best: { word: string; freq: number; d: number; swapped: boolean } | undefined;
      let tie = false;
      for (const t of lex.targets.get(word[0]!) ?? []) {
        const d = editDistance(word, t.word, max);
        if (d > max) continue;
        // Equally near: the word with the same letters (two swapped keys), else the more common word.
        const swapped = sameLetters(word, t.word);
        if (!best || d < best.d || (d === best.d && (swapped !== best.swapped ? swapped : t.freq > best.freq))) {
          tie = best !== undefined && d === best.d && swapped === best.swapped && t.freq < 2 * best.freq;
          best = { ...t, d, swapped };
        } else if (d === best.d && swapped === best.swapped && best.freq < 2 * t.freq) tie = true;
      }
      // Two words equally near and about as common: the slip is not clear, the word stays as typed.
      if (best && !tie) out = best.word;
    }
    if (cache.size < 20_000) cache.set(word, out);
    return out;
  };
}

// ---------- 3. run-on messages ----------

/** Finite verbs that open a main clause in second position ("zit in 3 havo", "moet ik melden"). */
const FINITE = new Set([
  'is', 'was', 'waren', 'heeft', 'hebben', 'had', 'hadden', 'zit', 'zitten', 'zat', 'zaten', 'moet', 'moeten', 'moest', 'mag', 'mogen', 'mocht',
  'kan', 'kunnen', 'kon', 'wil', 'willen', 'wilde', 'wordt', 'worden', 'werd', 'gaat', 'gaan', 'ging', 'komt', 'kwam', 'blijft', 'bleef', 'krijgt',
  'kreeg', 'hoeft', 'hoeven', 'vraagt', 'vragen', 'vroeg', 'spijbelt', 'mist', 'miste', 'woont', 'zegt', 'zei', 'geldt', 'telt', 'tellen', 'klopt',
  'ben', 'heb', 'zou', 'zouden', 'beslist', 'valt', 'belde', 'belt', 'meldt', 'meldde',
]);
/** Personal pronouns that open a clause as its subject. */
const PERSONAL = new Set(['ik', 'we', 'wij', 'hij', 'ze', 'zij', 'jullie']);
/** People who act in these messages, as the subject of a new clause ("… ziek geweest moeder heeft niet gebeld"). */
const PERSON = new Set(['moeder', 'vader', 'ouders', 'ouder', 'leerling', 'student', 'school', 'mentor', 'zoon', 'dochter', 'oma', 'opa', 'broer', 'zus', 'jongen', 'meisje', 'kind', 'gezin']);
const DETERMINER = new Set(['de', 'het', 'een', 'mijn', 'zijn', 'haar', 'hun', 'onze', 'ons']);
const SUBJECT = new Set([...PERSONAL, 'je', 'jij', 'u', 'het', 'dit', 'dat', 'er', 'men']);
/** What may follow the verb of a new main clause: its subject, or the start of its object or complement. */
const AFTER_VERB = new Set([...SUBJECT, 'de', 'een', 'geen', 'in', 'op', 'al', 'nog', 'niet', 'nu', 'sinds', 'vaak', 'veel', 'ook', 'thuis', 'ziek', 'weg']);
const QUESTION_WORD = new Set(['wat', 'hoe', 'wie', 'wanneer', 'waarom', 'welke', 'hoeveel', 'hoelang']);
/** Words that open a subordinate clause: its finite verb comes last and starts nothing. */
/** ("sinds" and "tot" are left out: here they are nearly always prepositions, "sinds maart", "tot de zomer".) */
const SUBORDINATOR = new Set(['of', 'dat', 'omdat', 'als', 'wanneer', 'die', 'waar', 'terwijl', 'zodat', 'voordat', 'nadat', 'hoewel', 'doordat', 'waardoor', 'zodra']);
/** A conjunction already joins what follows ("is 15 en heeft"): no boundary after it; a new clause starts at it. */
const CONJUNCTION = new Set(['en', 'maar', 'want', 'dus', 'te', 'om']);
/** After a preposition comes its object, not a new sentence ("bij wie hij in behandeling is"). */
const PREPOSITION = new Set(['bij', 'van', 'met', 'voor', 'aan', 'op', 'in', 'naar', 'over', 'door', 'tot', 'zonder', 'volgens', 'uit', 'na', 'tegen', 'sinds', 'om']);
/** Capitalised inside a message without end marks, these open a sentence ("… ingeschreven Moet de school …"). */
const OPENER = new Set([...FINITE, ...QUESTION_WORD, ...PERSONAL, 'de', 'het', 'een', 'geen', 'dit', 'dat', 'deze', 'er', 'nu', 'ouders', 'moeder', 'vader', 'mijn', 'onze', 'ons', 'lessen', 'melden', 'daarna', 'verder', 'sinds', 'graag']);
const END = /^[.;?!]$/;
/** Words that start a sentence even in lower case. */
const STARTS = new Set([...FINITE, ...QUESTION_WORD, ...PERSONAL]);

/** Verbs that open a question even before their subject ("geldt op 1 oktober nog de kwalificatieplicht"). */
const ASKING_VERB = new Set(['geldt', 'klopt', 'mag', 'mogen', 'kan', 'kunnen', 'hoeft', 'hoeven', 'valt', 'vallen', 'telt', 'tellen']);
/** A sentence that opens with a question word, or with a finite verb and its subject, asks; one that opens with a
 * verb and no subject is a note ("heeft 20 uur gemist"). */
const asks = (first: string, second: string) => QUESTION_WORD.has(first) || ASKING_VERB.has(first) || (FINITE.has(first) && (SUBJECT.has(second) || DETERMINER.has(second)));

/**
 * Sentence ends where a run-on message starts a new main clause: a finite verb in second position after a complete
 * clause ("hij is 15 zit in 3 havo"), a new subject with its verb ("… geweest ze heeft …"), a question word with its
 * verb, or a capitalised opener in a message typed without end marks. The closed sentence ends in "?" when it asked.
 */
function restoreClauses(list: Piece[]): Piece[] {
  const words = list.flatMap((p, i) => (p.kind === 'space' ? [] : [{ p, i, w: p.norm }]));
  const boundaryBefore = new Map<number, string>();
  let start = 0; // index in `words` of the current sentence's first word
  let finite = -1; // index in `words` of the current main clause's finite verb
  let subordinate = false;
  const close = (k: number) => {
    boundaryBefore.set(words[k]!.i, asks(words[start]?.w ?? '', words[start + 1]?.w ?? '') ? '?' : '.');
    start = k;
    subordinate = false;
  };
  for (let k = 0; k < words.length; k++) {
    const { p, w } = words[k]!;
    if (p.kind === 'punct') {
      if (/^[.,;:?!]$/.test(w)) {
        finite = -1;
        subordinate = false;
        if (END.test(w)) start = k + 1;
      }
      continue;
    }
    if (p.kind !== 'word') continue;
    const next = words[k + 1]?.w ?? '';
    const prev = words[k - 1];
    const joined = prev !== undefined && (SUBJECT.has(prev.w) || PERSON.has(prev.w) || CONJUNCTION.has(prev.w) || SUBORDINATOR.has(prev.w) || DETERMINER.has(prev.w) || PREPOSITION.has(prev.w));
    const capitalOpener = k > start && prev?.p.kind !== 'punct' && /^\p{Lu}\p{Ll}/u.test(p.text) && OPENER.has(w) && !joined;
    if (capitalOpener || (finite >= 0 && k > finite + 1 && !joined)) {
      const newVerb = FINITE.has(w) && !subordinate && (AFTER_VERB.has(next) || /^\d/.test(next));
      const newQuestion = QUESTION_WORD.has(w) && (FINITE.has(next) || SUBJECT.has(next));
      // "… ziek geweest ze heeft zich niet ziekgemeld": a new subject with its verb after a complete clause.
      const subject = (PERSONAL.has(w) || PERSON.has(w)) && FINITE.has(next) ? 1 : DETERMINER.has(w) && PERSON.has(next) && FINITE.has(words[k + 2]?.w ?? '') ? 2 : 0;
      const newSubject = subject > 0 && !subordinate && !FINITE.has(prev?.w ?? '') && !QUESTION_WORD.has(prev?.w ?? '');
      if (capitalOpener || newVerb || newQuestion || newSubject) {
        close(k);
        finite = newVerb ? k : newSubject ? k + subject : -1;
        continue;
      }
    }
    // A subordinate clause ("die net vijf is geworden", "vraagt welke gegevens ze moet invullen") starts nothing.
    if (SUBORDINATOR.has(w) || QUESTION_WORD.has(w)) subordinate = true;
    else if (CONJUNCTION.has(w)) finite = -1;
    else if (FINITE.has(w)) {
      if (subordinate) subordinate = false;
      else if (finite < 0) finite = k;
    }
  }
  if (!boundaryBefore.size) return list;
  const out: Piece[] = [];
  for (const [i, p] of list.entries()) {
    const mark = boundaryBefore.get(i);
    if (mark) {
      while (out.at(-1)?.kind === 'space') out.pop();
      out.push({ text: mark, norm: mark, kind: 'punct' }, { text: ' ', norm: ' ', kind: 'space' });
    }
    out.push(p);
  }
  return out;
}

/** A message without an end mark whose last sentence opens as a question ("moet ik melden") gets its "?". */
function questionMark(text: string): string {
  if (/[.?!]\s*$/.test(text)) return text;
  const [first = '', second = ''] = normalize(text).split(/[.;?!]/).at(-1)!.trim().split(/[\s,]+/);
  return asks(first, second) ? `${text.trimEnd()}?` : text;
}

// ---------- all together ----------

/** English function words that are no Dutch words ("is", "we", "of" are both). */
const ENGLISH = new Set(['the', 'my', 'can', 'how', 'many', 'what', 'does', 'have', 'has', 'to', 'are', 'until', 'without', 'with', 'for', 'and', 'his', 'our', 'should', 'must', 'which', 'who']);

export interface Cleaner {
  (text: string): string;
  readonly afkortingen: Afkortingen;
  /** Step 2 alone, for measuring it: a word (after a number, a slip of a unit is that unit). */
  correct(word: string, afterNumber?: boolean): string;
}

export function createCleaner(data = loadAfkortingen(), knowledgeDir = KNOWLEDGE): Cleaner {
  const s = shorthandOf(data);
  const bekend = new Set(data.bekend.map(normalize));
  let fix: ReturnType<typeof corrector> | undefined;
  const correct = (w: string, afterNumber = false) => (fix ??= corrector(buildLexicon(data, knowledgeDir)))(w, afterNumber);
  const clean = (text: string): string => {
    const expanded = expandShorthand(pieces(unglue(text, s)), s);
    // A message in English ("How many days…") is not Dutch with slips: its words stay as typed.
    const english = expanded.filter((p) => ENGLISH.has(p.norm)).length >= 2;
    // Names keep their capital ("Daan", "Nador"): only lower-case words, and a capital at a sentence's start, are read.
    const fixed = expanded.map((p, i) => {
      if (english || p.kind !== 'word' || bekend.has(p.norm)) return p;
      const capital = p.text.charAt(0) !== p.text.charAt(0).toLowerCase();
      const prev = expanded[neighbour(expanded, i, -1)];
      if (capital && prev !== undefined && !/^[.?!]$/.test(prev.text)) return p;
      const c = correct(p.norm, isNumber(prev));
      return c === p.norm ? p : { ...p, text: withCase(p.text, c), norm: c };
    });
    return questionMark(restoreClauses(fixed).map((p) => p.text).join(''));
  };
  return Object.assign(clean, { afkortingen: data, correct });
}

let shared: Cleaner | undefined;
/** The message as the rest of understanding reads it: shorthand written out, slips corrected, clauses apart. */
export function cleanQuestion(text: string): string {
  shared ??= createCleaner();
  return shared(text);
}
