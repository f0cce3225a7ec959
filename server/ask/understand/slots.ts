import * as chrono from 'chrono-node';
import { z } from 'zod';
import { evaluateVerzuim } from '../../rules/verzuim.js';
import { param } from '../../rules/params.js';
import type { Onderwijssoort, VerzuimRegistratie } from '../../rules/schemas.js';
import { addDays, ageOn, daysBetween, isWeekend, mondayOf, parts } from '../../rules/dates.js';
import { holidayName, isSchoolDay, regionCalendar, type Kalender } from '../../rules/calendar.js';
import { age, clock, clockSpan, lesLengte, lesuurReeks, numberWord, ordinalTimes, ordinalWord, quantity, weekday, weekdays, weekSeries, type Quantity, type WeekHours } from './quantities.js';
import { bareWeekday, tijdvakAt, tijdvakken, type Richting, type Tijdvak } from './timepoints.js';
import { analyse, clauseOf, span, type Analysed, type Token } from './tokens.js';
import { DATE, dateOf, MONTH, month, normalize, validDate } from './lexicon.js';
import { vocabulary, type Match, type VocabularyName } from './vocabulary.js';

// Slot filling over the front end: the grammar's typed values and the vocabulary's matches become facts, with the
// clause's negation and tense applied. Each filler names the legal nuance it keeps.

export interface SlotSink {
  readonly facts: Record<string, unknown>;
  set(fact: string, value: unknown, at: { index: number; length: number }): void;
}

const norm = (a: Analysed, i: number) => a.tokens[i]?.norm;

const matchCache = new WeakMap<Analysed, Match[]>();
/** Every vocabulary match of a text, matched once per text. */
export function allMatches(a: Analysed): Match[] {
  let all = matchCache.get(a);
  if (!all) {
    all = vocabulary().match(a.tokens);
    matchCache.set(a, all);
  }
  return all;
}
/** Vocabulary matches of one vocabulary. */
function matches(a: Analysed, name: VocabularyName): Match[] {
  return allMatches(a).filter((m) => m.name === name);
}

// ---------- age ----------

/** The first age the text states about the pupil. */
export function fillLeeftijd(x: SlotSink, a: Analysed): void {
  const ages: number[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const g = age(a.tokens, i);
    if (!g) continue;
    if (!ages.length) x.set('leeftijd', g.value.value, span(a, g.from, g.to));
    ages.push(g.value.value);
    i = g.to - 1;
  }
  // Two pupils of different ages ("mijn zoon van 5 en mijn dochter van 9", "de kinderen (8 en 11)") are two cases:
  // the rules decide about one pupil, so the question is not merged into one.
  const pair = ageList(a);
  const all = [...new Set([...ages, ...(pair?.ages ?? [])])].sort((p, q) => p - q);
  if (all.length > 1) {
    const at = pair?.at ?? span(a, 0, a.tokens.length);
    x.set('meerdereLeerlingen', true, at);
    // decide.ts runs the rules for each child and decides only when they agree.
    x.set('leeftijden', all, at);
  }
}

const CHILDREN = /^(?:kinderen|kids|zonen|zoons|dochters|jongens|meisjes|leerlingen|broers|zussen|tweeling|allebei|beiden|beide)$/;

/** Two ages in one list after a word for several children: "de kinderen (8 en 11)", "twee kinderen, een van 4 en een van 12". */
function ageList(a: Analysed): { ages: number[]; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    if (!CHILDREN.test(ts[i]!.norm) && !(ts[i]!.norm === 'een' && norm(a, i + 1) === 'van')) continue;
    for (let k = i + 1; k < Math.min(ts.length, i + 8); k++) {
      if (/^[.?!]$/.test(ts[k]!.norm)) break;
      // "groep 3 en 7", "klas 1 en 2": school years, not ages.
      if (ts[k]!.kind !== 'num' || norm(a, k + 1) === 'uur' || /^(?:groep|klas|leerjaar|niveau)$/.test(norm(a, k - 1) ?? '')) continue;
      let j = k + 1;
      if (norm(a, j) === 'jaar') j++;
      if (norm(a, j) === ',') j++;
      if (norm(a, j) !== 'en' && norm(a, j) !== '&') break;
      j++;
      if (norm(a, j) === 'een' && norm(a, j + 1) === 'van') j += 2;
      const n1 = Number(ts[k]!.norm);
      const n2 = Number(norm(a, j));
      if (ts[j]?.kind === 'num' && n1 >= 2 && n1 <= 25 && n2 >= 2 && n2 <= 25 && n1 !== n2 && norm(a, j + 1) !== 'uur' && !/^(?:dagen|dag|weken|week|keer|maanden|lesuren)$/.test(norm(a, j + 1) ?? '')) return { ages: [n1, n2], at: span(a, k, j + 1) };
      break;
    }
  }
  return undefined;
}

// ---------- school type and year ----------

const DIPLOMA = /diploma/;
const BEGUN = new Set(['begonnen', 'begon', 'gestart', 'startte', 'vroeger', 'vorige', 'toen']);

/** The leerjaar next to a school-type match: "havo 3", "3 havo", "3e klas", "groep 5", "mbo-2", "vmbo-b 3". */
function yearNear(a: Analysed, m: Match): { jaar: number; from: number; to: number } | undefined {
  const max = Number(m.item.leerjaren ?? 0);
  if (!max) return undefined;
  const ok = (n: number | undefined) => n !== undefined && Number.isInteger(n) && n >= 1 && n <= max;
  let at = m.to;
  if (norm(a, at) === '-' || norm(a, at) === 'niveau' || norm(a, at) === 'jaar') at++;
  if (norm(a, at) === 'niveau') at++;
  const after = numberWord(norm(a, at) ?? '');
  if (ok(after) && a.tokens[at]!.kind === 'num' || (ok(after) && m.item.jaarVerplicht)) return { jaar: after!, from: m.from, to: at + 1 };
  const b = m.from - 1;
  const before = norm(a, b) === 'e' || norm(a, b) === 'ste' || norm(a, b) === 'de' ? m.from - 2 : b;
  const ordinal = /^(?:eerste|tweede|derde|vierde|vijfde|zesde)$/.test(norm(a, before) ?? '') ? ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde'].indexOf(norm(a, before)!) + 1 : undefined;
  const digit = /^\d$/.test(norm(a, before) ?? '') ? Number(norm(a, before)) : /^(\d)(?:e|ste|de)$/.exec(norm(a, before) ?? '')?.[1];
  const n = ordinal ?? (digit !== undefined ? Number(digit) : undefined);
  if (ok(n)) return { jaar: n!, from: before, to: m.to };
  return undefined;
}

/** School type (onderwijssoort), leerjaar and the age range the year implies (for rules over implied facts). */
export function fillOnderwijs(x: SlotSink, a: Analysed): void {
  const found = matches(a, 'onderwijs').filter((m) => !m.part);
  let chosen: { m: Match; jaar?: ReturnType<typeof yearNear> } | undefined;
  for (const m of found) {
    // "havo-diploma", "diploma havo": a diploma obtained, not the school attended (up to the next punctuation)
    const afterTokens = a.tokens.slice(m.to, m.to + 4);
    const stop = afterTokens.findIndex((t) => t.kind === 'punct' && t.norm !== '-');
    const after = (stop < 0 ? afterTokens : afterTokens.slice(0, stop)).map((t) => t.norm).join(' ');
    const before = a.tokens.slice(Math.max(0, m.from - 3), m.from).map((t) => t.norm);
    if (DIPLOMA.test(after) || DIPLOMA.test(norm(a, m.from - 1) ?? '') || before.some((w) => BEGUN.has(w))) continue;
    const jaar = yearNear(a, m);
    if (m.item.jaarVerplicht && !jaar) continue;
    if (before.at(-1) === 'nu' || before.at(-2) === 'nu') {
      chosen = { m, jaar };
      break;
    }
    // "klas 3 havo", "klas 2 vmbo": the year shared with a generic "klas" belongs to the school type named after it.
    if (chosen?.jaar && jaar && jaar.from < chosen.jaar.to && m.from > chosen.m.from) chosen = { m, jaar };
    chosen ??= { m, jaar };
    if (chosen.m === m && !jaar) continue;
  }
  if (!chosen) return;
  const { m, jaar } = chosen;
  x.set('onderwijssoort', m.item.waarde as Onderwijssoort, span(a, m.from, m.to));
  const withYear = jaar ?? found.map((mm) => ({ mm, j: yearNear(a, mm) })).find((p) => p.j && p.mm.item.waarde === m.item.waarde)?.j;
  if (withYear) {
    x.set('leerjaar', a.original.slice(a.tokens[withYear.from]!.start, a.tokens[withYear.to - 1]!.end), span(a, withYear.from, withYear.to));
    const first = m.item.leeftijdEersteJaar as [number, number] | undefined;
    if (first) x.set('leeftijdBereik', [first[0] + withYear.jaar - 1, first[1] + withYear.jaar - 1], span(a, withYear.from, withYear.to));
  } else if (Number(m.item.leerjaren) === 1 && m.item.leeftijdEersteJaar) {
    // A school type of one year ("brugklas", "brugklasser") names its year itself.
    x.set('leerjaar', 'brugklas', span(a, m.from, m.to));
    x.set('leeftijdBereik', m.item.leeftijdEersteJaar, span(a, m.from, m.to));
  } else if (m.item.leeftijd) x.set('leeftijdBereik', m.item.leeftijd, span(a, m.from, m.to));
  // A pupil still in this class has no startkwalificatie from it yet (lexicon: startkwalificatieVanafJaar); from
  // that year on (vwo 5 and 6 after a havo diploma) the class says nothing.
  const vanaf = m.item.startkwalificatieVanafJaar;
  const jaarNr = withYear?.jaar ?? (Number(m.item.leerjaren) === 1 ? 1 : undefined);
  if (typeof vanaf === 'number' && (vanaf === 0 || (jaarNr !== undefined && jaarNr < vanaf))) {
    const [from, to] = withYear ? [withYear.from, withYear.to] : [m.from, m.to];
    x.set('klasZonderStartkwalificatie', a.original.slice(a.tokens[from]!.start, a.tokens[to - 1]!.end), span(a, from, to));
  }
}

// ---------- family degree ----------

const OF = new Set(['van']);
const POSSESSIVE = new Set(['de', 'zijn', 'haar', 'hun', 'mijn', 'onze', 'z\'n', 'der']);

/**
 * Degree of kinship seen from the pupil (BW 1:3): "opa" 2, "oom" 3; "de broer van zijn moeder" = the parent's
 * sibling, one degree further than the sibling; a parent speaking of "mijn broer" means the child's uncle.
 */
export function fillGraad(x: SlotSink, a: Analysed): void {
  const eigen = speakersOwnEvent(a);
  if (eigen) return x.set('graad', 1, eigen);
  const roles = relatives(a);
  if (!roles.length) return;
  const graad = (m: Match) => Number(m.item.waarde);
  // "X van (de|zijn|haar) Y": X seen from Y; Y a parent adds the parent's step; a child of an uncle is a cousin (4).
  for (const m of roles) {
    let at = m.to;
    if (!OF.has(norm(a, at) ?? '')) continue;
    at++;
    if (POSSESSIVE.has(norm(a, at) ?? '')) at++;
    const y = roles.find((r) => r.from === at);
    // "opa van vaders kant" names a side of the family, not the grandfather's relative
    if (!y || norm(a, y.to) === 'kant') continue;
    const xg = graad(m);
    const yg = graad(y);
    const child = /^(?:kind|zoon|dochter)$/.test(m.form);
    const value = child ? yg + 1 : yg === 1 ? xg + 1 : xg + yg;
    if (value >= 1 && value <= 4) return x.set('graad', value, span(a, m.from, y.to));
  }
  // A parent who names the child ("mijn zoon", "mijn dochter") and speaks of "mijn oom", "mijn vader": the child's
  // relative one degree further (the parent's uncle is the child's great-uncle, 4).
  const ouderSpreekt = a.tokens.some((t, k) => t.norm === 'mijn' && CHILD.test(norm(a, k + 1) ?? ''));
  if (ouderSpreekt) {
    const mijn = roles.find((r) => norm(a, r.from - 1) === 'mijn' && norm(a, r.to) !== 'van');
    if (mijn && graad(mijn) + 1 <= 4) return x.set('graad', graad(mijn) + 1, span(a, mijn.from - 1, mijn.to));
  }
  // A parent who asks speaks of "zijn broer"/"haar zus"/"my brother": the child's uncle or aunt.
  const parent = roles.find((r) => graad(r) === 1 && r.from < 3);
  for (const m of roles) {
    if (graad(m) !== 2 || !/^(?:broer|zus|zuster|brother|sister)$/.test(m.form)) continue;
    const pos = norm(a, m.from - 1);
    const childBetween = parent !== undefined && a.tokens.slice(parent.to, m.from - 1).some((t, k, l) => (t.norm === 'zijn' || t.norm === 'haar') && /^(?:zoon|dochter|kind|kinderen|zoontje|dochtertje)$/.test(l[k + 1]?.norm ?? ''));
    if ((parent && !childBetween && (pos === 'zijn' || pos === 'haar')) || pos === 'my' || pos === 'mijn' || pos === 'our') return x.set('graad', 3, span(a, m.from - 1, m.to));
  }
  // A parent counts only as the one the event is about ("vader is overleden", "begrafenis van zijn moeder",
  // "ouders vieren hun jubileum"): a parent who asks, phones or travels is not the subject of the occasion.
  const first = roles.find((r) => graad(r) > 1) ?? roles.find((r) => graad(r) === 1 && isSubjectOfEvent(a, r));
  if (first) x.set('graad', graad(first), span(a, first.from, first.to));
}

const CHILD = /^(?:zoon|dochter|kind|zoontje|dochtertje|kinderen|jongen|meisje)$/;
const FIRST_PERSON = new Set(['ik', 'wij', 'we']);
const OUR = new Set(['mijn', 'onze', 'ons']);

/**
 * A parent telling their own occasion ("wij trouwen", "mijn man en ik zijn 25 jaar getrouwd", "onze bruiloft") about
 * "mijn/onze zoon": the event is the child's parent's, first degree.
 */
function speakersOwnEvent(a: Analysed): { index: number; length: number } | undefined {
  const ts = a.tokens;
  const ouderSpreekt = ts.some((t, k) => OUR.has(t.norm) && CHILD.test(norm(a, k + 1) ?? ''));
  if (!ouderSpreekt) return undefined;
  for (const e of matches(a, 'omstandigheden')) {
    if (!PARENT_EVENTS.has(String(e.item.waarde)) || e.part === 'modifier') continue;
    const c = ts[e.from]!.clause;
    // "onze bruiloft", "ons huwelijk": the possessive before the event; else "ik"/"wij" as its subject in the clause.
    const ours = OUR.has(norm(a, e.from - 1) ?? '') && !CHILD.test(norm(a, e.from) ?? '');
    const subject = ts.findIndex((t, k) => k < e.from && e.from - k <= 8 && t.clause === c && FIRST_PERSON.has(t.norm));
    // Another person's event in the same clause ("de bruiloft van mijn zus", "we gaan naar het huwelijk van …") is not the speaker's.
    const ofOther = norm(a, e.to) === 'van' || ts.slice(Math.max(0, subject), e.from).some((t) => t.norm === 'naar' || t.norm === 'bij');
    if ((ours || subject >= 0) && !ofOther) return span(a, ours ? e.from - 1 : subject, e.to);
  }
  return undefined;
}

/**
 * Whose occasion it is: the head of the person phrase right after the event ("de bruiloft van een collega van
 * vader" → collega) or right before it in its clause ("de buurman trouwt"). A friend, neighbour or colleague is no
 * relative (verwant: false); the family guidelines then do not apply.
 */
export function fillVerwant(x: SlotSink, a: Analysed, omstandigheid: string): void {
  const e = matches(a, 'omstandigheden').find((m) => m.item.waarde === omstandigheid && m.part !== 'modifier');
  if (!e) return;
  const people = matches(a, 'familie').filter((m) => m.part !== 'modifier');
  const chainHead = (p: Match): Match => {
    // walk back over "X van (de|een|…) p" to the head X
    const q = people.find((r) => norm(a, r.to) === 'van' && (r.to === p.from - 1 || (r.to === p.from - 2 && POSSESSIVE_OR_ART.has(norm(a, p.from - 1) ?? ''))));
    return q ? chainHead(q) : p;
  };
  let head: Match | undefined;
  if (norm(a, e.to) === 'van') {
    // "van (een) (goede|oude) vriendin": the first person within three words, nothing but words in between
    head = people.find((p) => p.from > e.to && p.from <= e.to + 3 && a.tokens.slice(e.to + 1, p.from).every((t) => t.kind === 'word'));
  }
  if (!head) {
    const c = a.tokens[e.from]!.clause;
    const before = people.filter((p) => p.to <= e.from && e.from - p.to <= 6 && a.tokens[p.from]!.clause === c).at(-1);
    if (before) head = chainHead(before);
  }
  if (head && Number(head.item.waarde) === 0) x.set('verwant', false, span(a, head.from, head.to));
}
const POSSESSIVE_OR_ART = new Set(['de', 'het', 'een', 'zijn', 'haar', 'hun', 'mijn', 'onze', 'ons', 'jullie', "z'n"]);

const PARENT_EVENTS = new Set(['overlijden', 'ernstige-ziekte', 'levensbedreigende-ziekte', 'huwelijk', 'jubileum']);

function isSubjectOfEvent(a: Analysed, m: Match): boolean {
  const end = pastWhose(a, m.to);
  // "(zijn) moeder verloren": the relative lost is the one the event is about.
  if (lossAt(a) === end) return true;
  return matches(a, 'omstandigheden').some(
    (e) =>
      PARENT_EVENTS.has(String(e.item.waarde)) &&
      ((e.from >= end && e.from < end + 6 && a.tokens[e.from]!.clause === a.tokens[m.from]!.clause) ||
        (e.to <= m.from && m.from - e.to <= 2 && a.tokens.slice(e.to, m.from).every((t) => t.norm === 'van' || POSSESSIVE.has(t.norm)))),
  );
}

const WHOSE = /^(?:leerling|leerlinge|kind|scholier|jongen|meisje|zoon|dochter|student|kleuter)$/;
/** Past "van een leerling (groep 7)" after a role: whose relative it is, not part of the event's distance. */
function pastWhose(a: Analysed, at: number): number {
  if (norm(a, at) !== 'van') return at;
  let k = at + 1;
  if (POSSESSIVE_OR_ART.has(norm(a, k) ?? '') || norm(a, k) === 'die' || norm(a, k) === 'deze') k++;
  if (!WHOSE.test(norm(a, k) ?? '')) return at;
  k++;
  if (norm(a, k) === '(') {
    const close = a.tokens.findIndex((t, j) => j > k && t.norm === ')');
    if (close > k && close - k <= 6) k = close + 1;
  }
  return k;
}

const LOSS = /^(?:verloren|verloor|verliest)$/;
/** A relative lost ("heeft zijn moeder verloren", "verloor vorige week haar opa"): the loss verb's token, or -1. */
function lossAt(a: Analysed): number {
  const rel = relatives(a);
  return a.tokens.findIndex((t, k) => LOSS.test(t.norm) && rel.some((r) => a.tokens[r.from]!.clause === t.clause && Math.abs(r.from - k) <= 4));
}

// ---------- abroad ----------

/** In Nederland or abroad, from the gazetteer; a negated clause ("niet naar Turkije") says nothing. */
export function fillBuitenland(x: SlotSink, a: Analysed): void {
  for (const m of matches(a, 'plaatsen')) {
    if (m.part === 'modifier') continue;
    // "niet naar Turkije", "niet in het buitenland": a place denied says nothing
    if (a.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => t.norm === 'niet' || t.norm === 'geen')) continue;
    x.set('buitenland', m.item.waarde === 'buitenland', span(a, m.from, m.to));
    return;
  }
}

// ---------- norm statements ----------

/** Who the norm is said of or by: a generic subject, the rules themselves, or somebody who told it. */
const NORM_FRAME = /^(?:je|men|volgens|regel|regels|wet|wettelijk|norm|grens|protocol|zegt|zei|zeggen|zeiden|beweert|las|gelezen|hoorde|gehoord|geleerd|dacht|dachten)$/;
const MELD_WORD = /^(?:meld\w*|gemeld|verzuimmelding\w*)$/;
/** A pupil named in the stretch: then its numbers may well be the case's own ("hij heeft 20 uur gemist, moet je dan melden?"). */
const PUPIL_WORD = /^(?:hij|zij|hem|haar|zijn|leerling\w*|kind|zoon|dochter|jongen|meisje|student|scholier|jongere|lln|ll)$/;
const STRETCH_END = /^[.?!;]$/;
/** Words that tell the case's absence itself: a stretch with them is about the pupil, whoever tells it. */
const CASE_VERB = /^(?:gemist|mist|miste|gespijbeld|spijbelt|spijbelde|verzuimd|verzuimt|afwezig|weggebleven|thuisgebleven)$/;

const normCache = new WeakMap<Analysed, Array<[number, number]>>();
/**
 * Stretches (between . ? ! ;) that state the reporting norm rather than the case: "mijn collega zegt dat je bij 16 uur
 * moet melden", "volgens de regels moet je na 16 uur in 4 weken melden". Their numbers (16 uur, 4 weken, 10 dagen)
 * belong to the rule and never fill the absence facts: 16 read as the count claimed a report for a pupil with an hour.
 * Returned as character ranges of the text.
 */
export function normStatements(a: Analysed): Array<[number, number]> {
  let out = normCache.get(a);
  if (out) return out;
  out = [];
  const ts = a.tokens;
  for (let from = 0; from < ts.length; ) {
    let to = from;
    while (to < ts.length && !STRETCH_END.test(ts[to]!.norm)) to++;
    const words = ts.slice(from, to).map((t) => t.norm);
    if (words.some((w) => NORM_FRAME.test(w)) && words.some((w) => MELD_WORD.test(w)) && !words.some((w) => PUPIL_WORD.test(w) || CASE_VERB.test(w)) && ts.slice(from, to).some((t) => t.kind === 'num' || numberWord(t.norm) !== undefined)) {
      out.push([ts[from]!.start, ts[Math.max(from, to - 1)]!.end]);
    }
    from = to + 1;
  }
  normCache.set(a, out);
  return out;
}

function inNormStatement(a: Analysed, i: number): boolean {
  const at = a.tokens[i]?.start ?? -1;
  return normStatements(a).some(([from, to]) => at >= from && at < to);
}

// ---------- unexcused hours ----------

const HOUR_UNITS = new Set<Quantity['unit']>(['uur', 'lesuur', 'klokuur']);
/** Words before an hour count that make it a norm or a threshold, not hours missed. */
const NORM_BEFORE = new Set(['dan', 'van', 'boven', 'onder', 'tot', 'bij', 'vanaf', 'de', 'grens', 'norm', 'geen', 'telling']);
/** "4 uur per week", "4 uur in de week", "wekelijks 4 uur": a rate, not hours missed. */
function isRate(a: Analysed, from: number, to: number): boolean {
  const n = norm(a, to);
  return n === 'per' || n === 'elke' || n === 'iedere' || n === 'wekelijks' || norm(a, from - 1) === 'wekelijks' || (n === 'in' && norm(a, to + 1) === 'de' && /^(?:week|maand)$/.test(norm(a, to + 2) ?? ''));
}
const PLUS = new Set(['ook', 'daarnaast', 'bovendien', 'plus', 'nog']);

/** A school day as a unit ("elke dag", "per lesdag"); a weekday name ends in "dag" too but is one day a week. */
const SCHOOLDAG = /^(?:dag|schooldag|lesdag|werkdag)$/;

interface HourMention {
  uren: number;
  from: number;
  to: number;
  /** Hours on a weekday every week ("elke maandag 4 lesuren"): such mentions in one text add up. */
  perWeekdag?: boolean;
  /** Clock spans on named days ("maandag van 8.30 tot 12.00 en dinsdag van 10.15 tot 15.00"): different days add up. */
  perDag?: boolean;
}

/** Absence cue (verzuim vocabulary) in the clause of i, the next clause, or right before the count. */
function absenceNear(a: Analysed, absence: Match[], i: number): boolean {
  const c = a.tokens[i]!.clause;
  return absence.some((m) => {
    const mc = a.tokens[m.from]!.clause;
    return mc === c || mc === c + 1 || (mc === c - 1 && m.to >= i - 6);
  });
}

/**
 * Hour counts the text states as missed: "16 lesuren", "3 lessen van 50 minuten", "ma t/m wo 3 uur per dag",
 * "3 keer van 8.30 tot 10.30", plus hours added elsewhere ("en daarnaast nog 6 uur").
 */
function hourMentions(a: Analysed, absence: Match[], soort?: Onderwijssoort): HourMention[] {
  const ts = a.tokens;
  const out: HourMention[] = [];
  for (let i = 0; i < ts.length; i++) {
    // occurrences × a clock span: "3 keer van 8.30 tot 10.30", "elke ochtend van 8.30 tot 12.00" (stays unsummed)
    const times = quantity(ts, i);
    if (times?.value.unit === 'keer' || times?.value.unit === 'dagdeel' || times?.value.unit === 'dag') {
      const cs = spanAfterCount(a, times.to);
      if (cs) {
        out.push({ uren: times.value.value * cs.value, from: i, to: cs.to });
        i = cs.to - 1;
        continue;
      }
    }
    const q = times;
    if (q && inNormStatement(a, i)) {
      i = q.to - 1;
      continue;
    }
    if (!q || !HOUR_UNITS.has(q.value.unit)) {
      // weekdays with a clock span: "ma t/m wo van 8.30 tot 12.00", "maandag van 8.30 tot 12.00 en dinsdag van …"
      const wd = weekdays(ts, i);
      if (wd) {
        const cs = clockSpan(ts, wd.to) ?? clockSpan(ts, wd.to + 1);
        if (cs) {
          out.push({ uren: wd.value.length * cs.value, from: i, to: cs.to, perDag: true });
          i = cs.to - 1;
        }
      }
      continue;
    }
    const prev = norm(a, q.from - 1);
    if (NORM_BEFORE.has(prev ?? '') && !(prev === 'van' && norm(a, q.from - 2) !== 'grens')) {
      if (prev !== 'van') continue;
    }
    if (norm(a, q.from - 1) === 'van' && norm(a, q.from - 2) === 'grens') continue;
    if ((norm(a, q.to) === 'in' && /^(?:4|vier)$/.test(norm(a, q.to + 1) ?? '') && /weken$/.test(norm(a, q.to + 2) ?? '')) || norm(a, q.from - 1) === 'geen') continue;
    // a daily rate over a span of days: "3 uur per dag, ma t/m wo", "elke dag twee lesuren, al drie weken lang"
    const perDag = (norm(a, q.to) === 'per' || norm(a, q.to) === 'elke' || norm(a, q.to) === 'iedere') && SCHOOLDAG.test(norm(a, q.to + 1) ?? '');
    // "elke dag twee lesuren", "elke dag de eerste twee lessen"
    const skip = /^(?:eerste|laatste)$/.test(norm(a, q.from - 1) ?? '') && norm(a, q.from - 2) === 'de' ? 2 : 0;
    const elke = norm(a, q.from - 2 - skip) === 'elke' || norm(a, q.from - 2 - skip) === 'iedere';
    const elkeDag = elke && SCHOOLDAG.test(norm(a, q.from - 1 - skip) ?? '');
    // "(al drie weken) elke maandag 4 lesuren": one weekday a week, over the weeks told (at most the window of 4 lesweken).
    if (elke && weekday(norm(a, q.from - 1 - skip) ?? '') !== undefined) {
      const weken = weeksInSentence(a, q.from);
      if (weken !== undefined) out.push({ uren: urenVan(q.value, soort, a) * Math.min(weken, 4), from: q.from - 2 - skip, to: q.to, perWeekdag: true });
      i = q.to - 1;
      continue;
    }
    if (perDag || elkeDag) {
      const days = daysInClause(a, q.from);
      if (days !== undefined) out.push({ uren: urenVan(q.value, soort, a) * days, from: elkeDag ? q.from - 2 - skip : q.from, to: perDag ? q.to + 2 : q.to });
      i = q.to - 1;
      continue;
    }
    if (isRate(a, q.from, q.to)) continue;
    // "1 dag, 5 uur": hours of a day of absence
    const dayBefore = quantity(a.tokens, q.from - 3)?.value.unit === 'dag' || quantity(a.tokens, q.from - 2)?.value.unit === 'dag';
    if (dayBefore) {
      out.push({ uren: urenVan(q.value, soort, a), from: q.from, to: q.to });
      i = q.to - 1;
      continue;
    }
    if (!absenceNear(a, absence, q.from)) continue;
    out.push({ uren: urenVan(q.value, soort, a), from: q.from, to: q.to });
    i = q.to - 1;
  }
  return out;
}

/**
 * The clock span each counted time, day part or day lasted: right after the count ("3 keer van 8.30 tot 10.30") or
 * later in its clause ("drie ochtenden ongeoorloofd afwezig, telkens van 8.30 tot 12.15"), with no other number between.
 */
function spanAfterCount(a: Analysed, to: number): ReturnType<typeof clockSpan> {
  for (let k = to; k < Math.min(a.tokens.length, to + 8); k++) {
    const cs = clockSpan(a.tokens, k);
    if (cs) return cs;
    if (/^[.?!;]$/.test(norm(a, k) ?? '') || a.tokens[k]!.kind === 'num') return undefined;
  }
  return undefined;
}

const lengteCache = new WeakMap<Analysed, number | null>();
/** The lesson length the text states apart from a count ("onze blokuren duren 70 minuten"), read once per text. */
function lesMinutenIn(a: Analysed): number | undefined {
  let v = lengteCache.get(a);
  if (v === undefined) lengteCache.set(a, (v = lesLengte(a.tokens)?.value ?? null));
  return v ?? undefined;
}

/**
 * The hours an hour count stands for in the unit the school reports in (facts.md VZ-CH-03): po counts klokuren, so
 * "20 lessen van 45 minuten" is 15; vo counts lessons of at most 60 minutes as lesuren, longer blocks in klokuren.
 * The length is the count's own ("lessen van 45 minuten") or the one the text states apart ("onze lessen duren 70 minuten").
 */
function urenVan(q: Quantity, soort: Onderwijssoort | undefined, a?: Analysed): number {
  const min = q.unit === 'lesuur' ? (q.lesMinuten ?? (a && lesMinutenIn(a))) : undefined;
  if (min === undefined) return q.value;
  const klok = soort === 'po' || soort === 'so' || min > 60;
  return klok ? Math.round(((q.value * min) / 60) * 100) / 100 : q.value;
}

/** Days a daily rate runs over, from its sentence: a weekday span or list, "N dagen", "de hele week", "N weken" (≤ 4). */
function daysInClause(a: Analysed, i: number): number | undefined {
  const ts = a.tokens;
  const lo = Math.max(0, i - 14);
  const hi = Math.min(ts.length, i + 14);
  for (let k = lo; k < hi; k++) {
    const wd = weekdays(ts, k);
    if (wd && wd.value.length > 1) return wd.value.length;
    const q = quantity(ts, k);
    if (q && k !== i && q.value.unit === 'dag') return q.value.value;
    if (q && k !== i && (q.value.unit === 'week' || q.value.unit === 'lesweek')) return Math.min(q.value.value, 4) * 5;
    if (norm(a, k) === 'hele' && /week$/.test(norm(a, k + 1) ?? '')) return 5;
  }
  return undefined;
}

/**
 * A series of hours per week goes through the rules' rolling window of 4 lesweken (holiday weeks are no
 * lesweken, Lpw art. 21a): the count is the window in which the report fell due, never the plain total;
 * below the threshold, the heaviest window.
 */
export function seriesUren(weeks: WeekHours[], onderwijssoort: Onderwijssoort | undefined): number {
  // A fixed stretch of school weeks; the holiday weeks named in the text become the pupil's own calendar.
  const monday = '2030-09-02';
  const start = (w: WeekHours) => addDays(monday, (w.week - weeks[0]!.week) * 7);
  const registraties: VerzuimRegistratie[] = [];
  for (const w of weeks) {
    if (w.vakantie || w.uren <= 0) continue;
    // A week's hours at its end (Friday, Thursday for what a day cannot hold): the window is judged per week.
    const friday = Math.min(24, w.uren);
    registraties.push({ datum: addDays(start(w), 4), uren: friday, soort: 'ongeoorloofd' });
    if (w.uren > friday) registraties.push({ datum: addDays(start(w), 3), uren: Math.min(24, w.uren - friday), soort: 'ongeoorloofd' });
  }
  const vakanties = weeks.filter((w) => w.vakantie).map((w) => ({ naam: 'vakantie', van: addDays(start(w), -2), tot: addDays(start(w), 6) }));
  // Without a named holiday, an empty own calendar would mean the national one: use a holiday far outside the series.
  if (!vakanties.length) vakanties.push({ naam: 'vakantie', van: '2031-07-01', tot: '2031-07-02' });
  const r = evaluateVerzuim({ leerling: { onderwijssoort: onderwijssoort ?? 'vo' }, kalender: { vakanties }, registraties });
  const reported = r.meldingen.find((m) => m.melding === '16-uur-in-4-weken')?.uren;
  if (reported !== undefined) return reported;
  // Below the threshold: the heaviest window of 4 consecutive lesweken.
  const school = weeks.filter((w) => !w.vakantie);
  let max = 0;
  for (let k = 0; k < school.length; k++) max = Math.max(max, school.slice(k, k + 4).reduce((s, w) => s + w.uren, 0));
  return max;
}

export interface UrenContext {
  /** Absence whose hours are excused (ziek, schorsing, religieus, verlof) and not notified late. */
  excused: boolean;
  onderwijssoort?: Onderwijssoort;
  /** The day the parameters hold on (the window of lesweken). */
  today: string;
}

/** Words near an hour count that make it unexcused even when the text also names an excused reason. */
const UNEXCUSED = new Set(['ongeoorloofd', 'ongeorloofd', 'gespijbeld', 'spijbelen', 'spijbelt', 'spijbelde']);

/**
 * Unexcused hours (ongeoorloofdeUren). Hours missed through illness, schorsing, a religious duty or granted leave
 * are not unexcused unless notified too late (art. 12, 13 Lpw): the caller says so through `excused`.
 */
// ---------- a pasted absence table ----------

/** The kind of absence a column head or a label names, from the verzuim vocabulary ("ongeoorloofd", "spijbeluren", "ziek", "te laat"). */
function soortVanLabel(label: string): string | undefined {
  const n = normalize(label);
  const m = vocabulary().match(analyse(label, n).tokens, ['verzuim']).find((v) => v.item.waarde !== 'afwezig' && v.item.waarde !== 'onderwerp');
  return m === undefined ? undefined : String(m.item.waarde);
}

const CELL = /\s*(?:\||\t|;)\s*|\s{2,}/;
const WEEK_HEAD = /^(?:week|weeknummer|weeknr|wk|lesweek|schoolweek)\b/i;
const NUMBER = /(\d+(?:[.,]\d+)?)/;
const toNumber = (s: string) => Number(s.replace(',', '.'));
const cells = (line: string) => line.split(CELL).map((c) => c.replace(/[.?!]+$/, '').trim()).filter((c) => c !== '');

/**
 * Unexcused hours per week from a pasted registration overview, in any common layout: a table with a week column and
 * columns per kind (pipes, tabs or semicolons: "Week | Ongeoorloofd | Ziek | Te laat" over rows "45 | 4 | 2 | 1"), or
 * rows that label each amount ("week 45: 4 uur ongeoorloofd, 2 uur ziek", "week 46 | ziek 3 | ongeoorloofd 5").
 * Only the unexcused amounts count: sick hours are geoorloofd (art. 11 onder d) and never add to the 16 hours; a
 * week that names a holiday is no lesweek. Lateness columns are left out (their unit, times or minutes, is unknown).
 */
export function verzuimTabel(original: string): WeekHours[] | undefined {
  const lines = original.split(/\r?\n/);
  const weeks: WeekHours[] = [];
  // a head row with a week column and an unexcused column
  for (let h = 0; h < lines.length && !weeks.length; h++) {
    const head = cells(lines[h]!);
    const weekCol = head.length < 2 ? -1 : head.findIndex((c) => WEEK_HEAD.test(c));
    const col = weekCol < 0 ? -1 : head.findIndex((c) => soortVanLabel(c) === 'ongeoorloofd');
    if (col < 0) continue;
    for (const line of lines.slice(h + 1)) {
      const row = cells(line);
      const week = NUMBER.exec(row[weekCol] ?? '');
      const vakantie = row.some((c) => /vakantie/i.test(c));
      if (!week || (row.length !== head.length && !vakantie)) break;
      const uren = NUMBER.exec(row[col] ?? '');
      weeks.push({ week: toNumber(week[1]!), uren: vakantie || !uren ? 0 : toNumber(uren[1]!), vakantie });
    }
  }
  // rows that label their amounts: "week 45: 4 uur ongeoorloofd, 2 uur ziek"
  if (!weeks.length) {
    // Only a row that also names another kind (ziek, te laat) needs this reading; plain series are weekSeries'.
    let mixed = false;
    let last: string | undefined;
    for (const m of original.matchAll(/\bweek\s*(\d{1,2})\b\s*[:|=-]?([^\n;]*?)(?=\bweek\s*\d{1,2}\b|\n|;|$)/gi)) {
      const week = toNumber(m[1]!);
      if (/vakantie/i.test(m[2]!)) {
        weeks.push({ week, uren: 0, vakantie: true });
        continue;
      }
      const parts = m[2]!.split(/\s*(?:[,|/]|\ben\b)\s*/i).filter((p) => NUMBER.test(p));
      let uren = 0;
      const soorten = parts.map(soortVanLabel);
      // "week 2: 3 uur" after "week 1: 5 uur ongeoorloofd": an amount without a label keeps the kind named before it.
      if (parts.length === 1 && !soorten[0]) soorten[0] = last;
      parts.forEach((part, k) => {
        if (soorten[k] && soorten[k] !== 'ongeoorloofd') mixed = true;
        if (soorten[k] === 'ongeoorloofd') uren += toNumber(NUMBER.exec(part)![1]!);
      });
      last = soorten.at(-1) ?? last;
      weeks.push({ week, uren, vakantie: false });
    }
    if (!mixed) return undefined;
  }
  const byWeek = new Map<number, WeekHours>();
  for (const w of weeks) if (!byWeek.has(w.week)) byWeek.set(w.week, w);
  const sorted = [...byWeek.values()].sort((p, q) => p.week - q.week);
  return sorted.filter((w) => !w.vakantie).length >= 2 ? sorted : undefined;
}

export function fillUren(x: SlotSink, a: Analysed, ctx: UrenContext): void {
  const tabel = verzuimTabel(a.original);
  if (tabel) return x.set('ongeoorloofdeUren', seriesUren(tabel, ctx.onderwijssoort), { index: 0, length: a.original.length });
  const series = weekSeries(a.tokens);
  if (series) return x.set('ongeoorloofdeUren', seriesUren(series.value, ctx.onderwijssoort), span(a, series.from, series.to));
  const absence = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && m.item.waarde !== 'onderwerp');
  if (!ctx.excused) {
    const laat = gemistePerKeer(a, ctx.today);
    if (laat) return x.set('ongeoorloofdeUren', Math.round(laat.uren * 100) / 100, span(a, laat.from, laat.to));
    const lijst = absence.length ? lessenLijst(a, ctx.onderwijssoort) : undefined;
    if (lijst) return x.set('ongeoorloofdeUren', Math.round(lijst.uren * 100) / 100, span(a, lijst.from, lijst.to));
  }
  const rates = urenPerEenheid(a, ctx.onderwijssoort);
  let perEenheid = ctx.excused ? undefined : urenUitEenheden(a, rates);
  // Days told as weekdays or a day count elsewhere ("dinsdag en woensdag de hele dag"), with the length of a school day
  // stated ("wij hebben 5 uur en 45 minuten lestijd per dag", "onze schooldagen zijn vijfeneenhalf uur").
  const dag = rates.get('dag');
  const dagen = x.facts.verzuimDagen;
  if (!perEenheid && !ctx.excused && dag && typeof dagen === 'number' && dagen > 0) perEenheid = { uren: dagen * dag.uren, from: dag.at, to: dag.at + 1 };
  if (perEenheid && (absence.length || presenceDenied(a))) {
    // Loose hours added on top of the counted days ("2 dagen van 7 uur en daarnaast nog 3 uur"); the lengths are no hours missed.
    const lengte = new Set([...rates.values()].map((r) => r.at));
    const los = hourMentions(a, absence, ctx.onderwijssoort).filter((m) => !lengte.has(m.from) && (m.to <= perEenheid.from || m.from >= perEenheid.to) && plusBefore(a, m));
    const uren = perEenheid.uren + los.reduce((sum, m) => sum + m.uren, 0);
    return x.set('ongeoorloofdeUren', Math.round(uren * 100) / 100, span(a, perEenheid.from, perEenheid.to));
  }
  // A stated length ("een dag is 6 uur", "dagen van 7 uur") is not hours missed; a rate ("3 uur per dag") is left to the span logic.
  const lengtes = new Set([...rates.values()].filter((r) => r.vorm === 'is' || r.vorm === 'van').map((r) => r.at));
  const mentions = hourMentions(a, absence, ctx.onderwijssoort).filter((m) => !lengtes.has(m.from) && (!clauseOf(a, m.from).negated || norm(a, m.from - 1) !== 'geen'));
  if (!mentions.length) return;
  const base = mentions.find((m) => !ctx.excused || nearUnexcused(a, m));
  if (!base) return;
  let total = base.uren;
  // Hours added on top elsewhere: "en daarnaast nog 6 uur", "ook al 8 lesuren".
  for (const m of mentions) if (m !== base && (plusBefore(a, m) || (base.perWeekdag && m.perWeekdag) || (base.perDag && m.perDag))) total += m.uren;
  if (total > 0) x.set('ongeoorloofdeUren', Math.round(total * 100) / 100, span(a, base.from, base.to));
}

const REACHED = /^(?:bereikt|overschreden|gepasseerd|gehaald|bereikte|overschreed)$/;
const CONDITIONAL = /^(?:als|wanneer|zodra|indien|pas|vanaf|bij|na|boven|tot|voordat|voor)$/;

/**
 * The threshold told as already reached ("de 16 uur was al op 3 november bereikt", "hij had de 16 lesuren eind oktober
 * al overschreden"): the hours reached are the count. A conditional ("als de 16 uur bereikt is") or a statement of the
 * norm says nothing about the case.
 */
export function fillGrensBereikt(x: SlotSink, a: Analysed): void {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const q = quantity(ts, i);
    if (!q || !HOUR_UNITS.has(q.value.unit) || inNormStatement(a, i)) continue;
    const { from, to } = sentenceOf(a, i);
    const clause = clauseOf(a, i);
    const reached = ts.slice(q.to, Math.min(to, q.to + 10)).findIndex((t) => REACHED.test(t.norm));
    if (reached < 0 || CONDITIONAL.test(norm(a, i - 1) ?? '') || ts.slice(Math.max(from, clause.from - 1), i).some((t) => CONDITIONAL.test(t.norm))) continue;
    return x.set('ongeoorloofdeUren', q.value.value, span(a, i, q.to + reached + 1));
  }
}

/** "elke dag", "iedere ochtend", "dagelijks": every school day of the week. */
const ELKE_DAG = /^(?:dag|ochtend|morgen|schooldag|lesdag)$/;
const BINNEN = /^(?:binnen|aanwezig|op|komt|kwam|binnenkomt|binnenkwam|verschijnt|arriveert|aan)$/;
const BEGIN = /^(?:begint|beginnen|begon|begonnen|start|starten|startte|aanvang|begin|eerste)$/;
/** Leaving before the lessons end: "vertrekt om 12.00", "gaat om 13.00 naar huis", "is om 12.00 weg". */
const VERTREK = /^(?:vertrekt|vertrok|vertrekken|vertrokken|weg|huis|verlaat|verliet|verlaten|ophalen|opgehaald|haalt|haalden)$/;
/** The end of the school day: "de les duurt tot 15.00", "eindigt om 15.00" ("is om 15.00 uit": the word after the time). */
const EINDE = /^(?:eindigt|eindigen|eindigde|duurt|duren|einde)$/;
const SENTENCE_END = /^[.?!]$/;

/**
 * Absence told as lateness or leaving early, per occurrence × the occurrences: every school day or named weekday over
 * a span of weeks ("komt de laatste 3 weken elke dag om 9.15 binnen terwijl de les om 8.30 begint", "vertrekt elke
 * vrijdag om 12.00 terwijl de les tot 15.00 duurt, al 4 weken"; at most the window of 4 lesweken), or a count of times
 * ("kwam 6 keer om 9.15 binnen", "is 5 keer te laat gekomen, steeds een kwartier"). Time missed by coming late or
 * leaving early without a valid reason is ongeoorloofd verzuim in clock time (Lpw art. 21a counts it; facts.md §2.5);
 * the count of late arrivals (keerTeLaat) stays a separate fact and is not derived here.
 */
function gemistePerKeer(a: Analysed, today: string): { uren: number; from: number; to: number } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    let perWeek: number | undefined;
    let end = i + 1;
    if (norm(a, i) === 'dagelijks') perWeek = 5;
    else if (/^(?:elke|iedere)$/.test(norm(a, i) ?? '')) {
      if (ELKE_DAG.test(norm(a, i + 1) ?? '')) [perWeek, end] = [5, i + 2];
      else {
        const wd = weekdays(ts, i + 1) ?? (weekday(norm(a, i + 1)) !== undefined ? { value: [weekday(norm(a, i + 1))!], from: i + 1, to: i + 2 } : undefined);
        if (wd) [perWeek, end] = [wd.value.filter((d) => d >= 1 && d <= 5).length, wd.to];
      }
    }
    if (perWeek) {
      const weken = weeksInSentence(a, i);
      const perKeer = weken === undefined ? undefined : gemistPerKeer(a, i);
      if (weken === undefined || perKeer === undefined) continue;
      return { uren: round2(perKeer * perWeek * Math.min(weken, param('melding.vensterLesweken', today))), from: i, to: end };
    }
    // "6 keer om 9.15 binnen", "5 keer te laat, steeds een kwartier", "3 keer om 12.00 naar huis"
    const keer = quantity(ts, i);
    if (keer?.value.unit !== 'keer' || inNormStatement(a, i)) continue;
    const perKeer = gemistPerKeer(a, i);
    if (perKeer !== undefined) return { uren: round2(perKeer * keer.value.value), from: i, to: keer.to };
  }
  return undefined;
}

/** A duration in hours at token k: "20 minuten", "een kwartier", "drie kwartier", "een half uur", "1 uur". */
function duurAt(a: Analysed, k: number): { uren: number; to: number } | undefined {
  if (norm(a, k + 1) === 'kwartier') {
    const n = norm(a, k) === 'een' ? 1 : numberWord(norm(a, k) ?? '');
    if (n) return { uren: n * 0.25, to: k + 2 };
  }
  if (norm(a, k) === 'een' && norm(a, k + 1) === 'half' && norm(a, k + 2) === 'uur') return { uren: 0.5, to: k + 3 };
  const q = quantity(a.tokens, k);
  // "steeds 5 à 10 minuten": a range per time gives no count of hours; the count of times stays.
  if (q?.value.max !== undefined) return undefined;
  if (q?.value.unit === 'minuut') return { uren: q.value.value / 60, to: q.to };
  if (q && HOUR_UNITS.has(q.value.unit) && q.value.value <= 8) return { uren: q.value.value, to: q.to };
  return undefined;
}

/** The bounds of the sentence of token i. */
function sentenceOf(a: Analysed, i: number): { from: number; to: number } {
  const ts = a.tokens;
  let from = i;
  while (from > 0 && !SENTENCE_END.test(ts[from - 1]!.norm)) from--;
  let to = i;
  while (to < ts.length && !SENTENCE_END.test(ts[to]!.norm)) to++;
  return { from, to };
}

/**
 * Hours missed an occurrence, told in the sentence of i: a duration with "te laat" ("20 minuten te laat", "te laat,
 * steeds een kwartier"), arrival against the start ("om 10.15 binnen; school begint om 8.30"), or leaving against the
 * end ("vertrekt om 12.00 terwijl de les tot 15.00 duurt"). The start or end may stand anywhere in the text.
 */
function gemistPerKeer(a: Analysed, i: number): number | undefined {
  const ts = a.tokens;
  const { from, to } = sentenceOf(a, i);
  const late = (k: number) => norm(a, k) === 'te' && norm(a, k + 1) === 'laat';
  for (let k = from; k < to; k++) {
    const d = duurAt(a, k);
    if (!d) continue;
    // "20 minuten te laat"; "te laat …, steeds/telkens/elke keer een kwartier"
    const every = RECURRING.test(norm(a, k - 1) ?? '') || (norm(a, k - 1) === 'keer' && /^(?:elke|iedere|per)$/.test(norm(a, k - 2) ?? ''));
    if (late(d.to) || (every && ts.slice(from, to).some((_, j) => late(from + j)))) return d.uren;
  }
  const clockNear = (test: RegExp, skip: RegExp) => {
    for (let k = from; k < to; k++) {
      if (norm(a, k) !== 'om') continue;
      const c = clock(ts, k + 1);
      const clause = clauseOf(a, k);
      if (c && /[.:]/.test(norm(a, k + 1)!) && !ts.slice(clause.from, clause.to).some((t) => skip.test(t.norm)) && ts.slice(Math.max(from, k - 6), Math.min(to, c.to + 3)).some((t) => test.test(t.norm))) return c.value;
    }
    return undefined;
  };
  // Arrival: "om 10.15 binnen"; start: "begint om 8.30", "om 8.30 begint", anywhere in the text.
  const aankomst = clockNear(BINNEN, BEGIN);
  if (aankomst !== undefined) {
    for (let k = 0; k < ts.length; k++) {
      if (norm(a, k) !== 'om') continue;
      const c = clock(ts, k + 1);
      const clause = clauseOf(a, k);
      if (c && c.value < aankomst && ts.slice(clause.from, clause.to).some((t) => BEGIN.test(t.norm))) return aankomst - c.value;
    }
  }
  // Departure: "om 12.00 weg"; end: "tot 15.00", "eindigt om 15.00", anywhere in the text.
  const vertrek = clockNear(VERTREK, EINDE);
  if (vertrek === undefined) return undefined;
  for (let k = 0; k < ts.length; k++) {
    if (norm(a, k) !== 'om' && norm(a, k) !== 'tot') continue;
    const c = clock(ts, k + 1);
    if (!c || !/[.:]/.test(norm(a, k + 1) ?? '') || c.value <= vertrek) continue;
    const clause = clauseOf(a, k);
    if (norm(a, k) === 'tot' || norm(a, c.to) === 'uit' || ts.slice(clause.from, clause.to).some((t) => EINDE.test(t.norm))) return c.value - vertrek;
  }
  return undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const RECURRING = /^(?:elke|iedere|dagelijks|wekelijks|steeds|telkens|vaak|altijd|regelmatig|meestal)$/;

/**
 * Lessons missed, listed by their place in the day ("di 10/11 het 3e t/m 6e uur, do 12/11 uur 1-4"), summed in the
 * school's unit. When the days are dated, only those within four calendar weeks of one another add up (a lower
 * bound of the window of 4 lesweken, which holidays only lengthen): the heaviest such stretch counts.
 */
function lessenLijst(a: Analysed, soort: Onderwijssoort | undefined): { uren: number; from: number; to: number } | undefined {
  const items: { lessen: number; from: number; to: number; datum?: string }[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const r = lesuurReeks(a.tokens, i);
    if (!r) continue;
    // "elke dag het 1e t/m 4e uur": a recurring range is no list of single days; left to the rate readers.
    if (sentenceHas(a, r.from, (k) => RECURRING.test(norm(a, k) ?? ''))) return undefined;
    // the date told before this range and after the previous one
    let datum: string | undefined;
    for (let k = r.from - 1; k >= Math.max(items.at(-1)?.to ?? 0, r.from - 6); k--) {
      const t = tijdvakAt(a, k, '2100-01-01');
      if (t && t.van === t.tot && t.to <= r.from) {
        datum = t.van;
        break;
      }
    }
    items.push({ lessen: r.value, from: r.from, to: r.to, ...(datum ? { datum } : {}) });
    i = r.to - 1;
  }
  if (!items.length) return undefined;
  const uren = (list: typeof items) => list.reduce((s, it) => s + urenVan({ value: it.lessen, unit: 'lesuur' }, soort, a), 0);
  let best = items;
  if (items.every((it) => it.datum)) {
    best = [];
    for (const first of items) {
      const window = items.filter((it) => it.datum! >= first.datum! && it.datum! < addDays(first.datum!, 28));
      if (uren(window) > uren(best)) best = window;
    }
  }
  return { uren: uren(best), from: items[0]!.from, to: items.at(-1)!.to };
}

/** Words after a count of days that make it no absence: a notice period, a rate, a date in the past or future. */
const DAGEN_NIET_NA = new Set(['per', 'geleden', 'vooraf', 'daarvoor', 'ervoor', 'tevoren', 'verlof', 'vakantieverlof', 'vrij']);
const DAGEN_NIET_VOOR = new Set(['binnen', 'over', 'uiterlijk', 'na', 'hoogstens', 'maximaal', 'max', 'grens', 'dan']);

/**
 * School days of absence (verzuimDagen) from the grammar: "drie dagen", "anderhalve dag", "twee en een halve dag",
 * "vier dagdelen" (half days), "van maandag t/m woensdag", "dinsdag en donderdag", and a weekday every week over a
 * span of weeks ("al drie weken elke maandag en dinsdag": 6 days; at most the window of 4 lesweken). The rules turn
 * days into hours only when every school-day length gives the same answer (melding.minUrenPerSchooldag).
 */
export function fillVerzuimDagen(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.verzuimDagen !== undefined) return;
  const absence = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && m.item.waarde !== 'onderwerp');
  const ts = a.tokens;
  // Presence denied in the clause is absence too: "kwam ma t/m do niet opdagen".
  const denied = (i: number) => a.clauses[ts[i]!.clause]!.negated && ts.some((t) => t.clause === ts[i]!.clause && PRESENCE.has(t.norm));
  if (!absence.length && !presenceDenied(a)) return;
  for (let i = 0; i < ts.length; i++) {
    if (!absenceNear(a, absence, i) && !denied(i)) continue;
    // a weekday every week: "(al drie weken) elke maandag en dinsdag"
    if (/^(?:elke|iedere)$/.test(norm(a, i) ?? '')) {
      const wd = weekdays(ts, i + 1) ?? (weekday(norm(a, i + 1)) !== undefined ? { value: [weekday(norm(a, i + 1))!], from: i + 1, to: i + 2 } : undefined);
      const weken = wd && weeksInSentence(a, i);
      if (wd && weken) return x.set('verzuimDagen', wd.value.length * Math.min(weken, param('melding.vensterLesweken', today)), span(a, i, wd.to));
      continue;
    }
    const wd = weekdays(ts, i);
    if (wd && wd.value.length > 1 && !/^(?:elke|iedere|op)$/.test(norm(a, i - 1) ?? '')) {
      // More single days joined on in the same sentence: "vorige week dinsdag en woensdag en deze week maandag".
      const extra = joinedWeekdays(a, wd.to);
      return x.set('verzuimDagen', wd.value.length + extra.count, span(a, i, extra.to ?? wd.to));
    }
    const q = quantity(ts, i);
    if (!q || (q.value.unit !== 'dag' && q.value.unit !== 'dagdeel')) continue;
    if (DAGEN_NIET_NA.has(norm(a, q.to) ?? '') || norm(a, q.to) === 'van' && norm(a, q.to + 1) === 'tevoren' || DAGEN_NIET_VOOR.has(norm(a, i - 1) ?? '')) continue;
    if (norm(a, i) === 'een' && q.value.unit === 'dag' && norm(a, i + 1) !== 'hele') continue;
    const dagen = q.value.unit === 'dagdeel' ? q.value.value / 2 : q.value.value;
    // "bijna drie dagen" is under three: the lower bound never makes absence look longer
    return x.set('verzuimDagen', q.value.approx === 'bijna' ? Math.max(0, dagen - 0.5) : dagen, span(a, q.from, q.to));
  }
}

/** Presence denied somewhere in the text ("kwam niet opdagen", "niet op school verschenen"): absence without an absence word. */
function presenceDenied(a: Analysed): boolean {
  return a.tokens.some((t) => PRESENCE.has(t.norm) && a.clauses[t.clause]!.negated);
}

/** Words that may stand between joined weekday groups: "en deze week maandag", ", vorige week vrijdag". */
const WEEKDAY_JOINERS = new Set(['en', ',', 'deze', 'vorige', 'afgelopen', 'die', 'week', 'ook', 'nog', 'daarna', 'toen']);

/** Weekdays joined on after a list, within the sentence, none recurring ("elke", "iedere", "op"). */
function joinedWeekdays(a: Analysed, from: number): { count: number; to?: number } {
  let count = 0;
  let to: number | undefined;
  let k = from;
  while (k < a.tokens.length && norm(a, k) !== undefined && WEEKDAY_JOINERS.has(norm(a, k)!)) {
    let j = k;
    while (j < a.tokens.length && WEEKDAY_JOINERS.has(norm(a, j)!)) j++;
    if (j === k || !/^(?:en|,)$/.test(norm(a, k)!)) break;
    const more = weekdays(a.tokens, j) ?? (weekday(norm(a, j)) !== undefined ? { value: [weekday(norm(a, j))!], from: j, to: j + 1 } : undefined);
    if (!more || /^(?:elke|iedere|op)$/.test(norm(a, j - 1) ?? '')) break;
    count += more.value.length;
    to = more.to;
    k = more.to;
  }
  return { count, ...(to !== undefined ? { to } : {}) };
}

/** A span of weeks in the sentence of token i: "al drie weken", "sinds 3 weken", "de afgelopen vier weken". */
function weeksInSentence(a: Analysed, i: number): number | undefined {
  const ts = a.tokens;
  let from = i;
  while (from > 0 && !/^[.?!]$/.test(ts[from - 1]!.norm)) from--;
  for (let k = from; k < ts.length && !/^[.?!]$/.test(ts[k]!.norm); k++) {
    const q = quantity(ts, k);
    if (q && (q.value.unit === 'week' || q.value.unit === 'lesweek')) return q.value.value;
  }
  return undefined;
}

/**
 * Weeks of continuous absence × the hours a week at school, when the text gives them: "16 lesuren per week", or
 * the days at school a week × their length (bbl: "1 lesdag per week van 8 uur"). Only the 4 lesweken of the window count.
 */
export function fillUrenUitWeken(x: SlotSink, a: Analysed, today: string): void {
  const weken = x.facts.aaneengeslotenWekenAfwezig;
  if (x.facts.ongeoorloofdeUren !== undefined || typeof weken !== 'number' || weken <= 0) return;
  const week = urenPerLesweek(a);
  if (!week) return;
  const uren = Math.min(weken, param('melding.vensterLesweken', today)) * week.uren;
  x.set('ongeoorloofdeUren', Math.round(uren * 100) / 100, span(a, week.from, week.to));
}

function urenPerLesweek(a: Analysed): { uren: number; from: number; to: number } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const q = quantity(ts, i);
    if (!q || !perWeek(a, q.to)) continue;
    if (HOUR_UNITS.has(q.value.unit)) return { uren: q.value.value, from: q.from, to: q.to };
    const dag = urenPerEenheid(a).get('dag');
    if (q.value.unit === 'dag' && dag) return { uren: q.value.value * dag.uren, from: q.from, to: q.to };
  }
  return undefined;
}

/** "(naar school) per week", "in de week" at k: what precedes is the timetable, not time missed. */
function perWeek(a: Analysed, k: number): boolean {
  while (k < a.tokens.length && (VULWOORDEN.has(norm(a, k) ?? '') || norm(a, k) === 'naar')) k++;
  return (norm(a, k) === 'per' || norm(a, k) === 'in') && (norm(a, k + 1) === 'week' || (norm(a, k + 1) === 'de' && norm(a, k + 2) === 'week'));
}

function plusBefore(a: Analysed, m: HourMention): boolean {
  return a.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => PLUS.has(t.norm));
}

/** Units of absence that a text can give a length ("een ochtend is 3 uur", "5,5 uur per dag", "telkens 2,5 uur"). */
type Eenheid = 'dag' | 'dagdeel' | 'keer';
const EENHEDEN = new Set<Quantity['unit']>(['dag', 'dagdeel', 'keer']);
const VULWOORDEN = new Set(['les', 'lestijd', 'school', 'onderwijs', 'bij', 'ons', 'hier', 'meestal', 'steeds', 'gewoon']);

/** The hours the text gives one unit of absence, from "X uur (les) per/elke <eenheid>", "een <eenheid> is X uur", "telkens X uur". */
type Lengte = { uren: number; at: number; vorm: 'per' | 'is' | 'telkens' | 'van' };

function urenPerEenheid(a: Analysed, soort?: Onderwijssoort): Map<Eenheid, Lengte> {
  const ts = a.tokens;
  const rates = new Map<Eenheid, Lengte>();
  for (let i = 0; i < ts.length; i++) {
    const q0 = quantity(ts, i);
    if (!q0 || !HOUR_UNITS.has(q0.value.unit)) continue;
    // "7 lessen per dag" with lessons of 70 minutes is more than 7 hours: the length in the school's unit.
    const q = { ...q0, value: { ...q0.value, value: urenVan(q0.value, soort, a) } };
    let k = q.to;
    while (VULWOORDEN.has(norm(a, k) ?? '') && k < q.to + 3) k++;
    const per = norm(a, k);
    const u = per === 'per' || per === 'elke' || per === 'iedere' ? quantityUnitAt(a, k + 1) : undefined;
    if (u) rates.set(u, { uren: q.value.value, at: i, vorm: 'per' });
    // "een ochtend is (bij ons) 3 uur", "onze schooldagen zijn vijfeneenhalf uur", "een lesdag bij ons duurt 6 uur":
    // look back over fillers to "<eenheid> (fillers) is/zijn/duurt/duren"
    let b = i - 1;
    while (b > i - 4 && VULWOORDEN.has(norm(a, b) ?? '')) b--;
    if (/^(?:is|zijn|duurt|duren)$/.test(norm(a, b) ?? '')) {
      let k = b - 1;
      while (k > b - 4 && VULWOORDEN.has(norm(a, k) ?? '')) k--;
      const v = quantityUnitAt(a, k, norm(a, b) === 'zijn' || norm(a, b) === 'duren');
      if (v && v !== 'keer') rates.set(v, { uren: q.value.value, at: i, vorm: 'is' });
    }
    // "(2 hele) schooldagen van 7 uur", "ochtenden van 4 lesuren", "1 lesdag per week van 8 uur": the unit's own length
    if (norm(a, i - 1) === 'van') {
      const filler = (k: number) => VULWOORDEN.has(norm(a, k) ?? '') || norm(a, k) === 'naar';
      let k = i - 2;
      while (k > i - 5 && filler(k)) k--;
      if (norm(a, k) === 'week' && norm(a, k - 1) === 'per') k -= 2;
      while (k > i - 9 && filler(k)) k--;
      const v = quantityUnitAt(a, k, true);
      if (v && v !== 'keer') rates.set(v, { uren: q.value.value, at: i, vorm: 'van' });
    }
    const voor = norm(a, i - 1);
    if (voor === 'telkens' || voor === 'steeds' || ((voor === 'keer' || voor === 'x') && /^(?:elke|iedere)$/.test(norm(a, i - 2) ?? ''))) rates.set(countedBefore(a, i) ?? 'keer', { uren: q.value.value, at: i, vorm: 'telkens' });
  }
  if (!rates.has('dag')) {
    const dag = roosterDag(a, soort);
    if (dag) rates.set('dag', dag);
  }
  return rates;
}

/** A school day named as the unit of a timetable: "per dag", "elke dag", "op een (school)dag", "een schooldag heeft". */
const DAG_REF = /^(?:dag|schooldag|lesdag)$/;
const DAG_BEFORE = /^(?:per|elke|iedere|een|die)$/;

/**
 * The length of a school day told as the timetable in a clause of its own, with no absence in it: "hij heeft 7 lessen
 * per dag", "bij ons heeft een schooldag 8 lesuren", "per dag volgt hij 7 lesuren", "wij hebben 8 lesuren op een dag",
 * "een schooldag duurt van 8.30 tot 14.30" (the school's own day, in clock time).
 */
function roosterDag(a: Analysed, soort?: Onderwijssoort): Lengte | undefined {
  const absence = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && m.item.waarde !== 'onderwerp');
  for (const c of a.clauses) {
    const inClause = (k: number) => k >= c.from && k < c.to;
    if (absence.some((m) => inClause(m.from)) || a.tokens.slice(c.from, c.to).some((t, k) => t.norm === 'laat' && norm(a, c.from + k - 1) === 'te')) continue;
    let dag = false;
    for (let k = c.from; k < c.to; k++) if (DAG_REF.test(norm(a, k) ?? '') && DAG_BEFORE.test(norm(a, k - 1) ?? '')) dag = true;
    if (!dag) continue;
    for (let k = c.from; k < c.to; k++) {
      const q = quantity(a.tokens, k);
      if (q && HOUR_UNITS.has(q.value.unit) && q.to <= c.to) return { uren: urenVan(q.value, soort, a), at: k, vorm: 'is' };
      const cs = /^(?:duurt|is|loopt)$/.test(norm(a, k) ?? '') ? spanAfterCount(a, k + 1) : undefined;
      if (cs && cs.to <= c.to) return { uren: cs.value, at: k, vorm: 'is' };
    }
  }
  return undefined;
}

/** The unit of the nearest count of days, day parts or times before i in its sentence ("vier middagen …, telkens"). */
function countedBefore(a: Analysed, i: number): Eenheid | undefined {
  for (let k = i - 2; k >= Math.max(0, i - 12) && !/^[.?!]$/.test(norm(a, k) ?? ''); k--) {
    const u = quantity(a.tokens, k)?.value.unit;
    if (u === 'dag' || u === 'dagdeel' || u === 'keer') return u;
  }
  return undefined;
}

function quantityUnitAt(a: Analysed, k: number, plural = false): Eenheid | undefined {
  const w = norm(a, k) ?? '';
  if (plural ? /^(?:dag|schooldag|lesdag)(?:en)?$/.test(w) : /^(?:dag|schooldag|lesdag)$/.test(w)) return 'dag';
  if (plural ? /^(?:ochtend|middag|morgen|dagdeel|ochtenden|middagen|dagdelen)$/.test(w) : /^(?:ochtend|middag|morgen|dagdeel)$/.test(w)) return 'dagdeel';
  if (w === 'keer') return 'keer';
  return undefined;
}

/**
 * Counts of absence × the length the text gives them: "twee hele dagen (5,5 uur les per dag) en twee keer na de
 * middagpauze, telkens 2,5 uur" = 2 × 5,5 + 2 × 2,5. Only units whose length the text states are counted.
 */
function urenUitEenheden(a: Analysed, rates: Map<Eenheid, Lengte>): { uren: number; from: number; to: number } | undefined {
  if (!rates.size) return undefined;
  let uren = 0;
  let from = Infinity;
  let to = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const q = quantity(a.tokens, i);
    if (!q || !EENHEDEN.has(q.value.unit) || perWeek(a, q.to)) continue;
    const rate = rates.get(q.value.unit as Eenheid);
    // "op een dag", "per dag": the unit a length is given in, not a count of absence
    if (!rate || (rate.at >= q.from && rate.at < q.to + 4 && q.value.value === 1) || /^(?:op|in|per|elke|iedere)$/.test(norm(a, q.from - 1) ?? '')) continue;
    uren += q.value.value * rate.uren;
    from = Math.min(from, q.from);
    to = Math.max(to, q.to);
    i = q.to - 1;
  }
  return uren > 0 ? { uren, from, to } : undefined;
}

function nearUnexcused(a: Analysed, m: HourMention): boolean {
  for (let k = Math.max(0, m.from - 8); k < Math.min(a.tokens.length, m.to + 12); k++) {
    const w = a.tokens[k]!.norm;
    if (UNEXCUSED.has(w) || (w === 'zonder' && /^(?:geldige|reden)$/.test(norm(a, k + 1) ?? ''))) return true;
  }
  return false;
}

// ---------- counts of sick reports ----------

/** "voor de derde keer ziekgemeld", "4 ziekmeldingen": sick reports; only within 12 weeks or an unstated period. */
export function fillZiekmeldingen(x: SlotSink, a: Analysed): void {
  const ts = a.tokens;
  if (!ts.some((t) => t.norm.startsWith('ziek'))) return;
  for (let i = 0; i < ts.length; i++) {
    let n: number | undefined;
    let to = i;
    const o = ordinalTimes(ts, i);
    if (o && /^ziek/.test(norm(a, o.to) ?? '') ) {
      n = o.value;
      to = o.to + 1;
    } else if (ordinalTimesBeforeZiekmelding(ts, i)) {
      n = ordinalTimesBeforeZiekmelding(ts, i);
      to = i + 2;
    } else {
      const q = quantity(ts, i);
      const num = q?.value.unit === 'keer' ? q.value.value : numberWord(ts[i]!.norm);
      const at = q?.value.unit === 'keer' ? q.to : i + 1;
      if (num !== undefined && ts[i]!.norm !== 'een' && /^(?:ziekgemeld|ziekmeldingen)$/.test(norm(a, at) ?? '')) {
        n = num;
        to = at + 1;
      } else if (num !== undefined && q?.value.unit === 'keer' && norm(a, at) === 'ziek' && norm(a, at + 1) === 'gemeld') {
        n = num;
        to = at + 2;
      }
    }
    if (n === undefined) continue;
    const weken = weeksAfter(a, to);
    if (weken === undefined || weken === 12) x.set('ziekmeldingenIn12Weken', n, span(a, i, to));
    return;
  }
}

function ordinalTimesBeforeZiekmelding(ts: Token[], i: number): number | undefined {
  // "de 3e ziekmelding", "de vierde ziekmelding"
  const w = ts[i]?.norm ?? '';
  const n = /^(?:eerste|tweede|derde|vierde|vijfde|zesde)$/.test(w) ? ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde'].indexOf(w) + 1 : /^(\d)(?:e|ste|de)$/.exec(w) ? Number(w[0]) : undefined;
  return n !== undefined && ts[i + 1]?.norm === 'ziekmelding' ? n : undefined;
}

/** The number of weeks stated right after a count ("binnen 12 schoolweken"). */
function weeksAfter(a: Analysed, i: number): number | undefined {
  for (let k = i; k < Math.min(a.tokens.length, i + 8); k++) {
    if (/[.?!]/.test(a.tokens[k]!.norm)) return undefined;
    const q = quantity(a.tokens, k);
    if (q && (q.value.unit === 'week' || q.value.unit === 'lesweek')) return q.value.value;
  }
  return undefined;
}


// ---------- occasions, feast days, occupations ----------

export interface Found {
  value: string;
  at: { index: number; length: number };
}

/**
 * The occasion behind a leave request (omstandigheid), from the occasions vocabulary: the entry listed first wins
 * (a life-threatening illness before a death before a wedding…). An important family event the list does not
 * name falls back to "anders", which the directeur judges. A negated occasion ("geen vakantie") says nothing.
 */
export function omstandigheid(a: Analysed): Found | undefined {
  const items = vocabulary().files.omstandigheden.items;
  // Illness is a gewichtige omstandigheid only as a relative's (art. 14); the pupil's own illness is art. 11 onder d.
  const relative = relatives(a).length > 0 || a.tokens.some((t) => /^(?:familie|familielid|familieleden)$/.test(t.norm));
  let best: Match | undefined;
  for (const m of matches(a, 'omstandigheden')) {
    // A compound's head names the occasion ("voetbaltoernooi", "danswedstrijd"); "zomervakantie" names a time.
    if (m.part === 'modifier' || (m.part === 'head' && m.item.waarde === 'vakantie') || norm(a, m.from - 1) === 'geen' || norm(a, m.from - 1) === 'zonder') continue;
    if (ILLNESS.has(String(m.item.waarde)) && !relative) continue;
    if (!best || items.indexOf(m.item) < items.indexOf(best.item)) best = m;
  }
  // A relative lost ("zijn moeder verloren") is a death, unless a graver occasion is named.
  const loss = lossAt(a);
  const death = items.findIndex((i) => i.waarde === 'overlijden');
  if (loss >= 0 && (!best || items.indexOf(best.item) > death)) return { value: 'overlijden', at: span(a, loss, loss + 1) };
  if (!best || best.item.waarde === 'vakantie') {
    // "twee weken meehelpt op de boerderij tijdens de oogst", "werkt mee in de zaak": helping in the family business.
    const help = a.tokens.findIndex((t, k) => HELP.test(t.norm) && a.tokens.some((u) => u.clause === t.clause && BUSINESS.test(u.norm)) && !NEGATOR_BEFORE.has(norm(a, k - 1) ?? ''));
    if (help >= 0) return { value: 'familiebedrijf', at: span(a, help, help + 1) };
    // "de kerstvakantie een week verlengen", "de zomervakantie langer maken": leaving early or coming back late.
    const holiday = a.tokens.findIndex((t, k) => /vakantie$/.test(t.norm) && a.tokens.some((u, j) => j > k && u.clause === t.clause && EXTEND.test(u.norm)));
    if (holiday >= 0) return { value: 'eerder-vertrek', at: span(a, holiday, holiday + 1) };
    // "om familie in Marokko te bezoeken", "opa en oma opzoeken": a visit, with no serious event behind it.
    const visit = a.tokens.findIndex((t, k) => VISIT.test(t.norm) && !NEGATOR_BEFORE.has(norm(a, k - 1) ?? '') && a.tokens.some((u, j) => u.clause === t.clause && (/^(?:familie|familieleden)$/.test(u.norm) || relatives(a).some((r) => r.from === j))));
    if (visit >= 0) return { value: 'familiebezoek', at: span(a, visit, visit + 1) };
  }
  return best && { value: String(best.item.waarde), at: span(a, best.from, best.to) };
}

const ILLNESS = new Set(['ernstige-ziekte', 'levensbedreigende-ziekte']);
const VISIT = /^(?:bezoeken|bezoekt|bezocht|opzoeken|zoeken|opgezocht|langsgaan|langs|bezoek)$/;

/** Family roles (degree 1–4) in the text; degree 0 (friend, neighbour, colleague) is no relative. */
function relatives(a: Analysed): Match[] {
  return matches(a, 'familie').filter((m) => m.part !== 'modifier' && Number(m.item.waarde) > 0);
}
const HELP = /^(?:helpen|helpt|hielp|meehelpen|meehelpt|meewerken|meewerkt|bijspringen|bijspringt)$/;
const BUSINESS = /^(?:zaak|bedrijf|\w+bedrijf|boerderij|oogst|oogsten|winkel|restaurant|camping|kraam|marktkraam|kwekerij|bakkerij|snackbar|hotel|strandtent)$/;

/** Two cues of verzuimreden.yaml in one clause: the first's span. */
function samenInZinsdeel(a: Analysed, eerste: string, tweede: string): Found | undefined {
  const ms = matches(a, 'verzuimreden').filter((m) => m.part !== 'modifier');
  const m = ms.find((e) => e.item.waarde === eerste && ms.some((t) => t.item.waarde === tweede && a.tokens[t.from]!.clause === a.tokens[e.from]!.clause));
  return m && { value: eerste, at: span(a, m.from, m.to) };
}

/**
 * Transport that failed ("de schoolbus reed niet", "auto was kapot", "geen vervoer"): no ground of art. 11 Lpw, so
 * the absence is unexcused however understandable.
 */
export function vervoerUitgevallen(a: Analysed): Found | undefined {
  return samenInZinsdeel(a, 'vervoer', 'uitval');
}

/** A medical appointment in school time (tandarts, orthodontist): no illness, excused only when notified beforehand. */
export function medischeAfspraak(a: Analysed): Found | undefined {
  const m = matches(a, 'verzuimreden').find((e) => e.item.waarde === 'medische-afspraak' && e.part !== 'modifier' && !NEGATOR_BEFORE.has(norm(a, e.from - 1) ?? ''));
  return m && { value: 'medische-afspraak', at: span(a, m.from, m.to) };
}

/**
 * The absence was notified only afterwards, the same day or the evening before ("liet het pas achteraf weten",
 * "belde gisteravond"), or not at all ("zonder dat iemand het gemeld had"): too late for art. 13 (two days before)
 * and for a school's rule that appointments are notified beforehand.
 */
export function laatOfNietGemeld(a: Analysed): Found | undefined {
  const niet = matches(a, 'verzuimreden').find((m) => m.item.waarde === 'niet-gemeld');
  if (niet) return { value: 'niet-gemeld', at: span(a, niet.from, niet.to) };
  return samenInZinsdeel(a, 'laat-gemeld', 'kennisgeving');
}

/** A feast used to say when ("tot kerst", "na Pasen", "rond het Suikerfeest") marks a time, not a religious duty. */
const TIJDSAANDUIDING = new Set(['tot', 'na', 'sinds', 'vanaf', 'rond', 'tussen', 'richting', 'ruim']);
/** Units before "voor" that make a feast the time of something else: "de week voor Pasen", "twee dagen voor kerst". */
const TIJD_VOOR = /^(?:dag|dagen|week|weken|weekend|avond|ochtend|middag|maandag|dinsdag|woensdag|donderdag|vrijdag|vlak|kort|net|direct|pal|schooldag|schooldagen|lesdag|lesdagen)$/;

/** The feast at `from` names a time ("na het Offerfeest", "de week voor Pasen"), not the occasion itself. */
function alsTijd(a: Analysed, from: number): boolean {
  const k = norm(a, from - 1) === 'het' || norm(a, from - 1) === 'de' ? from - 2 : from - 1;
  const vorige = norm(a, k) ?? '';
  return TIJDSAANDUIDING.has(vorige) || ((vorige === 'voor' || vorige === 'voorafgaand') && TIJD_VOOR.test(norm(a, k - 1) ?? ''));
}

/**
 * A feast day or duty that is a religious duty (art. 13 Lpw); carnaval, Koningsdag, Sinterklaas are not. With
 * `ookAlsTijd` also a feast named as a time ("na het Offerfeest nog 4 dagen weg": extra days around a feast).
 */
export function religieusePlicht(a: Analysed, ookAlsTijd = false): Found | undefined {
  const feasts = matches(a, 'feestdagen').filter((f) => f.part !== 'modifier' && (ookAlsTijd || !alsTijd(a, f.from)));
  const m = feasts.find((f) => f.item.plicht === true);
  // "Sinterklaas, is dat een religieuze plicht?": the generic words ask about the named feast, which is none.
  if (m?.item.waarde === 'religieuze-plicht' && feasts.some((f) => f.item.plicht === false)) return undefined;
  return m && { value: String(m.item.waarde), at: span(a, m.from, m.to) };
}

const OWNS = new Set(['hebben', 'heeft', 'runnen', 'runt', 'met', 'eigen', 'exploiteren', 'exploiteert', 'beheren', 'beheert', 'werken', 'werkt']);

/**
 * An occupation tied to the season (art. 13a Lpw): camping, bulbs, fair, seaside catering, farming. A business
 * ("camping", "hotel") counts only when the family has or runs it: staying at one is a holiday.
 */
/** A trip abroad ("12 dagen naar Curaçao"): a holiday, whatever place is named first. */
export function reisBuitenland(a: Analysed): boolean {
  return matches(a, 'plaatsen').some((m) => m.part !== 'modifier' && m.item.waarde === 'buitenland' && !a.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => t.norm === 'niet' || t.norm === 'geen'));
}

export function seizoensberoep(a: Analysed): Found | undefined {
  for (const m of matches(a, 'beroepen')) {
    if (m.item.bezit === true) {
      const before = a.tokens.slice(Math.max(0, m.from - 4), m.from).map((t) => t.norm);
      if (!before.some((w) => OWNS.has(w))) continue;
    }
    return { value: String(m.item.waarde), at: span(a, m.from, m.to) };
  }
  return undefined;
}

// ---------- facts that rule a leave out ----------

const NAMED_HOLIDAY = /^(?:kerst|herfst|mei|voorjaars|krokus|winter|paas|zomer|school)?vakantie(?:s)?$/;
const AWAY = /^(?:weg|vakantie|reizen|reis|vrij)$/;
const POSSIBLE = new Set(['wel', 'gewoon', 'prima', 'altijd', 'best', 'ook']);
const MODAL = /^(?:kunnen|kan|kon|konden|gaan|gaat|gingen|ging)$/;
/** A season or quiet period: each holds at least one school holiday ("in de winter", "buiten het seizoen"). */
const SEASON = /^(?:winter|wintermaanden|winterperiode|zomer|zomermaanden|herfst|voorjaar|lente|kerst|kerstperiode|kersttijd|laagseizoen|najaar)$/;
/** The business is closed or quiet then ("zijn we dicht", "gaat de zaak dicht", "ligt het werk stil"). */
const CLOSED = new Set(['dicht', 'gesloten', 'sluiten', 'sluit', 'stil', 'stilliggen', 'dichtgaan']);

/**
 * Art. 13a: the family can go away together in a school holiday after all ("in de kerstvakantie kunnen ze wel weg",
 * "in de zomer niet, maar in de meivakantie wel"). A clause with a school holiday, a modal of going, a word of
 * possibility and no negation; an elided clause ("maar in de meivakantie wel") borrows the verb of the negated
 * clause before it. A business closed in a holiday or season counts the same.
 */
export function fillAndereVakantie(x: SlotSink, a: Analysed): void {
  for (const c of a.clauses) {
    if (c.negated) continue;
    const ts = a.tokens.slice(c.from, c.to);
    // A business closed in a school holiday or in a season that holds one ("in de winter zijn we dicht"): the family
    // can go away then, so art. 13a's test (no holiday possible in any school holiday) is not met.
    const when = ts.findIndex((t) => NAMED_HOLIDAY.test(t.norm) || SEASON.test(t.norm));
    // The school being closed in its holidays says nothing about the parent's work.
    if (when >= 0 && ts.some((t) => CLOSED.has(t.norm)) && !ts.some((t) => /school$/.test(t.norm))) return x.set('geenVakantieMogelijk', false, span(a, c.from + when, c.to));
    const hol = ts.findIndex((t) => NAMED_HOLIDAY.test(t.norm));
    if (hol < 0 || !ts.some((t) => POSSIBLE.has(t.norm))) continue;
    const away = ts.some((t, k) => k !== hol && AWAY.test(t.norm)) && ts.some((t) => MODAL.test(t.norm));
    const prev = a.clauses[a.tokens[c.from]!.clause - 1];
    const elided = !away && ts.some((t) => t.norm === 'wel') && prev?.negated === true && a.tokens.slice(prev.from, prev.to).some((t) => AWAY.test(t.norm));
    if (away || elided) return x.set('geenVakantieMogelijk', false, span(a, c.from + hol, c.to));
  }
}

const OUTSIDE_HOURS = /^(?:na|buiten)$/;
const HOURS = /^(?:schooltijd|schooltijden|lestijd|lesuren|lestijden|school|de lessen|schooluren)$/;

/** An appointment that can also be made outside school hours ("kan ook na schooltijd") or cannot ("niet buiten schooltijd"). */
export function fillBuitenLestijd(x: SlotSink, a: Analysed): void {
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    if (!OUTSIDE_HOURS.test(a.tokens[i]!.norm) || !HOURS.test(norm(a, i + 1) === 'de' ? `de ${norm(a, i + 2)}` : (norm(a, i + 1) ?? ''))) continue;
    const c = clauseOf(a, i);
    const ts = a.tokens.slice(c.from, c.to);
    if (c.negated) return x.set('buitenLestijdMogelijk', false, span(a, i, i + 2));
    if (ts.some((t) => /^(?:kan|kunnen|mogelijk|kon|prima|ook)$/.test(t.norm))) return x.set('buitenLestijdMogelijk', true, span(a, i, i + 2));
  }
}

// ---------- enrolment ----------

const COPULA = new Set(['staat', 'is', 'stond', 'was', 'zijn', 'staan', 'stonden', 'waren', 'werd', 'wordt']);
const NEGATOR_BEFORE = new Set(['niet', 'nergens', 'nooit', 'geen']);

/**
 * Enrolled or not (absoluut verzuim, Lpw art. 2): "staat (nergens|niet meer) ingeschreven", "is uitgeschreven",
 * "not enrolled" → false; "staat (wel) ingeschreven" → true. The negation is read in the clause of the verb.
 */
export function fillIngeschreven(x: SlotSink, a: Analysed): void {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.norm;
    if (w !== 'ingeschreven' && w !== 'uitgeschreven' && w !== 'enrolled' && w !== 'aangemeld') continue;
    const c = clauseOf(a, i);
    // The negation may stand well before the participle: "is nog niet op een nieuwe school ingeschreven".
    const before = ts.slice(Math.max(c.from, i - 7), i).map((t) => t.norm);
    // "niet op een Nederlandse school ingeschreven" says where the pupil is not enrolled, not that it is nowhere.
    const negated = before.some((b) => NEGATOR_BEFORE.has(b) || b === 'not' || b === "isn't") && !before.some((b) => b === 'nederlandse' || b === 'andere');
    if (w === 'uitgeschreven') {
      if (!negated && before.some((b) => COPULA.has(b) || b === 'heeft' || b === 'hebben' || b === 'al')) return x.set('ingeschreven', false, span(a, i - 1, i + 1));
      continue;
    }
    // "niet aangemeld bij een (nieuwe) school" is enrolment never made; a plain "aangemeld" is no enrolment yet.
    if (w === 'aangemeld') {
      const school = ts.slice(Math.max(c.from, i - 7), Math.min(c.to, i + 6)).some((t) => /school$|^(?:mbo|roc|opleiding)$/.test(t.norm));
      if (negated && (school || before.includes('nergens'))) return x.set('ingeschreven', false, span(a, Math.max(c.from, i - 3), i + 1));
      continue;
    }
    if (negated) return x.set('ingeschreven', false, span(a, Math.max(c.from, i - 3), i + 1));
    // "is ingeschreven" only as a statement, not in a question about it ("is hij ingeschreven?").
    const question = ts.slice(i, c.to).some((t) => t.norm === '?');
    if (!question && before.slice(-3).some((b) => COPULA.has(b))) return x.set('ingeschreven', true, span(a, i - 1, i + 1));
  }
  for (let i = 0; i + 2 < ts.length; i++) {
    // "has no school (yet)", "heeft geen school", "zit op geen enkele school"
    if (/^(?:has|have|had)$/.test(ts[i]!.norm) && ts[i + 1]!.norm === 'no' && ts[i + 2]!.norm === 'school') return x.set('ingeschreven', false, span(a, i, i + 3));
    if (/^(?:heeft|hebben|had)$/.test(ts[i]!.norm) && ts[i + 1]!.norm === 'geen' && ts[i + 2]!.norm === 'school') return x.set('ingeschreven', false, span(a, i, i + 3));
    if (ts[i]!.norm === 'geen' && ts[i + 1]!.norm === 'enkele' && /school$/.test(ts[i + 2]!.norm)) return x.set('ingeschreven', false, span(a, i, i + 3));
    if (ts[i]!.norm === 'geen' && ts[i + 1]!.norm === 'inschrijving') return x.set('ingeschreven', false, span(a, i, i + 2));
  }
}

// ---------- weeks absent ----------

/** Being there: denied ("niet meer verschenen", "komt niet op zijn werk") it is absence. */
const PRESENCE = new Set([
  'school', 'verschenen', 'gekomen', 'komt', 'komen', 'kwam', 'geweest', 'gezien', 'aanwezig', 'les', 'werk', 'stage', 'stageadres', 'stageplek', 'leerbedrijf', 'bpv', 'opgedaagd',
  'opdagen', 'verschijnt', 'verscheen', 'lessen', 'opleiding', 'colleges', 'onderwijs', 'klas',
]);
const NEGATION = new Set(['niet', 'nooit', 'geen']);
const WEEKS_BLOCK = new Set(['in', 'binnen', 'afgelopen', 'laatste', 'over', 'per', 'geen']);

/**
 * Uninterrupted weeks absent without a valid reason: "al 5 weken niet op school", "sinds 3 weken thuis", "een
 * maand afwezig" (a month counts as 4 weeks, a lower bound). A period the count falls in ("in 4 weken") or a
 * date ("3 weken geleden") is no absence.
 */
const WEEKDAG_DEEL = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:ochtend|middag|morgen)?(?:en|s)?$/;

/**
 * Hours a week of a fixed weekly absence (art. 11a: a child under 6 kept home on a set morning): "elke woensdagochtend
 * thuis, dat is bij ons 3 uur en 45 minuten" — the first duration in the same sentence as the weekly day.
 */
export function fillUrenPerWeekdag(x: SlotSink, a: Analysed): void {
  if (x.facts.urenPerWeek !== undefined) return;
  const ts = a.tokens;
  for (let i = 0; i < ts.length - 1; i++) {
    if (!/^(?:elke|iedere|op|alle)$/.test(ts[i]!.norm) || !WEEKDAG_DEEL.test(ts[i + 1]!.norm)) continue;
    for (let k = i + 2; k < Math.min(ts.length, i + 30); k++) {
      // The length may follow in the next sentence when it points back: "… elke vrijdag thuis houden? Dat is 5,5 uur."
      if (/^[.?!]$/.test(ts[k]!.norm) && !(/^(?:dat|dit)$/.test(norm(a, k + 1) ?? '') && /^(?:is|zijn|duurt|scheelt)$/.test(norm(a, k + 2) ?? ''))) break;
      const q = quantity(ts, k);
      if (q && HOUR_UNITS.has(q.value.unit)) return x.set('urenPerWeek', Math.round(q.value.value * 100) / 100, span(a, i, q.to));
    }
  }
}

/** Parts of a school week a child is kept home: "ochtenden", "middagen", "dagen", "keer". */
const WEEKDEEL = /^(?:ochtenden|middagen|morgens|dagdelen|dagen|keer|maal)$/;
/** "elke middag", "per ochtend", "iedere keer": the hours that follow are those of one part. */
const PER_DEEL = /^(?:elke|iedere|per)$/;
const EEN_DEEL = /^(?:ochtend|middag|morgen|dagdeel|dag|keer)$/;

/**
 * The hours a week of an art. 11a arrangement told in parts and summed: "vrijdagmiddag (4 uur) en donderdagochtend
 * (4 uur)", "elke woensdagmiddag, dat is 3 uur. Ook de vrijdagmiddag, dat is 3 uur", "twee ochtenden van 3,5 uur",
 * "drie middagen per week, elke middag 2 uur", "2 keer 5,5 uur". Every duration of hours counts once, times the
 * number of parts it is the length of; hours per day or per week of the school itself are not parts.
 * undefined unless there are two or more parts (one duration is read by the simpler slots).
 */
export function urenPerWeekDelen(a: Analysed): { uren: number; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  let uren = 0;
  let delen = 0;
  let from = -1;
  let to = -1;
  for (let i = 0; i < ts.length; i++) {
    const q = quantity(ts, i);
    if (!q || !HOUR_UNITS.has(q.value.unit)) continue;
    let n = 1;
    const before = norm(a, i - 1) ?? '';
    const count = (k: number) => numberWord(norm(a, k) ?? '');
    if (before === 'van' && WEEKDEEL.test(norm(a, i - 2) ?? '') && count(i - 3)) n = count(i - 3)!;
    else if (/^(?:keer|maal|x)$/.test(before) && count(i - 2)) n = count(i - 2)!;
    else if (EEN_DEEL.test(before) && PER_DEEL.test(norm(a, i - 2) ?? '')) {
      // "drie middagen per week, elke middag 2 uur": the count of parts earlier in the sentence
      for (let k = i - 3; k > 0 && !/^[.?!]$/.test(ts[k]!.norm); k--) {
        if (WEEKDEEL.test(ts[k]!.norm) && count(k - 1)) {
          n = count(k - 1)!;
          break;
        }
      }
    }
    // A total or a rate ("22 uur per week", "5,5 uur per dag") is not a part of the absence; "twee ochtenden van
    // 3,5 uur per week" is the length of a counted part.
    if (n === 1 && (norm(a, q.to) === 'per' || (norm(a, q.to) === 'in' && norm(a, q.to + 1) === 'de'))) {
      i = q.to - 1;
      continue;
    }
    uren += q.value.value * n;
    delen += n;
    if (from < 0) from = i;
    to = q.to;
    i = q.to - 1;
  }
  return delen >= 2 ? { uren: Math.round(uren * 100) / 100, at: span(a, from, to) } : undefined;
}

const REGIO_KALENDERS = ['noord', 'midden', 'zuid'] as const;
const PERIODE_MAAT = new Set<Quantity['unit']>(['uur', 'lesuur', 'klokuur', 'keer', 'dag', 'dagdeel']);
const START_CUES = new Set(['sinds', 'vanaf', 'since']);
/** "voor het laatst (op school) op 5 november", "de laatste keer dat hij kwam was 5 november": absent from the day after ("de laatste schooldag voor de vakantie" is no such cue). */
const LAST_SEEN = (a: Analysed, i: number) => (norm(a, i) === 'laatst' && norm(a, i - 1) === 'het' && norm(a, i - 2) === 'voor') || (norm(a, i) === 'laatste' && norm(a, i + 1) === 'keer' && /^(?:dat|die)$/.test(norm(a, i + 2) ?? ''));

/** A start told after "sinds"/"vanaf" at token i: any point in time the grammar reads, or a bare weekday. */
interface Start {
  tijdvak: Tijdvak;
  /** "voor het laatst … op": the pupil was there that day, so the absence itself is told. */
  laatstGezien: boolean;
  /** The absence starts the day after the interval (a holiday, a day last seen). */
  erna: boolean;
  at: { index: number; length: number };
  /** Character span of the sentence the start stands in. */
  zin: { from: number; to: number };
  /** Token index of the cue ("sinds", "voor het laatst"). */
  cue: number;
}

function startsOf(a: Analysed, today: string): Start[] {
  const out: Start[] = [];
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const cue = START_CUES.has(ts[i]!.norm);
    const lastSeen = !cue && LAST_SEEN(a, i);
    if (!cue && !lastSeen) continue;
    // After "voor het laatst" the day may come a few words on ("voor het laatst op school op 5 november").
    let tv: Tijdvak | undefined;
    for (let k = i + 1; k <= i + (lastSeen ? 10 : 1) && !tv && k < ts.length && !/^[.?!]$/.test(ts[k]!.norm); k++) tv = tijdvakAt(a, k, today) ?? (cue ? bareWeekday(a, k, today) : undefined);
    if (!tv || tv.van > today) continue;
    const zin = sentenceAround(a.norm, ts[i]!.start, ts[tv.to - 1]!.end);
    out.push({ tijdvak: tv, laatstGezien: lastSeen, erna: lastSeen || tv.vakantie !== undefined, at: span(a, lastSeen ? tv.from : i, tv.to), zin, cue: i });
  }
  return out;
}

/** First days of the absence in one region: the earliest and the latest the words allow. */
function startDays(s: Start, r: (typeof REGIO_KALENDERS)[number]): [string, string] {
  const v = s.tijdvak.vakantie?.[r] ?? s.tijdvak;
  return s.erna ? [addDays(v.tot, 1), addDays(v.tot, 1)] : [v.van, v.tot];
}

/**
 * Whole weeks of absence from `start` up to today: the school days from the start up to yesterday (today may not be
 * over) in fives, so holidays do not count and a week that began mid-week is complete only five school days on.
 */
function lesweekenSinds(k: Kalender, start: string, today: string): number {
  let n = 0;
  for (let d = start; d < today; d = addDays(d, 1)) if (isSchoolDay(k, d)) n++;
  return Math.floor(n / 5);
}

/** Lowest and highest value of `count` over every region and both ends of the start interval. */
function overStarts(s: Start, count: (k: Kalender, start: string) => number): { lo: number; hi: number } {
  const all = REGIO_KALENDERS.flatMap((r) => {
    const k = regionCalendar(r);
    return startDays(s, r).map((d) => count(k, d));
  });
  return { lo: Math.min(...all), hi: Math.max(...all) };
}

/**
 * Weeks of continuous absence from its start (issue 10: one grammar of points in time, timepoints.ts). Counted in
 * lesweken in every holiday region from the earliest and the latest start the words allow ("begin november"). One
 * count: the fact. Several: a range (bereik) the rules are run over; they decide only when every count agrees.
 */
export function fillWekenSinds(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.aaneengeslotenWekenAfwezig !== undefined) return;
  const absent = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && (m.item.waarde === 'afwezig' || m.item.waarde === 'ongeoorloofd' || m.item.waarde === 'onderwerp'));
  // Absence in the same sentence: an absence word, or presence denied ("niet meer op school geweest").
  const absentAt = [
    ...absent.map((h) => a.tokens[h.from]!.start),
    ...a.tokens.filter((t) => PRESENCE.has(t.norm) && a.clauses[t.clause]!.negated).map((t) => t.start),
  ];
  for (const s of startsOf(a, today)) {
    if (!s.laatstGezien && !absentAt.some((at) => at >= s.zin.from && at < s.zin.to)) continue;
    // "sinds de herfstvakantie 20 uur gespijbeld", "sinds oktober elke dinsdag het 1e en 2e uur": hours, days, times,
    // a recurring day or lessons by their place are absence within a period, not continuous absence.
    if (sentenceHasMeasure(a, s.cue) || sentenceHas(a, s.cue, (k) => lessonPlace(a, k))) continue;
    const { lo, hi } = overStarts(s, (k, start) => lesweekenSinds(k, start, today));
    if (hi <= 0) continue;
    if (lo === hi) return x.set('aaneengeslotenWekenAfwezig', lo, s.at);
    return setBereik(x, 'aaneengeslotenWekenAfwezig', lo, hi, `${a.original.slice(s.at.index, s.at.index + s.at.length)}: ${lo} tot ${hi} lesweken, afhankelijk van de precieze dag en de vakantieregio`, s.at);
  }
}

/** A numeric fact known only within bounds; decide.ts runs the rules over both ends. */
function setBereik(x: SlotSink, fact: string, van: number, tot: number, uitleg: string, at: { index: number; length: number }): void {
  const bereik = { ...((x.facts.bereik as Record<string, unknown> | undefined) ?? {}), [fact]: { van, tot, uitleg } };
  if (x.facts.bereik === undefined) x.set('bereik', bereik, at);
  else (x.facts as Record<string, unknown>).bereik = bereik;
}

/**
 * Hours a day since a named start ("sinds maandag 16 november elke dag 3 uur"): the daily hours × the school days from
 * the start up to yesterday (today may not be over), at most the 4 lesweken of the window; over every region and
 * both ends of the start, a range when they differ.
 */
export function fillUrenSinds(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.ongeoorloofdeUren !== undefined) return;
  const ts = a.tokens;
  for (const s of startsOf(a, today)) {
    if (s.laatstGezien) continue;
    const rate = ts.map((_, i) => i).filter((i) => ts[i]!.start >= s.zin.from && ts[i]!.start < s.zin.to).map((i) => {
      const q = quantity(ts, i);
      if (!q || !HOUR_UNITS.has(q.value.unit)) return undefined;
      const after = (norm(a, q.to) === 'per' || norm(a, q.to) === 'elke' || norm(a, q.to) === 'iedere') && SCHOOLDAG.test(norm(a, q.to + 1) ?? '');
      const before = /^(?:elke|iedere)$/.test(norm(a, q.from - 2) ?? '') && SCHOOLDAG.test(norm(a, q.from - 1) ?? '');
      return after || before ? q : undefined;
    }).find((q) => q !== undefined);
    if (!rate) continue;
    const max = param('melding.vensterLesweken', today) * 5;
    const { lo, hi } = overStarts(s, (k, start) => {
      let n = 0;
      for (let d = start; d < today; d = addDays(d, 1)) if (isSchoolDay(k, d)) n++;
      return Math.min(n, max);
    });
    if (hi <= 0) continue;
    const uren = (n: number) => Math.round(rate.value.value * n * 100) / 100;
    if (lo === hi) return x.set('ongeoorloofdeUren', uren(lo), s.at);
    return setBereik(x, 'ongeoorloofdeUren', uren(lo), uren(hi), `${a.original.slice(s.at.index, s.at.index + s.at.length)}: ${getalNl(uren(lo))} tot ${getalNl(uren(hi))} uur, afhankelijk van de precieze dag en de vakantieregio`, s.at);
  }
}

const getalNl = (n: number) => String(n).replace('.', ',');

/** Words that make a count of weeks the span a recurring absence has run: "al 5 weken", "de afgelopen 3 weken", "5 weken lang". */
const SPAN_BEFORE = new Set(['al', 'afgelopen', 'laatste', 'sinds', 'nu']);

/**
 * A weekly recurring absence over a span (issue 10: a series feeds the 4-lesweek window): "elke dinsdag en donderdag
 * het 1e en 2e uur, al 4 weken" or "sinds de herfstvakantie elke vrijdagmiddag (3 lesuren)". The hours of one
 * occurrence (lessons by place, or a duration in the sentence) × the weekdays × the weeks it ran, at most the 4
 * lesweken of the window; a start read by the grammar of points in time gives a range over regions and its ends.
 */
export function fillWekelijksVerzuim(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.ongeoorloofdeUren !== undefined) return;
  const ts = a.tokens;
  const venster = param('melding.vensterLesweken', today);
  const done = new Set<number>();
  for (let i = 0; i < ts.length - 1; i++) {
    if (done.has(i) || !EVERY.test(ts[i]!.norm) || !weekdays(ts, i + 1)) continue;
    const zin = sentenceAround(a.norm, ts[i]!.start, ts[i]!.end);
    const inZin = ts.map((_, k) => k).filter((k) => ts[k]!.start >= zin.from && ts[k]!.start < zin.to);
    // Every recurrence in the sentence with the amount of one occurrence, read up to the next recurrence:
    // "elke maandag 4 lesuren en elke vrijdag 3 lesuren" is 7 hours a week.
    const starts = inZin.filter((k) => EVERY.test(ts[k]!.norm) && weekdays(ts, k + 1));
    for (const k of starts) done.add(k);
    let perWeek = 0;
    let complete = true;
    for (const [n, k] of starts.entries()) {
      const days = weekdays(ts, k + 1)!;
      const until = starts[n + 1] ?? inZin.at(-1)! + 1;
      const per = occurrence(a, days.to, until) ?? occurrence(a, inZin[0]!, k);
      if (per === undefined) complete = false;
      else perWeek += per * days.value.length;
    }
    if (!complete || perWeek === 0) continue;
    // The span: a count of weeks it ran, or a start.
    let weken: { lo: number; hi: number } | undefined;
    for (const k of inZin) {
      const q = quantity(ts, k);
      if (!q || (q.value.unit !== 'week' && q.value.unit !== 'lesweek')) continue;
      const before = norm(a, k - 1) === 'de' ? norm(a, k - 2) : norm(a, k - 1);
      if (SPAN_BEFORE.has(before ?? '') || norm(a, q.to) === 'lang') weken = { lo: q.value.value, hi: q.value.value };
    }
    const start = weken ? undefined : startsOf(a, today).find((st) => !st.laatstGezien && st.zin.from === zin.from);
    if (start) weken = overStarts(start, (k, d) => lesweekenSinds(k, d, today));
    if (!weken || weken.hi <= 0) continue;
    const uren = (w: number) => Math.round(perWeek * Math.min(w, venster) * 100) / 100;
    const at = span(a, i, inZin.at(-1)! + 1);
    if (uren(weken.lo) === uren(weken.hi)) return x.set('ongeoorloofdeUren', uren(weken.lo), at);
    return setBereik(x, 'ongeoorloofdeUren', uren(weken.lo), uren(weken.hi), `${getalNl(perWeek)} uur per week sinds ${a.original.slice(start!.at.index, start!.at.index + start!.at.length).replace(/^\S+\s/, '')}: ${getalNl(uren(weken.lo))} tot ${getalNl(uren(weken.hi))} uur in de laatste ${venster} lesweken, afhankelijk van de precieze startdag en de vakantieregio`, at);
  }
}

const EVERY = /^(?:elke|iedere|alle)$/;

/** The hours of one occurrence between tokens [from, to): lessons by their place, else a duration (never a total). */
function occurrence(a: Analysed, from: number, to: number): number | undefined {
  const ts = a.tokens;
  for (let k = from; k < to; k++) {
    const r = lesuurReeks(ts, k);
    if (r) return r.value;
    const q = quantity(ts, k);
    if (q && HOUR_UNITS.has(q.value.unit) && !/^(?:totaal|samen)$/.test(norm(a, q.from - 1) ?? '')) return q.value.value;
  }
  return undefined;
}

function sentenceAround(text: string, from: number, to: number): { from: number; to: number } {
  const before = Math.max(text.lastIndexOf('.', from), text.lastIndexOf('?', from), text.lastIndexOf('!', from));
  const after = text.slice(to).search(/[.?!](?:\s|$)/);
  return { from: before + 1, to: after < 0 ? text.length : to + after + 1 };
}

export function fillWekenAfwezig(x: SlotSink, a: Analysed): void {
  const ts = a.tokens;
  if (!ts.some((t) => /^(?:les|school)?we(?:e)?k(?:en)?$|^maand(?:en)?$|^jaar$/.test(t.norm))) return;
  const absent = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && (m.item.waarde === 'afwezig' || m.item.waarde === 'ongeoorloofd' || m.item.waarde === 'onderwerp'));
  for (let i = 0; i < ts.length; i++) {
    const vague = quantity(ts, i) ? undefined : vagueCount(ts, i);
    const q = quantity(ts, i) ?? vague;
    // A year is a span of absence only as part of one or after "al" ("een half jaar", "al anderhalf jaar"): "14 jaar" is an age.
    const jaar = q?.value.unit === 'jaar' && (q.value.value < 1 || norm(a, i - 1) === 'al' || (ts[i]!.norm === 'anderhalf'));
    if (!q || !(q.value.unit === 'week' || q.value.unit === 'lesweek' || q.value.unit === 'maand' || jaar)) continue;
    if (ts[i]!.norm === 'een' && q.value.unit !== 'maand' && q.value.approx === undefined && !vague) continue;
    const p = norm(a, i - 1) === 'de' ? i - 2 : i - 1;
    const prev = norm(a, p);
    // "de laatste 3 weken niet geweest" is continuous absence; "(in) de laatste 4 weken 10 uur gemist" a period.
    const opener = norm(a, p - 1) === 'de' || norm(a, p - 1) === 'het' ? norm(a, p - 2) : norm(a, p - 1);
    const recent = (prev === 'laatste' || prev === 'afgelopen') && !/^(?:in|binnen|over)$/.test(opener ?? '') && !sentenceHasMeasure(a, i);
    if (WEEKS_BLOCK.has(prev ?? '') && !recent) continue;
    if (norm(a, q.to) === 'geleden' || norm(a, q.to) === 'later') continue;
    // "al drie weken elke maandag": the weeks are the period of a recurring absence, not weeks away
    if (sentenceHas(a, i, (k) => everyDay(a, k))) continue;
    // The absence phrase follows within the sentence, with no other number in between.
    let hit: Match | undefined;
    for (const m of absent) {
      if (m.from < q.to || m.from > q.to + 9) continue;
      if (ts.slice(q.to, m.from).some((t) => t.kind === 'num' || /[.?!]/.test(t.norm))) continue;
      hit = m;
      break;
    }
    if (!hit) {
      // "niet (meer) op school verschenen / gezien / komt": presence denied in the clause after the count
      const c = a.tokens[q.to]?.clause;
      // (a fronted span reaches further: "zo'n drie weken is deze leerling van 2 mavo al niet op school verschenen")
      const deniedAfter = c !== undefined && a.clauses[c]!.negated && ts.slice(q.to, Math.min(ts.length, q.to + 12)).some((t) => t.clause === c && PRESENCE.has(t.norm));
      // "komt al vijf weken niet (meer)", "verschijnt al een maand niet": the presence verb before the count
      const deniedBefore =
        (ts.slice(Math.max(0, i - 4), i).some((t) => t.clause === ts[i]!.clause && PRESENCE.has(t.norm)) && ts.slice(q.to, q.to + 2).some((t) => NEGATION.has(t.norm))) ||
        absentBefore(a, absent, i);
      const rest = ts.slice(q.to, q.to + 12);
      const end = rest.findIndex((t) => /^[.?!]$/.test(t.norm));
      // Another count after the span makes it a period; a number in an aside ("(vmbo 3, 15 jaar)") or a class ("van 2 mavo") does not.
      const zin = end < 0 ? rest : rest.slice(0, end);
      const presence = zin.findIndex((t) => PRESENCE.has(t.norm) && a.clauses[t.clause]!.negated);
      const measure = zin.some((_, k) => PERIODE_MAAT.has(quantity(ts, q.to + k)?.value.unit ?? 'jaar'));
      const counts = zin.slice(0, presence < 0 ? zin.length : presence).filter((t, k, l) => t.kind === 'num' && !l.slice(0, k).some((u) => u.norm === '(') && !ASIDE_NEXT.test(l[k + 1]?.norm ?? '') && !ASIDE_NEXT.test(l[k - 1]?.norm ?? ''));
      if (!(deniedAfter || deniedBefore) || measure || counts.length) continue;
      return setWeken(x, a, q.value, span(a, i, q.to));
    }
    return setWeken(x, a, q.value, span(a, i, hit.to));
  }
}

/**
 * Absence told before the span, in the same sentence with no number between: "verzuimt al 2 maanden", "komt niet
 * meer naar school, al ruim 5 weken". Only after "al", "nu", "sinds" or a comma: "gespijbeld in 3 weken" is a period.
 */
function absentBefore(a: Analysed, absent: Match[], i: number): boolean {
  const ts = a.tokens;
  const lead = norm(a, i - 1);
  if (!(lead === 'al' || lead === 'nu' || lead === 'sinds' || lead === ',' || (lead === 'ruim' || lead === 'bijna') && /^(?:al|,)$/.test(norm(a, i - 2) ?? ''))) return false;
  let from = i;
  while (from > 0 && !/^[.?!]$/.test(ts[from - 1]!.norm) && from > i - 10) from--;
  let last = -1;
  for (const m of absent) if (m.from >= from && m.to <= i) last = Math.max(last, m.to);
  for (let k = from; k < i; k++) if (PRESENCE.has(ts[k]!.norm) && a.clauses[ts[k]!.clause]!.negated) last = Math.max(last, k + 1);
  return last >= 0 && !ts.slice(last, i).some((t) => t.kind === 'num');
}

/** Words around a number that make it a class, not a count: "2 mavo", "havo 3", "groep 7". */
const ASIDE_NEXT = /^(?:havo|vwo|vmbo|mavo|mbo|groep|klas|atheneum|gymnasium|brugklas|vmbo-t|vmbo-k|vmbo-b|jaar)$/;

const FREQUENCY = new Set(['vaak', 'regelmatig', 'soms', 'geregeld', 'telkens', 'steeds', 'meerdere', 'herhaaldelijk']);

/** Hours, days, day parts, times or a frequency in the sentence of token i: then a span of weeks is the period they fall in. */
function sentenceHasMeasure(a: Analysed, i: number): boolean {
  const ts = a.tokens;
  let from = i;
  while (from > 0 && !/^[.?!]$/.test(ts[from - 1]!.norm)) from--;
  for (let k = from; k < ts.length && !/^[.?!]$/.test(ts[k]!.norm); k++) if (FREQUENCY.has(ts[k]!.norm) || PERIODE_MAAT.has(quantity(ts, k)?.value.unit ?? 'jaar') || everyDay(a, k)) return true;
  return false;
}

/** A lesson named by its place in the day: "het 1e uur", "het derde en vierde uur", "de 2e les". */
function lessonPlace(a: Analysed, k: number): boolean {
  if (ordinalWord(norm(a, k) ?? '', norm(a, k + 1)) === undefined) return false;
  for (let j = k + 1; j <= k + 4; j++) if (/^(?:uur|uren|les|lessen|lesuur|lesuren)$/.test(norm(a, j) ?? '')) return true;
  return false;
}

function sentenceHas(a: Analysed, i: number, test: (k: number) => boolean): boolean {
  const ts = a.tokens;
  let from = i;
  while (from > 0 && !/^[.?!]$/.test(ts[from - 1]!.norm)) from--;
  for (let k = from; k < ts.length && !/^[.?!]$/.test(ts[k]!.norm); k++) if (test(k)) return true;
  return false;
}

/** "elke maandag", "iedere dinsdag en donderdag", "elke dag", "elke ochtend": a recurring day, so weeks around it are a period. */
function everyDay(a: Analysed, k: number): boolean {
  if (!/^(?:elke|iedere)$/.test(norm(a, k) ?? '')) return false;
  const next = norm(a, k + 1) ?? '';
  return weekday(next) !== undefined || /^(?:dag|ochtend|middag|morgen|schooldag)$/.test(next);
}

/**
 * Weeks of a stated duration, as the range the words allow: a month counts as 4 weeks (a lower bound), a year as 52;
 * "bijna N" is just under N, "ruim N" just over; "zo'n N", "ongeveer N", "een week of N" half a unit either side;
 * "5 à 6 weken" both ends.
 */
function wekenVan(q: Quantity): [number, number] {
  const per = q.unit === 'maand' ? 4 : q.unit === 'jaar' ? 52 : 1;
  const weken = q.value * per;
  if (q.approx === 'bijna') return [weken - 0.5, weken - 0.5];
  if (q.approx === 'ruim') return [weken + 0.5, weken + 0.5];
  if (q.max !== undefined) return [weken, q.max * per];
  if (q.approx === 'ongeveer') return [Math.max(0.5, q.value - 0.5) * per, (q.value + 0.5) * per];
  return [weken, weken];
}

/** Continuous weeks absent: one value, or a range (bereik) the rules decide over only when both ends agree. */
function setWeken(x: SlotSink, a: Analysed, q: Quantity, at: { index: number; length: number }): void {
  const [lo, hi] = wekenVan(q);
  if (lo === hi) return x.set('aaneengeslotenWekenAfwezig', lo, at);
  setBereik(x, 'aaneengeslotenWekenAfwezig', lo, hi, `${a.original.slice(at.index, at.index + at.length)}: ${getalNl(lo)} tot ${getalNl(hi)} weken`, at);
}

/** "een paar maanden", "enkele weken": at least two, the lower bound (a vague count never makes absence look longer). */
function vagueCount(ts: Token[], i: number): { value: Quantity; from: number; to: number } | undefined {
  const at = ts[i]?.norm === 'enkele' ? i + 1 : ts[i]?.norm === 'een' && ts[i + 1]?.norm === 'paar' ? i + 2 : -1;
  if (at < 0) return undefined;
  const u = /^(?:weken|maanden)$/.test(ts[at]?.norm ?? '') ? (ts[at]!.norm === 'weken' ? 'week' : 'maand') : undefined;
  return u && { value: { value: 2, unit: u }, from: i, to: at + 1 };
}

// ---------- leave received earlier ----------

/** Is token i in a clause that tells leave received before ("vorig jaar kreeg hij al 5 dagen verlof")? */
export function inEarlierLeave(a: Analysed, i: number): boolean {
  const c = clauseOf(a, i);
  const words = a.tokens.slice(c.from, c.to).map((t) => t.norm);
  // "kreeg 1 dag vrij voor het Suikerfeest" is leave as much as "kreeg 1 dag verlof".
  if (c.past) return words.some((w, k) => (/verlof$/.test(w) || (/^(?:vrij|vrijaf)$/.test(w) && words.some((v) => GOT.test(v)))) && !/^(?:zonder|geen|nooit)$/.test(words[k - 1] ?? ''));
  return awayWithLeave(words, c.negated);
}

/** Leave received: "kreeg", "hadden … gekregen". */
const GOT = /^(?:kreeg|kregen|gekregen)$/;
/** Being away told in the past tense: "waren ze ook al een week weg", "is in november al een week op vakantie geweest". */
const WAS_AWAY = /^(?:was|waren|geweest|ging|gingen|mocht|mochten|vrijgekregen)$/;
/** Words that place it before now: an earlier event, not the leave being asked. */
const EARLIER = /^(?:al|eerder|destijds|toen|vorige|vroeger)$/;
/** The absence was allowed: with permission, on leave, free. */
const ALLOWED = /^(?:toestemming|\w*verlof|vrij|vrijaf)$/;

/**
 * Leave granted earlier and told as being away with permission, without a verb of granting: "in oktober waren ze ook
 * al een week weg met toestemming", "hij was vorige maand al 6 dagen vrij". A negated clause ("zonder toestemming",
 * "niet toegekend") is absence without leave, never earlier leave.
 */
function awayWithLeave(words: string[], negated: boolean): boolean {
  return !negated && words.some((w) => WAS_AWAY.test(w)) && words.some((w) => EARLIER.test(w)) && words.some((w) => ALLOWED.test(w));
}

/** The token at a character offset of the original. */
export function tokenAt(a: Analysed, index: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.tokens[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const DECIDER = /^(?:directeur|directrice|directie|school|schoolleider|locatieleider|leerplichtambtenaar|lpa|ik|we|wij)$/;
const GRANTED = /^(?:gegeven|gaf|verleend|verleende|toegekend|kende|goedgekeurd|keurde)$/;
const ANOTHER = /^(?:eerder|vorig|vorige|al|ook|nog|toen|destijds)$/;

/**
 * The leave under review: "de directeur heeft 20 dagen verlof gegeven … Mag dat?", a decision told in the past tense
 * and asked about, with no sign that it is another, earlier leave (eerder, vorig jaar, al, ook). Its days are the
 * days asked, not earlier leave.
 */
export function beoordeeldVerlof(a: Analysed): { dagen: number; token: number; at: { index: number; length: number } } | undefined {
  for (let i = 0; i < a.tokens.length; i++) {
    const q = quantity(a.tokens, i);
    if (!q || (q.value.unit !== 'dag' && q.value.unit !== 'week')) continue;
    const c = clauseOf(a, i);
    const words = a.tokens.slice(c.from, c.to).map((t) => t.norm);
    if (!words.some((w) => DECIDER.test(w)) || !words.some((w) => GRANTED.test(w)) || words.some((w) => ANOTHER.test(w))) continue;
    const dagen = q.value.unit === 'week' ? q.value.value * 5 : q.value.value;
    if (Number.isInteger(dagen) && dagen > 0) return { dagen, token: i, at: span(a, i, q.to) };
  }
  return undefined;
}

/** Days of leave received earlier: a day count in a past clause about leave (not the leave under review, `skip`). */
export function fillEerderVerlof(x: SlotSink, a: Analysed, skip?: number): void {
  for (let i = 0; i < a.tokens.length; i++) {
    const q = quantity(a.tokens, i);
    if (i === skip || !q || (q.value.unit !== 'dag' && q.value.unit !== 'week') || !inEarlierLeave(a, i)) continue;
    const c = clauseOf(a, i);
    // Leave of an earlier school year says nothing about this one.
    const words = a.tokens.slice(c.from, c.to).map((t) => t.norm);
    if (words.some((w, k) => w === 'vorig' && /^(?:jaar|schooljaar)$/.test(words[k + 1] ?? ''))) continue;
    // A week of leave is five school days; part of a day counts as a day.
    const dagen = Math.ceil(q.value.unit === 'week' ? q.value.value * 5 : q.value.value);
    if (dagen <= 0) continue;
    // Art. 13a allows holiday leave once a school year: earlier time away on holiday is that one time.
    // Time away without another purpose ("voor de begrafenis") is read as holiday when holiday leave is asked.
    // The kinds stay apart: holiday days never count towards the 10 days of art. 14 (eerderVerlofDagen).
    const holiday = words.some((w) => /vakantie/.test(w)) || (x.facts.soort === 'vakantie-beroep' && words.some((w) => w === 'weg' || w === 'vrij') && !words.includes('voor'));
    if (holiday) x.set('eerderVakantieverlofDitSchooljaar', true, span(a, i, q.to));
    else x.set('eerderVerlofDagen', dagen, span(a, i, q.to));
    return;
  }
}

// ---------- notice relative to the absence ----------

const NOTICE_VERBS = /^(?:gebeld|belde|belden|bellen|belt|mailt|appt|ziekmelding|gemeld|meldde|meldden|melden|meldt|ziekgemeld|afgemeld|gemaild|mailde|appte|geappt|weten|doorgegeven|gaf|doorgeven|aangevraagd|aanvroegen|aanvroeg|vroegen|vroeg|gevraagd|ingediend|indienden|diende|dienden)$/;
/** Weekdays by calendar position (Sunday 0), to count the days between the absence and its notice. */
const SCHOOL_WEEKDAY = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
/** Beyond this many days between an absence and its notice, two told days are no notice after it (a misread year). */
const MAX_NOTICE_DAYS = 60;
/** Calendar days per unit of a notice period. */
const NOTICE_DAYS: Partial<Record<Quantity['unit'], number>> = { dag: 1, week: 7, lesweek: 7, maand: 30 };

/**
 * When notice was given, in days before the absence (negative = after): "dezelfde ochtend" 0, "de dag erna" −1,
 * "pas na vijf dagen" −5, "de avond ervoor" 1, "3 dagen van tevoren" 3. Only next to a verb of notifying.
 */
export function noticeOffset(a: Analysed, today?: string): { days: number; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  const verbs = ts.map((t, i) => (NOTICE_VERBS.test(t.norm) ? i : -1)).filter((i) => i >= 0);
  if (!verbs.length) return undefined;
  return relativeNotice(a, verbs) ?? (today ? datedNotice(a, verbs, today) : undefined);
}

/**
 * Two days told outright, one of them the day of the notice: "de uitvaart was op 16 november; de ouders meldden het
 * pas op 20 november" is notice 4 days after. The notice day is the one in the clause of a verb of notifying; the
 * absence is the earliest other day told. Only days in the past (the notice has been given).
 */
function datedNotice(a: Analysed, verbs: number[], today: string): { days: number; at: { index: number; length: number } } | undefined {
  const days = tijdvakken(a, today).filter((t) => t.van === t.tot && t.van <= today);
  if (days.length < 2) return undefined;
  const clause = (i: number) => a.tokens[i]!.clause;
  const distance = (t: Tijdvak) => Math.min(...verbs.filter((v) => clause(v) === clause(t.from)).map((v) => Math.abs(v - t.from)));
  const told = days.filter((t) => Number.isFinite(distance(t))).sort((x, y) => distance(x) - distance(y))[0];
  if (!told) return undefined;
  const absence = days.filter((t) => t !== told && t.van < told.van).sort((x, y) => x.van.localeCompare(y.van))[0];
  if (!absence) return undefined;
  const after = daysBetween(absence.van, told.van);
  // A day without a year is read as its last occurrence: a coming feast would turn into last year's.
  if (after > MAX_NOTICE_DAYS) return undefined;
  return { days: -after, at: span(a, Math.min(absence.from, told.from), Math.max(absence.to, told.to)) };
}

function relativeNotice(a: Analysed, verbs: number[]): { days: number; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  // The verb in the same clause, or across a comma only ("pas achteraf gebeld, vier dagen na vertrek").
  const sameStretch = (v: number, k: number) => ts.slice(Math.min(v, k), Math.max(v, k)).every((t) => !/^[.?!;]$/.test(t.norm) && !(t.clause !== ts[k]!.clause && t.kind === 'word' && t.clause !== ts[v]!.clause));
  const near = (from: number, to: number) => verbs.some((v) => v >= from - 6 && v <= to + 6 && (ts[v]!.clause === ts[from]!.clause || sameStretch(v, from)));
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.norm;
    let days: number | undefined;
    let to = i + 2;
    if (w === 'dezelfde' && /^(?:dag|ochtend|morgen|middag)$/.test(norm(a, i + 1) ?? '')) days = 0;
    else if (w === 'op' && norm(a, i + 1) === 'de' && /^(?:dag|ochtend)$/.test(norm(a, i + 2) ?? '') && norm(a, i + 3) === 'zelf') [days, to] = [0, i + 4];
    else if (w === 'de' && /^(?:dag|ochtend)$/.test(norm(a, i + 1) ?? '') && /^(?:erna|daarna|nadien|erop|later)$/.test(norm(a, i + 2) ?? '')) [days, to] = [-1, i + 3];
    // "de dag na de uitvaart", "de ochtend na het feest": told after the day of the absence.
    else if (w === 'de' && /^(?:dag|ochtend|avond)$/.test(norm(a, i + 1) ?? '') && norm(a, i + 2) === 'na' && /^(?:de|het)$/.test(norm(a, i + 3) ?? '') && !ANCHORS[norm(a, i + 4) ?? '']) [days, to] = [-1, i + 5];
    else if (w === 'de' && /^(?:avond|dag|middag|ochtend)$/.test(norm(a, i + 1) ?? '') && /^(?:ervoor|daarvoor|vooraf|voordien|vantevoren)$/.test(norm(a, i + 2) ?? '')) [days, to] = [1, i + 3];
    // "de avond van tevoren", "de dag voor het feest / de feestdag"
    else if (w === 'de' && /^(?:avond|dag)$/.test(norm(a, i + 1) ?? '') && norm(a, i + 2) === 'van' && norm(a, i + 3) === 'tevoren') [days, to] = [1, i + 4];
    else if (w === 'de' && /^(?:avond|dag)$/.test(norm(a, i + 1) ?? '') && norm(a, i + 2) === 'voor' && /^(?:het|de)$/.test(norm(a, i + 3) ?? '') && /^(?:feest|feestdag|suikerfeest|offerfeest|viering)$/.test(norm(a, i + 4) ?? '')) [days, to] = [1, i + 5];
    // "belde pas donderdag dat hij maandag en dinsdag ziek was": the weekday of the notice against the first weekday
    // of the absence in the same sentence (a notice weekday not after it falls in the next week).
    else if (w === 'pas' && SCHOOL_WEEKDAY.includes(norm(a, i + (norm(a, i + 1) === 'op' ? 2 : 1)) ?? '')) {
      const k = i + (norm(a, i + 1) === 'op' ? 2 : 1);
      const told = SCHOOL_WEEKDAY.indexOf(norm(a, k)!);
      const sentence = (j: number) => ts.slice(Math.min(j, k), Math.max(j, k)).every((t) => !/^[.?!]$/.test(t.norm));
      const first = ts.findIndex((t, j) => j !== k && SCHOOL_WEEKDAY.includes(t.norm) && sentence(j));
      if (first >= 0) {
        const diff = (told - SCHOOL_WEEKDAY.indexOf(ts[first]!.norm) + 7) % 7;
        [days, to] = [-(diff || 7), k + 1];
      }
    }
    // "pas de week erna", "pas de volgende week": a week after the absence.
    else if (w === 'pas' && norm(a, i + 1) === 'de' && ((norm(a, i + 2) === 'week' && /^(?:erna|daarna|erop|later|nadien)$/.test(norm(a, i + 3) ?? '')) || (norm(a, i + 2) === 'volgende' && norm(a, i + 3) === 'week'))) [days, to] = [-7, i + 4];
    else if (w === 'pas' && (norm(a, i + 1) === 'na' || norm(a, i + 1) === 'op')) {
      const q = quantity(ts, i + 2);
      const per = q && NOTICE_DAYS[q.value.unit];
      if (q && per) [days, to] = [-Math.round(q.value.value * per), q.to];
    } else {
      const q = quantity(ts, i);
      const per = q && NOTICE_DAYS[q.value.unit];
      if (q && per) {
        const n = Math.round(q.value.value * per);
        const after = norm(a, q.to);
        // "vier dagen na vertrek", "twee dagen na de begrafenis": told after the absence began.
        if (after === 'later' || after === 'erna' || after === 'daarna' || after === 'na') [days, to] = [-n, q.to + 1];
        else if (after === 'vooraf' || after === 'ervoor' || (after === 'van' && norm(a, q.to + 1) === 'tevoren') || after === 'vantevoren') [days, to] = [n, after === 'van' ? q.to + 2 : q.to + 1];
      }
    }
    if (days !== undefined && near(i, to)) return { days, at: span(a, i, to) };
  }
  return undefined;
}

// ---------- birth date ----------

/** "de dag na" (+1) or "de dag voor" (−1) just before token i; 0 otherwise. */
function dayShift(a: Analysed, i: number): number {
  if (norm(a, i - 3) !== 'de' || norm(a, i - 2) !== 'dag') return 0;
  return norm(a, i - 1) === 'na' ? 1 : norm(a, i - 1) === 'voor' ? -1 : 0;
}

const BIRTH_CUES = new Set(['geboren', 'geb', 'geboortedatum', 'born', 'geboorte', 'dob']);
/** Words that make a date a moment asked about (a peildatum, a start), never a second child's birth date. */
const REFERENCE_CUES = new Set(['per', 'vanaf', 'sinds', 'tot', 'na', 'voor', 'tegen', 'rond', 'peildatum', 'vandaag', 'nu', 'ingang', 'miv', 'schooljaar', 'begon', 'begonnen', 'gestart', 'startte']);
const COORDINATORS = new Set(['en', ',', ';', '/', '&']);

/**
 * A date right after a birth date, joined to it by "en" or a comma with only a few words between ("…, en mijn zoon
 * op 12-9-2013", "en 12-9-2013"): the same verb "geboren" governs it. A word that places a moment ("per", "vanaf",
 * "peildatum") or the end of the sentence makes it something else.
 */
function coordinatedBirth(a: Analysed, prevTo: number, from: number): boolean {
  const between = a.tokens.slice(prevTo, from).map((t) => t.norm);
  if (between.length === 0 || between.length > 6 || !COORDINATORS.has(between[0]!)) return false;
  return !between.some((w) => REFERENCE_CUES.has(w) || /^[.?!]$/.test(w));
}

/**
 * A birth date in any position: "geboren op 3 maart 2011", "op 03-03-2011 geboren", "geb. 2011-03-03",
 * "(geboortedatum 3/3/2011)". Absolute dates are read by the date grammar of lexicon.ts (fast, also "3 feb. '11");
 * other forms by chrono's Dutch parser, only around the cue. Impossible dates are dropped.
 */
export function fillGeboortedatum(x: SlotSink, a: Analysed, today: string): void {
  const cues = a.tokens.map((t, i) => (BIRTH_CUES.has(t.norm) ? i : -1)).filter((i) => i >= 0);
  if (!cues.length) return;
  const near = (from: number, to: number) => cues.some((c) => (c < from && from - c <= 4) || (c >= to && c - to <= 2));
  // Every full date that is a birth date: near a cue, or coordinated after one ("geboren op 3-4-2011 en mijn zoon op
  // 12-9-2013"). Two of them are two children: each is decided on its own date, and neither is the peildatum.
  const born: string[] = [];
  let firstAt: { index: number; length: number } | undefined;
  let lastTo = -1;
  for (const m of a.norm.matchAll(new RegExp(DATE, 'g'))) {
    const from = tokenAt(a, m.index);
    const to = tokenAt(a, m.index + m[0].length - 1) + 1;
    const date = dateOf([...m], 1);
    if (!date || !(near(from, to) || (lastTo >= 0 && date <= today && coordinatedBirth(a, lastTo, from)))) continue;
    firstAt ??= { index: m.index, length: m[0].length };
    if (!born.includes(date)) born.push(date);
    lastTo = to;
  }
  if (firstAt) {
    x.set('geboortedatum', born[0], firstAt);
    if (born.length > 1) {
      x.set('meerdereLeerlingen', true, firstAt);
      x.set('geboortedata', born, firstAt);
    }
    return;
  }
  // A named day with its year: "geboren op Driekoningen 2009", "op tweede kerstdag 2012 geboren".
  // "geboren de dag na Sint-Maarten 2021": a day told from a named day.
  for (const t of tijdvakken(a, today)) {
    const shift = dayShift(a, t.from);
    const from = shift ? t.from - 3 : t.from;
    const day = addDays(t.van, shift);
    if (t.metJaar && t.van === t.tot && day <= today && near(from, t.to)) return x.set('geboortedatum', day, span(a, from, t.to));
  }
  const first = a.tokens[Math.max(0, cues[0]! - 4)]!.start;
  const last = a.tokens[Math.min(a.tokens.length - 1, cues.at(-1)! + 10)]!.end;
  for (const found of chrono.nl.parse(a.original.slice(first, last), new Date(`${today}T12:00:00Z`))) {
    const s = found.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const date = validDate(s.get('year') ?? undefined, s.get('month') ?? undefined, s.get('day') ?? undefined);
    const index = found.index + first;
    if (date && near(tokenAt(a, index), tokenAt(a, index + found.text.length - 1) + 1)) return x.set('geboortedatum', date, { index, length: found.text.length });
  }
  // "geboren in maart 2009": a birth month gives the age when every day of that month gives the same age today.
  for (const m of a.norm.matchAll(BIRTH_MONTH)) {
    const from = tokenAt(a, m.index);
    if (!near(from, tokenAt(a, m.index + m[0].length - 1) + 1)) continue;
    const mo = month(m[1]!);
    const first = validDate(Number(m[2]), mo, 1);
    if (!first || first > today) continue;
    const ages = [first, addDays(validDate(Number(m[2]) + (mo === 12 ? 1 : 0), mo === 12 ? 1 : mo! + 1, 1)!, -1)].map((d) => ageOn(d, today));
    if (ages[0] === ages[1]) return x.set('leeftijd', ages[0], { index: m.index, length: m[0].length });
    // Two ages possible: the month itself (ISO 8601 reduced precision, "2010-03"); decide.ts runs the rules over it.
    return x.set('geboortedatum', `${m[2]}-${String(mo).padStart(2, '0')}`, { index: m.index, length: m[0].length });
  }
  // "in 2008 geboren", "geb. 2011": a birth year (two possible ages), read as the year alone ("2008").
  for (const m of a.norm.matchAll(BIRTH_YEAR)) {
    if (!near(tokenAt(a, m.index), tokenAt(a, m.index + m[0].length - 1) + 1)) continue;
    if (birthYearPlausible(Number(m[1]), today)) return x.set('geboortedatum', m[1]!, { index: m.index, length: m[0].length });
  }
}

// ---------- the diploma a pupil holds ----------

/** Words that name a diploma obtained ("heb mijn niveau 2 diploma al", "is geslaagd", "behaalde zijn getuigschrift"). */
const DIPLOMA_WORDS = /^(?:diploma|diplomas|getuigschrift|geslaagd|gehaald|behaald|behaalde|haalde)$/;
/** Courses whose diploma is a startkwalificatie (Lpw art. 1: havo, vwo, mbo niveau 2 or higher) and those whose is not. */
const SK_COURSE = /^(?:havo|vwo|atheneum|gymnasium|havodiploma|vwodiploma)$/;
const NO_SK_COURSE = /^(?:vmbo|mavo|entree|praktijkonderwijs|pro|vmbodiploma|mavodiploma)$/;
const LEVEL_WORDS = /^(?:niveau|mbo|level)$/;

/**
 * The diploma a pupil holds, read from the words around a diploma word in its clause: the nearest course or mbo
 * level names it ("mijn niveau 2 diploma" → startkwalificatie; "haar vmbo-diploma" → none). A negated or failed
 * clause says nothing here (the regexes in extract.ts read those).
 */
export function diplomaNiveau(a: Analysed): { startkwalificatie: boolean; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    if (!DIPLOMA_WORDS.test(ts[i]!.norm)) continue;
    const c = clauseOf(a, i);
    // A negation or failure next to the diploma ("nog niet gehaald", "gezakt voor"), not elsewhere in the clause ("… en komt niet").
    if (ts.slice(Math.max(c.from, i - 3), Math.min(c.to, i + 4)).some((t) => NOT_NEAR.has(t.norm) || FAILED_EXAM.test(t.norm))) continue;
    let best: { sk: boolean; k: number; dist: number } | undefined;
    for (let k = Math.max(c.from, i - 5); k < Math.min(c.to, i + 6); k++) {
      const w = ts[k]!.norm;
      let sk: boolean | undefined;
      if (SK_COURSE.test(w)) sk = true;
      else if (NO_SK_COURSE.test(w)) sk = false;
      else if (LEVEL_WORDS.test(w)) {
        const n = numberWord(norm(a, k + 1) === '-' ? (norm(a, k + 2) ?? '') : (norm(a, k + 1) ?? ''));
        if (n !== undefined && n >= 1 && n <= 4 && Number.isInteger(n)) sk = n >= 2;
      }
      if (sk === undefined) continue;
      const dist = Math.abs(k - i);
      if (!best || dist < best.dist) best = { sk, k, dist };
    }
    if (best) return { startkwalificatie: best.sk, at: span(a, Math.min(i, best.k), Math.max(i, best.k) + 2) };
  }
  return undefined;
}
const FAILED_EXAM = /^(?:gezakt|zakt|zakte|zakken|gezakte)$/;
const NOT_NEAR = new Set(['niet', 'geen', 'nooit', 'zonder']);

/** Verbs that tell a birthday and which occurrence of a date without a year they mean. */
const TURNS: Record<string, Richting> = { wordt: 'toekomst', werd: 'verleden', geworden: 'verleden', jarig: 'toekomst' };

/**
 * A birthday told with the age it brings: "werd op 2 oktober 16", "wordt 5 op 3 maart 2027", "is 14 geworden op
 * Koningsdag", "wordt in mei 16". The grammar of points in time reads the day (or month); the birth date is that
 * day the stated number of years back (a month gives a birth month: decide.ts runs the rules over its ages).
 */
// A number naming a school year is no age: "3 havo", "de 4e klas", "groep 7".
const SCHOOL_YEAR_AFTER = /^(?:havo|vwo|vmbo\w*|mavo|atheneum|gymnasium|klas|leerjaar|mbo|tl|gl|kb|bb|pro)$/;
// "wordt sinds 19 oktober ziek gemeld": a day after "sinds", "vanaf" or "tot" is when something runs, not a birthday.
const NOT_A_BIRTHDAY = /^(?:sinds|vanaf|tot|na|voor)$/;

export function fillVerjaardag(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.geboortedatum !== undefined) return;
  const ts = a.tokens;
  const ageAt = (k: number): number | undefined => {
    const n = numberWord(ts[k]!.norm);
    if (n === undefined || !Number.isInteger(n) || n < 3 || n > 30 || !/^\d+$|^\p{L}+$/u.test(ts[k]!.norm)) return undefined;
    if (SCHOOL_YEAR_AFTER.test(ts[k + 1]?.norm ?? '') || ts[k - 1]?.norm === 'groep') return undefined;
    return n;
  };
  for (let i = 0; i < ts.length; i++) {
    const richting = TURNS[ts[i]!.norm];
    if (!richting) continue;
    const c = ts[i]!.clause;
    // The age and the day after the verb in its clause, in either order ("werd 16 op 2 oktober", "werd op 2 oktober 16").
    let jaren: number | undefined;
    let dag: Tijdvak | undefined;
    for (let k = i + 1; k < Math.min(ts.length, i + 9) && ts[k]!.clause === c; k++) {
      // A day first: "2" in "2 oktober" is a date, not an age.
      if (NOT_A_BIRTHDAY.test(ts[k]!.norm)) break;
      const t = dag ? undefined : tijdvakAt(a, /^(?:op|in|per)$/.test(ts[k]!.norm) ? k + 1 : k, today, ts[i]!.norm === 'geworden' ? 'verleden' : richting);
      if (t && !t.vakantie) {
        dag = t;
        k = t.to - 1;
        continue;
      }
      const n = ageAt(k);
      if (jaren === undefined && n !== undefined) jaren = n;
    }
    // "Op 2 oktober werd hij 16": the day may open the clause.
    for (let k = a.clauses[c]!.from; !dag && k < i; k++) {
      const t = tijdvakAt(a, k, today, ts[i]!.norm === 'geworden' ? 'verleden' : richting);
      if (t && !t.vakantie && t.to <= i && !NOT_A_BIRTHDAY.test(ts[t.from - 1]?.norm ?? '')) dag = t;
    }
    // "is 14 geworden op …", "is op 22 oktober 16 geworden": the age stands just before the participle, and there it
    // wins over a number after it ("… geworden en zit in de 4e klas").
    const before = (ts[i]!.norm === 'geworden' ? [i - 1] : []).concat(jaren === undefined ? [i - 1, i - 2, i - 3] : []);
    for (const k of before) {
      if (k < 0 || ts[k]!.clause !== c) continue;
      const n = ageAt(k);
      if (n !== undefined) {
        jaren = n;
        break;
      }
    }
    if (jaren === undefined || !dag) continue;
    const at = span(a, Math.min(i, dag.from), Math.max(dag.to, i + 1));
    if (dag.van === dag.tot) {
      const { y, m, d } = parts(dag.van);
      const geboren = validDate(y - jaren, m, d) ?? validDate(y - jaren, m, d - 1);
      if (geboren && geboren <= today) return x.set('geboortedatum', geboren, at);
    }
    // A whole month ("wordt in mei 16"): the birth month.
    if (dag.van.slice(8) === '01' && dag.tot.slice(0, 7) === dag.van.slice(0, 7) && parts(addDays(dag.tot, 1)).d === 1) {
      return x.set('geboortedatum', `${Number(dag.van.slice(0, 4)) - jaren}-${dag.van.slice(5, 7)}`, at);
    }
  }
}

const BIRTH_YEAR = /\b((?:19|20)\d\d)\b/g;
// "mijn zoon is van 2013", "een meisje van 2012": "van" and a year after a pupil (or "is") is a birth year.
const VAN_YEAR = new RegExp(String.raw`\b(?:is|zijn|${['kind', 'zoon', 'dochter', 'leerling', 'jongen', 'meisje', 'jongere', 'student', 'kleuter'].join('|')}) van ((?:19|20)\d\d)\b`, 'g');
const birthYearPlausible = (year: number, today: string) => year <= Number(today.slice(0, 4)) && year >= Number(today.slice(0, 4)) - 30;

/** A birth year told without the word "geboren": "hij is van 2013". */
export function fillGeboortejaarVan(x: SlotSink, a: Analysed, today: string): void {
  if (x.facts.geboortedatum !== undefined || x.facts.leeftijd !== undefined) return;
  for (const m of a.norm.matchAll(VAN_YEAR)) {
    if (birthYearPlausible(Number(m[1]), today)) return x.set('geboortedatum', m[1]!, { index: m.index, length: m[0].length });
  }
}

const BIRTH_MONTH = new RegExp(String.raw`\b(?:in )?(${MONTH}) (\d{4})\b`, 'g');

// ---------- counts of occurrences ----------

const LATE = (a: Analysed, i: number) => norm(a, i) === 'te' && norm(a, i + 1) === 'laat';
const NOT_SHOWN = new Set(['opdagen', 'opgedaagd', 'verschenen', 'gekomen', 'komen', 'geweest']);
const MAZL_PLACES = new Set(['afspraak', 'spreekuur', 'jeugdarts', 'consult', 'gesprek', 'ggd', 'afspraken']);

/**
 * Counts of incidents: "12x te laat", "te laat gekomen, wel 5 keer", "3 telaatkomingen" (keerTeLaat); "3 keer
 * gespijbeld" (keerOngeoorloofd); "2 keer niet verschenen bij de jeugdarts" (mazlNietVerschenen, M@ZL).
 */
export function fillKeer(x: SlotSink, a: Analysed): void {
  const ts = a.tokens;
  const absence = matches(a, 'verzuim').filter((m) => m.part !== 'modifier' && (m.item.waarde === 'ongeoorloofd' || m.item.waarde === 'afwezig'));
  const jeugdarts = ts.some((t) => t.norm === 'jeugdarts' || t.norm === 'mazl' || t.norm === 'ggd');
  for (let i = 0; i < ts.length; i++) {
    const qq = quantity(ts, i);
    // "voor de derde keer": the ordinal counts the times, this one included.
    const ord = qq ? undefined : norm(a, i - 1) === 'de' && norm(a, i - 2) === 'voor' ? ordinalTimes(ts, i) : undefined;
    const q = qq?.value.unit === 'keer' ? { to: qq.to } : ord && { to: ord.to };
    const n = qq?.value.unit === 'keer' ? qq.value.value : ord?.value;
    if (n === undefined || !q) {
      // "3 telaatkomingen", "12 laatkomers"
      const bare = numberWord(ts[i]!.norm);
      if (bare !== undefined && ts[i]!.norm !== 'een' && /laatkom/.test(norm(a, i + 1) ?? '')) x.set('keerTeLaat', bare, span(a, i, i + 2));
      continue;
    }
    const c = ts[i]!.clause;
    let lateAfter = false;
    for (let k = q!.to; k < q!.to + 4 && k < ts.length && ts[k]!.clause === c; k++) if (LATE(a, k)) lateAfter = true;
    // "komt structureel te laat, deze maand al 8 keer": "te laat" earlier in the sentence, no other count between
    let lateBefore = false;
    for (let k = i - 1; k >= Math.max(0, i - 12) && !/[.?!]/.test(ts[k]!.norm); k--) {
      if (quantity(ts, k)?.value.unit === 'keer') break;
      if (LATE(a, k)) lateBefore = true;
    }
    // The lessons of each time may stand between the count and the verb ("8x het 1e en 2e uur gemist").
    const perTime = lessonsPerTime(a, q!.to, q!.to + 6, c);
    const absentAfter = absence.find((m) => m.from >= q!.to && m.from < Math.max(q!.to + 5, (perTime?.to ?? 0) + 2) && ts[m.from]!.clause === c);
    if (lateAfter || (lateBefore && !absentAfter)) {
      x.set('keerTeLaat', n, span(a, i, q!.to));
      continue;
    }
    const notShown = norm(a, q!.to) === 'niet' && ts.slice(q!.to, q!.to + 7).some((t) => NOT_SHOWN.has(t.norm));
    if (notShown && jeugdarts && ts.slice(q!.to, q!.to + 10).some((t) => MAZL_PLACES.has(t.norm))) {
      x.set('mazlNietVerschenen', n, span(a, i, q!.to + 3));
      continue;
    }
    const presenceDenied = norm(a, q!.to) === 'niet' && ts.slice(q!.to + 1, q!.to + 4).some((t) => t.norm === 'school' || t.norm === 'les');
    if (absentAfter || presenceDenied) {
      x.set('keerOngeoorloofd', n, span(a, i, absentAfter ? absentAfter.to : q!.to + 3));
      // "17 keer het eerste lesuur gemist", "5 keer twee lessen overgeslagen": the times × the lessons of each time.
      if (perTime) x.set('ongeoorloofdeUren', n * perTime.value, span(a, i, perTime.to));
    }
  }
}

/** The lessons (or hours) missed each time, between a count of times and the verb of missing, in the same clause. */
function lessonsPerTime(a: Analysed, from: number, to: number, clause: number): { value: number; to: number } | undefined {
  const ts = a.tokens;
  for (let k = from; k < Math.min(to, ts.length) && ts[k]!.clause === clause; k++) {
    const reeks = lesuurReeks(ts, k);
    if (reeks) return { value: reeks.value, to: reeks.to };
    const q = quantity(ts, k);
    if (q && (q.value.unit === 'lesuur' || q.value.unit === 'klokuur' || q.value.unit === 'uur') && q.value.max === undefined) return { value: q.value.value, to: q.to };
  }
  return undefined;
}

// ---------- statutory and everyday names of a kind of leave ----------

/** The kind of leave or exemption named by its statutory or everyday name ("vakantieverlof", "bijzonder verlof"). */
export function verlofsoortGenoemd(a: Analysed): Found | undefined {
  const m = matches(a, 'synoniemen').find((f) => f.part !== 'modifier' && !/^(?:geen|zonder)$/.test(norm(a, f.from - 1) ?? ''));
  return m && { value: String(m.item.waarde), at: span(a, m.from, m.to) };
}

// ---------- the length of the leave asked ----------

/** Words that make a clause about the leave itself: asking, granting, going away. */
const LEAVE_WORDS = /^(?:\w*verlof(?:aanvraag)?|aanvraag|vrij|vrijaf|weg|vakantie|\w*vakantie|reis|reizen|geven|vragen|vraagt|aanvragen|aangevraagd|toekennen|toegekend|verlenen|verleend|verleende|krijgen|naar|mee|gaan|blijven|willen|wil|wilden|opnemen)$/;
/** Before the number: a time the leave starts or a limit asked about, not its length ("over 3 weken", "maximaal 10 dagen"). */
const NOT_LENGTH_BEFORE = new Set(['eerste', 'laatste', 'binnen', 'over', 'na', 'al', 'afgelopen', 'maximaal', 'max', 'hoogstens', 'hoogste', 'week', 'elke', 'iedere', 'per', 'sinds']);
/** After the unit: a notice or a relative time, not the length ("3 dagen van tevoren", "2 weken geleden"). */
const NOT_LENGTH_AFTER = new Set(['van', 'vantevoren', 'vooraf', 'ervoor', 'daarvoor', 'geleden', 'later', 'eerder', 'na', 'daarna', 'erna', 'voor', 'per', 'achter', 'ziek', 'afwezig']);
/** "meer dan 10 dagen", "boven de 10 dagen", "langer dan twee weken": the question is about one day more. */
function moreThan(a: Analysed, i: number): boolean {
  const w = (k: number) => norm(a, i - k) ?? '';
  return (w(1) === 'dan' && /^(?:meer|langer)$/.test(w(2))) || w(1) === 'boven' || (w(1) === 'de' && w(2) === 'boven');
}

/**
 * The number of school days of leave asked, when the text gives it in weeks or as "more than N days" ("3 weken
 * vakantieverlof", "mag de directeur ons drie weken geven", "vakantieverlof boven de 10 dagen"). A week of leave is
 * five school days. Earlier leave, a notice period and a start ("over 3 weken") are not the length.
 */
export function verlofDuur(a: Analysed): { dagen: number; at: { index: number; length: number } } | undefined {
  for (let i = 0; i < a.tokens.length; i++) {
    const q = quantity(a.tokens, i);
    if (!q || (q.value.unit !== 'dag' && q.value.unit !== 'week' && q.value.unit !== 'lesweek' && q.value.unit !== 'maand')) continue;
    // "ruim twee weken" is more than two weeks: one day more, as "meer dan".
    const more = moreThan(a, i) || q.value.approx === 'ruim';
    // Plain day counts are read by the day patterns; the grammar adds the rough ones ("een dag of vijf").
    if (q.value.unit === 'dag' && !more && q.value.approx === undefined) continue;
    if (NOT_LENGTH_BEFORE.has(norm(a, i - 1) ?? '') || NOT_LENGTH_AFTER.has(norm(a, q.to) ?? '') || inEarlierLeave(a, i)) continue;
    const c = clauseOf(a, i);
    const clause = a.tokens.slice(Math.max(0, c.from - 8), c.to + 8);
    if (!clause.some((t) => LEAVE_WORDS.test(t.norm))) continue;
    // A part of a school day is a day away: "anderhalve week" asks for 8 school days, never fewer. A month is at
    // least 4 school weeks (a lower bound: enough to tell more than 10 days).
    const days = Math.ceil(q.value.unit === 'dag' ? q.value.value : q.value.value * (q.value.unit === 'maand' ? 20 : 5));
    if (days <= 0) continue;
    return { dagen: more ? days + 1 : days, at: span(a, moreThan(a, i) ? i - 2 : i, q.to) };
  }
  return undefined;
}

// ---------- the first two lesweken of the school year (art. 13a lid 2) ----------

const START_OF_YEAR = /^(?:schooljaar|schooljaren|cursusjaar|studiejaar)$/;
const SUMMER = (a: Analysed, i: number) => norm(a, i) === 'zomervakantie' || (norm(a, i) === 'grote' && norm(a, i + 1) === 'vakantie') || norm(a, i) === 'zomer' || norm(a, i) === 'zomerstop';
const FIRST = /^(?:eerste|1e|1ste|begin|start|aanvang|opening|beginweek|startweek)$/;
const RIGHT_AFTER = /^(?:direct|meteen|vlak|gelijk|net|pal|onmiddellijk)$/;
const WEEK_WORD = /^(?:week|weken|lesweek|lesweken|schoolweek|schoolweken|dag|dagen|schooldag|schooldagen|lesdag|lesdagen)$/;
const LATER = /^(?:derde|vierde|vijfde|zesde|3e|4e|5e|6e|laatste)$/;
const EXTEND = /^(?:verlengen|verlengd|verlenging|rekken|langer|oprekken)$/;
const BETWEEN = /^(?:de|het|van|in|na|nieuwe|volgende|komende|en|\d+|twee|paar|week|weken|lesweek|lesweken|schoolweek|schoolweken|dag|dagen|schooldag|schooldagen|lesdag|lesdagen|les)$/;

/**
 * Whether the leave falls in the first two lesweken of the school year (art. 13a lid 2), as people say it: "de
 * eerste twee (les/school)weken van het (nieuwe) schooljaar", "week 1 en 2", "het begin van het schooljaar",
 * "meteen na de zomervakantie / de grote vakantie", "de week na de zomervakantie", "de zomervakantie verlengen".
 * false for "de derde week na de zomervakantie" and "drie weken na de zomervakantie"; undefined when not said.
 */
export function eersteLesweken(a: Analysed): { value: boolean; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const w = ts[i]!.norm;
    // "de eerste twee les-/schoolweken" names them without an anchor
    const wk = norm(a, i + 1) === 'twee' || norm(a, i + 1) === '2' ? i + 2 : i + 1;
    const otherHoliday = ts.slice(wk + 1, wk + 5).some((t) => /vakantie$/.test(t.norm) && t.norm !== 'zomervakantie');
    if (FIRST.test(w) && /^(?:lesweken|schoolweken|lesweek|schoolweek)$/.test(norm(a, wk) ?? '') && !otherHoliday) return { value: true, at: span(a, i, wk + 1) };
    // anchor: "(het nieuwe) schooljaar" or "(de) zomervakantie / grote vakantie / zomer"
    const year = START_OF_YEAR.test(w);
    const summer = SUMMER(a, i);
    if (!year && !summer) continue;
    const before = ts.slice(Math.max(0, i - 9), i).map((t) => t.norm);
    const from = Math.max(0, i - 9);
    const at = (k: number) => span(a, from + k, i + (norm(a, i) === 'grote' ? 2 : 1));
    // "eerste" counts only when what stands between it and the anchor is a span of weeks: "de eerste aanvraag dit
    // schooljaar" is not a time in the school year.
    const end = year ? before.length : Math.max(0, before.lastIndexOf('na'));
    const firstAt = before.findIndex((t, k) => FIRST.test(t) && before.slice(k + 1, end).every((b) => BETWEEN.test(b)));
    const laterAt = before.findIndex((t) => LATER.test(t));
    if (laterAt >= 0 && (firstAt < 0 || laterAt > firstAt)) return { value: false, at: at(laterAt) };
    if (year) {
      // "eerste (twee) weken van het schooljaar", "begin van het schooljaar", "week 1 en 2 van het schooljaar"
      if (firstAt >= 0) return { value: true, at: at(firstAt) };
      const wk = before.findIndex((t, k) => t === 'week' && /^[12]$/.test(before[k + 1] ?? ''));
      if (wk >= 0) return { value: true, at: at(wk) };
      continue;
    }
    // after the summer: "meteen na", "de (eerste) week/weken na", "N weken na" (N ≥ 2: later)
    const na = before.lastIndexOf('na');
    if (na < 0 || na < before.length - 3) {
      // "de zomervakantie (met een week) verlengen": the leave runs into the first lesweek.
      const ext = ts.slice(i + 1, i + 7).findIndex((t) => EXTEND.test(t.norm));
      if (ext >= 0) return { value: true, at: span(a, i, i + ext + 2) };
      continue;
    }
    const pre = before.slice(Math.max(0, na - 4), na);
    if (firstAt >= 0 || pre.some((t) => RIGHT_AFTER.test(t))) return { value: true, at: at(Math.max(0, na - 1)) };
    const unitAt = pre.findLastIndex((t) => WEEK_WORD.test(t));
    if (unitAt >= 0) {
      const count = pre[unitAt - 1];
      const n = count === undefined ? undefined : numberWord(count);
      // "de week na de zomervakantie" is the first one; "een week na" starts in the second, "twee weken na" in the third.
      if (n === undefined || /^(?:de|die|in)$/.test(count ?? '')) return { value: true, at: at(na - 4 + unitAt) };
      return { value: n < 2, at: at(na - 4 + unitAt - 1) };
    }
  }
  return undefined;
}

// ---------- a kind of leave or exemption described in everyday words ----------

const soortRegel = z.object({
  soort: z.string(),
  artikel: z.string(),
  combinaties: z.array(z.array(z.string()).min(1)).min(1),
  leeftijd: z.tuple([z.number(), z.number()]).optional(),
  niet: z.array(z.string()).optional(),
  tekst: z.boolean().optional(),
  vervangendArtikel: z.enum(['3a', '3b']).optional(),
});
type SoortRegel = z.infer<typeof soortRegel>;
let soortRegels: SoortRegel[] | undefined;
function regels(): SoortRegel[] {
  soortRegels ??= z.array(soortRegel).parse(vocabulary().files.verlofsoorten.soorten);
  return soortRegels;
}

/** A cue of a kind, as it stands in the text: negated when a negator stands before it in its own clause. */
interface Kenmerk {
  naam: string;
  from: number;
  to: number;
  zin: number;
  ontkend: boolean;
}
const NEGATOR = /^(?:geen|niet|nooit|nergens|zonder|noch|niemand)$/;
/** How many words before a cue a negator still denies it. */
const NEGATION_REACH = 4;
/** A negation does not reach across a coordinator: "geen diploma en wil alleen werken". */
const COORDINATOR = /^(?:en|of|maar|,)$/;
const kenmerkCache = new WeakMap<Analysed, Kenmerk[]>();

/** The cues of verlofsoorten.yaml in the text, each with its sentence and whether its clause denies it. */
export function kenmerken(a: Analysed): Kenmerk[] {
  const cached = kenmerkCache.get(a);
  if (cached) return cached;
  const zin: number[] = [];
  let n = 0;
  for (const t of a.tokens) {
    zin.push(n);
    if (t.kind === 'punct' && /[.?!]/.test(t.norm)) n++;
  }
  // A country or town abroad (plaatsen.yaml) is the cue "buitenland" too.
  const abroad = matches(a, 'plaatsen').filter((m) => m.item.waarde === 'buitenland').map((m) => ({ ...m, item: { ...m.item, waarde: 'buitenland' } }));
  const out = [...vocabulary().match(a.tokens, ['verlofsoorten']), ...abroad]
    // "vrij" in "vrijstelling" is no leave: a short cue counts only as a whole word or as the head of a compound
    .filter((m) => m.part !== 'modifier' || m.form.length >= 5)
    .map((m) => {
      const c = clauseOf(a, m.from);
      // "niet schoolgeschikt", "reizen niet mee": the negator is part of the cue itself; "zonder verlof?" still asks about leave
      const own = a.tokens.slice(m.from, m.to).some((t) => NEGATOR.test(t.norm)) || (m.item as { ontkenbaar?: boolean }).ontkenbaar === false;
      // the negator stands shortly before the cue in its clause ("geen verklaring van een aangewezen arts")
      let before = false;
      for (let k = m.from - 1; k >= Math.max(c.from, m.from - NEGATION_REACH) && !COORDINATOR.test(a.tokens[k]!.norm); k--) if (NEGATOR.test(a.tokens[k]!.norm)) before = true;
      return { naam: String(m.item.waarde), from: m.from, to: m.to, zin: zin[m.from] ?? 0, ontkend: before && !own };
    });
  kenmerkCache.set(a, out);
  return out;
}

/** Whether a cue stands in the text, not denied: true, denied: false, absent: undefined. */
export function kenmerk(a: Analysed, naam: string): { value: boolean; at: { index: number; length: number } } | undefined {
  const all = kenmerken(a).filter((k) => k.naam === naam);
  const k = all.find((x) => !x.ontkend) ?? all[0];
  return k && { value: !k.ontkend, at: span(a, k.from, k.to) };
}

/**
 * The kind of leave or exemption the text describes without naming it ("hij kan door zijn angststoornis niet naar
 * school; moet hij ingeschreven staan?" is 5 onder a): the first kind in verlofsoorten.yaml one of whose cue
 * combinations stands in one sentence, no cue denied, within the kind's age range and with none of its excluding cues.
 */
export function verlofsoortBeschreven(a: Analysed, leeftijd: number | undefined): { soort: string; vervangendArtikel?: '3a' | '3b'; at: { index: number; length: number } } | undefined {
  const ks = kenmerken(a).filter((k) => !k.ontkend);
  if (!ks.length) return undefined;
  const has = new Set(ks.map((k) => k.naam));
  for (const r of regels()) {
    if (r.leeftijd && leeftijd !== undefined && (leeftijd < r.leeftijd[0] || leeftijd > r.leeftijd[1])) continue;
    if (r.niet?.some((n) => has.has(n))) continue;
    for (const combo of r.combinaties) {
      const wanted = combo.filter((c) => c !== '@jong');
      if (combo.includes('@jong') && !(leeftijd !== undefined && leeftijd <= 6)) continue;
      const zinnen = r.tekst ? [undefined] : [...new Set(ks.map((k) => k.zin))];
      for (const z of zinnen) {
        const hits = wanted.map((w) => ks.find((k) => k.naam === w && (z === undefined || k.zin === z)));
        if (hits.some((h) => !h)) continue;
        if (r.soort === 'ziekte' && !pupilIsIll(a, hits[0]!)) continue;
        const from = Math.min(...hits.map((h) => h!.from));
        const to = Math.max(...hits.map((h) => h!.to));
        return { soort: r.soort, ...(r.vervangendArtikel ? { vervangendArtikel: r.vervangendArtikel } : {}), at: span(a, from, to) };
      }
    }
  }
  return undefined;
}

const PUPIL_WORDS = /^(?:kind|kinderen|zoon|dochter|zoontje|dochtertje|leerling|ouders|ouder)$/;
/** The pupil is the one who is ill: no other person (a grandparent, a parent as subject) in the clause of the illness. */
function pupilIsIll(a: Analysed, ziek: Kenmerk): boolean {
  const c = a.tokens[ziek.from]!.clause;
  return !matches(a, 'familie').some((m) => a.tokens[m.from]!.clause === c && !PUPIL_WORDS.test(m.form));
}

// ---------- a date told from a named day or holiday ----------

/** Named days and school holidays as the calendar names them (calendar.ts, knowledge/kalender/). */
const ANCHORS: Record<string, string> = {
  koningsdag: 'Koningsdag', hemelvaartsdag: 'Hemelvaartsdag', hemelvaart: 'Hemelvaartsdag', nieuwjaarsdag: 'Nieuwjaarsdag',
  kerstvakantie: 'kerstvakantie', meivakantie: 'meivakantie', herfstvakantie: 'herfstvakantie', voorjaarsvakantie: 'voorjaarsvakantie',
  krokusvakantie: 'voorjaarsvakantie', zomervakantie: 'zomervakantie',
};
const WEEKDAY_INDEX: Record<string, number> = { maandag: 0, dinsdag: 1, woensdag: 2, donderdag: 3, vrijdag: 4 };

/**
 * A time told from a named day or holiday: "de dag na Koningsdag", "de week voor de kerstvakantie", "vlak na de
 * meivakantie", "de vrijdag voor de voorjaarsvakantie". Outside the summer holiday's end such a time never falls in
 * the first two lesweken (art. 13a lid 2). The date itself only when it is the same in every calendar region, the
 * next one from today; otherwise it stays unknown and the rules ask.
 */
export function datumBijAnker(a: Analysed, today: string): { datum?: string; dagen?: number; buitenEersteLesweken: boolean; at: { index: number; length: number } } | undefined {
  const ts = a.tokens;
  for (let i = 0; i < ts.length; i++) {
    const naam = ANCHORS[ts[i]!.norm];
    // Any other named day the grammar of points in time knows ("de dag na Sint-Maarten", "de week voor Pasen").
    const genoemd = naam ? undefined : tijdvakAt(a, i, today, 'toekomst');
    if (!naam && !(genoemd && genoemd.from === i && a.tokens[i]!.kind === 'word' && !genoemd.vakantie)) continue;
    const k = norm(a, i - 1) === 'de' ? i - 2 : i - 1;
    const rel = norm(a, k);
    if (rel !== 'na' && rel !== 'voor') continue;
    const what = norm(a, k - 1) ?? '';
    const unit = what === 'dag' || what === 'week' || what in WEEKDAY_INDEX ? what : RIGHT_AFTER.test(what) ? 'direct' : undefined;
    if (!unit || (unit === 'direct' && rel === 'voor')) continue;
    const from = unit === 'direct' ? k - 1 : norm(a, k - 2) === 'de' || norm(a, k - 2) === 'het' ? k - 2 : k - 1;
    const at = span(a, from, genoemd ? genoemd.to : i + 1);
    const buitenEersteLesweken = !(naam === 'zomervakantie' && rel === 'na');
    const dates = (['noord', 'midden', 'zuid'] as const).map((r) => {
      const k = regionCalendar(r);
      const anker = genoemd ?? k.vakanties.filter((h) => h.naam === naam && h.tot >= today).sort((p, q) => (p.van < q.van ? -1 : 1))[0];
      return anker && anchoredDate(k, anker, rel, unit);
    });
    const datum = dates[0] && dates.every((d) => d === dates[0]) ? dates[0] : undefined;
    // A day or a named weekday is one school day; a whole week five.
    const dagen = unit === 'week' ? 5 : unit === 'direct' ? undefined : 1;
    return { ...(datum ? { datum } : {}), ...(dagen ? { dagen } : {}), buitenEersteLesweken, at };
  }
  return undefined;
}

/** The day meant by "de dag/week/vrijdag na|voor <anker>", the anker being a holiday or a named day. */
function anchoredDate(k: Kalender, v: { van: string; tot: string }, rel: 'na' | 'voor', unit: string): string | undefined {
  const schoolDay = (d: string) => !holidayName(k, d) && !isWeekend(d);
  const step = rel === 'na' ? 1 : -1;
  let d = rel === 'na' ? addDays(v.tot, 1) : addDays(v.van, -1);
  // "de dag na Koningsdag" is that calendar day; after a holiday period the next school day is meant.
  if (v.van === v.tot && unit === 'dag') return d;
  for (let n = 0; n < 14 && !schoolDay(d); n++) d = addDays(d, step);
  if (unit === 'week') return mondayOf(d);
  if (unit in WEEKDAY_INDEX) {
    const day = addDays(mondayOf(d), WEEKDAY_INDEX[unit]!);
    return schoolDay(day) ? day : undefined;
  }
  return d;
}
