import type { Token } from './tokens.js';

// A small typed grammar of Dutch quantities and times, in the manner of Duckling: productions over tokens that
// return typed values and compose (number × unit, a rate × a span of days, occurrences × a clock span, a series of
// weeks). Each production takes the tokens and a position and returns its value and the position after it.

export type Unit = 'lesuur' | 'klokuur' | 'uur' | 'minuut' | 'dag' | 'dagdeel' | 'week' | 'lesweek' | 'maand' | 'jaar' | 'keer';

export interface Parsed<T> {
  value: T;
  from: number;
  /** Exclusive. */
  to: number;
}

export interface Num {
  value: number;
  /** The upper end of a range ("5 à 10") or of "bijna"; equal to value when exact. */
  max: number;
  approx?: 'ruim' | 'bijna' | 'ongeveer';
}

export interface Quantity {
  value: number;
  unit: Unit;
  approx?: Num['approx'];
  /** "lessen van 45 minuten": the length of one lesson (po counts klokuren, vo lessons of at most 60 minutes). */
  lesMinuten?: number;
  /** The upper end of a range ("5 à 6 weken"); absent when exact. */
  max?: number;
}

const WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  nul: 0, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
  anderhalf: 1.5, anderhalve: 1.5, half: 0.5, halve: 0.5,
});
const UNITS_ONE = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
/** "eenentwintig" … "negenennegentig" (diacritics are gone after normalising: "tweeentwintig"). */
const COMPOSED = new RegExp(`^(${UNITS_ONE.join('|')})e?en(${TENS.join('|')})$`);
/** "tweeënhalve", "vijfeneenhalf", "drieënhalf": a whole number and a half written as one word. */
const WHOLE_AND_HALF = /^(.+?)e?en(?:een)?(?:half|halve)$/;

export const ORDINALS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  elfde: 11, twaalfde: 12,
});

const numberCache = new Map<string, number | null>();

/** Word or digits → number; undefined when the token is no number. */
export function numberWord(s: string): number | undefined {
  let v = numberCache.get(s);
  if (v === undefined) {
    v = readNumber(s) ?? null;
    if (numberCache.size < 20_000) numberCache.set(s, v);
  }
  return v ?? undefined;
}

function readNumber(s: string): number | undefined {
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+½$/.test(s)) return Number(s.slice(0, -1)) + 0.5;
  const w = WORDS[s];
  if (w !== undefined) return w;
  const m = COMPOSED.exec(s);
  if (m) return WORDS[m[1]!]! + WORDS[m[2]!]!;
  // The split is ambiguous ("twee|en|halve" after "tweeën" lost its diaeresis): try each cut that leaves a number.
  for (let cut = 2; cut < s.length - 5 && WHOLE_AND_HALF.test(s); cut++) {
    const head = s.slice(0, cut);
    const whole = WORDS[head] ?? (COMPOSED.exec(head) ? readNumber(head) : undefined);
    if (whole !== undefined && Number.isInteger(whole) && whole >= 1 && /^e?en(?:een)?(?:half|halve)$/.test(s.slice(cut))) return whole + 0.5;
  }
  return undefined;
}

export function ordinalWord(s: string, next?: string): number | undefined {
  if (ORDINALS[s] !== undefined) return ORDINALS[s];
  const c = s.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  if (/^\d{1,2}$/.test(s) && next !== undefined && /^(?:e|ste|de)$/.test(next)) return Number(s);
  const m = /^(\d{1,2})(?:e|ste|de)$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

const APPROX: Array<[string[], Num['approx']]> = [
  [['ruim'], 'ruim'],
  [['meer', 'dan'], 'ruim'],
  [['bijna'], 'bijna'],
  [['ongeveer'], 'ongeveer'],
  [['circa'], 'ongeveer'],
  [['ca'], 'ongeveer'],
  [["zo'n"], 'ongeveer'],
  [['zo', 'n'], 'ongeveer'],
  [['rond', 'de'], 'ongeveer'],
  [['pakweg'], 'ongeveer'],
  [['een', 'stuk', 'of'], 'ongeveer'],
  [['zeker'], 'ruim'],
  [['minstens'], 'ruim'],
  [['tenminste'], 'ruim'],
];
const RANGE_JOIN = new Set(['a', 'à', 'tot', '-', 'of']);
const APPROX_FIRST = new Set(APPROX.map(([w]) => w[0]!));

const norm = (ts: Token[], i: number) => ts[i]?.norm;

/** Does the token sequence `words` start at i? */
export function startsWith(ts: Token[], i: number, words: string[]): boolean {
  return words.every((w, j) => norm(ts, i + j) === w);
}

/** A bare number: digits, a word, "twee en een half", "2½". */
function bareNumber(ts: Token[], i: number): Parsed<number> | undefined {
  const t = ts[i];
  if (!t) return undefined;
  let v = numberWord(t.norm);
  if (v === undefined) return undefined;
  // "2,5" is one token; "2 , 5" from "2, 5 uur" is a list, never a decimal.
  if (t.kind === 'num' && /[:]/.test(t.norm)) return undefined;
  let to = i + 1;
  if ((startsWith(ts, to, ['en', 'een', 'half']) || startsWith(ts, to, ['en', 'een', 'halve'])) && Number.isInteger(v)) {
    v += 0.5;
    to += 3;
  } else if (startsWith(ts, to, ['½'])) {
    v += 0.5;
    to += 1;
  }
  return { value: v, from: i, to };
}

/** A number with its hedges and ranges: "ruim 20", "bijna 16", "5 à 10", "een stuk of 6", "anderhalf". */
export function number(ts: Token[], i: number): Parsed<Num> | undefined {
  const first = norm(ts, i);
  if (first === undefined || (!APPROX_FIRST.has(first) && numberWord(first) === undefined && !/^\d+½$/.test(first))) return undefined;
  let approx: Num['approx'];
  let at = i;
  for (const [words, a] of APPROX) {
    if (startsWith(ts, i, words)) {
      approx = a;
      at = i + words.length;
      break;
    }
  }
  const n = bareNumber(ts, at);
  if (!n) return undefined;
  // "een" alone is an article; it is a number only before a unit (checked by the callers) or in a range.
  let max = n.value;
  let to = n.to;
  if (RANGE_JOIN.has(norm(ts, to) ?? '')) {
    const m = bareNumber(ts, to + 1);
    if (m && m.value > n.value && Number.isInteger(m.value) === Number.isInteger(n.value)) {
      max = m.value;
      to = m.to;
    }
  }
  return { value: { value: n.value, max: approx === 'bijna' ? n.value : max, ...(approx ? { approx } : {}) }, from: i, to };
}

const UNIT_WORDS: Record<string, Unit> = Object.assign(Object.create(null) as Record<string, Unit>, {
  uur: 'uur', uren: 'uur', u: 'uur', h: 'uur', hour: 'uur', hours: 'uur', uurtje: 'uur', uurtjes: 'uur',
  lesuur: 'lesuur', lesuren: 'lesuur', les: 'lesuur', lessen: 'lesuur', lesblok: 'lesuur', lesblokken: 'lesuur', blokuur: 'lesuur', blokuren: 'lesuur', blok: 'lesuur', blokken: 'lesuur',
  klokuur: 'klokuur', klokuren: 'klokuur',
  minuut: 'minuut', minuten: 'minuut', min: 'minuut',
  dag: 'dag', dagen: 'dag', schooldag: 'dag', schooldagen: 'dag', lesdag: 'dag', lesdagen: 'dag', werkdag: 'dag', werkdagen: 'dag',
  dagdeel: 'dagdeel', dagdelen: 'dagdeel', ochtend: 'dagdeel', ochtenden: 'dagdeel', middag: 'dagdeel', middagen: 'dagdeel', morgen: 'dagdeel', morgens: 'dagdeel',
  week: 'week', weken: 'week', lesweek: 'lesweek', lesweken: 'lesweek', schoolweek: 'lesweek', schoolweken: 'lesweek',
  maand: 'maand', maanden: 'maand',
  jaar: 'jaar', jaren: 'jaar', jr: 'jaar',
  keer: 'keer', keren: 'keer', x: 'keer', maal: 'keer',
});
/** Adjectives that may stand between a number and its unit ("3 hele dagen", "16 volle lesuren"). */
const UNIT_FILLERS = new Set(['hele', 'volle', 'volledige', 'extra', 'losse', 'aaneengesloten', 'ongeoorloofde', 'gemiste', 'verzuimde']);

/** A unit word at i, after optional fillers. */
export function unit(ts: Token[], i: number): Parsed<Unit> | undefined {
  let at = i;
  while (UNIT_FILLERS.has(norm(ts, at) ?? '') && at < i + 2) at++;
  const w = norm(ts, at);
  if (w === undefined) return undefined;
  const u = UNIT_WORDS[w];
  if (u) return { value: u, from: i, to: at + 1 };
  // "18u" / "3x" come as one token in hurried text.
  return undefined;
}

const quantityCache = new WeakMap<Token[], Map<number, Parsed<Quantity> | undefined>>();

/** number × unit: "16 lesuren", "anderhalve dag", "3 lessen van 50 minuten" (each les is one lesuur), "18u". */
export function quantity(ts: Token[], i: number): Parsed<Quantity> | undefined {
  // The slot fillers ask for the same positions more than once: read each position once per text.
  let memo = quantityCache.get(ts);
  if (!memo) quantityCache.set(ts, (memo = new Map()));
  if (memo.has(i)) return memo.get(i);
  const q = readQuantity(ts, i);
  memo.set(i, q);
  return q;
}

function readQuantity(ts: Token[], i: number): Parsed<Quantity> | undefined {
  const t = ts[i];
  if (!t) return undefined;
  const glued = /^(\d+(?:[.,]\d+)?)(u|x|uur|jr)$/.exec(t.norm);
  if (glued) {
    const u = UNIT_WORDS[glued[2]!]!;
    return { value: { value: Number(glued[1]!.replace(',', '.')), unit: u }, from: i, to: i + 1 };
  }
  const n = number(ts, i);
  if (!n) return undefined;
  const u = unit(ts, n.to);
  if (!u) return undefined;
  let to = u.to;
  let value = n.value.value;
  // "lessen van 45 minuten": the unit stays lesuur, whatever the length of a lesson.
  let lesMinuten: number | undefined;
  if (u.value === 'lesuur' && norm(ts, to) === 'van' && numberWord(norm(ts, to + 1) ?? '') !== undefined && unit(ts, to + 2)?.value === 'minuut') {
    lesMinuten = numberWord(norm(ts, to + 1)!);
    to = unit(ts, to + 2)!.to;
  }
  // "een half uur", "anderhalf uur"
  if (norm(ts, i) === 'een' && norm(ts, i + 1) === 'half') value = 0.5;
  // "een week of drie", "een dag of vijf": the number after "of" is the rough count.
  let approx = n.value.approx;
  if (norm(ts, i) === 'een' && n.to === i + 1 && norm(ts, to) === 'of') {
    const rough = bareNumber(ts, to + 1);
    if (rough && rough.value > 1 && unit(ts, rough.to) === undefined) [value, approx, to] = [rough.value, 'ongeveer', rough.to];
  }
  // "3 uur en 45 minuten": one duration in hours
  if ((u.value === 'uur' || u.value === 'klokuur') && norm(ts, to) === 'en') {
    const min = number(ts, to + 1);
    const mu = min && unit(ts, min.to);
    if (min && mu?.value === 'minuut') {
      value += min.value.value / 60;
      to = mu.to;
    } else if (norm(ts, to + 2) === 'kwartier' && numberWord(norm(ts, to + 1) ?? '') !== undefined) {
      // "15 uur en drie kwartier", "3 uur en een kwartier": quarters, never rounded up to a whole hour
      value += numberWord(norm(ts, to + 1)!)! / 4;
      to += 3;
    }
  }
  // "bijna 16 uur" is under 16: halfway into the last hour, so a whole-hour threshold reads the same for any value it allows.
  if (approx === 'bijna' && HOURS.has(u.value) && value >= 1) value -= 0.5;
  const max = n.value.max > n.value.value && value === n.value.value ? n.value.max : undefined;
  return { value: { value, unit: u.value, ...(approx ? { approx } : {}), ...(lesMinuten ? { lesMinuten } : {}), ...(max ? { max } : {}) }, from: n.from, to };
}

const HOURS = new Set<Unit>(['uur', 'lesuur', 'klokuur']);

// ---------- the length of a lesson and lessons by their place in the day ----------

/** Words that may join a lesson word to its length: "onze blokuren duren 70 minuten", "lessen zijn bij ons 80 min". */
const LENGTE_JOIN = new Set(['duren', 'duurt', 'zijn', 'is', 'van', 'bij', 'ons', 'hier', 'op', 'onze', 'school', 'meestal', 'altijd', 'steeds', 'gewoon', 'standaard', 'allemaal', 'elk', 'elke', 'een', ':', '(']);

/**
 * The length of one lesson the text states apart from any count ("onze lessen duren 45 minuten", "we werken met
 * blokken van 90 minuten", "lesuren van 45 min", "bij ons duren lesuren 75 min"), in minutes. A lesson word with a
 * count before it ("18 lessen van 45 minuten") carries its own length (Quantity.lesMinuten).
 */
export function lesLengte(ts: Token[]): Parsed<number> | undefined {
  for (let i = 0; i < ts.length; i++) {
    const q = quantity(ts, i);
    if (!q || q.value.unit !== 'minuut' || q.value.value < 20 || q.value.value > 240) continue;
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const w = norm(ts, k)!;
      const counted = numberWord(norm(ts, k - 1) ?? '') !== undefined && norm(ts, k - 1) !== 'een';
      if (UNIT_WORDS[w] === 'lesuur' && !counted) return { value: q.value.value, from: k, to: q.to };
      if (!LENGTE_JOIN.has(w)) break;
    }
  }
  return undefined;
}

const LES_WORD = /^(?:uur|lesuur|les)$/;
const RANGE_TO: string[][] = [['tot', 'en', 'met'], ['t', '/', 'm'], ['tm'], ['-'], ['tot']];
const rangeTo = (ts: Token[], i: number) => RANGE_TO.find((j) => startsWith(ts, i, j))?.length;

/** A lesson's place: "3e", "3 e", "derde" (at most the 12th lesson of a day). */
function lesNummer(ts: Token[], i: number): Parsed<number> | undefined {
  const w = norm(ts, i);
  const o = w === undefined ? undefined : ordinalWord(w, norm(ts, i + 1));
  if (o === undefined || o < 1 || o > 12) return undefined;
  return { value: o, from: i, to: /^\d+$/.test(w!) ? i + 2 : i + 1 };
}

/**
 * Lessons named by their place in the day, as a count: "het 3e t/m 6e uur" 4, "1e-4e uur" 4, "het 1e tot en met het
 * 6e uur" 6, "het 2e, 3e en 4e uur" 3, "het 6e uur" 1, "uur 1-4" 4, "lesuur 2 t/m 8" 7, "uur 3 en 4" 2.
 */
export function lesuurReeks(ts: Token[], i: number): Parsed<number> | undefined {
  const at = /^(?:het|de)$/.test(norm(ts, i) ?? '') ? i + 1 : i;
  const a = lesNummer(ts, at);
  if (a) {
    let to = a.to;
    const places = [a.value];
    const j = rangeTo(ts, to);
    if (j !== undefined) {
      const b = lesNummer(ts, /^(?:het|de)$/.test(norm(ts, to + j) ?? '') ? to + j + 1 : to + j);
      if (!b || b.value <= a.value) return undefined;
      for (let p = a.value + 1; p <= b.value; p++) places.push(p);
      to = b.to;
    } else {
      while (norm(ts, to) === ',' || norm(ts, to) === 'en') {
        const b = lesNummer(ts, /^(?:het|de)$/.test(norm(ts, to + 1) ?? '') ? to + 2 : to + 1);
        if (!b) break;
        places.push(b.value);
        to = b.to;
      }
    }
    return LES_WORD.test(norm(ts, to) ?? '') ? { value: new Set(places).size, from: i, to: to + 1 } : undefined;
  }
  // "uur 1-4", "lesuur 2 t/m 8": the word first; not after a count ("16 uur 1 keer"), but after a date ("12/11 uur 1-4")
  if (!LES_WORD.test(norm(ts, i) ?? '') || (ts[i - 1]?.kind === 'num' && !/^[/.-]$/.test(norm(ts, i - 2) ?? ''))) return undefined;
  const place = (k: number) => (/^\d{1,2}$/.test(norm(ts, k) ?? '') && Number(norm(ts, k)) >= 1 && Number(norm(ts, k)) <= 12 ? Number(norm(ts, k)) : undefined);
  const x = place(i + 1);
  if (x === undefined) return undefined;
  const j = rangeTo(ts, i + 2);
  const y = j !== undefined ? place(i + 2 + j) : norm(ts, i + 2) === 'en' ? place(i + 3) : undefined;
  if (y === undefined || y <= x) return undefined;
  return { value: j !== undefined ? y - x + 1 : 2, from: i, to: j !== undefined ? i + 3 + j : i + 4 };
}

// ---------- clock times and spans ----------

/** A clock time in hours: "8.30", "8:30", "12.00 uur", "half negen", "9 uur" (only inside a span). */
export function clock(ts: Token[], i: number): Parsed<number> | undefined {
  const t = norm(ts, i);
  if (!t) return undefined;
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(t);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 23 || min > 59) return undefined;
    return { value: h + min / 60, from: i, to: norm(ts, i + 1) === 'uur' ? i + 2 : i + 1 };
  }
  // "kwart over acht" 8.25, "kwart voor drie" 2.75
  if (t === 'kwart' && (norm(ts, i + 1) === 'over' || norm(ts, i + 1) === 'voor')) {
    const h = numberWord(norm(ts, i + 2) ?? '');
    if (h !== undefined && Number.isInteger(h) && h >= 1 && h <= 12) return { value: norm(ts, i + 1) === 'over' ? h + 0.25 : h - 0.25, from: i, to: i + 3 };
  }
  if (t === 'half') {
    const h = numberWord(norm(ts, i + 1) ?? '');
    if (h !== undefined && Number.isInteger(h) && h >= 1 && h <= 12) return { value: h - 0.5, from: i, to: i + 2 };
  }
  const h = /^\d{1,2}$/.test(t) ? Number(t) : undefined;
  if (h !== undefined && h <= 23) return { value: h, from: i, to: norm(ts, i + 1) === 'uur' ? i + 2 : i + 1 };
  return undefined;
}

/** "van 8.30 tot 12.00", "8:30-10:30", "tussen 9 en 11 uur": the length in klokuren. */
export function clockSpan(ts: Token[], i: number): Parsed<number> | undefined {
  let at = i;
  const opener = norm(ts, at);
  if (opener === 'van' || opener === 'tussen' || opener === 'vanaf') at++;
  const a = clock(ts, at);
  if (!a) return undefined;
  const join = norm(ts, a.to);
  if (!(join === 'tot' || join === '-' || (join === 'en' && opener === 'tussen'))) return undefined;
  const b = clock(ts, a.to + 1);
  if (!b) return undefined;
  // A bare "9 tot 11" is a span only when one side has minutes or "uur" follows, else it is a range of numbers.
  const explicit = /[.:]/.test(norm(ts, at)!) || /[.:]/.test(norm(ts, a.to + 1)!) || /^(?:half|kwart)$/.test(norm(ts, at)!) || /^(?:half|kwart)$/.test(norm(ts, a.to + 1)!) || norm(ts, b.to - 1) === 'uur' || opener === 'tussen' || opener === 'van';
  // "van kwart over acht tot half drie": an end before the start on the 12-hour clock is in the afternoon.
  const end = b.value <= a.value && b.value < 12 && b.value + 12 > a.value ? b.value + 12 : b.value;
  if (!explicit || end <= a.value) return undefined;
  return { value: Math.round((end - a.value) * 100) / 100, from: i, to: b.to };
}

// ---------- weekdays ----------

const WEEKDAYS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 0,
  maandags: 1, dinsdags: 2, woensdags: 3, donderdags: 4, vrijdags: 5,
  ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6, zo: 0, maandagen: 1, dinsdagen: 2, woensdagen: 3, donderdagen: 4, vrijdagen: 5,
  maandagochtend: 1, dinsdagochtend: 2, woensdagochtend: 3, donderdagochtend: 4, vrijdagochtend: 5,
  maandagmiddag: 1, dinsdagmiddag: 2, woensdagmiddag: 3, donderdagmiddag: 4, vrijdagmiddag: 5,
});
/** Abbreviations are weekdays only in a list or span, never alone ("zo" is also "so"). */
const ABBREVIATED = new Set(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);

export function weekday(s: string | undefined): number | undefined {
  return s === undefined ? undefined : WEEKDAYS[s];
}

const SPAN_JOIN: string[][] = [['tot', 'en', 'met'], ['t', '/', 'm'], ['tm'], ['tot'], ['-']];

/** "ma t/m wo", "maandag tot en met woensdag", "dinsdag en donderdag", "ma, di en vr": the weekdays named. */
export function weekdays(ts: Token[], i: number): Parsed<number[]> | undefined {
  const first = weekday(norm(ts, i));
  if (first === undefined) return undefined;
  for (const join of SPAN_JOIN) {
    if (startsWith(ts, i + 1, join)) {
      const last = weekday(norm(ts, i + 1 + join.length));
      if (last !== undefined && last > first) {
        return { value: Array.from({ length: last - first + 1 }, (_, k) => first + k), from: i, to: i + 2 + join.length };
      }
    }
  }
  const days = [first];
  let to = i + 1;
  for (;;) {
    if ((norm(ts, to) === ',' || norm(ts, to) === 'en' || norm(ts, to) === '/') && weekday(norm(ts, to + 1)) !== undefined) {
      days.push(weekday(norm(ts, to + 1))!);
      to += 2;
      // Hurried text leaves the comma out: "dinsdag woensdag en vrijdag" (full names only; "do" is also a verb form).
    } else if (weekday(norm(ts, to)) !== undefined && !ABBREVIATED.has(norm(ts, to)!) && !ABBREVIATED.has(norm(ts, to - 1)!)) {
      days.push(weekday(norm(ts, to))!);
      to += 1;
    } else break;
  }
  if (days.length === 1 && ABBREVIATED.has(norm(ts, i)!)) return undefined;
  return { value: [...new Set(days)], from: i, to };
}

// ---------- ages ----------

/** Words that make "N jaar" a duration, not an age. */
const DURATION_AFTER = new Set(['geleden', 'lang', 'later', 'eerder', 'getrouwd', 'samen', 'dienst', 'behandeling', 'terug']);
/** Capitalised words before "van N" that are no person ("Artikel 2 van 16", "Groep van 12"). */
const NOT_NAMES = new Set(['artikel', 'groep', 'klas', 'grens', 'norm', 'week', 'lid', 'boete', 'maximum', 'minimum', 'leeftijd', 'totaal', 'uren', 'een']);
const DURATION_BEFORE = new Set(['al', 'sinds', 'over', 'binnen', 'afgelopen', 'laatste', 'na', 'voor', 'tot', 'vanaf', 'boven', 'onder', 'dan', 'tussen', 'elk', 'ieder', 'per', 'toen', 'die', 'dat', 'het', 'een', 'vorig', 'ruim', 'van', 'de']);
const PERSON = new Set([
  'leerling', 'leerlinge', 'lln', 'kleuter', 'student', 'studente', 'jongen', 'meisje', 'kind', 'zoon', 'dochter', 'zoontje', 'dochtertje', 'scholier',
  'jongere', 'puber', 'broer', 'zus', 'cursist', 'deelnemer', 'brugklasser', 'tiener', 'knul', 'meid',
  // children someone outside the school tells about (a neighbour, a foster parent)
  'buurjongen', 'buurmeisje', 'buurkind', 'pleegkind', 'pleegzoon', 'pleegdochter', 'stiefzoon', 'stiefdochter',
]);
const SUBJECT = new Set(['hij', 'zij', 'ze', 'leerling', 'kind', 'jongen', 'meisje', 'zoon', 'dochter', 'student', 'studente', 'jongere', 'kleuter', 'lln', 'die', 'dat']);

export interface Age {
  value: number;
  /** "bijna 16", "wordt in mei 16": the age now is one lower than the number said. */
  turning?: boolean;
}

const ageOk = (n: number) => Number.isInteger(n) && n >= 2 && n <= 40;

/**
 * An age: "14-jarige", "van 15", "(15)", "15 jaar (oud)", "is 15", "bijna 16", "wordt in mei 16", "16 geworden",
 * "18+". Returns the age now.
 */
export function age(ts: Token[], i: number): Parsed<Age> | undefined {
  const w = norm(ts, i)!;
  const prev = norm(ts, i - 1);
  // "bijna 16" / "wordt (in mei|volgende maand|binnenkort) 16": one below the number said.
  // "werd in de zomer 12", "werd vorige maand 16": the age now, unless a year or more has passed since.
  const werd = w === 'werd' || w === 'werden';
  if (w === 'bijna' || w === 'wordt' || (w === 'word' && prev === 'ik') || werd) {
    let at = i + 1;
    if (w !== 'bijna') {
      // A time said before the age is skipped: "wordt over twee maanden 16", "werd drie weken geleden 12".
      while (at < i + 6 && (numberWord(norm(ts, at) ?? '') === undefined || (norm(ts, at + 1) !== 'jaar' && unitAfter(ts, at + 1)))) at++;
      if (werd && ts.slice(i + 1, at).some((t) => /^(?:vorig|jaar|jaren|schooljaar|\d{4})$/.test(t.norm))) return undefined;
      if (/^(?:op|\d{4})$/.test(norm(ts, at - 1) ?? '') || ts[at + 1]?.norm === '-' ) return undefined;
    }
    const n = numberWord(norm(ts, at) ?? '');
    if (n === undefined || !ageOk(n) || norm(ts, at + 1) === 'keer' || unitAfter(ts, at + 1)) return undefined;
    // "wordt 5 op 2 september 2026": the date decides, not a guess at the age now
    if (w !== 'bijna' && norm(ts, at + 1) === 'op') return undefined;
    if (w === 'bijna' && !(SUBJECT.has(norm(ts, i - 1) ?? '') || copula(ts, i - 1) || norm(ts, i - 1) === 'van' || norm(ts, i - 1) === '(' || norm(ts, i - 1) === ',')) return undefined;
    return { value: werd ? { value: n } : { value: n - 1, turning: true }, from: i, to: at + (norm(ts, at + 1) === 'jaar' ? 2 : 1) };
  }
  // "vijfjarige", "14-jarige" ("25-jarig huwelijk" is an anniversary, not an age)
  // (the plural "vijfjarigen" names a group, not this pupil's age)
  const glued = /^([a-z]+)jarige$/.exec(w);
  if (glued) {
    const g = numberWord(glued[1]!);
    if (g !== undefined && ageOk(g)) return { value: { value: g }, from: i, to: i + 1 };
  }
  const n = numberWord(w);
  if (n === undefined || !ageOk(n) || w === 'een') return undefined;
  const next = norm(ts, i + 1);
  if ((next === '-' && norm(ts, i + 2) === 'jarige') || next === 'jarige') return { value: { value: n }, from: i, to: next === '-' ? i + 3 : i + 2 };
  // "(15)", "(15 jr)", "(15, havo 3)"
  if (prev === '(' && (next === ')' || next === ',' || next === ';' || ((next === 'jaar' || next === 'jr' || next === 'j') && /^[),;.]$/.test(norm(ts, i + 2) ?? '')))) {
    if (n >= 4) return { value: { value: n }, from: i - 1, to: i + 1 };
  }
  // "18+", "18-plusser"
  if (next === '+' || next === 'plus' || (next === '-' && norm(ts, i + 2) === 'plusser')) return n >= 12 ? { value: { value: n }, from: i, to: i + 2 } : undefined;
  // "16 geworden", "vijf is geworden", "16 jaar geworden"
  if (next === 'geworden' || ((next === 'jaar' || next === 'is') && norm(ts, i + 2) === 'geworden')) return { value: { value: n }, from: i, to: i + 2 };
  // "leerling van 15 (jaar)", "meisje van vijftien jaar"
  // A name stands where the noun would: "Sem van 16", "Fatima van vijftien jaar".
  const person = (k: number) => PERSON.has(norm(ts, k) ?? '') || (ts[k]?.capital === true && ts[k]!.kind === 'word' && !NOT_NAMES.has(norm(ts, k)!));
  const personAt = prev !== 'van' ? -1 : person(i - 2) ? i - 2 : PERSON.has(norm(ts, i - 3) ?? '') && ts[i - 2]?.kind === 'word' ? i - 3 : schoolBetween(ts, i - 2);
  // "leerling van 2 mavo", "een meisje van 4 havo": a class, not an age
  if (personAt >= 0 && !unitAfter(ts, i + 1) && !SCHOOL_AFTER.test(next ?? '') && !(next === 'jaar' && DURATION_AFTER.has(norm(ts, i + 2) ?? ''))) {
    return { value: { value: n }, from: personAt, to: next === 'jaar' ? i + 2 : i + 1 };
  }
  // "15 jaar (oud)" — not a duration
  if (next === 'jaar' || next === 'jr') {
    if (DURATION_AFTER.has(norm(ts, i + 2) ?? '') || DURATION_BEFORE.has(prev ?? '') || /^(?:en|of)$/.test(norm(ts, i + 2) ?? '') && /^(?:ouder|jonger)$/.test(norm(ts, i + 3) ?? '')) return undefined;
    if (norm(ts, i + 2) === 'op' || norm(ts, i + 2) === 'onderwijs' || norm(ts, i + 2) === 'volledig') return undefined;
    return { value: { value: n }, from: i, to: i + 2 };
  }
  if (unitAfter(ts, i + 1)) return undefined;
  // "hij is 15", "de leerling is nu 15", and the pupil's own voice: "ik ben 17"
  const isAt = copula(ts, i - 1) ? i - 1 : ['nu', 'net', 'inmiddels', 'pas', 'al'].includes(prev ?? '') && copula(ts, i - 2) ? i - 2 : -1;
  if (isAt > 0 && (norm(ts, isAt) === 'ben' || SUBJECT.has(norm(ts, isAt - 1) ?? '')) && (next === undefined || (ts[i + 1]!.kind !== 'num' && next !== '%' && next !== 'keer'))) {
    return { value: { value: n }, from: isAt - 1, to: i + 1 };
  }
  // "Student, 20, mbo-2": a bare number set off by commas right after the person it describes
  if (prev === ',' && PERSON.has(norm(ts, i - 2) ?? '') && n >= 4 && (next === ',' || next === '.' || next === ';')) return { value: { value: n }, from: i - 2, to: i + 1 };
  // "is sinds vorige week 5", "sinds gisteren 16"
  if (/^(?:week|maand|gisteren|kort)$/.test(prev ?? '') && (norm(ts, i - 2) === 'sinds' || norm(ts, i - 3) === 'sinds') && (next === undefined || ts[i + 1]!.kind === 'punct')) {
    return { value: { value: n }, from: i - 3, to: i + 1 };
  }
  // ", nu 15." as an aside
  if ((prev === 'nu' || prev === 'inmiddels' || prev === 'intussen') && (next === undefined || /^[.,;!?)]$/.test(next))) return { value: { value: n }, from: i - 1, to: i + 1 };
  return undefined;
}

/** School types after a number: the number is a class year. */
const SCHOOL_AFTER = /^(?:havo|vwo|vmbo|mavo|mbo|atheneum|gymnasium|groep|klas|tl|kb|bb|gl|vmbo-?[a-z]{1,2})$/;

/** Words of a school and class between a person and "van N": "student van het roc van 20", "leerling uit 6 vwo van 18". */
const SCHOOL_PHRASE = new Set([
  'van', 'uit', 'het', 'de', 'op', 'in', 'bij', 'klas', 'groep', 'niveau', 'jaar', 'leerjaar', 'havo', 'vwo', 'vmbo', 'mavo', 'mbo', 'roc', 'vavo', 'vso', 'so', 'pro',
  'praktijkonderwijs', 'basisschool', 'brugklas', 'atheneum', 'gymnasium', 'bbl', 'bol', 'entree', 'opleiding', '-', 'b', 'k', 'g', 't', 'tl', 'kb', 'bb', 'gl',
]);

/** The person a "van N" after a school phrase belongs to (index), or -1; at most 6 words back. */
function schoolBetween(ts: Token[], last: number): number {
  for (let k = last; k >= Math.max(0, last - 5); k--) {
    const w = norm(ts, k)!;
    if (PERSON.has(w)) return k < last ? k : -1;
    if (!SCHOOL_PHRASE.has(w) && !/^[1-6]$/.test(w) && !/^(?:vmbo|mbo|havo|vwo)-?\w{0,3}$/.test(w)) return -1;
  }
  return -1;
}

/** "is" after a subject, or "ben" after "ik" (a pupil asking about themselves). */
function copula(ts: Token[], i: number): boolean {
  return norm(ts, i) === 'is' || (norm(ts, i) === 'ben' && norm(ts, i - 1) === 'ik');
}

function unitAfter(ts: Token[], i: number): boolean {
  const u = unit(ts, i);
  if (u && u.value !== 'jaar') return true;
  const w = norm(ts, i);
  return w === '%' || w === 'minuten' || w === '/' || w === '.' && ts[i + 1]?.kind === 'num' || /^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)$/.test(w ?? '');
}

// ---------- ordinals ----------

/** "voor de derde keer", "de 4e keer", "voor het eerst" (1). "zoveelste" has no value and gives nothing. */
export function ordinalTimes(ts: Token[], i: number): Parsed<number> | undefined {
  if (startsWith(ts, i, ['voor', 'het', 'eerst'])) return { value: 1, from: i, to: i + 3 };
  const o = ordinalWord(norm(ts, i)!, norm(ts, i + 1));
  if (o === undefined) return undefined;
  const at = /^\d+$/.test(norm(ts, i)!) ? i + 2 : i + 1;
  if (norm(ts, at) === 'keer' || norm(ts, at) === 'maal') return { value: o, from: i, to: at + 1 };
  return undefined;
}

// ---------- series per week ----------

export interface WeekHours {
  week: number;
  uren: number;
  vakantie: boolean;
}

/**
 * A series of hours per week: "week 1: 4 uur, week 2: 6 uur", "de eerste week 4 uur, de tweede week 6",
 * "week 2 was kerstvakantie". Returns the weeks in order with their hours; holiday weeks have 0 hours.
 */
const ROW_WEEKDAY = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|ma|di|wo|do|vr)$/;

export function weekSeries(ts: Token[]): Parsed<WeekHours[]> | undefined {
  const weeks: WeekHours[] = [];
  let from = -1;
  let to = -1;
  let lastUnitUren = false;
  for (let i = 0; i < ts.length; i++) {
    let weekNo: number | undefined;
    let at = i;
    if (norm(ts, i) === 'week' && /^\d{1,2}$/.test(norm(ts, i + 1) ?? '')) {
      weekNo = Number(norm(ts, i + 1));
      at = i + 2;
    } else {
      const o = ordinalWord(norm(ts, i) ?? '', norm(ts, i + 1));
      const w = /^\d+$/.test(norm(ts, i) ?? '') ? i + 2 : i + 1;
      if (o !== undefined && (norm(ts, w) === 'week' || norm(ts, w) === 'lesweek' || norm(ts, w) === 'schoolweek')) {
        weekNo = o;
        at = w + 1;
      }
    }
    if (weekNo === undefined) continue;
    // An aside after the week ("week 49 (t/m vandaag): …") says nothing of its hours.
    if (norm(ts, at) === '(') {
      const close = ts.slice(at, at + 8).findIndex((t) => t.norm === ')');
      if (close > 0) at += close + 1;
    }
    while (/^[:=\-,]$/.test(norm(ts, at) ?? '') || norm(ts, at) === 'was' || norm(ts, at) === 'is' || norm(ts, at) === 'de' || norm(ts, at) === 'het' || norm(ts, at) === 'valt' || norm(ts, at) === 'viel' || norm(ts, at) === 'in') at++;
    if (/vakantie$/.test(norm(ts, at) ?? '')) {
      weeks.push({ week: weekNo, uren: 0, vakantie: true });
      to = at + 1;
    } else {
      // "in week 38 spijbelde hij 5 uur": a verb and its subject may stand between the week and its hours.
      for (let k = at; k < at + 3 && quantity(ts, at) === undefined; k++) {
        if (ts[k]?.kind !== 'word' || norm(ts, k) === 'week' || numberWord(norm(ts, k)!) !== undefined) break;
        if (HOURS.has(quantity(ts, k + 1)?.value.unit ?? 'jaar')) at = k + 1;
      }
      const q = quantity(ts, at);
      const bare = q ? undefined : bareNumber(ts, at);
      // "week 2: 6" after "week 1: 4 uur" keeps the unit of the series.
      if (q && (q.value.unit === 'uur' || q.value.unit === 'lesuur' || q.value.unit === 'klokuur')) {
        // A row may list several days: "week 47: maandag 2 lessen, woensdag 3 lessen" is 5 for that week.
        let uren = q.value.value;
        to = q.to;
        for (;;) {
          let j = to;
          if (norm(ts, j) !== ',' && norm(ts, j) !== 'en') break;
          j++;
          if (ROW_WEEKDAY.test(norm(ts, j) ?? '')) j++;
          const more = quantity(ts, j);
          if (!more || !HOURS.has(more.value.unit)) break;
          uren += more.value.value;
          to = more.to;
        }
        weeks.push({ week: weekNo, uren, vakantie: false });
        lastUnitUren = true;
      } else if (bare && lastUnitUren && norm(ts, bare.to) !== 'keer') {
        weeks.push({ week: weekNo, uren: bare.value, vakantie: false });
        to = bare.to;
      } else continue;
    }
    if (from < 0) from = i;
    i = to - 1;
  }
  if (!weeks.length) return hoursListPerWeek(ts);
  const byWeek = new Map<number, WeekHours>();
  for (const w of weeks) if (!byWeek.has(w.week)) byWeek.set(w.week, w);
  const sorted = [...byWeek.values()].sort((a, b) => a.week - b.week);
  if (sorted.filter((w) => !w.vakantie).length < 2) return undefined;
  return { value: sorted, from, to };
}

/**
 * A bare list of hours after "per week" in a sentence about hours: "spijbeluren per week: 4, 4, 4 en 3",
 * "per week 2, 5 en 6 uur". The weeks are consecutive, in the order told.
 */
function hoursListPerWeek(ts: Token[]): Parsed<WeekHours[]> | undefined {
  for (let i = 0; i + 2 < ts.length; i++) {
    if (norm(ts, i) !== 'per' || !/^(?:week|lesweek|schoolweek)$/.test(norm(ts, i + 1) ?? '')) continue;
    let at = i + 2;
    // "per week ongeoorloofd: 6, 6, 5 en 1 uur": a word or two may name what the hours are.
    while (at < i + 4 && ts[at]?.kind === 'word' && numberWord(norm(ts, at)!) === undefined) at++;
    if (/^[:=,]$/.test(norm(ts, at) ?? '')) at++;
    const uren: number[] = [];
    let to = at;
    while (to < ts.length) {
      const n = bareNumber(ts, to);
      if (!n) break;
      uren.push(n.value);
      to = n.to;
      if (/^(?:uur|uren|lesuren|klokuren)$/.test(norm(ts, to) ?? '')) to++;
      if (norm(ts, to) === ',' || norm(ts, to) === 'en') to++;
      else break;
    }
    let from = i;
    while (from > 0 && !/^[.?!]$/.test(ts[from - 1]!.norm)) from--;
    const aboutHours = ts.slice(from, to + 2).some((t) => /(?:uur|uren)$/.test(t.norm));
    if (uren.length >= 2 && aboutHours) return { value: uren.map((u, k) => ({ week: k + 1, uren: u, vakantie: false })), from: i, to };
  }
  return undefined;
}
