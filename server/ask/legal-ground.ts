import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize, stem, tokenize } from '../retrieve/analysis.js';
import { legalRefs, type LegalRef } from '../retrieve/legal-refs.js';
import { legalLabel, legalUrl } from '../rules/legal.js';
import type { Sector } from './scope.js';

// Legal-ground questions ("op grond van welk artikel mag ik …", "waar staat in de wet dat …", "welke bevoegdheid
// heb ik …") and the article that grounds the asked action, from the table in knowledge/grondslagen.yaml: the
// power rather than the duty, the specific lid or onder-letter rather than the general article.

// "@plaatsen:buitenland" stands for every form of that value in the lexicon (knowledge/lexicon/plaatsen.yaml), alone
// or inside a phrase ("woont in @plaatsen:buitenland"), so the table names a class of words, not a list of its own.
const phrase = z
  .string()
  .min(1)
  .regex(/^(?:[a-z0-9 ]|@[a-z]+:[a-z-]+)+\*?$/, 'kleine letters zonder accenten, hoogstens één * aan het eind, of @lijst:waarde');
const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    handeling: z.array(phrase).min(1),
    onderwerp: z.array(phrase).min(1).optional(),
    // The condition the article itself decides ("verantwoordelijk", "geen kwalificatieplicht"): asked for in the asking
    // sentence, it makes the article the question turns on, above procedural neighbours that only share its actors.
    predikaat: z.array(phrase).min(1).optional(),
    // The conclusion the article gives when the question states its case ("woont in België" → not competent).
    conclusie: z.array(z.object({ als: z.array(phrase).min(1), dan: z.string().min(10) }).strict()).min(1).optional(),
    zonder: z.array(phrase).min(1).optional(),
    meerDanDagen: z.number().int().positive().optional(),
    algemeen: z.literal(true).optional(),
    sector: z.enum(['po', 'vo', 'mbo']).optional(),
    grond: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z]+:[a-z0-9.]+$/),
            lid: z.number().int().min(1).max(10).optional(),
            // A definition's letter where the id scheme has none ("lpw:1" onder f: "lpw:1f" is no id).
            onder: z.string().regex(/^[a-h]$/).optional(),
            // The sector a provision serves, named in the label when one entry grounds an act in several sector laws.
            voor: z.enum(['po', 'vo', 'mbo']).optional(),
          })
          .strict(),
      )
      .min(1),
    beslist: z.string().min(3).optional(),
    kern: z.string().min(20),
    bron: z.string().url(),
  })
  .strict();
const fileSchema = z.object({ vragen: z.array(phrase).min(1), gronden: z.array(entrySchema).min(1) }).strict();
type Entry = z.infer<typeof entrySchema>;

export const LEGAL_GROUNDS_FILE = fileURLToPath(new URL('../../knowledge/grondslagen.yaml', import.meta.url));

/** The ground a legal-ground question asks for, as the answer names it. */
export interface AskedGround {
  /** The table entry ("proces-verbaal-ouders"). */
  entry: string;
  /** Legal ids, the grounding one first ("lpw:22"). */
  ids: string[];
  /** The references as retrieval reads a named article (with lid / onder), to rank their passages first. */
  refs: LegalRef[];
  /** "Leerplichtwet 1969, artikel 22, tweede lid" (several joined with "en"). */
  label: string;
  beslist?: string;
  /** Our own summary of the article, for when the knowledge has no passage of it. */
  kern: string;
  /** The conclusion for the case the question states, when the table gives one. */
  conclusie?: string;
  url?: string;
}

/** Lower case, no accents, words apart by single spaces, padded: " op grond van welk artikel ". */
const plain = (text: string) => ` ${normalize(text).replace(/[^\p{L}\d]+/gu, ' ').trim()} `;
/** The same text as stems, so a phrase of whole words matches their inflections ("ouders"/"ouder", "schorst"/"schorsen"). */
const stemmed = (text: string) => ` ${tokenize(text).map(stem).join(' ')} `;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordCount = (p: string) => p.trim().split(' ').length;
/** A phrase as a pattern on plain text; `gap` lets up to three other words (no numbers) stand between its words. */
const compile = (p: string, gap = false) =>
  new RegExp(` ${p.replace(/\*$/, '').trim().split(' ').map(escape).join(gap ? GAP : ' ')}${p.endsWith('*') ? '\\S*' : ''} `);
// "kennis moeten geven" reads as "kennis geven", "niet op een school ingeschreven" as "niet ingeschreven"; a number
// between ("van 15 die 18") never does.
const GAP = '(?: [^\\s\\d]+){0,3} ';

interface Table {
  vragen: RegExp[];
  gronden: Array<
    Entry & {
      handelingRe: Pattern[];
      handelingWords: number[];
      onderwerpRe?: Pattern[];
      onderwerpWords?: number[];
      predikaatRe?: Pattern[];
      predikaatWords?: number[];
      conclusieRe?: Array<{ als: Pattern[]; dan: string }>;
      zonderRe?: RegExp[];
      ground: AskedGround;
    }
  >;
}

const SECTOR_NAME: Record<Sector, string> = { po: 'basisonderwijs', vo: 'voortgezet onderwijs', mbo: 'mbo' };

/** A phrase on the plain text and, for phrases of whole words, on the stemmed text. */
interface Pattern {
  surface: RegExp;
  stems?: RegExp;
}

function pattern(p: string): Pattern {
  const surface = compile(p, true);
  if (p.endsWith('*')) return { surface };
  return { surface, stems: compile(stemmed(p), true) };
}

/** Plain and stemmed forms of a text without the words that ask for the ground, made once per question. */
interface Forms {
  plain: string;
  stems: string;
}
const forms = (text: string, t: Table): Forms => {
  const rest = withoutAsking(plain(text), t);
  return { plain: rest, stems: stemmed(rest) };
};
const test = (p: Pattern, f: Forms) => p.surface.exec(f.plain) ?? (p.stems ? p.stems.exec(f.stems) : null);

function groundOf(e: Entry): AskedGround {
  const labels = e.grond.map((g) => `${legalLabel(g.id, g.lid)}${g.onder ? `, onder ${g.onder}` : ''}`);
  // "Leerplichtwet 1969, artikel 11, onder d en artikel 12": the law is named once when both are in it. Provisions
  // per sector are alternatives, each with the sector it serves: "…, artikel 40c, eerste lid (basisonderwijs); …".
  const law = labels[0]!.split(', artikel')[0]!;
  const label = e.grond.some((g) => g.voor)
    ? labels.map((l, i) => (e.grond[i]!.voor ? `${l} (${SECTOR_NAME[e.grond[i]!.voor!]})` : l)).join('; ')
    : labels.map((l, i) => (i > 0 && l.startsWith(`${law}, `) ? l.slice(law.length + 2) : l)).join(' en ');
  const refs = e.grond.flatMap((g, i) => legalRefs(labels[i]!).filter((r) => r.id === g.id));
  const url = legalUrl(e.grond[0]!.id);
  return { entry: e.id, ids: e.grond.map((g) => g.id), refs, label, ...(e.beslist ? { beslist: e.beslist } : {}), kern: e.kern, ...(url ? { url } : {}) };
}

const LEXICON_DIR = fileURLToPath(new URL('../../knowledge/lexicon/', import.meta.url));
const lexiconSchema = z.object({ items: z.array(z.object({ waarde: z.string(), vormen: z.array(z.string()) }).passthrough()) }).passthrough();

/** A phrase with its lexicon references written out: one phrase per form ("woont in belgie", "woont in spanje", …). */
function expand(p: string, lexicon: (list: string, value: string) => string[]): string[] {
  const ref = /@([a-z]+):([a-z-]+)/.exec(p);
  if (!ref) return [p];
  const forms = lexicon(ref[1]!, ref[2]!);
  if (!forms.length) throw new Error(`${ref[0]}: de woordenlijst kent die waarde niet`);
  return forms.flatMap((f) => expand(p.replace(ref[0], f), lexicon));
}

export function loadLegalGrounds(file = LEGAL_GROUNDS_FILE): Table {
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const lists = new Map<string, z.infer<typeof lexiconSchema>>();
  const lexicon = (list: string, value: string) => {
    if (!lists.has(list)) lists.set(list, lexiconSchema.parse(parse(readFileSync(`${LEXICON_DIR}${list}.yaml`, 'utf8'))));
    return [...new Set(lists.get(list)!.items.filter((i) => i.waarde === value).flatMap((i) => i.vormen.map((f) => plain(f).trim())))];
  };
  const all = (ps: string[]) => ps.flatMap((p) => expand(p, lexicon));
  const gronden = parsed.data.gronden.map((e) => ({
    ...e,
    handeling: all(e.handeling),
    ...(e.onderwerp ? { onderwerp: all(e.onderwerp) } : {}),
    ...(e.predikaat ? { predikaat: all(e.predikaat) } : {}),
    ...(e.conclusie ? { conclusie: e.conclusie.map((c) => ({ ...c, als: all(c.als) })) } : {}),
  }));
  return {
    vragen: parsed.data.vragen.map((p) => compile(p)),
    gronden: gronden.map((e) => ({
      ...e,
      handelingRe: e.handeling.map(pattern),
      handelingWords: e.handeling.map(wordCount),
      ...(e.onderwerp ? { onderwerpRe: e.onderwerp.map(pattern), onderwerpWords: e.onderwerp.map(wordCount) } : {}),
      ...(e.predikaat ? { predikaatRe: e.predikaat.map(pattern), predikaatWords: e.predikaat.map(wordCount) } : {}),
      ...(e.conclusie ? { conclusieRe: e.conclusie.map((c) => ({ als: c.als.map(pattern), dan: c.dan })) } : {}),
      ...(e.zonder ? { zonderRe: e.zonder.map((p) => compile(p)) } : {}),
      ground: groundOf(e),
    })),
  };
}

let cached: Table | undefined;
const table = () => (cached ??= loadLegalGrounds());

// A request in the imperative asks as a question does: "Noem het wetsartikel.", "Geef de grondslag."
const REQUEST = /^\s*(?:noem|geef|vermeld|citeer|graag)\b/i;

/** The asking sentences (ending in "?" or a request in the imperative), or the whole message when none is. */
function asking(question: string): string {
  const sentences = question.match(/[^.?!]+[.?!]*/g) ?? [question];
  const asked = sentences.filter((s) => s.includes('?') || REQUEST.test(s));
  return asked.length ? asked.join(' ') : question;
}

/** The message asks for the legal ground (the article, the power, the statutory basis) of something. */
export function asksForGround(question: string, t: Table = table()): boolean {
  const text = plain(asking(question));
  return t.vragen.some((re) => re.test(text));
}

/** The words that ask for the ground ("wat is de wettelijke grondslag") are no action or subject: "wat is" there defines nothing. */
function withoutAsking(text: string, t: Table): string {
  return t.vragen.reduce((rest, re) => rest.replace(new RegExp(re.source, 'g'), ' '), text);
}

/** The words of the phrases that ask for the ground ("welke", "wettelijke", "bepaling"): no topic the sources must cover. */
export function groundAskingWords(question: string, t: Table = table()): string[] {
  const text = plain(question);
  return t.vragen.flatMap((re) => [...text.matchAll(new RegExp(re.source, 'g'))].flatMap((m) => m[0].trim().split(' ')));
}

// "15 schooldagen", "twaalf lesdagen": a number of (school) days named in the question.
const NUMBER_WORDS: Record<string, number> = { elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, twintig: 20 };
function daysNamed(text: string): number[] {
  return [...text.matchAll(/ (\d{1,3}|elf|twaalf|dertien|veertien|vijftien|twintig) (?:school|les)?dag(?:en)? /g)].map((m) => NUMBER_WORDS[m[1]!] ?? Number(m[1]));
}

/** Where the first of the phrases stands in the text and how many words the longest matched one has. */
function matched(res: Pattern[], words: number[], text: Forms): { at: number; words: number } | undefined {
  let found: { at: number; words: number } | undefined;
  res.forEach((re, i) => {
    const m = test(re, text);
    if (m) found = { at: Math.min(found?.at ?? m.index, m.index), words: Math.max(found?.words ?? 0, words[i]!) };
  });
  return found;
}

/**
 * The table's ground for the action the question asks about: an entry whose action and (when it names one) whose
 * subject occur in the question. A general duty (`algemeen`: the ouders' plicht of art. 2, named as the situation in
 * "proces-verbaal tegen ouders die hun kind niet naar school sturen") loses to any other entry. Then a matched subject
 * beats none; then an action named in the asking sentence over one named only in the context before it ("Ouders
 * hebben richtingbezwaar. Binnen welke termijn doen zij de kennisgeving?"); then the entry that names the asked duty most specifically (most words in its matched action and
 * subject phrases: "afschrift" + "raad voor de kinderbescherming" over "proces-verbaal" + "ouders"); then the action
 * named first, since a question names the asked duty before the situation it arises in; then the entry bound to
 * the question's sector over the one naming every sector's provision; then the table's order. Before all but the
 * general duty: an entry whose predicate (the condition its article decides: "verantwoordelijk", "geen
 * kwalificatieplicht") stands in the asking sentence (the longest such phrase first; the whole message when the asking
 * sentence only asks for the ground), so "op grond waarvan is de stiefvader verantwoordelijk, zodat ik
 * pv kan opmaken?" gets art. 2 and not the procedure of art. 22. An entry is out when a phrase of its `zonder`
 * occurs, and the words asking for the ground are neither action nor subject. The entry's `conclusie` whose case the
 * question states comes with the ground.
 */
export function groundForAction(question: string, sector?: Sector, t: Table = table()): AskedGround | undefined {
  const text = forms(question, t);
  // "… Welk artikel?" asks nothing but the ground: the condition asked about is then in the sentences before it.
  const askedForm = forms(asking(question), t);
  const asked = askedForm.plain.trim() ? askedForm : text;
  const days = daysNamed(text.plain);
  let best: { entry: Table['gronden'][number]; rank: number[] } | undefined;
  for (const e of t.gronden) {
    if (e.sector && e.sector !== sector) continue;
    if (e.zonderRe?.some((re) => re.test(text.plain))) continue;
    const action = matched(e.handelingRe, e.handelingWords, text);
    if (!action) continue;
    const named = e.onderwerpRe ? matched(e.onderwerpRe, e.onderwerpWords!, text) : undefined;
    const subject = named !== undefined || (e.meerDanDagen !== undefined && days.some((d) => d > e.meerDanDagen!));
    if (e.onderwerpRe && !subject) continue;
    const words = action.words + (named?.words ?? (subject ? 1 : 0));
    const inAsking = e.handelingRe.some((re) => test(re, asked)) ? 1 : 0;
    // The most specific predicate wins: "niet verantwoordelijk" (art. 2 lid 2) over "verantwoordelijk" (lid 1).
    const predicate = e.predikaatRe ? (matched(e.predikaatRe, e.predikaatWords!, asked)?.words ?? 0) : 0;
    const rank = [e.algemeen ? 0 : 1, predicate, subject ? 1 : 0, inAsking, words, -action.at, e.sector ? 1 : 0];
    if (!best || before(rank, best.rank)) best = { entry: e, rank };
  }
  if (!best) return undefined;
  const conclusie = best.entry.conclusieRe?.find((c) => c.als.some((re) => test(re, text)))?.dan;
  return conclusie ? { ...best.entry.ground, conclusie } : best.entry.ground;
}

/** `a` ranks strictly before `b` (compared key by key, higher first). */
function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** The ground a legal-ground question asks for; undefined for any other question or an action the table lacks. */
export function askedGround(question: string, sector?: Sector): AskedGround | undefined {
  return asksForGround(question) ? groundForAction(question, sector) : undefined;
}
