import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize } from '../retrieve/analysis.js';

// A question often asks two things ("wie beslist en binnen welke termijn?", "mag het, en wat moet ik dan doen?")
// or asks about a rule that holds only under a condition. The composer must answer every part and keep the
// condition next to the rule (issue 12). The words that mark parts and limits are data: knowledge/lexicon/vraagdelen.yaml.

/** What kind of answer a part asks for: a deadline, a person or body, a number, a moment, a condition, yes/no, or anything. */
export type AnswerKind = 'termijn' | 'wie' | 'hoeveel' | 'wanneer' | 'voorwaarde' | 'ja-nee' | 'open';

export interface SubQuestion {
  /** The part as asked, without its connector ("binnen welke termijn moet dat?"). */
  text: string;
  kind: AnswerKind;
}

const KINDS = ['termijn', 'wie', 'hoeveel', 'wanneer', 'voorwaarde', 'open'] as const;
const words = z.array(z.string().min(1)).min(1);
const schema = z.object({
  bron: z.string().min(3),
  datum: z.union([z.string(), z.date()]),
  vraagwoorden: z.object(Object.fromEntries(KINDS.map((k) => [k, words])) as Record<(typeof KINDS)[number], typeof words>),
  werkwoorden: words,
  onderwerpen: words,
  verbinders: words,
  wat_als: words,
  antwoord: z.object({
    termijn: z.object({ eenheden: words, woorden: words, aantallen: words }),
    wie: words,
    hoeveel: z.object({ woorden: words }),
    wanneer: z.object({ woorden: words }),
  }),
  voorwaarden: words,
  grenzen: words,
  verwijswoorden: words,
  verwijzend_begin: words,
});

const FILE = fileURLToPath(new URL('../../knowledge/lexicon/vraagdelen.yaml', import.meta.url));
export const VRAAGDELEN = schema.parse(parse(readFileSync(FILE, 'utf8')));

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives as one regex group, longest first, on word boundaries (letters with diacritics folded by `normalize`). */
const alt = (forms: string[]) =>
  [...new Set(forms.map((f) => normalize(f)))]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const wordRe = (forms: string[], flags = '') => new RegExp(`(?<![\\p{L}\\d])(?:${alt(forms)})(?![\\p{L}\\d])`, `u${flags}`);

const D = VRAAGDELEN;
// An interrogative at the start of a part, by kind; the longest form wins ("binnen welke termijn" before "welke").
const OPENERS: Array<[AnswerKind, string]> = KINDS.flatMap((k) => D.vraagwoorden[k].map((f) => [k, normalize(f)] as [AnswerKind, string])).sort(
  (a, b) => b[1].length - a[1].length,
);
const VERB = `(?:${alt(D.werkwoorden)})`;
const SUBJECT = `(?:${alt(D.onderwerpen)})`;
const INTERROGATIVE = `(?:${alt(KINDS.flatMap((k) => D.vraagwoorden[k]))})`;
const WAT_ALS = `(?:${alt(D.wat_als)})`;
const CONNECTOR = `(?:${alt(D.verbinders)})`;
// A new part begins after a connector when an interrogative or a finite verb with its subject follows:
// "…, en binnen welke termijn", "… of moet ik …", "… en wat als …". "Ouders en leerlingen" does not split.
const PART_START = new RegExp(`(?:,\\s*|\\s+)${CONNECTOR}\\s+(?=(?:${WAT_ALS}|${INTERROGATIVE}|${VERB}\\s+${SUBJECT})(?![\\p{L}\\d]))`, 'gu');
const TAIL = new RegExp(`(?:[,;]\\s*|\\s+)(?=${WAT_ALS}(?![\\p{L}\\d]))`, 'gu');
const LEADING_CONNECTOR = new RegExp(`^${CONNECTOR}\\s+`, 'u');
const YES_NO = new RegExp(`^(?:${CONNECTOR}\\s+)?${VERB}(?![\\p{L}\\d])`, 'u');

/** The kind of answer a single part asks for, from its opening words. */
export function answerKind(part: string): AnswerKind {
  const p = normalize(part).replace(/^[\s,;:]+/, '').replace(new RegExp(`^${CONNECTOR}\\s+`, 'u'), '');
  if (new RegExp(`^${WAT_ALS}(?![\\p{L}\\d])`, 'u').test(p)) return 'open';
  for (const [kind, form] of OPENERS) {
    if (p.startsWith(form) && !/[\p{L}\d]/u.test(p.charAt(form.length))) {
      // "Wanneer kan/mag …" asks under which circumstances something is allowed: a condition.
      if (kind === 'wanneer' && new RegExp(`^${esc(form)}\\s+(?:kan|kunnen|mag|mogen)\\b`).test(p)) return 'voorwaarde';
      return kind;
    }
  }
  // A question word later in the part ("De directeur beslist binnen welke termijn?") still names the kind.
  for (const [kind, form] of OPENERS) if (kind !== 'open' && new RegExp(`(?<![\\p{L}\\d])${esc(form)}(?![\\p{L}\\d])`, 'u').test(p)) return kind;
  return YES_NO.test(p) ? 'ja-nee' : 'open';
}

/**
 * The parts of a question: each sentence ending in a question mark, split further where a connector ("en", "of")
 * stands before a new interrogative or a finite verb with its subject, and where a "wat als …" tail begins. A
 * question that asks one thing gives one part. Statements before the question (the situation) are no part.
 */
export function splitQuestion(question: string): SubQuestion[] {
  const text = question.replace(/\s+/g, ' ').trim();
  const sentences = text.split(/(?<=[?])\s+|(?<=[.!])\s+(?=\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
  const asked = sentences.filter((s) => s.endsWith('?'));
  const pool = asked.length ? asked : sentences.slice(-1);
  const parts: string[] = [];
  for (const s of pool) {
    const n = normalize(s);
    // Split offsets are found in the normalised text; normalisation keeps lengths for Dutch text except for the
    // "art." rewrite, so the split runs on the normalised sentence and keeps it (the parts are matched, not shown).
    const cuts = new Set<number>([0]);
    for (const m of n.matchAll(PART_START)) cuts.add(m.index!);
    for (const m of n.matchAll(TAIL)) if (m.index! > 0) cuts.add(m.index!);
    const sorted = [...cuts].sort((a, b) => a - b);
    sorted.forEach((start, i) => {
      const piece = n
        .slice(start, sorted[i + 1] ?? n.length)
        .replace(/^[\s,;]+/, '')
        .replace(LEADING_CONNECTOR, '')
        .trim();
      if (/\p{L}{3,}/u.test(piece)) parts.push(piece);
    });
  }
  return parts.map((p) => ({ text: p, kind: answerKind(p) }));
}

const UNIT = wordRe(D.antwoord.termijn.eenheden);
const NUMBER_WORD = `(?:\\d+(?:[.,]\\d+)?|${alt(D.antwoord.hoeveel.woorden)})`;
const DURATION = new RegExp(`(?<![\\p{L}\\d])(?:${NUMBER_WORD}|${alt(D.antwoord.termijn.aantallen)})\\s+(?:\\p{L}+\\s+)?(?:${alt(D.antwoord.termijn.eenheden)})(?![\\p{L}\\d])`, 'u');
const TERM_WORDS = wordRe(D.antwoord.termijn.woorden);
const WHO = wordRe(D.antwoord.wie);
const AMOUNT = new RegExp(`(?<![\\p{L}\\d])${NUMBER_WORD}(?![\\p{L}\\d])|€`, 'u');
const WHEN = wordRe(D.antwoord.wanneer.woorden);
const CONDITION = wordRe(D.voorwaarden);
const LIMIT = wordRe([...D.voorwaarden, ...D.grenzen]);
const BACK_REFERENCE = new RegExp(`^(?:${alt(D.verwijzend_begin)})(?![\\p{L}\\d])`, 'u');

/** The sentence carries the kind of thing the part asks for (a deadline, an actor, a number, a moment, a condition). */
export function carriesAnswer(sentence: string, kind: AnswerKind): boolean {
  const s = normalize(sentence);
  switch (kind) {
    case 'termijn':
      return DURATION.test(s) || (TERM_WORDS.test(s) && (UNIT.test(s) || /\d/.test(s) || /onverwijld|zonder uitstel|zo snel mogelijk|direct/.test(s)));
    case 'wie':
      return WHO.test(s);
    case 'hoeveel':
      return AMOUNT.test(s);
    case 'wanneer':
      return /\d/.test(s) || WHEN.test(s);
    case 'voorwaarde':
      return CONDITION.test(s) || /(?<![\p{L}])(als|indien|wanneer)(?![\p{L}])/u.test(s);
    default:
      return true;
  }
}

/** The sentence limits a rule: a condition, an exception, a maximum, a deadline ("mits", "ten hoogste", "binnen 6 weken"). */
export function carriesLimit(sentence: string): boolean {
  return LIMIT.test(normalize(sentence));
}

const POINTER = new RegExp(`^(?:${alt(D.verwijswoorden)})\\p{L}*$`, 'u');

/** A pronominal adverb ("daarvoor", "hiertegen", "erover"): it points elsewhere and names no topic. */
export function isPointer(word: string): boolean {
  return POINTER.test(normalize(word));
}

/** The sentence leans on the one before it ("Dat kan alleen als …", "Daarvoor is …"). */
export function refersBack(sentence: string): boolean {
  return BACK_REFERENCE.test(normalize(sentence).replace(/^[-*•\s]+/, ''));
}
