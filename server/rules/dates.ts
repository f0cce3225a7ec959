// Date arithmetic on ISO calendar dates ("2026-02-02"), always in UTC so no time zone shifts a day.

export type IsoDate = string;

const DAY = 86_400_000;

export function toDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function iso(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return iso(new Date(toDate(date).getTime() + n * DAY));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toDate(date).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** The Monday of the week that contains `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function ymd(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

export function parts(date: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * The day a person born on `birth` reaches `years`. Someone born on 29 February reaches it in a common
 * year on `leapDayRule` ("03-01" or "02-28"), a parameter because the Leerplichtwet does not say.
 */
export function birthday(birth: IsoDate, years: number, leapDayRule = '03-01'): IsoDate {
  const { y, m, d } = parts(birth);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${year}-${leapDayRule}`;
  return ymd(year, m, d);
}

/** Age in whole years on `on`. */
export function ageOn(birth: IsoDate, on: IsoDate, leapDayRule = '03-01'): number {
  const { y } = parts(birth);
  let age = parts(on).y - y;
  if (on < birthday(birth, age, leapDayRule)) age -= 1;
  return Math.max(0, age);
}

/** Calendar year of the 1 August that opens the school year containing `date` (1 Aug – 31 Jul). */
export function schoolYearStart(date: IsoDate): number {
  const { y, m } = parts(date);
  return m >= 8 ? y : y - 1;
}

export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

export function firstOfNextMonth(date: IsoDate): IsoDate {
  const { y, m } = parts(date);
  return m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1);
}

export function addMonths(date: IsoDate, n: number): IsoDate {
  const { y, m, d } = parts(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return ymd(ny, nm, Math.min(d, last));
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "maandag 2 februari 2026" */
export function dutchDate(date: IsoDate, withWeekday = false): string {
  const { y, m, d } = parts(date);
  const s = `${d} ${MAANDEN[m - 1]} ${y}`;
  return withWeekday ? `${DAGEN[weekday(date)]} ${s}` : s;
}

// The law and the schools live in Dutch time: between midnight and 01:00/02:00 UTC still says "yesterday".
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands, as JJJJ-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return DUTCH_DAY.format(now);
}
