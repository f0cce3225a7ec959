// Dutch formatting and reading of numbers and dates, in one place: the page shows "16,5" and "3 februari 2026",
// and accepts what people type ("14-3-2011", "3 maart 2011", "2011-03-14", "5,5").

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const DATE_LONG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_SHORT = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const DATE_WEEK = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function numberNl(n: number): string {
  return NUMBER.format(n);
}

function utc(iso: string): Date | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? d : undefined;
}

/** 2026-02-03 → "3 februari 2026"; anything that is not an ISO date is returned unchanged. */
export function dateLong(iso: string): string {
  const d = utc(iso);
  return d ? DATE_LONG.format(d) : iso;
}

/** 2026-02-03 → "03-02-2026", the way Dutch forms (and the DUO verzuimloket) write a date. */
export function dateShort(iso: string): string {
  const d = utc(iso);
  return d ? DATE_SHORT.format(d) : iso;
}

/** 2026-02-03 → "3 feb.", for chart axes. */
export function dateWeek(iso: string): string {
  const d = utc(iso);
  return d ? DATE_WEEK.format(d) : iso;
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDaysIso(iso: string, days: number): string {
  const d = utc(iso)!;
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** The Monday of the week a date falls in (ISO weeks start on Monday). */
export function mondayOf(iso: string): string {
  const d = utc(iso)!;
  return addDaysIso(iso, -((d.getUTCDay() + 6) % 7));
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** The usual Dutch abbreviations ("mrt" is not the start of "maart"). */
const MONTH_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * What people type as a date → ISO, or undefined when it is no real date. Accepts dd-mm-jjjj (also with / or .),
 * "3 maart 2011" (month names, their first letters and the usual abbreviations such as mrt) and jjjj-mm-dd.
 */
export function parseDateNl(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(s))) {
    const name = match[2]!;
    const index = MONTHS.findIndex((full, i) => full === name || name === MONTH_SHORT[i] || (name.length >= 3 && full.startsWith(name)));
    if (index < 0) return undefined;
    [d, m, y] = [Number(match[1]), index + 1, Number(match[3])];
  } else return undefined;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return utc(iso) ? iso : undefined;
}

/** "5,5" or "5.5" → 5.5; undefined for anything else (no thousands separators: hours and ages are small). */
export function parseNumberNl(raw: string): number | undefined {
  const s = raw.trim().replace(/\s+/g, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

/** Whole years from a birth date to a day (both ISO): the age on that day. */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
