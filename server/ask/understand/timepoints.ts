import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { easter, regionCalendar } from '../../rules/calendar.js';
import { addDays, addMonths, parts, weekday as weekdayOf, ymd, type IsoDate } from '../../rules/dates.js';
import type { KalenderRegio } from '../../rules/params.js';
import { month, validDate } from './lexicon.js';
import { quantity } from './quantities.js';
import type { Analysed } from './tokens.js';

// The grammar of a point in time (issue 10: one grammar for dates, not a pattern per phrasing). Every way Dutch
// names a moment reads to an interval of days, [van, tot]: exact dates give one day, "begin oktober" the first ten,
// "de herfstvakantie" the holiday in every region, "een week of drie geleden" two to four weeks back. Consumers
// (the start of an absence, a notice, a birth date) work with the interval and decide only what the whole interval
// decides; the rest they ask.

export interface Tijdvak {
  van: IsoDate;
  tot: IsoDate;
  /** Token span [from, to). */
  from: number;
  to: number;
  /** The year was written ("3 maart 2011", "Driekoningen 2009"), not chosen from today. */
  metJaar?: true;
  /** A school holiday: its dates per calendar region ("sinds de herfstvakantie" starts after it). */
  vakantie?: Partial<Record<KalenderRegio, { van: IsoDate; tot: IsoDate }>>;
}

/** Which occurrence of a date without a year is meant: the last one up to today, or the next one from today. */
export type Richting = 'verleden' | 'toekomst';

const dagSchema = z
  .object({
    naam: z.string(),
    vormen: z.array(z.string().min(2)).min(1),
    vast: z.string().regex(/^\d{2}-\d{2}$/).optional(),
    naPasen: z.number().int().optional(),
    totNaPasen: z.number().int().optional(),
    koningsdag: z.literal(true).optional(),
    derdeDinsdagSeptember: z.literal(true).optional(),
  })
  .strict()
  .refine((d) => [d.vast, d.naPasen, d.koningsdag, d.derdeDinsdagSeptember].filter((v) => v !== undefined).length === 1, 'precies één regel voor de datum');
const dagenFile = z.object({ bron: z.string(), datum: z.union([z.string(), z.date()]), dagen: z.array(dagSchema) }).strict();
export type GenoemdeDag = z.infer<typeof dagSchema>;

const FILE = fileURLToPath(new URL('../../../knowledge/kalender/genoemde-dagen.yaml', import.meta.url));
let named: { words: string[]; dag: GenoemdeDag }[] | undefined;

export function loadGenoemdeDagen(file = FILE): GenoemdeDag[] {
  return dagenFile.parse(parse(readFileSync(file, 'utf8'))).dagen;
}

/** Forms as token sequences, longest first ("tweede kerstdag" before "kerst"); a hyphen is a token we skip. */
function namedDays() {
  named ??= loadGenoemdeDagen()
    .flatMap((dag) => dag.vormen.map((v) => ({ words: v.replace(/-/g, ' ').split(/\s+/), dag })))
    .sort((p, q) => q.words.length - p.words.length);
  return named;
}

/** The day(s) a named day falls on in a year. */
export function namedDayIn(dag: GenoemdeDag, year: number): { van: IsoDate; tot: IsoDate } {
  if (dag.vast) return one(`${year}-${dag.vast}`);
  if (dag.naPasen !== undefined) {
    const p = easter(year);
    return { van: addDays(p, dag.naPasen), tot: addDays(p, dag.totNaPasen ?? dag.naPasen) };
  }
  if (dag.koningsdag) {
    const d = `${year}-04-27`;
    return one(weekdayOf(d) === 0 ? addDays(d, -1) : d);
  }
  // The third Tuesday of September.
  const first = `${year}-09-01`;
  return one(addDays(first, ((2 - weekdayOf(first) + 7) % 7) + 14));
}

const one = (d: IsoDate) => ({ van: d, tot: d });

const WEEKDAYS: Record<string, number> = { maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 0 };
/** Parts of a month: the days they cover (the last part runs to the month's end). */
const MONTH_PARTS: [string[], number, number][] = [
  [['de', 'eerste', 'week', 'van'], 1, 7],
  [['de', 'laatste', 'week', 'van'], -7, 31],
  [['de', 'eerste', 'helft', 'van'], 1, 15],
  [['de', 'tweede', 'helft', 'van'], 16, 31],
  [['het', 'begin', 'van'], 1, 10],
  [['het', 'eind', 'van'], 21, 31],
  [['het', 'einde', 'van'], 21, 31],
  [['halverwege'], 10, 20],
  [['begin'], 1, 10],
  [['start'], 1, 10],
  [['vroeg', 'in'], 1, 10],
  [['half'], 10, 20],
  [['medio'], 10, 20],
  [['midden'], 10, 20],
  [['eind'], 21, 31],
  [['einde'], 21, 31],
  [['eind', 'van'], 21, 31],
  [['laat', 'in'], 21, 31],
  [['eo'], 21, 31],
].sort((p, q) => (q[0] as string[]).length - (p[0] as string[]).length) as [string[], number, number][];
const HOLIDAYS: Record<string, string> = {
  kerstvakantie: 'kerstvakantie', wintervakantie: 'kerstvakantie', meivakantie: 'meivakantie', herfstvakantie: 'herfstvakantie',
  voorjaarsvakantie: 'voorjaarsvakantie', krokusvakantie: 'voorjaarsvakantie', carnavalsvakantie: 'voorjaarsvakantie', zomervakantie: 'zomervakantie',
  paasvakantie: 'meivakantie', kerstvakanties: 'kerstvakantie',
};
const REGIONS: KalenderRegio[] = ['noord', 'midden', 'zuid'];
const UNIT_DAYS: Record<string, number> = { dag: 1, week: 7, lesweek: 7 };

/** The interval named at token i, or undefined. `richting` picks the occurrence of a date told without a year. */
export function tijdvakAt(a: Analysed, i: number, today: IsoDate, richting: Richting = 'verleden'): Tijdvak | undefined {
  return relative(a, i, today) ?? partOfMonth(a, i, today, richting) ?? calendarDate(a, i, today, richting) ?? holiday(a, i, today, richting) ?? namedDay(a, i, today, richting) ?? schoolYearStart(a, i, today);
}

/** Every interval in the text, left to right, without overlaps. */
export function tijdvakken(a: Analysed, today: IsoDate, richting: Richting = 'verleden'): Tijdvak[] {
  const out: Tijdvak[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = tijdvakAt(a, i, today, richting);
    if (t) {
      out.push(t);
      i = t.to - 1;
    } else if (a.tokens[i]!.kind === 'num' && month(w(a, i + 1) ?? '')) i++; // an impossible date ("31 februari") is no month either
  }
  return out;
}

const w = (a: Analysed, i: number) => a.tokens[i]?.norm;
const seq = (a: Analysed, i: number, words: string[]) => words.every((x, k) => w(a, i + k) === x);
/** Skips an article, a hyphen or a full stop of an abbreviation. */
const skip = (a: Analysed, i: number, what: RegExp) => (what.test(w(a, i) ?? '') ? i + 1 : i);

/** A year after a date or month: "2026", "'26". */
function yearAt(a: Analysed, i: number): { y: number; to: number } | undefined {
  const at = w(a, i) === "'" ? i + 1 : i;
  const s = w(a, at);
  if (!s || !/^\d{2}$|^\d{4}$/.test(s)) return undefined;
  const n = Number(s);
  const y = s.length === 2 ? (at > i ? 2000 + n : undefined) : n;
  return y && y >= 1990 && y <= 2100 ? { y, to: at + 1 } : undefined;
}

/** The occurrence of (month, day) in the given direction from today. */
function pick(today: IsoDate, m: number, d: number, richting: Richting): IsoDate | undefined {
  const y = parts(today).y;
  const candidates = [y - 1, y, y + 1].map((yy) => validDate(yy, m, d)).filter((x): x is IsoDate => x !== undefined);
  return richting === 'verleden' ? candidates.filter((c) => c <= today).at(-1) : candidates.find((c) => c >= today);
}

/** "maandag 26 oktober 2026", "26 okt.", "26-10", "26/10/2026", "2026-10-26". */
function calendarDate(a: Analysed, i: number, today: IsoDate, richting: Richting): Tijdvak | undefined {
  let at = i;
  if (WEEKDAYS[w(a, at) ?? ''] !== undefined) at = skip(a, at + 1, /^,$/);
  const first = w(a, at);
  if (!first || a.tokens[at]!.kind !== 'num') return undefined;
  // ISO "2026-10-26"
  if (/^\d{4}$/.test(first) && w(a, at + 1) === '-' && w(a, at + 3) === '-') {
    const d = validDate(Number(first), Number(w(a, at + 2)), Number(w(a, at + 4)));
    return d ? { ...one(d), from: i, to: at + 5, metJaar: true } : undefined;
  }
  // "26.10" is one token
  const dotted = /^(\d{1,2})\.(\d{1,2})$/.exec(first);
  let day: number, mon: number | undefined, to: number;
  if (dotted) [day, mon, to] = [Number(dotted[1]), Number(dotted[2]), at + 1];
  else {
    if (!/^\d{1,2}$/.test(first)) return undefined;
    day = Number(first);
    const sep = w(a, at + 1);
    if (sep === '-' || sep === '/') {
      mon = /^\d{1,2}$/.test(w(a, at + 2) ?? '') ? Number(w(a, at + 2)) : undefined;
      to = at + 3;
    } else {
      const mo = month(w(a, at + 1) ?? '');
      // "26e oktober" is rare; "26 oktober" is the form.
      mon = mo;
      to = skip(a, at + 2, /^\.$/);
    }
  }
  if (!mon || mon > 12 || day < 1 || day > 31) return undefined;
  // A year: "26 oktober 2026", "26-10-2026", "26/10/'26"
  const sepYear = (w(a, to) === '-' || w(a, to) === '/') && !dotted ? yearAt(a, to + 1) : undefined;
  const y = sepYear ?? yearAt(a, to);
  if (y) {
    const d = validDate(y.y, mon, day);
    return d ? { ...one(d), from: i, to: jl(a, y.to), metJaar: true } : undefined;
  }
  const d = pick(today, mon, day, richting);
  return d ? { ...one(d), from: i, to: jl(a, to) } : undefined;
}

/** "jl." / "j.l." (jongstleden) after a date is part of it: its full stop ends no sentence. */
function jl(a: Analysed, i: number): number {
  if (w(a, i) === 'jl') return skip(a, i + 1, /^\.$/);
  if (seq(a, i, ['j', '.', 'l'])) return skip(a, i + 3, /^\.$/);
  return i;
}

/** "begin oktober", "half november", "eind vorige maand", "de laatste week van september", "oktober" (after a cue). */
function partOfMonth(a: Analysed, i: number, today: IsoDate, richting: Richting): Tijdvak | undefined {
  let van = 1;
  let tot = 31;
  let at = i;
  for (const [words, from, to] of MONTH_PARTS) {
    if (seq(a, i, words)) {
      [van, tot, at] = [from, to, i + words.length];
      break;
    }
  }
  at = skip(a, at, /^(?:de|het)$/);
  let start: IsoDate | undefined;
  // "vorige maand", "deze maand"
  if (seq(a, at, ['vorige', 'maand']) || seq(a, at, ['afgelopen', 'maand'])) start = addMonths(`${today.slice(0, 7)}-01`, -1);
  else if (seq(a, at, ['deze', 'maand'])) start = `${today.slice(0, 7)}-01`;
  const monthWords = start ? 2 : 1;
  if (!start) {
    const mo = month(w(a, at) ?? '');
    if (!mo || (at === i && !isMonthName(w(a, at)!))) return undefined;
    const y = yearAt(a, at + 1);
    if (y) start = ymd(y.y, mo, 1);
    else {
      const { y: yy } = parts(today);
      const options = [yy - 1, yy, yy + 1].map((x) => ymd(x, mo, 1));
      start = richting === 'verleden' ? options.filter((o) => o <= today).at(-1) : options.find((o) => addMonths(o, 1) > today);
    }
    if (!start) return undefined;
    const to = y ? y.to : skip(a, at + 1, /^\.$/);
    return { ...monthSpan(start, van, tot, i, to), ...(y ? { metJaar: true as const } : {}) };
  }
  return monthSpan(start, van, tot, i, at + monthWords);
}

/** Full month names only when a month stands alone: "mei" or "okt" alone is too often something else. */
const isMonthName = (s: string) => /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/.test(s);

function monthSpan(first: IsoDate, van: number, tot: number, from: number, to: number): Tijdvak {
  const last = addDays(addMonths(first, 1), -1);
  const lastDay = parts(last).d;
  const d1 = van < 0 ? lastDay + van + 1 : van;
  const d2 = Math.min(tot, lastDay);
  return { van: `${first.slice(0, 8)}${String(d1).padStart(2, '0')}`, tot: `${first.slice(0, 8)}${String(d2).padStart(2, '0')}`, from, to };
}

/** "de herfstvakantie": the holiday in each region. */
function holiday(a: Analysed, i: number, today: IsoDate, richting: Richting): Tijdvak | undefined {
  const at = skip(a, i, /^(?:de|het)$/);
  const naam = HOLIDAYS[w(a, at) ?? ''];
  const per = naam ? holidayPerRegion(naam, today, richting) : undefined;
  return per && { ...union(per), from: i, to: at + 1, vakantie: per };
}

function holidayPerRegion(naam: string, today: IsoDate, richting: Richting): Tijdvak['vakantie'] {
  const per: Tijdvak['vakantie'] = {};
  for (const r of REGIONS) {
    const all = regionCalendar(r).vakanties.filter((v) => v.naam === naam).sort((p, q) => (p.van < q.van ? -1 : 1));
    const v = richting === 'verleden' ? all.filter((h) => h.van <= today).at(-1) : all.find((h) => h.tot >= today);
    if (!v) return undefined;
    per[r] = { van: v.van, tot: v.tot };
  }
  return per;
}

const union = (per: NonNullable<Tijdvak['vakantie']>) => {
  const spans = Object.values(per);
  return { van: spans.map((s) => s.van).sort()[0]!, tot: spans.map((s) => s.tot).sort().at(-1)! };
};

/** "Sint-Maarten", "Goede Vrijdag", "tweede kerstdag", "Koningsdag 2027". */
function namedDay(a: Analysed, i: number, today: IsoDate, richting: Richting): Tijdvak | undefined {
  const at = skip(a, i, /^(?:de|het)$/);
  for (const { words, dag } of namedDays()) {
    let k = at;
    let ok = true;
    for (const word of words) {
      k = skip(a, k, /^-$/);
      if (w(a, k) !== word) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    const y = yearAt(a, k);
    if (y) return { ...namedDayIn(dag, y.y), from: i, to: y.to, metJaar: true };
    const { y: yy } = parts(today);
    const spans = [yy - 1, yy, yy + 1].map((x) => namedDayIn(dag, x));
    const s = richting === 'verleden' ? spans.filter((p) => p.van <= today).at(-1) : spans.find((p) => p.tot >= today);
    return s && { ...s, from: i, to: k };
  }
  return undefined;
}

/** "het begin van het schooljaar", "de start van het schooljaar", "na de zomer": the first school days after the summer holiday. */
function schoolYearStart(a: Analysed, i: number, today: IsoDate): Tijdvak | undefined {
  const at = skip(a, i, /^(?:het|de)$/);
  const opening = /^(?:begin|start|aanvang|opening)$/.test(w(a, at) ?? '') && w(a, at + 1) === 'van' && /^(?:het|dit)$/.test(w(a, at + 2) ?? '') && /^(?:schooljaar|cursusjaar|studiejaar)$/.test(w(a, at + 3) ?? '');
  const thisYear = /^(?:begin|start)$/.test(w(a, at) ?? '') && w(a, at + 1) === 'dit' && /^(?:schooljaar|cursusjaar|studiejaar)$/.test(w(a, at + 2) ?? '');
  if (!opening && !thisYear) return undefined;
  const summer = holidayPerRegion('zomervakantie', today, 'verleden');
  if (!summer) return undefined;
  const starts = Object.values(summer).map((v) => addDays(v.tot, 1)).sort();
  return { van: starts[0]!, tot: addDays(starts.at(-1)!, 4), from: i, to: opening ? at + 4 : at + 3 };
}

/**
 * Days relative to today: "gisteren", "vorige week (dinsdag)", "dinsdag vorige week", "afgelopen maandag",
 * "maandag jl.", "twee weken geleden", "een week of drie geleden", "ruim een maand geleden".
 */
function relative(a: Analysed, i: number, today: IsoDate): Tijdvak | undefined {
  const s = w(a, i);
  if (s === 'vandaag') return { ...one(today), from: i, to: i + 1 };
  if (s === 'gisteren') return { ...one(addDays(today, -1)), from: i, to: i + 1 };
  if (s === 'eergisteren') return { ...one(addDays(today, -2)), from: i, to: i + 1 };
  const lastWeekMonday = addDays(today, -((weekdayOf(today) + 6) % 7) - 7);
  const lastWeek = (k: number) => (seq(a, k, ['vorige', 'week']) || seq(a, k, ['afgelopen', 'week']) ? k + 2 : undefined);
  const lw = lastWeek(i);
  if (lw !== undefined) {
    const day = WEEKDAYS[w(a, lw) ?? ''];
    if (day !== undefined && day >= 1) return { ...one(addDays(lastWeekMonday, day - 1)), from: i, to: lw + 1 };
    return { van: lastWeekMonday, tot: addDays(lastWeekMonday, 4), from: i, to: lw };
  }
  const day = WEEKDAYS[s ?? ''];
  if (day !== undefined && day >= 1) {
    const week = lastWeek(i + 1);
    if (week !== undefined) return { ...one(addDays(lastWeekMonday, day - 1)), from: i, to: week };
    // "maandag jl.", "maandag j.l."
    const after = jl(a, i + 1);
    if (after > i + 1) return { ...one(lastWeekday(today, day)), from: i, to: after };
  }
  if ((s === 'afgelopen' || s === 'vorige') && WEEKDAYS[w(a, i + 1) ?? ''] !== undefined) return { ...one(lastWeekday(today, WEEKDAYS[w(a, i + 1)!]!)), from: i, to: i + 2 };
  // "<quantity> geleden"
  const q = quantity(a.tokens, i);
  if (q && w(a, q.to) === 'geleden') {
    const { value, unit, approx } = q.value;
    const days = unit === 'maand' ? 30.44 : unit === 'jaar' ? 365.25 : UNIT_DAYS[unit];
    const back = (n: number) => (days ? addDays(today, -Math.round(n * days)) : undefined);
    // ruim N: between N and N and a half back; bijna N: between N-1 and N; "een week of N": N-1 to N+1.
    const [lo, hi] = approx === 'ruim' ? [value, value + 0.5] : approx === 'bijna' ? [Math.max(0, value - 1), value] : approx === 'ongeveer' ? [Math.max(0, value - 1), value + 1] : [value, value];
    const van = back(hi);
    const tot = back(lo);
    return van && tot ? { van, tot, from: i, to: q.to + 1 } : undefined;
  }
  return undefined;
}

/** The latest given weekday before today. */
export function lastWeekday(today: IsoDate, day: number): IsoDate {
  const diff = (weekdayOf(today) - day + 7) % 7 || 7;
  return addDays(today, -diff);
}

/** A bare weekday as the start of something past ("sinds maandag"): the latest such day before today. */
export function bareWeekday(a: Analysed, i: number, today: IsoDate): Tijdvak | undefined {
  const day = WEEKDAYS[w(a, i) ?? ''];
  if (day === undefined || day < 1 || day > 5) return undefined;
  return { ...one(lastWeekday(today, day)), from: i, to: i + 1 };
}
