import { normalize } from './analysis.js';

// A question that names an article ("artikel 11 onder g", "art. 5a", "21a lid 2", "art 8.20 WVO") wants that
// article's passage first. The reference is read into the legal-id pattern of the index (server/rules/legal.ts):
// "lpw:11g" is article 11 onder g, "lpw:art5a" is article 5a (5a alone is 5 onder a), "wvo:8.20", "web:8.1.7d".

export interface LegalRef {
  /** The legal id as the index tags passages ("lpw:11g"). */
  id: string;
  /** The article number as it heads its passage ("11", "5a", "8.20"). */
  artikel: string;
  onder?: string;
  lid?: number;
  /** Named as an article ("artikel 5 onder a", "21a lid 2"), not as the everyday name of a ground ("een 5a-vrijstelling"). */
  explicit: boolean;
}

// Law names as people write them; the Leerplichtwet is the default.
const LAWS: Array<[string, RegExp]> = [
  ['wvo', /\b(wvo(?: 2020)?|wet (?:op het )?voortgezet onderwijs(?: 2020)?)\b/],
  ['wpo', /\b(wpo|wet (?:op het )?primair onderwijs)\b/],
  ['web', /\b(web|wet educatie en beroepsonderwijs)\b/],
  ['wec', /\b(wec|wet (?:op de )?expertisecentra)\b/],
  ['wrod', /\b(wrod|wet register onderwijsdeelnemers)\b/],
  ['awb', /\b(awb|algemene wet bestuursrecht)\b/],
  ['lpw', /\b(lpw|leerplichtwet(?: 1969)?)\b/],
];
// In the Leerplichtwet the letters of articles 5 and 11 are grounds ("onder"), except article 11a (five-year-olds).
const ONDER_ARTICLES = new Set(['5', '11']);
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];
const LID = String.raw`(?:,?\s*(?:lid\s*(\d{1,2})|(\d{1,2})e\s+lid|(${ORDINALS.join('|')})\s+lid))?`;
const ONDER = String.raw`(?:,?\s*(?:onder|sub|letter|onderdeel)\s*\(?([a-h])\)?(?![\p{L}\d]))?`;
const NUMBER = String.raw`(\d{1,2}(?:\.\d{1,2}){0,2}[a-h]?)`;
// "artikel 11 onder g", "art. 13a, tweede lid", "artikel 21a lid 2": the word "artikel" (normalize() writes "art." as it).
const WITH_WORD = new RegExp(String.raw`\bartikel\s+${NUMBER}(?![\p{L}\d])${LID}${ONDER}${LID}`, 'gu');
// Without the word: "5 onder a", "11 sub g", "21a lid 2", "13a-verlof", "een 21a-melding".
const BARE = new RegExp(String.raw`(?<![\p{L}\d.,])(\d{1,2}(?:\.\d{1,2}){0,2})\s*(?:onder|sub)\s*([a-h])(?![\p{L}\d])|(?<![\p{L}\d.,])(\d{1,2}[a-h])(?=\s*(?:lid\b|-|,?\s+(?:lpw|leerplichtwet|wvo|wpo|web)\b))`, 'gu');

const namedLaw = (text: string) => LAWS.find(([, re]) => re.test(text))?.[0];

/** Numbered by chapter: three levels are the WEB ("8.1.7d"), two the WVO 2020 ("8.20"); plain numbers the Leerplichtwet. */
function lawFor(number: string): string {
  const levels = number.split('.').length;
  return levels === 3 ? 'web' : levels === 2 ? 'wvo' : 'lpw';
}

function idFor(law: string, number: string, onder: string | undefined, explicitArticle: boolean): { id: string; artikel: string; onder?: string } {
  const m = /^(\d+(?:\.\d+)*)([a-h]?)$/.exec(number)!;
  const [, base, letter] = m as unknown as [string, string, string];
  if (law === 'lpw') {
    if (onder) return { id: `lpw:${base}${ONDER_ARTICLES.has(base) ? onder : ''}`, artikel: base, onder };
    if (letter && base === '5') {
      // "artikel 5a" is the trekkend bestaan; "5a" without the word is the everyday name of 5 onder a.
      return explicitArticle ? { id: 'lpw:art5a', artikel: '5a' } : { id: `lpw:5${letter}`, artikel: '5', onder: letter };
    }
    if (letter && base === '11' && letter !== 'a') return { id: `lpw:11${letter}`, artikel: '11', onder: letter };
  }
  return { id: `${law}:${base}${letter}`, artikel: `${base}${letter}`, ...(onder ? { onder } : {}) };
}

const lidOf = (digits?: string, digits2?: string, ordinal?: string) =>
  digits ? Number(digits) : digits2 ? Number(digits2) : ordinal ? ORDINALS.indexOf(ordinal) + 1 : undefined;

/** The article references in a question, as legal ids of the index, in the order they are named. */
export function legalRefs(question: string): LegalRef[] {
  const text = normalize(question);
  const out = new Map<string, LegalRef>();
  const add = (ref: LegalRef) => {
    if (!out.has(ref.id)) out.set(ref.id, ref);
  };
  // A law named right after the reference belongs to it ("artikel 8.20 WVO"); else the law the question names; else
  // the numbering says which law.
  const lawNear = (end: number, number: string) => {
    const after = text.slice(end, end + 40).split(/[.?!;]|\bartikel\b/)[0] ?? '';
    return namedLaw(after) ?? namedLaw(text) ?? lawFor(number);
  };
  for (const m of text.matchAll(WITH_WORD)) {
    const [, number, l1, l2, l3, onder, l4, l5, l6] = m;
    const law = lawNear(m.index! + m[0].length, number!);
    const lid = lidOf(l1, l2, l3) ?? lidOf(l4, l5, l6);
    add({ ...idFor(law, number!, onder, true), ...(lid ? { lid } : {}), explicit: true });
  }
  for (const m of text.matchAll(BARE)) {
    const [, base, onder, lettered] = m;
    const number = base ?? lettered!;
    // Already read with the word "artikel" before it.
    if (/\bartikel\s*$/.test(text.slice(0, m.index!))) continue;
    const lid = /^\s*-?\s*lid\b/.test(text.slice(m.index! + m[0].length)) || /\blid\b/.test(m[0]);
    add({ ...idFor(lawNear(m.index! + m[0].length, number), number, onder, false), explicit: lid });
  }
  return [...out.values()];
}

/** The words a passage uses for the reference ("artikel 21a tweede lid onder g"), to rank its sentences. */
export function refWords(refs: LegalRef[]): string {
  return refs.map((r) => `artikel ${r.artikel}${r.lid ? ` ${ORDINALS[r.lid - 1] ?? ''} lid` : ''}${r.onder ? ` onder ${r.onder}` : ''}`).join(' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How well a passage is the text of the named article: 2 for the statute passage headed by that article ("Artikel 11 —
 * …" for 11 onder g), 1 for another statute passage tagged with its id first, 0 otherwise.
 */
export function articleMatch(p: { type: string; section?: string; legalIds: string[]; text?: string }, ref: LegalRef): number {
  if (p.type !== 'wet' || !p.legalIds.includes(ref.id)) return 0;
  const heading = normalize(p.section?.split('›').pop() ?? '');
  const match = new RegExp(`\\bartikel ${escape(ref.artikel)}(?![\\p{L}\\d.])`, 'u').test(heading) ? 2 : p.legalIds[0] === ref.id ? 1 : 0;
  // An article split over several passages: the one that states the asked lid ("tweede lid" for "lid 2") first.
  return match && namesLid(p.text, ref.lid) ? match + 0.5 : match;
}

function namesLid(text: string | undefined, lid: number | undefined): boolean {
  if (!text || !lid || !ORDINALS[lid - 1]) return false;
  return new RegExp(`\\b(?:${ORDINALS[lid - 1]} lid|lid ${lid})\\b`).test(normalize(text));
}
