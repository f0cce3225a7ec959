import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { stem } from '../../retrieve/analysis.js';
import { normalize } from './lexicon.js';
import type { Token } from './tokens.js';

// The domain vocabulary as data (knowledge/lexicon/*.yaml): surface forms → slot values, editable by a domain
// expert without code. The matcher runs over the same tokens as the grammar: exact words, their stems, and the
// parts of compounds ("bollenkweker" meets "bollen", "vakantieverlof" meets "verlof").

const DIR = fileURLToPath(new URL('../../../knowledge/lexicon/', import.meta.url));

const item = z.object({ waarde: z.union([z.string(), z.number()]), vormen: z.array(z.string().min(1)).min(1) }).passthrough();
const file = z.object({ bron: z.string().min(3), datum: z.union([z.string(), z.date()]), items: z.array(item).min(1) }).passthrough();
export type VocabularyItem = z.infer<typeof item>;

export const VOCABULARY_FILES = ['onderwijs', 'familie', 'omstandigheden', 'feestdagen', 'beroepen', 'verzuim', 'verzuimreden', 'plaatsen', 'synoniemen', 'verlofsoorten'] as const;
export type VocabularyName = (typeof VOCABULARY_FILES)[number];

export interface Match {
  name: VocabularyName;
  item: VocabularyItem;
  /** The surface form that matched. */
  form: string;
  from: number;
  /** Exclusive. */
  to: number;
  /** The form is a part of a compound token: its head ("wintersportvakantie") or its modifier ("bollenkweker"). */
  part?: 'head' | 'modifier';
}

interface Form {
  name: VocabularyName;
  item: VocabularyItem;
  form: string;
  words: string[];
  stems: string[];
}

export interface Vocabulary {
  files: Record<VocabularyName, z.infer<typeof file>>;
  /**
   * All matches in the tokens, longest first at each position, no overlaps within one vocabulary; in a file with
   * `overlap: true` no overlaps within one item only (there a word may be a cue of several kinds: "thuisonderwijs").
   */
  match(tokens: Token[], names?: readonly VocabularyName[]): Match[];
}

/** Words of a form, tokenised as the text is ("vmbo-b" → vmbo - b). */
function words(form: string): string[] {
  return normalize(form).match(/\d+(?:[.,]\d+)?|[a-z\u00df-\u024f]+(?:'[a-z]+)?|[^\s\w]/giu) ?? [];
}

const MIN_PART = 4;

export function loadVocabulary(dir = DIR): Vocabulary {
  const files = Object.fromEntries(VOCABULARY_FILES.map((n) => [n, file.parse(parse(readFileSync(`${dir}${n}.yaml`, 'utf8')))])) as Vocabulary['files'];
  const byFirst = new Map<string, Form[]>();
  const singles: Form[] = [];
  for (const name of VOCABULARY_FILES) {
    for (const it of files[name].items) {
      for (const f of it.vormen) {
        const w = words(f);
        if (!w.length) continue;
        const form: Form = { name, item: it, form: f, words: w, stems: w.map(stem) };
        for (const key of new Set([w[0]!, form.stems[0]!])) byFirst.set(key, [...(byFirst.get(key) ?? []), form]);
        if (w.length === 1 && w[0]!.length >= MIN_PART && /^[a-z]+$/.test(w[0]!)) singles.push(form);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const partCache = new Map<string, Form[]>();

  /** Single-word forms that are a part of a compound token: its head (suffix) or its modifier (prefix). */
  function parts(token: string): Form[] {
    let out = partCache.get(token);
    if (out) return out;
    out = token.length < MIN_PART + 3 || token.length > 40 ? [] : singles.filter((f) => {
      const w = f.words[0]!;
      return w.length <= token.length - 3 && (token.endsWith(w) || token.startsWith(w));
    });
    if (partCache.size < 50_000) partCache.set(token, out);
    return out;
  }

  const perItem = new Set(VOCABULARY_FILES.filter((n) => files[n].overlap === true));
  function match(tokens: Token[], names: readonly VocabularyName[] = VOCABULARY_FILES): Match[] {
    const wanted = new Set(names);
    const out: Match[] = [];
    const taken = new Map<unknown, number>(); // per vocabulary (or per item): first free token index
    const key = (c: Form) => (perItem.has(c.name) ? c.item : c.name);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct') continue;
      const byNorm = byFirst.get(t.norm);
      const byStem = t.stem !== t.norm ? byFirst.get(t.stem) : undefined;
      const candidates = byNorm && byStem ? [...byNorm, ...byStem] : (byNorm ?? byStem ?? []);
      for (const c of candidates) {
        if (!wanted.has(c.name) || (taken.get(key(c)) ?? 0) > i) continue;
        const ok = c.words.every((w, j) => {
          const tk = tokens[i + j];
          // A stem meets an inflected form ("spijbelde" → "spijbelen"), never a shorter word ("pas" is no "pasen").
          return tk !== undefined && (tk.norm === w || (w.length > 3 && tk.norm.length >= w.length - 1 && tk.stem === c.stems[j]));
        });
        if (!ok) continue;
        // "kerst- en voorjaarsvakantie": a word cut off by a hyphen before a coordinator is the first part of a
        // compound whose head follows, so it is a modifier, as inside "kerstvakantie".
        const to = i + c.words.length;
        const elided = tokens[to]?.norm === '-' && /^(?:en|of|,|tot|t\/m)$/.test(tokens[to + 1]?.norm ?? '');
        out.push({ name: c.name, item: c.item, form: c.form, from: i, to, ...(elided ? { part: 'modifier' as const } : {}) });
        taken.set(key(c), i + c.words.length);
      }
      if (t.kind !== 'word') continue;
      for (const c of parts(t.norm)) {
        if (!wanted.has(c.name) || (taken.get(key(c)) ?? 0) > i) continue;
        out.push({ name: c.name, item: c.item, form: c.form, from: i, to: i + 1, part: t.norm.endsWith(c.words[0]!) ? 'head' : 'modifier' });
        taken.set(key(c), i + 1);
      }
    }
    return out;
  }

  return { files, match };
}

let shared: Vocabulary | undefined;
/** The vocabulary of knowledge/lexicon, read once. */
export function vocabulary(): Vocabulary {
  shared ??= loadVocabulary();
  return shared;
}
