import { addDays, weekday, ymd } from '../../rules/dates.js';

// Dutch words for numbers, months and weekdays, and the text normalisation every pattern relies on.

const WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  dertig: 30, veertig: 40, vijftig: 50,
};
const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
};

/** A number as digits ("16", "2,5") or as a word ("zestien"); `een` only where the pattern makes it a count. */
export const NUM = `(?:\\d{1,4}(?:[.,]\\d+)?|${Object.keys(WORDS).join('|')})`;
/** A number that excludes the article "een" (too ambiguous outside a unit phrase). */
export const NUM2 = `(?:\\d{1,4}(?:[.,]\\d+)?|${Object.keys(WORDS).filter((w) => w !== 'een').join('|')})`;
export const ORD = `(?:\\d{1,2}(?:e|ste|de)|${Object.keys(ORDINALS).join('|')})`;

export function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const w = WORDS[s];
  if (w !== undefined) return w;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function ord(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return ORDINALS[s] ?? num(s.replace(/(ste|de|e)$/, ''));
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** "3 maart 2011", "3 feb. '11", "3-3-2011", "3-3-11", "03/03/2011", "2011-03-03". Groups are read by `dateOf`. */
export const DATE = `(?:(\\d{1,2}) (${MONTH}) (\\d{4}|'\\d{2})(?!\\d)|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|'?\\d{2})(?!\\d)|(\\d{4})-(\\d{2})-(\\d{2}))`;

/** A year as written: "2011", "'11" or "11" (two digits: 2000–2049, else 1900s; the people asked about are 0–40). */
function year(s: string): number {
  const digits = s.replace("'", '');
  const n = Number(digits);
  return digits.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

export function month(s: string): number | undefined {
  return MONTHS[s.replace(/\.$/, '')];
}

/** Reads the 9 groups of DATE from `g` starting at `i`; undefined for impossible dates. */
export function dateOf(g: (string | undefined)[], i: number): string | undefined {
  let y: number | undefined, m: number | undefined, d: number | undefined;
  if (g[i]) [d, m, y] = [Number(g[i]), month(g[i + 1]!), year(g[i + 2]!)];
  else if (g[i + 3]) [d, m, y] = [Number(g[i + 3]), Number(g[i + 4]), year(g[i + 5]!)];
  else if (g[i + 6]) [y, m, d] = [Number(g[i + 6]), Number(g[i + 7]), Number(g[i + 8])];
  return validDate(y, m, d);
}

export function validDate(y: number | undefined, m: number | undefined, d: number | undefined): string | undefined {
  if (!y || !m || !d || y < 1900 || y > 2100 || m > 12 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? ymd(y, m, d) : undefined;
}

const WEEKDAYS: Record<string, number> = { maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 0 };
export const WEEKDAY = `(?:${Object.keys(WEEKDAYS).join('|')})`;
export function weekdayNumber(s: string): number | undefined {
  return WEEKDAYS[s];
}

/** The given weekday in the week after `today`'s week (weeks start on Monday). */
export function nextWeekDay(today: string, day: number): string {
  const dow = (weekday(today) + 6) % 7; // 0 = Monday
  return addDays(today, 7 - dow + ((day + 6) % 7));
}

/** The first such weekday after `today` ("aanstaande vrijdag"). */
export function comingDay(today: string, day: number): string {
  const diff = (day - weekday(today) + 7) % 7 || 7;
  return addDays(today, diff);
}

/**
 * Lower case without diacritics, one UTF-16 unit for one unit, so indexes into the result are indexes into the
 * original text ("vóór" → "voor", "één" → "een", "coördinator" → "coordinator").
 */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII is the common case: only capitals change.
    if (ch.length === 1 && code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? (lower.normalize('NFD')[0] ?? lower) : ch;
    out += base === '\u2019' || base === '\u2018' ? "'" : base === '\u00a0' ? ' ' : base;
  }
  return out;
}
