import { addDays, isWeekend, mondayOf, schoolYearLabel, schoolYearStart, type IsoDate } from './dates.js';
import { ruleData, type KalenderRegio } from './params.js';
import type { SchoolKalender } from './schemas.js';

// The school calendar: which days are school days. Holiday weeks do not count as lesweken (Inspectie, DUO).

export interface Vakantie {
  naam: string;
  van: IsoDate;
  tot: IsoDate;
}

export interface Kalender {
  regio?: KalenderRegio;
  vakanties: Vakantie[];
  /** School years ("2026-2027") whose holiday dates are marked unchecked in the data. */
  ongecontroleerd: string[];
}

/** The national advice calendar for a region (all stored school years), plus public holidays. */
const cache = new Map<string, Kalender>();

export function regionCalendar(regio: KalenderRegio): Kalender {
  const hit = cache.get(regio);
  if (hit) return hit;
  const k = buildRegionCalendar(regio);
  cache.set(regio, k);
  return k;
}

function buildRegionCalendar(regio: KalenderRegio): Kalender {
  const data = ruleData().kalender;
  const vakanties: Vakantie[] = [];
  const ongecontroleerd: string[] = [];
  for (const sj of data.schooljaren) {
    for (const v of sj.vakanties) {
      const regios = Array.isArray(v.regio) ? v.regio : [v.regio];
      if (!regios.includes(regio)) continue;
      vakanties.push({ naam: v.naam, van: v.van, tot: v.tot });
      if (v.gecontroleerd === false && !ongecontroleerd.includes(sj.schooljaar)) ongecontroleerd.push(sj.schooljaar);
    }
  }
  for (const f of [...data.feestdagen, ...publicHolidays()]) vakanties.push({ naam: f.naam, van: f.datum, tot: f.datum });
  return { regio, vakanties, ongecontroleerd };
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easter(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The public holidays on which schools are closed (Algemene termijnenwet art. 3): Nieuwjaarsdag, Tweede Paasdag,
 * Koningsdag (Koninginnedag on 30 April before 2014; the day before when it falls on a Sunday), Hemelvaartsdag,
 * Tweede Pinksterdag and the Christmas days. Goede Vrijdag and Bevrijdingsdag are each school's own choice.
 */
export function publicHolidays(from = 2009, to = 2040): { naam: string; datum: IsoDate }[] {
  const out: { naam: string; datum: IsoDate }[] = [];
  for (let y = from; y <= to; y++) {
    const p = easter(y);
    const koning = y >= 2014 ? `${y}-04-27` : `${y}-04-30`;
    out.push(
      { naam: 'Nieuwjaarsdag', datum: `${y}-01-01` },
      { naam: 'Tweede Paasdag', datum: addDays(p, 1) },
      { naam: y >= 2014 ? 'Koningsdag' : 'Koninginnedag', datum: new Date(`${koning}T00:00:00Z`).getUTCDay() === 0 ? addDays(koning, -1) : koning },
      { naam: 'Hemelvaartsdag', datum: addDays(p, 39) },
      { naam: 'Tweede Pinksterdag', datum: addDays(p, 50) },
      { naam: 'Eerste Kerstdag', datum: `${y}-12-25` },
      { naam: 'Tweede Kerstdag', datum: `${y}-12-26` },
    );
  }
  return out;
}

/** Days that are a holiday in every region (for dates when the region is unknown). */
export function commonCalendar(): Kalender {
  const hit = cache.get('gemeenschappelijk');
  if (hit) return hit;
  const regions = (['noord', 'midden', 'zuid'] as const).map(regionCalendar);
  const first = regions[0]!;
  const vakanties: Vakantie[] = [];
  for (const v of first.vakanties) {
    for (let d = v.van; d <= v.tot; d = addDays(d, 1)) {
      if (regions.every((r) => holidayName(r, d))) vakanties.push({ naam: v.naam, van: d, tot: d });
    }
  }
  const k = { vakanties, ongecontroleerd: [...new Set(regions.flatMap((r) => r.ongecontroleerd))] };
  cache.set('gemeenschappelijk', k);
  return k;
}

export function holidayName(k: Kalender, date: IsoDate): string | undefined {
  return k.vakanties.find((v) => v.van <= date && date <= v.tot)?.naam;
}

export function isSchoolDay(k: Kalender, date: IsoDate): boolean {
  return !isWeekend(date) && !holidayName(k, date);
}

export function nextSchoolDay(k: Kalender, from: IsoDate): IsoDate {
  let d = from;
  for (let i = 0; i < 120 && !isSchoolDay(k, d); i++) d = addDays(d, 1);
  return d;
}

/** A week is a lesweek when at least one of its weekdays is a school day. */
export function isLesweek(k: Kalender, monday: IsoDate): boolean {
  for (let i = 0; i < 5; i++) if (isSchoolDay(k, addDays(monday, i))) return true;
  return false;
}

/** The `n` lesweken (Mondays) ending with the week of `date`, newest last; holiday weeks are skipped. */
export function lesweken(k: Kalender, date: IsoDate, n: number): IsoDate[] {
  const out: IsoDate[] = [];
  let m = mondayOf(date);
  for (let i = 0; i < 80 && out.length < n; i++, m = addDays(m, -7)) if (isLesweek(k, m)) out.unshift(m);
  return out;
}

/** Monday of the first lesweek after the summer holiday of the school year that contains `date`. */
export function firstLesweekOfSchoolYear(k: Kalender, date: IsoDate): IsoDate {
  const start = `${schoolYearStart(date)}-08-01`;
  return mondayOf(nextSchoolDay(k, start));
}

export function hasSchoolYear(date: IsoDate): boolean {
  const label = schoolYearLabel(schoolYearStart(date));
  return ruleData().kalender.schooljaren.some((s) => s.schooljaar === label);
}

/** The calendar for a region code ("ijssel-vecht") or calendar region ("noord"); unknown → common holidays only. */
export function calendarFor(regio: string | undefined): Kalender {
  if (regio === 'noord' || regio === 'midden' || regio === 'zuid') return regionCalendar(regio);
  const r = regio ? ruleData().regions.get(regio) : undefined;
  return r ? regionCalendar(r.kalenderregio) : commonCalendar();
}

/** A school's own holidays as a calendar; public holidays it did not list are school days for it. */
export function ownCalendar(kal: SchoolKalender): Kalender {
  return { vakanties: (kal.vakanties ?? []).map((v) => ({ naam: v.naam ?? 'vrije dag', van: v.van, tot: v.tot })), ongecontroleerd: [] };
}

/**
 * The calendars the school may follow: its own, or that of its (calendar) region, or else each of the three
 * regions (an answer that differs between them depends on the region). `eigen` says whether the school gave its own.
 */
export function possibleCalendars(kal: SchoolKalender | undefined, regio: string | undefined): { kalenders: Kalender[]; eigen: boolean } {
  if (kal?.vakanties?.length) return { kalenders: [ownCalendar(kal)], eigen: true };
  const r = kal?.regio ?? regio;
  if (r === 'noord' || r === 'midden' || r === 'zuid' || (r && ruleData().regions.has(r))) return { kalenders: [calendarFor(r)], eigen: false };
  return { kalenders: (['noord', 'midden', 'zuid'] as const).map(regionCalendar), eigen: false };
}

/** The first `n` school days from `from` (inclusive), at most a school year ahead. */
export function schoolDaysFrom(k: Kalender, from: IsoDate, n: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from, i = 0; out.length < n && i < 400; d = addDays(d, 1), i++) if (isSchoolDay(k, d)) out.push(d);
  return out;
}

/** The school days from `from` to `to`, both inclusive. */
export function schoolDaysBetween(k: Kalender, from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from, i = 0; d <= to && i < 400; d = addDays(d, 1), i++) if (isSchoolDay(k, d)) out.push(d);
  return out;
}
