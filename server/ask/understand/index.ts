import type { z } from 'zod';
import { leerplichtInput, meldingInput, verlofInput, type LeerplichtInput, type MeldingInput, type VerlofInput } from '../../rules/schemas.js';
import { ageOn } from '../../rules/dates.js';
import { allMatches } from './slots.js';
import { Extraction, inschrijvingEnDiploma, leeftijd, leerplicht, onderwijssoort, peildatumGenoemd, peildatumVandaag, persona, regio, verlof, verzuim, type Found } from './extract.js';
import { OTHER_TOPIC, OWN_EVENT_SEARCH, readIntents, reportsToInspectie, VERLOF_TOLD, type Vraagvorm } from './intents.js';
import { normalize } from './lexicon.js';
import { cleanQuestion } from './noisy.js';
import { tijdvakken } from './timepoints.js';
import { INTENTS, type Intent } from './paraphrases.js';
import { splitQuestion } from '../subquestions.js';

// Understand: which rules question(s) a Dutch message asks, and the facts it states. What is asked is read from the
// words alone (intents.ts), so a fact the extraction misses never loses the question; facts the text states add
// the questions they imply. Facts the text does not state stay undefined; the rules then ask for them.

export type { Intent } from './paraphrases.js';

export interface Understanding {
  /** The message as understanding read it: shorthand written out, slips corrected, run-on sentences ended (noisy.ts). */
  tekst: string;
  /** Rules questions asked, most specific first; [] = a general knowledge question. */
  intents: Intent[];
  /** How it is asked: decide a case, the procedure, the legal ground, or general knowledge. */
  vorm: Vraagvorm;
  /** The ages of several pupils asked about together ("de kinderen (8 en 11)"): decide.ts decides only when each gets the same outcome. */
  leeftijden?: number[];
  /** The birth dates of several children asked about together ("mijn dochter is geboren op …, mijn zoon op …"). */
  geboortedata?: string[];
  /** School type and year as written ("3 havo", "groep 5"): bounds an age the text does not state. */
  leerjaar?: string;
  /** The class as written when being in it implies no startkwalificatie yet ("5 havo", "4 vmbo-t"); decide.ts assumes it. */
  klasZonderStartkwalificatie?: string;
  melding: Partial<MeldingInput>;
  verlof: Partial<VerlofInput>;
  leerplicht: Partial<LeerplichtInput>;
  persona?: 'school' | 'leerplichtambtenaar' | 'helpdesk';
  regio?: string;
  /** Words for the search when the question is about something the rules do not decide (the pupil's own pregnancy). */
  zoekwoorden?: string;
  /** Numeric facts the words bound without fixing them ("sinds begin november": 3 to 4 lesweken); decide.ts runs the rules over both ends. */
  bereik?: Bereik;
  /** What was extracted and from which words (explanations, tests). */
  found: Found[];
  /**
   * Words understanding read as something it knows (a fact, a vocabulary entry, a point in time): the answer never
   * names them as words the sources lack ("Over „half” vind ik niets").
   */
  begrepen: string[];
}

/** The facts a message states itself, as the rules take them (decide.ts): the rules' inputs and what bounds them. */
export function statedFacts(u: Understanding): Record<string, unknown> {
  const all: Record<string, unknown> = { ...u.melding, ...u.verlof, ...u.leerplicht, leerjaar: u.leerjaar, klasZonderStartkwalificatie: u.klasZonderStartkwalificatie, bereik: u.bereik, leeftijden: u.leeftijden, geboortedata: u.geboortedata };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

export type Bereik = Record<string, { van: number; tot: number; uitleg: string }>;

/** Longer input is cut: questions are short, and the regexes must stay fast on hostile text. */
const MAX_CHARS = 5000;

const MELDING_ASK = /(?<!(?:ouders|vader|moeder) )\bmeld\w*|\b(?:wordt|worden|word) (?:\w+ ){0,3}gemeld\b|\breport(?:ed)? (?:it |this |him |her )?to (?:duo|leerplicht)|\bgemeld (?:moet|worden|te worden)|\bmoet(?:en)? (?:\w+ ){0,3}gemeld|\bduo\b|verzuimloket|doorstroompunt|\bwat moet(?:en)? (?:ik|we|wij|de (?:\w+ )?school|ze|zij|jullie|u)(?: nu)?(?: \w+)? doen\b|\b(?:volgende|vervolg) ?stap|\bwat gebeurt er\b|\bmoet(?:en)? (?:ik|we|wij|ze)(?: als \w+)? (?:hier |daar |nu |al |nog )?iets(?: doen| mee| mee doen)?\b/;
// Open "what now" questions: a melding ask only when the text also states absence facts (see detectIntents).
const OPEN_ACTION_ASK = /\bis (?:dat|dit|het|that|this|it) (?:een |a )?(?:probleem|problem|erg)\b|\bwat voor (?:soort |type |een )?(?:verzuim|melding)\b|\bwelke? (?:(?:vorm|soort) (?:van )?)?verzuim\b|\bis (?:dat|dit|het) (?:\w+ )?verzuim\b|\bwat is (?:dit|dat|het) voor (?:soort )?verzuim\b|\bwat (?:doe|moet) (?:ik|we|wij)(?: nu| dan)?\??$|\bwat (?:doe (?:ik|we|wij)|nu|te doen|moet(?:en)? (?:er|hiermee|hier mee)|kunnen (?:we|wij|ik)(?: nu)? doen|doen (?:we|wij|ik|jullie)|is (?:de|het) (?:procedure|protocol|aanpak|juiste route)|zijn (?:de|onze) (?:stappen|verplichtingen))\b|\bhoe (?:pakken|gaan|moeten) (?:we|wij|ik) (?:dit|dat|hiermee|nu) (?:aan|om|verder)|\bhoe (?:nu )?verder\b|\bhoe te handelen|\bhoe handel(?:en)? (?:we|wij|ik)\b|\bactie (?:nodig|vereist|ondernemen)|\b(?:moet|moeten) (?:ik|we|wij|de school) (?:hier |nu |al )?(?:actie|stappen) (?:ondernemen|zetten)|\bondernemen (?:we|wij)\b|\bwelke stappen\b|\bmoet(?:en)? (?:dit|dat|het|hij|zij|ze) (?:\w+ ){0,2}naar (?:duo|de leerplichtambtenaar|leerplicht)\b|\b(?:inlichten|inschakelen|doorgeven|doorzetten)\b|\b(?:is|telt) (?:dit|dat|het) (?:nu )?(?:als )?(?:\w+ )?(?:ongeoorloofd|geoorloofd|luxe|relatief|absoluut|meldplichtig)(?: verzuim)?\b/;
const PUPIL = /\b(?:lln|pupil|gezin|leerling|student|kind|kinderen|zoon|dochter|jongen|meisje|scholier|jongere|brugklasser)\b/;
const VERLOF_ASK = /verlof|\bkrijg(?:t|en)? (?:\w+ ){0,3}vrij\b|\b(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar) (?:extra )?(?:school)?dag(?:en)? vrij\b|gewichtige omstandighe|\bvragen (?:\w+ ){0,4}?vrij\b|\bvrijaf\b|toestemming|toekenn|wie beslist|\bbeslis|\bvrij (?:vragen|krijgen|geven|nemen|mag|mogen|hebben|voor)\b|thuis ?houden|thuis te houden|\bmag (?:ik|de directeur|de school|dat|dit|het|hij|ze|zij)\b|\bmag (?:een |de )?(?:ouders?|kind|leerling)\b|\bmogen (?:ze|zij|wij|we|ouders)\b|\bkan (?:ik|de directeur|de school)\b|aanvra|aangevraagd|weigeren|afwijzen|hoeveel dagen/;
const VERLOF_REFUSED = /\b(?:afgewezen|geweigerd|niet toegekend|geen toestemming gegeven|geen verlof gekregen)\b/;
const VRIJSTELLING_SOORTEN = new Set(['vrijstelling-5a', 'vrijstelling-5b', 'vrijstelling-5c', 'trekkend-bestaan', 'vervangende-leerplicht', 'vrijstelling-kwalificatieplicht']);
const LEERPLICHT_WORD = /\b(?:leerplichtig|kwalificatieplichtig|leerplicht|kwalificatieplicht|leerplichtwet)\b/;
const LEERPLICHT_STATUS = /\b(?:leerplichtig|kwalificatieplichtig|kwalificatieplicht|leerplichtwet|onder de (?:leerplicht\w*|lpw)|(?:de|geen|nog|zijn|haar) leerplicht(?! ?ambtenaar)|leerplicht (?:eindigt|geldt|begint|loopt|voorbij))\b/;
const LEERPLICHT_ASK = /\?|\btot wanneer\b|\bvanaf (?:welke dag|wanneer)\b|\bklopt (?:dat|het)\b|\b(?:vragen|vraagt|vroeg|vroegen|wil(?:len)? weten|weten niet) of\b/;
/** With a birth date, a question about status, stopping or working is a leerplicht question without naming it. */
const LEERPLICHT_TOPIC = /\b(?:(?:wat is|welke) (?:zijn |haar |de )?(?:status|positie|situatie)|status\b|schoolplicht\w*|(?:moet|moeten|hoeft|hoeven) (?:hij|zij|ze|het kind|de leerling|de jongere|deze leerling|die jongen|dat meisje) (?:\w+ ){0,6}?(?:naar school|op school blijven|onderwijs volgen|ingeschreven)|(?:nog )?(?:naar school moet|naar school moeten|verplicht (?:naar school|onderwijs))|\b(?:moet|moeten|hoeft|hoeven) (?:\S+ ){1,5}?(?:nog )?naar (?:school|de basisschool|de middelbare school)\b|(?:mag|mogen|kan|kunnen|wil|wilt|willen) (?:hij|zij|ze|de leerling|de jongere|het kind)? ?(?:al |nu |dan )?(?:stoppen|van school (?:af|gaan)|gaan werken|fulltime werken|een baan|de school verlaten|met school stoppen|van school)|(?:stoppen met school|van school af|van school gaan|gaan werken|fulltime (?:gaan )?werken|school verlaten|met school stoppen|met school ophouden)|tot wanneer (?:moet|geldt|is)|wanneer (?:mag|moet|is) (?:hij|zij|ze)\b)/;
const LEERPLICHT_STATEMENT = /\((?:nog )?(?:volledig )?(?:leerplichtig|kwalificatieplichtig)\)/g;

const ABSENCE_FACTS = [
  'ongeoorloofdeUren', 'aaneengeslotenWekenAfwezig', 'keerOngeoorloofd', 'keerTeLaat', 'ziekmeldingenIn12Weken',
  'aaneengeslotenZiekeDagen', 'mazlNietVerschenen', 'verzuimDagen', 'rondVakantie', 'twijfelAanZiekmelding',
  'ziekmeldingTijdig', 'uitschrijvingZonderBewijs', 'bereik',
];

function empty(tekst = ''): Understanding {
  return { tekst, intents: [], vorm: 'kennis', melding: {}, verlof: {}, leerplicht: {}, found: [], begrepen: [] };
}

const TIME_PREPOSITIONS = new Set(['sinds', 'vanaf', 'rond', 'rondom', 'omstreeks', 'tot', 'na', 'voor', 'op', 'per']);

/** The words of the facts found, the vocabulary matched and the points in time read. */
function understoodWords(x: Extraction): string[] {
  const ts = x.a.tokens;
  // A point in time with the word that places it ("sinds", "vanaf", "rond").
  const tijd = tijdvakken(x.a, x.today).map((t) => ({ from: TIME_PREPOSITIONS.has(ts[t.from - 1]?.norm ?? '') ? t.from - 1 : t.from, to: t.to }));
  const spans = [...allMatches(x.a), ...tijd].map((m) => ts.slice(m.from, m.to).map((t) => t.norm));
  const fromFacts = x.found.map((f) => normalize(f.text).split(/[^\p{L}\d]+/u));
  return [...new Set([...spans, ...fromFacts].flat().filter((w) => /^\p{L}{3,}$/u.test(w)))];
}

export function understand(question: string, ctx: { today: string }, whole = true): Understanding {
  try {
    if (typeof question !== 'string' || !/[a-z]/i.test(question)) return empty(typeof question === 'string' ? question : '');
    // Shorthand, slips and run-on clauses are set right first: everything below reads the cleaned message.
    const original = cleanQuestion(question.slice(0, MAX_CHARS));
    const x = new Extraction(normalize(original), original, ctx.today);
    persona(x);
    regio(x);
    leeftijd(x);
    onderwijssoort(x);
    inschrijvingEnDiploma(x);
    leerplicht(x);
    verlof(x);
    verzuim(x);
    dropConflictingBirthDate(x);
    const reading = readIntents(original);
    // A general question ("wat is een vrijstelling 5 onder a?", "wat gebeurt er als een leerling geschorst is?")
    // states its facts as an example: the sources answer it, not a rules decision about them.
    // Facts imply a rules question only where the main question leaves it open: a knowledge question gets none, and
    // a main question that names its own type is not joined by another type that side clauses happen to state
    // (an exemption stated answers a question about the duty: see `ordered`).
    // A rule may only decide about a case: a question that names nobody in particular, tells no situation before it
    // and states no fact of a case (an age, a class, a date, days or hours, an occasion) is about the law in general,
    // however precisely it names the kind of leave or exemption ("wat zijn de regels voor vakantieverlof?").
    const asked = reading.gevraagd;
    // A described exemption case about somebody ("hoeven we hem dan niet in te schrijven?") is no general question.
    const exemptionCase = reading.kennisvraag && !reading.algemeen && VRIJSTELLING_SOORTEN.has(x.facts.soort as string) && PUPIL.test(x.t);
    const aboutCase = reading.casus || reading.verteld || Object.keys(x.facts).some((k) => !KIND_FACTS.has(k));
    const general = (reading.algemeen || reading.kennisvraag) && !exemptionCase;
    const implied = general || !aboutCase ? [] : detectIntents(x, reading.intents.includes('melding')).filter((i) => !asked || asked.includes(i) || (i === 'vrijstelling' && asked.includes('leerplicht')));
    // Two pupils described (each with an age): the rules decide one case, so the sources answer (issue 10, class 6).
    const perChild = Array.isArray(x.facts.leeftijden) || Array.isArray(x.facts.geboortedata);
    const own = x.facts.meerdereLeerlingen && !perChild ? [] : takenNotAsked(ordered([...reading.intents, ...implied]), x, original).filter((i) => mayDecide(i, reading));
    // Read whole, a second part about another topic can take the rules question of the first away ("Wanneer moet hij
    // naar school, en wie moet hem inschrijven?" reads as a question about enrolment). Then each part is read on its
    // own with the situation told before it. A whole reading that found a rules question stands: it already weighed
    // which told facts are only facts (a report asked beside a feast is no leave request).
    const parts = whole && own.length === 0 && !(x.facts.meerdereLeerlingen && !perChild) ? partReadings(original, ctx) : [];
    const intents = ordered([...own, ...parts.flatMap((p) => p.intents)]);
    const vorm = own.length === 0 && intents.length > 0 ? parts.find((p) => p.intents.length > 0)!.vorm : reading.vorm;
    if (intents.includes('leerplicht')) {
      peildatumGenoemd(x);
      peildatumVandaag(x);
    }
    return {
      tekst: original,
      intents,
      vorm,
      ...(typeof x.facts.leerjaar === 'string' ? { leerjaar: x.facts.leerjaar } : {}),
      ...(typeof x.facts.klasZonderStartkwalificatie === 'string' ? { klasZonderStartkwalificatie: x.facts.klasZonderStartkwalificatie } : {}),
      melding: pick(meldingInput, x.facts) as Partial<MeldingInput>,
      verlof: pick(verlofInput, x.facts) as Partial<VerlofInput>,
      // A birth year or month alone ("2013", "2010-03") stays as read: decide.ts runs the rules over its ages.
      leerplicht: { ...pick(leerplichtInput, x.facts), ...(PARTIAL_DATE.test(String(x.facts.geboortedatum)) ? { geboortedatum: x.facts.geboortedatum } : {}) } as Partial<LeerplichtInput>,
      ...(x.facts.persona ? { persona: x.facts.persona as Understanding['persona'] } : {}),
      ...(x.facts.regio ? { regio: x.facts.regio as string } : {}),
      ...(reading.eigenGebeurtenis ? { zoekwoorden: OWN_EVENT_SEARCH } : {}),
      ...(x.facts.bereik ? { bereik: x.facts.bereik as Bereik } : {}),
      ...(Array.isArray(x.facts.leeftijden) ? { leeftijden: x.facts.leeftijden as number[] } : {}),
      ...(Array.isArray(x.facts.geboortedata) ? { geboortedata: x.facts.geboortedata as string[] } : {}),
      found: x.found,
      begrepen: understoodWords(x),
    };
  } catch {
    // Understanding is best effort: a pattern failure must never break the answer.
    return empty(typeof question === 'string' ? question : '');
  }
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2})?$/;

/**
 * A birth date that disagrees with the age the text states (by more than the year a birthday can account for) means
 * one of them was misread; deciding on either could say "nog niet leerplichtig" of a 16-year-old. The birth date is
 * dropped, so the rules decide on the stated age or ask for the birth date. Several children keep theirs.
 */
function dropConflictingBirthDate(x: Extraction): void {
  const born = x.facts.geboortedatum;
  const age = x.facts.leeftijd;
  if (typeof born !== 'string' || !ISO_DATE.test(born) || typeof age !== 'number' || Array.isArray(x.facts.geboortedata) || Array.isArray(x.facts.leeftijden)) return;
  if (Math.abs(ageOn(born, x.today) - age) <= 1) return;
  delete x.facts.geboortedatum;
  x.found.splice(0, x.found.length, ...x.found.filter((f) => f.fact !== 'geboortedatum'));
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Each part of a question that asks two or more things, read with the statements before it (the situation). */
function partReadings(text: string, ctx: { today: string }): Understanding[] {
  // Only a message that asks (a question mark) has parts; a statement split at "en heeft …" asks nothing.
  const parts = text.includes('?') ? splitQuestion(text) : [];
  if (parts.length < 2) return [];
  const situation = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[?])\s+|(?<=[.!])\s+(?=\p{Lu})/u)
    .filter((s) => !s.trim().endsWith('?'))
    .join(' ');
  return parts.map((p) => {
    const asked = p.text.charAt(0).toUpperCase() + p.text.slice(1).replace(/[?\s]*$/, '?');
    return understand(`${situation} ${asked}`.trim(), ctx, false);
  });
}

/** Facts that only name a kind (of leave, absence, school) or who asks: words of a general question as much as of a case. */
const KIND_FACTS = new Set(['meerdereLeerlingen', 'geboortedata', 'soort', 'onderwijssoort', 'leeftijdBereik', 'klasZonderStartkwalificatie', 'soortVerzuim', 'inEersteTweeLesweken', 'periode', 'persona', 'regio']);

/**
 * Whether a rule may answer what is asked. The exemption rule says whether an exemption arises for a case; how to
 * give notice, renew or register one is procedure the sources answer. Leave rules decide family events and the
 * like, never the pupil's own pregnancy or childbirth (that absence is illness, art. 11 onder d).
 */
function mayDecide(intent: Intent, reading: ReturnType<typeof readIntents>): boolean {
  if (intent === 'vrijstelling') return reading.vorm !== 'procedure';
  if (intent === 'verlof') return !reading.eigenGebeurtenis;
  return true;
}

function detectIntents(x: Extraction, reportAsked = false): Intent[] {
  const f = x.facts;
  const t = x.t;
  const absence = ABSENCE_FACTS.some((k) => f[k] !== undefined) || f.ingeschreven === false || (f.soortVerzuim !== undefined && (f.leeftijd !== undefined || f.onderwijssoort !== undefined || PUPIL.test(t)));
  const verlofFacts = f.soort !== undefined || f.omstandigheid !== undefined || f.dagen !== undefined || f.urenPerWeek !== undefined;
  // A bare report of unexcused hours or weeks ("heeft 20 uur gespijbeld") asks what to do about it, even unasked.
  const statedTruancy = !verlofFacts && f.soortVerzuim === 'ongeoorloofd' && (f.ongeoorloofdeUren !== undefined || f.aaneengeslotenWekenAfwezig !== undefined);
  const toInspectie = reportsToInspectie(t, t);
  // A report told as due and not made ("we hebben niet gemeld; kan dat nog?") asks about that report.
  const overdue = f.meldingUitgebleven === true && absence;
  // Leave refused and the family goes anyway: the question is about that absence (luxe verzuim), not the leave.
  const refusedGoing = f.soortVerzuim === 'vakantie-zonder-verlof' && VERLOF_REFUSED.test(t);
  const melding = !toInspectie && (((MELDING_ASK.test(t) || OPEN_ACTION_ASK.test(t)) && absence) || statedTruancy || overdue || refusedGoing);
  const vrijstelling = VRIJSTELLING_SOORTEN.has(f.soort as string);
  const verlof = !vrijstelling && VERLOF_ASK.test(t) && verlofFacts && !(OTHER_TOPIC.test(t) && !/verlof/.test(t)) && !((melding || reportAsked) && (VERLOF_REFUSED.test(t) || VERLOF_TOLD.test(t) || f.soortVerzuim === 'vakantie-zonder-verlof'));
  // A birth date, an age or a class year names the pupil whose status is asked (the rules decide over an age range).
  // With a birth date any mention of the duty counts; with an age or class only the status itself ("leerplichtig",
  // "valt onder de leerplicht"), since "bij leerplicht melden" names the office. A schorsing or deregistration asked
  // about is its own topic: only the status named outright makes it a status question.
  const statusWord = f.geboortedatum !== undefined ? LEERPLICHT_WORD : LEERPLICHT_STATUS;
  const who = f.geboortedatum !== undefined || f.leeftijd !== undefined || f.leeftijdBereik !== undefined;
  const leerplicht = who && LEERPLICHT_ASK.test(t) && (statusWord.test(t.replace(LEERPLICHT_STATEMENT, '')) || (!melding && !verlof && !vrijstelling && !OTHER_TOPIC.test(t) && LEERPLICHT_TOPIC.test(t)));
  const out: Intent[] = [];
  if (vrijstelling) out.push('vrijstelling');
  if (verlof) out.push('verlof');
  if (melding) out.push('melding');
  if (leerplicht) out.push('leerplicht');
  return out;
}

/** The asking sentences ask for leave itself ("mag de directeur achteraf nog verlof geven?"). */
const ASKS_LEAVE = /\b(?:verlof|toestemming|vrij (?:vragen|geven|krijgen))\b[^.!]*\?|\b(?:mag|mogen|kan|kunnen) (?:de directeur|de school|de leerplichtambtenaar|hij|zij|ze|het kind|mijn (?:zoon|dochter|kind))\b[^.!?]*\?/;

/**
 * Absence whose leave is settled — a trip already taken without leave (soortVerzuim 'vakantie-zonder-verlof' is only
 * read from past events) or leave already granted — asked about with a report in view is a melding question: the
 * verlof reading goes unless the question itself asks for leave (issue 10, class 2).
 */
function takenNotAsked(intents: Intent[], x: Extraction, text: string): Intent[] {
  const settled = x.facts.soortVerzuim === 'vakantie-zonder-verlof' || x.facts.soortVerzuim === 'verlof';
  if (!settled || !intents.includes('melding') || !intents.includes('verlof')) return intents;
  return ASKS_LEAVE.test(normalize(text)) ? intents : intents.filter((i) => i !== 'verlof');
}

/** Most specific first, each once: vrijstelling, verlof, melding, leerplicht. */
function ordered(list: Intent[]): Intent[] {
  const order: Intent[] = ['vrijstelling', 'verlof', 'melding', 'leerplicht'];
  // An exemption (art. 5, 15) is a question about the duty itself: its status is part of that answer.
  const without = list.includes('vrijstelling') ? ['leerplicht'] : [];
  return order.filter((i) => list.includes(i) && INTENTS.includes(i) && !without.includes(i));
}

/** The facts a schema knows, each checked against its field so the rules always get valid input. */
function pick(schema: z.ZodObject<z.ZodRawShape>, facts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(schema.shape)) {
    if (facts[k] === undefined) continue;
    const parsed = (field as z.ZodType).optional().safeParse(facts[k]);
    if (parsed.success && parsed.data !== undefined) out[k] = parsed.data;
  }
  return out;
}
