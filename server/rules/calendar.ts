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
export function regionCalendar(regio: KalenderRegio): Kalender {
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
  for (const f of data.feestdagen) vakanties.push({ naam: f.naam, van: f.datum, tot: f.datum });
  return { regio, vakanties, ongecontroleerd };
}

/** Days that are a holiday in every region (for dates when the region is unknown). */
export function commonCalendar(): Kalender {
  const regions = (['noord', 'midden', 'zuid'] as const).map(regionCalendar);
  const first = regions[0]!;
  const vakanties: Vakantie[] = [];
  for (const v of first.vakanties) {
    for (let d = v.van; d <= v.tot; d = addDays(d, 1)) {
      if (regions.every((r) => holidayName(r, d))) vakanties.push({ naam: v.naam, van: d, tot: d });
    }
  }
  return { vakanties, ongecontroleerd: [...new Set(regions.flatMap((r) => r.ongecontroleerd))] };
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
