import { addDays, addMonths, birthday, daysBetween, schoolYearStart } from '../../rules/dates.js';
import type { Omstandigheid, Onderwijssoort, SoortVerzuim, VerlofSoort } from '../../rules/schemas.js';
import { comingDay, DATE, dateOf, MONTH, month, nextWeekDay, NUM, NUM2, num, validDate, WEEKDAY, weekdayNumber } from './lexicon.js';
import {
  fillAndereVakantie, fillBuitenLestijd, fillGrensBereikt, verzuimTabel, fillBuitenland, fillEerderVerlof, fillGeboortedatum, fillGeboortejaarVan, fillGraad, fillVerjaardag, fillIngeschreven, fillKeer, fillLeeftijd, fillOnderwijs, fillUren, fillUrenPerWeekdag, fillUrenSinds, fillWekelijksVerzuim, fillUrenUitWeken, fillVerwant, fillVerzuimDagen, fillWekenAfwezig, fillWekenSinds, fillZiekmeldingen,
  beoordeeldVerlof, datumBijAnker, normStatements, diplomaNiveau, eersteLesweken, inEarlierLeave, kenmerk, noticeOffset, omstandigheid, reisBuitenland, religieusePlicht, vervoerUitgevallen, medischeAfspraak, laatOfNietGemeld, seizoensberoep, tokenAt, urenPerWeekDelen, verlofDuur, verlofsoortBeschreven, verlofsoortGenoemd,
} from './slots.js';
import { analyse, clauseOf, type Analysed } from './tokens.js';

// Fact extraction from normalised Dutch text. Each fact is set once, by the first pattern that states it, and
// recorded with the words it came from. Nothing is inferred that the text does not say.

export interface Found {
  fact: string;
  value: unknown;
  text: string;
}

const r = (src: string) => new RegExp(src, 'g');

/** Facts that count the case's absence: never read from a statement of the norm. */
const COUNTED_FACTS = new Set(['ongeoorloofdeUren', 'verzuimDagen', 'aaneengeslotenWekenAfwezig', 'keerOngeoorloofd', 'keerTeLaat', 'aaneengeslotenZiekeDagen', 'ziekmeldingenIn12Weken', 'dagenVooraf']);

export class Extraction {
  readonly facts: Record<string, unknown> = {};
  readonly found: Found[] = [];
  /** Tokens, clauses, negation and tense: what the grammar, the vocabulary and the slot fillers read. */
  readonly a: Analysed;
  constructor(
    readonly t: string,
    readonly original: string,
    readonly today: string,
  ) {
    this.a = analyse(original, t);
  }

  set(fact: string, value: unknown, at: { index: number; length: number }): void {
    if (value === undefined || (typeof value === 'number' && !Number.isFinite(value)) || this.facts[fact] !== undefined) return;
    // A number in a statement of the reporting norm ("je moet bij 16 uur melden") is the rule's, not the case's.
    if (COUNTED_FACTS.has(fact) && normStatements(this.a).some(([from, to]) => at.index >= from && at.index < to)) return;
    this.facts[fact] = value;
    this.found.push({ fact, value, text: this.original.slice(at.index, at.index + at.length) });
  }

  /** All matches, in text order. */
  all(re: RegExp): RegExpExecArray[] {
    re.lastIndex = 0;
    return [...this.t.matchAll(re)];
  }

  first(re: RegExp): RegExpExecArray | undefined {
    re.lastIndex = 0;
    return re.exec(this.t) ?? undefined;
  }

  has(re: RegExp): boolean {
    re.lastIndex = 0;
    return re.test(this.t);
  }

  before(m: RegExpExecArray, n: number): string {
    return this.t.slice(Math.max(0, m.index - n), m.index);
  }
}

const at = (m: RegExpExecArray) => ({ index: m.index, length: m[0].length });

// ---------- who asks, where ----------

const PERSONA: Array<[RegExp, 'leerplichtambtenaar' | 'helpdesk' | 'school']> = [
  [r(String.raw`\b(?:ik ben|wij zijn|we zijn|ik werk als|als|bij mij als) (?:een |de )?(?:leerplichtambtenaar|leerplichtambtenaren|consulent leerplicht)\b`), 'leerplichtambtenaar'],
  [r(String.raw`\b(?:ik werk (?:bij|op) de helpdesk|(?:ik ben|wij zijn|we zijn|als|vanuit) (?:de )?helpdesk|helpdeskmedewerker)`), 'helpdesk'],
  [
    r(
      String.raw`\b(?:(?:wij zijn|we zijn|ik ben|ik werk (?:op|bij)|als) (?:een |de )?(?:basisschool|school|vo-school|middelbare school|mbo-instelling|mbo-school|roc|directeur|schoolleider|mentor|leerkracht|docent|zorgcoordinator|verzuimcoordinator|intern begeleider|teamleider|leerlingcoordinator|conrector|rector)\b|wij \((?:vo|po|mbo|so|vso)\b|mag ik (?:dit|het|dat)? ?(?:als directeur|zelf) (?:toekennen|geven)|onze school|bij ons op (?:school|het))`,
    ),
    'school',
  ],
];

const REGIO = r(String.raw`\bijssel[- ]?vecht\b`);

export function persona(x: Extraction): void {
  for (const [re, p] of PERSONA) {
    const m = x.first(re);
    if (m) return x.set('persona', p, at(m));
  }
}

export function regio(x: Extraction): void {
  const m = x.first(REGIO);
  if (m) x.set('regio', 'ijssel-vecht', at(m));
}

// ---------- age, school type ----------

export function leeftijd(x: Extraction): void {
  fillLeeftijd(x, x.a);
}

export function onderwijssoort(x: Extraction): void {
  fillOnderwijs(x, x.a);
}

// ---------- enrolment, diplomas ----------

const SK_TRUE = r(String.raw`\b(?:geslaagd voor (?:het |de |zijn |haar )?(?:havo|vwo|atheneum|gymnasium)\b|mbo[- ]?diploma (?:op )?niveau [234]|(?:havo|vwo|atheneum|gymnasium)[- ]?diploma|mbo[- ]?(?:niveau[- ]?)?[234][- ]?diploma|diploma (?:havo|vwo|mbo[- ]?(?:niveau[- ]?)?[234])|(?:heeft|met|haalde|behaalde) (?:een |zijn |haar |de )?startkwalificatie|startkwalificatie (?:gehaald|behaald))`);
const SK_FALSE = r(String.raw`\b(?:(?:geen|zonder|nog geen|niet een) startkwalificatie|alleen (?:een |zijn |haar |het )?(?:vmbo|mavo|vmbo-\w+)[- ]?\w*diploma|(?:vmbo|mavo)[- ]?(?:\w+[- ]?)?diploma|(?:nog )?geen diploma|zonder (?:een )?diploma|mbo[- ]?(?:niveau[- ]?)?1[- ]?diploma|entree-?diploma)`);
/** Failed the exam of a course that gives a startkwalificatie: "is gezakt voor zijn vwo-examen", "zakt dit jaar voor havo 5". */
const GEZAKT = r(String.raw`\b(?:gezakt|zakt|zakte|zakken|niet geslaagd)\b(?: \w+){0,3}? voor (?:zijn |haar |het |de |een )?(?:havo|vwo|atheneum|gymnasium|mbo|eindexamen|examen)|\b(?:havo|vwo|mbo)[- ]?(?:eind)?examen\b[^.?!]{0,20}?\b(?:niet gehaald|gezakt)`);
const FAILED = /^(?:gezakt|zakt|zakte|zakken)$/;
const NOT = new Set(['niet', 'geen', 'nooit', 'zonder']);
const ENTREE_STUDENT = r(String.raw`\b(?:zit (?:op|in) (?:de |het )?)?(?:entree(?:opleiding)?|mbo[- ]?(?:niveau )?1|niveau 1)\b(?![- ]?diploma)`);
const PRO_DIPLOMA = r(String.raw`\b(?:(?:school)?diploma praktijkonderwijs|praktijkonderwijs-?diploma|pro-?diploma)`);
const VSO_PROFIEL = r(String.raw`\b(?:uitstroomprofiel (?:arbeidsmarkt|dagbesteding)|vso\b[^.?!]{0,60}\b(?:arbeidsmarkt|dagbesteding))`);

export function inschrijvingEnDiploma(x: Extraction): void {
  fillIngeschreven(x, x.a);
  // A diploma named in a negated clause ("heeft zijn havo-diploma nog niet", "niet gehaald") or failed is none.
  const gezakt = x.first(GEZAKT);
  if (gezakt) x.set('startkwalificatie', false, at(gezakt));
  for (const skT of x.all(SK_TRUE)) {
    // The negation in the diploma's own clause and close to it: "… en gaat niet naar het mbo" says nothing about it.
    const from = tokenAt(x.a, skT.index);
    const to = tokenAt(x.a, skT.index + skT[0].length - 1) + 1;
    const c = clauseOf(x.a, from);
    // Three tokens after reach "heeft zijn havo-diploma nog niet (gehaald)"; farther a "niet" is another verb's
    // ("met een havodiploma is al vijf weken niet verschenen").
    const near = x.a.tokens.slice(Math.max(c.from, from - 3), Math.min(c.to, to + 3));
    x.set('startkwalificatie', !near.some((t) => NOT.has(t.norm) || FAILED.test(t.norm)), at(skT));
  }
  const skF = x.first(SK_FALSE);
  if (skF) x.set('startkwalificatie', false, at(skF));
  // Any other wording: the course or level nearest a diploma word in its clause.
  const niveau = x.facts.startkwalificatie === undefined ? diplomaNiveau(x.a) : undefined;
  if (niveau) x.set('startkwalificatie', niveau.startkwalificatie, niveau.at);
  // Entree (mbo 1) is the course for students without a startkwalificatie; a diploma named in the text wins.
  const entree = x.facts.startkwalificatie === undefined ? x.first(ENTREE_STUDENT) : null;
  if (entree) x.set('startkwalificatie', false, at(entree));
  const pro = x.first(PRO_DIPLOMA);
  if (pro) x.set('diplomaPraktijkonderwijs', true, at(pro));
  const vso = x.first(VSO_PROFIEL);
  if (vso) x.set('vsoUitstroomArbeidsmarktOfDagbesteding', true, at(vso));
}

// ---------- absence ----------

/** Finds where the text states something; a regex or a grammar/vocabulary filler. */
type Finder = (x: Extraction) => { index: number; length: number } | undefined;
const re = (src: RegExp): Finder => (x) => {
  const m = x.first(src);
  return m && at(m);
};
const RELIGIEUS: Finder = (x) => religieusePlicht(x.a)?.at;
/** Words of leave or being away asked in another clause than the earlier leave. */
const VERLOF_WOORD = /^(?:\w*verlof|\w*vakantie|weg|vrij|reis|reizen)$/;
/**
 * The leave asked is religious, not an earlier leave for a feast told beside another request ("kreeg in december
 * een dag vrij voor het Suikerfeest; nu willen we in mei op vakantie"): the earlier leave's kind is not the request's.
 */
const RELIGIEUS_GEVRAAGD: Finder = (x) => {
  const f = religieusePlicht(x.a);
  if (!f) return undefined;
  const k = tokenAt(x.a, f.at.index);
  if (!inEarlierLeave(x.a, k)) return f.at;
  const c = x.a.tokens[k]!.clause;
  return x.a.tokens.some((t) => t.clause !== c && VERLOF_WOORD.test(t.norm) && !inEarlierLeave(x.a, x.a.tokens.indexOf(t))) ? undefined : f.at;
};
const SOORT_VERZUIM: Array<[Finder, SoortVerzuim]> = [
  [re(r(String.raw`\bgeschorst|\bschorsing`)), 'schorsing'],
  // A child kept home for weeks without a trip is no luxe verzuim however the missing leave is told ("geen verlof
  // gevraagd"): luxe verzuim is a trip in school time; staying home without a legal ground is relatief verzuim.
  [(x) => (keptHomeNoTrip(x) ? undefined : NO_LEAVE_TOLD(x)), 'vakantie-zonder-verlof'],
  // Leave refused and the family goes (or means to go) anyway, an objection pending or not.
  [re(r(String.raw`\b(?:afgewezen|geweigerd|niet toegekend|niet verleend|weigering|afwijzing)\b[^?!]{0,200}?\b(?:toch (?:\w+ ){0,3}?(?:gaan|vertrekken|vertrekt|weg|op vakantie|reizen)|(?:gaan|vertrekken|vertrekt|reizen|gaat) (?:\w+ ){0,3}?toch)\b`)), 'vakantie-zonder-verlof'],
  [re(r(String.raw`\b(?:later terug ?gekomen|(?:zijn|kwamen|kwam|waren) (?:\w+ ){0,3}later terug|toch (?:\w+ ){0,4}?(?:gegaan|vertrokken|op vakantie|weggegaan|weg)\b|\w*(?:verlof|aanvraag)\b[^?!]{0,140}?\b(?:geweigerd|afgewezen|niet (?:gekregen|toegekend|verleend))\b[^?!]{0,120}?\b(?:niet (?:\w+ ){0,2}(?:gekomen|op school|verschenen)|(?:was|waren|is|zijn) (?:\w+ ){0,3}er niet\b|afwezig|weggebleven|zitten (?:ze |zij )?in|op vakantie)|(?:op )?(?:vakantie|wintersport) (?:zonder|terwijl) )`)), 'vakantie-zonder-verlof'],
  // A trip already taken in school time without leave (issue 10, class 2): left early, came back late, stayed on.
  [(x) => (x.has(ZIEK_GENOEMD) ? undefined : re(VAKANTIE_GENOMEN)(x)), 'vakantie-zonder-verlof'],
  [re(r(String.raw`\bte laat\b|\btelaatkom|\blaatkom`)), 'te-laat'],
  [RELIGIEUS, 'religieus'],
  // Reasons the law does not know (verzuimreden.yaml): transport that failed is unexcused; a medical appointment
  // notified only afterwards or not at all is unexcused (overig verzuim), notified beforehand it counts as excused.
  [(x) => vervoerUitgevallen(x.a)?.at, 'ongeoorloofd'],
  [(x) => (medischeAfspraak(x.a) && laatOfNietGemeld(x.a) ? medischeAfspraak(x.a)!.at : undefined), 'ongeoorloofd'],
  [re(r(String.raw`(?<!(?:geen|zonder|niet) )\bziek\w*|\bziekte\w*|\b(?:griep|buikgriep|koorts|migraine)\b`)), 'ziek'],
  [(x) => medischeAfspraak(x.a)?.at, 'ziek'],
  [re(r(String.raw`\b(?:verlof (?:gekregen|verleend|toegekend)|met verlof\b)`)), 'verlof'],
  [re(r(String.raw`(?<!geen |niet )\b(?:ongeoorloofd|ongeorloofd|gespijbeld|spijbel\w*|zonder geldige reden|geen geldige reden|zonder reden|reden onbekend|onbekende reden|(?:weten|weet) (?:\w+ ){0,2}niet waarom|geen idee waarom|zonder (?:bericht|afmelding|ziekmelding)|niet afgemeld|geen (?:ziekmelding|afmelding|bericht|afbericht)\b|niet ziek ?gemeld|geen (?:\w+ )?zin (?:in|meer|had|hebben|heeft)\b|had (?:er )?(?:\w+ )?geen zin|ongemotiveerd|zonder opgaaf van reden|without (?:a |any )?(?:valid )?reason|unexcused|skipped|truan\w*)`)), 'ongeoorloofd'],
];

const NO_LEAVE_TOLD = re(r(String.raw`\b(?:verlof (?:is |was |werd )?(?:nooit|niet) (?:aangevraagd|gevraagd)|(?:nooit|geen) verlof (?:aangevraagd|gevraagd)|zonder (?:toestemming|verlof))`));
/** Kept at home or staying home ("houden haar thuis", "zit al sinds de herfstvakantie thuis"), as against a trip. */
const THUIS = r(String.raw`\b(?:thuis ?(?:gehouden|houden|houdt|hield|hielden|gebleven|blijft|blijven|bleef|zit|zitten|zat|gezeten)|(?:zit|zitten|zat|blijft|blijven|bleef|houden|houdt|hield|hielden) (?:\S+ ){0,8}?thuis)\b`);
const TRIP = r(String.raw`\b(?:op (?:vakantie|reis|wintersport|familiebezoek)|(?:naar|in) het buitenland|vertrokken|gevlogen|vliegtuig|weg (?:geweest|gegaan)|lang weekend|verlengd)\b`);
function keptHomeNoTrip(x: Extraction): boolean {
  return x.has(THUIS) && !x.has(TRIP);
}

/** Past-tense trips in school time: "(al) op vakantie gegaan", "meegenomen op vakantie", "met het gezin vertrokken",
 * "kwam pas drie dagen na de zomervakantie terug", "kwam twee dagen later terug", "bleef na de kerstvakantie nog",
 * "een lang weekend weg"; a refused request followed by "was er (die dagen) toch niet". A request ("willen ... gaan")
 * has no past participle here and stays a leave question. */
const VAKANTIE_GENOMEN = r(String.raw`\b(?:(?:op|met) (?:vakantie|reis|wintersport)|naar het buitenland|weg|op stap) (?:gegaan|vertrokken|geweest)\b|\b(?:meegenomen|mee genomen) (?:op|met|naar) (?:vakantie|reis|wintersport|het buitenland)|\b(?:met|samen met) (?:de|zijn|haar|hun) (?:ouders|gezin|familie) (?:\w+ ){0,3}(?:vertrokken|weggegaan|op reis gegaan|op vakantie gegaan|weg geweest)\b|\b(?:kwam|kwamen|is|zijn) (?:\w+ ){0,4}na (?:de |het )?\w*vakantie\b[^.?!]{0,30}?\bterug\b|\b(?:kwam|kwamen) (?:\w+ ){0,6}later terug\b|\b(?:bleef|bleven) (?:\w+ ){0,3}na (?:de |het )?\w*vakantie\b|\blang weekend (?:weg|op vakantie|naar)\b|\b(?:verlof|aanvraag)\b[^?!]{0,140}?\b(?:geweigerd|afgewezen|wees (?:\w+ ){0,2}af|niet (?:gekregen|toegekend|verleend))\b[^?!]{0,80}?\b(?:er (?:\w+ ){0,3}toch niet|toch (?:\w+ ){0,3}(?:weg|niet|gegaan|vertrokken))\b`);
const ZIEK_GENOEMD = r(String.raw`(?<!(?:geen|niet) )\bziek`);
const GESPIJBELD_DAARNA = r(String.raw`\b(?:daarna|daarnaast|ook nog|verder|bovendien|nu|deze week)\b[^.?!]{0,40}?\b(?:gespijbeld|ongeoorloofd (?:afwezig|weg|gemist)|zonder geldige reden (?:afwezig|weg|gemist))|\b(?:gespijbeld|ongeoorloofd gemist)\b[^.?!]{0,30}?\b(?:na|naast) (?:de|zijn|haar) (?:schorsing|verlof)`);
const EXTRA_DAGEN_FEEST = r(String.raw`\b(?:(?:daarna|erna|na (?:het|afloop)[^.?!]{0,20}?)\s(?:nog )?(?:${NUM}|een|enkele|een paar) (?:extra )?(?:school|les)?dag(?:en)?\b[^.?!]{0,30}?(?:weg|afwezig|vrij|in (?:het buitenland|\w+land|marokko|turkije|suriname)|bij familie)|bleef\b[^.?!]{0,40}?\b(?:nog )?(?:${NUM}|een|enkele|een paar) (?:extra )?(?:school|les)?dag(?:en)? (?:extra |langer )?weg|(?:${NUM}|een|enkele|een paar) (?:extra|dagen extra) (?:school|les)?dag(?:en)? (?:erbij|eraan vast|erachteraan)|later (?:terug ?gekomen|teruggekomen|terug))`);
const TIJDIG_TRUE = r(String.raw`\b(?:(?:meldde|meldden|meldt|melden) (?:\w+ ){0,3}?(?:netjes |keurig |op tijd |tijdig |vooraf |van ?tevoren )+af\b|(?:voor schooltijd|op tijd|tijdig|netjes|keurig|direct|meteen|dezelfde (?:dag|ochtend))[^.?!]{0,40}?(?:gebeld|gemeld|ziekgemeld|afgemeld)|(?:gebeld|gemeld|ziekgemeld|afgemeld)[^.?!]{0,30}?(?:voor schooltijd|op tijd|tijdig)|(?:gebeld|belde|mailde|appte|meldde|liet weten|laten weten|doorgegeven|gaf door)[^.?!]{0,80}?(?:ziek te melden|ziek gemeld|afgemeld|ziekmelding|\bziek (?:is|was|thuis)|\b(?:griep|buikgriep|koorts|migraine) (?:heeft|had)\b)|(?:vanochtend|vanmorgen|vandaag|gisteren|gisterochtend|dezelfde dag|de eerste (?:zieke? ?)?dag|om (?:[6-9]|half (?:acht|negen)) uur)[^.?!]{0,60}?(?:ziek ?gemeld|ziek te melden|afgemeld|ziekmelding)|(?:ziek ?gemeld|ziekmelding)[^.?!]{0,20}?(?:vanochtend|vanmorgen|dezelfde dag|de eerste (?:zieke? ?)?dag|binnen (?:2|twee) dagen))`);
const TIJDIG_FALSE = r(String.raw`\b(?:niet (?:volgens|via|zoals) (?:de |onze |het |ons |jullie )?(?:afspraak|afspraken|procedure|protocol|regels?|verzuimprotocol|afgesproken)\b[^.?!]{0,25}?(?:gemeld|afgemeld|ziekgemeld|doorgegeven|laten weten)|(?:meld\w*|belde\w*|gebeld|laten weten|laat weten|doorgegeven)\b[^.?!]{0,30}?\bpas (?:na|op|over) (?:een|\w+) (?:week|weken|[3-9] dagen|drie dagen|vier dagen|vijf dagen)|pas (?:na|op) (?:een|\w+) (?:week|weken|[3-9] dagen|drie dagen|vier dagen|vijf dagen)\b[^.?!]{0,20}?\b(?:ziek ?gemeld|gemeld|gebeld)|(?:ziek ?gemeld|ziekmelding|melden \w+ (?:\w+ )?ziek)[^.?!]{0,25}?\bachteraf\b|\b(?:meld\w*|belde\w*) (?:\w+ ){0,3}achteraf ziek\b|(?:niet|te laat|pas (?:na \w+ dagen|achteraf)|achteraf|niet op tijd) (?:\w+ ){0,2}(?:ziek ?)?gemeld|niet ziekgemeld|niet afgemeld)`);
const TWIJFEL_FALSE = r(String.raw`\b(?:geen (?:reden|aanleiding) (?:om )?(?:aan \w+(?: \w+)? )?te twijfelen|twijfel(?:en|t)? niet|geen twijfel)`);
const TWIJFEL_TRUE = r(String.raw`\b(?:twijfel\w*|vermoed\w*|verdacht\w*|vertrouw(?:en|t|de|den)? (?:het|dit|dat|die|deze) (?:\w+ )?niet|niet (?:helemaal )?te vertrouwen|geloo?f\w* (?:het|dit|dat|er) (?:\w+ )?niet|(?:op|via) (?:facebook|fb|instagram|insta|tiktok|snapchat|social media|whatsapp-?status)|foto'?s? (?:\w+ ){0,3}(?:van|uit|in|op) (?:het strand|de camping|het vliegveld|vakantie|\w+)\b(?=[^.?!]{0,40}(?:vakantie|ziek|vliegveld|strand|buitenland))|vakantiefoto\w*|op (?:schiphol|het strand|de camping)|(?:vertelde|vertelden|zei|zeiden|hoorde|hoorden|zagen|zag)\b[^.?!]{0,30}?\b(?:op vakantie|op reis|naar het buitenland|in het buitenland|weg zijn|weg gaan|vertrokken|vlogen|vliegen|gevlogen|het vliegtuig)|of (?:hij|ze|zij) (?:echt|wel) ziek|(?:niet|nauwelijks) echt ziek|gezien (?:op|met) (?:het vliegveld|koffers)|met koffers|op het vliegveld)`);
const VAAK_ZIEK = r(String.raw`\b(?:(?:vaak|veel|regelmatig|steeds|telkens|herhaaldelijk|elke keer|iedere keer|opvallend vaak|structureel)\b[^.?!]{0,40}?\bziek|\bziek\w*\b[^.?!]{0,20}?\b(?:vaak|steeds|telkens|elke keer|iedere keer|opvallend vaak|regelmatig)\b)`);
const ZORGEN_FALSE = r(String.raw`\bgeen zorgen\b`);
const ZORGEN_TRUE = r(String.raw`\b(?:zorgen (?:over|om)|maakt? zich zorgen|maken (?:ons|zich) zorgen|zorgelijk|thuissituatie|zorgsignaal|problemen thuis|onveilig\w*)`);
const ROND_VAKANTIE = r(String.raw`\b(?:na (?:de |het )?\w*vakantie\b[^.?!]{0,40}?\b(?:niet op school|niet (?:terug|verschenen|gekomen)|afwezig|ziek|thuis)|(?:laatste|eerste) (?:${NUM} )?(?:school|les)?dag(?:en)? (?:voor|na|van) (?:de |het )?\w*vakantie|(?:vlak|direct|meteen|net|kort) (?:voor|na) (?:de |het )?\w*vakantie|rond (?:de |het )?\w*vakantie|(?:dag|dagen|week|${WEEKDAY}) (?:voor|na) (?:de |het |een )?\w*vakantie|rond een \w*vakantie|vakantie (?:verlengd|eerder begonnen))`);
const EERSTE_FALSE = r(String.raw`\b(?:niet (?:de|voor het) eerste keer|niet voor het eerst|al eerder|vaker gebeurd|(?:tweede|derde|vierde) keer)`);
const EERSTE_TRUE = r(String.raw`\b(?:eerste keer|voor het eerst|nooit eerder|niet eerder)`);
const VERZUIM_DAGEN = r(String.raw`\b(?:(${NUM}) (?:hele )?(?:school|les)?dag(?:en)? (?:\w+ ){0,5}?(?:afwezig|geschorst|gespijbeld|verzuimd|niet op school|ziek|weggebleven|thuisgebleven|niet (?:verschenen|gekomen)|weg geweest)\b|geschorst (?:voor|gedurende) (${NUM}) (?:school)?dag|gaat om (${NUM}) (?:hele )?(?:school)?dag)`);
const EXCUSED = new Set<SoortVerzuim>(['ziek', 'schorsing', 'religieus', 'verlof']);
const PERIODE = r(String.raw`\b(?:sinds (?:de |het )?(\w*vakantie)|(?:in |binnen )?(?:de )?(?:afgelopen |laatste )?(${NUM}) (?:les|school)?weken)`);
const ZIEKE_DAGEN = r(String.raw`\b(?:(${NUM}) (?:school)?dagen (?:achter elkaar |aaneengesloten |lang )?ziek|ziek (?:sinds|al) (${NUM}) (?:school)?dagen|(${WEEKDAY}) (?:tot en met|t\/m|tm) (${WEEKDAY}) ziek|(${NUM}) weken (?:achter elkaar |aaneengesloten )?ziek)`);
const SPREEKUUR_FALSE = r(String.raw`\bgeen (?:afspraken? (?:over (?:een |het )?)?)?(?:preventief )?spreekuur`);
const SPREEKUUR_TRUE = r(String.raw`\b(?:(?:afspraken|afgesproken|afspraak)[^.?!]{0,60}?spreekuur|spreekuur[^.?!]{0,40}?(?:afgesproken|afspraken))`);
const STUFI_FALSE = r(String.raw`\b(?:geen|zonder) (?:studiefinanciering|stufi|tegemoetkoming)`);
const STUFI_TRUE = r(String.raw`\b(?:ontvangt|krijgt|heeft|met|ontvang) (?:\w+ ){0,2}?(?:studiefinanciering|stufi|tegemoetkoming scholieren)`);
const UITSCHRIJVING_ZONDER_BEWIJS = r(String.raw`\b(?:(?:vertrokken|verhuisd|geemigreerd|emigreren|emigreert|naar het buitenland)[^.?!]{0,80}?(?:zonder|geen) (?:bewijs van inschrijving|inschrijvingsbewijs|nieuwe school)|nieuwe school (?:kunnen|kan|weten) (?:ze |zij |de ouders )?(?:nog )?niet (?:noemen|opgeven|geven))`);
const VRIJSTELLING_HEEFT = r(String.raw`\b(?:heeft|hebben|met|is) (?:een |al een )?vrijstelling\b(?! (?:aan|ge)?vra)`);
const KENNISGEVING_FALSE = r(String.raw`\b(?:(?:pas |maar |alleen )?(?:de|een|1) dag (?:ervoor|daarvoor|van ?tevoren|vooraf|voor het feest)|(?:pas |maar )?de avond (?:ervoor|daarvoor|van ?tevoren)|(?:op de (?:ochtend|dag) zelf|dezelfde (?:dag|ochtend)|die ochtend|pas op de dag)\b[^.?!]{0,20}?\b(?:laten weten|laat weten|gemeld|melden|doorgegeven|gebeld|bellen)|(?:laten|laat|melden|meldt|belden|bellen) (?:\w+ ){0,2}(?:op de (?:ochtend|dag) zelf|dezelfde (?:dag|ochtend))|(?:te laat|achteraf|niet vooraf|niet van ?tevoren|niet tijdig|pas op de dag zelf) (?:\w+ ){0,2}(?:gemeld|laten weten|doorgegeven)|zonder (?:dat )?(?:\w+ ){0,4}?(?:vooraf|van ?tevoren|tijdig) (?:\w+ ){0,2}(?:te )?(?:gemeld|melden|laten weten|doorgegeven|door te geven|kennis te geven)|zonder (?:voorafgaande |tijdige )?(?:kennisgeving|melding vooraf|afmelding vooraf))`);

export function verzuim(x: Extraction): void {
  const familieZiek = x.facts.omstandigheid === 'ernstige-ziekte' || x.facts.omstandigheid === 'levensbedreigende-ziekte';
  // Days taken around a religious feast beyond the feast itself are extra vacation, not religious absence.
  const extra = religieusePlicht(x.a, true) ? x.first(EXTRA_DAGEN_FEEST) : null;
  if (extra) x.set('soortVerzuim', 'vakantie-zonder-verlof', at(extra));
  // A registration overview with unexcused hours: its sick column names no reason for those hours.
  if (verzuimTabel(x.original)?.some((w) => w.uren > 0)) x.set('soortVerzuim', 'ongeoorloofd', { index: 0, length: x.original.length });
  for (const [find, s] of SOORT_VERZUIM) {
    if (s === 'ziek' && familieZiek) continue;
    const m = find(x);
    if (!m) continue;
    // A schorsing or granted leave next to skipped hours: the skipped hours are what may have to be reported.
    const skipped = s === 'schorsing' || s === 'verlof' ? x.first(GESPIJBELD_DAARNA) : undefined;
    if (skipped) x.set('soortVerzuim', 'ongeoorloofd', at(skipped));
    else x.set('soortVerzuim', s, m);
    break;
  }
  const ziek = x.facts.soortVerzuim === 'ziek';
  const notice = noticeOffset(x.a, x.today);
  // Illness is notified in time within 2 days (art. 12); a religious duty at least 2 days before (art. 13).
  if (ziek && notice) x.set('ziekmeldingTijdig', notice.days >= -2, notice.at);
  if (x.facts.soortVerzuim === 'religieus' && notice) x.set('kennisgevingTijdig', notice.days >= 2, notice.at);
  if (ziek) {
    const f = x.first(TIJDIG_FALSE);
    if (f) x.set('ziekmeldingTijdig', false, at(f));
    // "belde dat hij ziek was" says a notice came, not when: a counted delay ("pas donderdag") outweighs it.
    const t = notice ? undefined : x.first(TIJDIG_TRUE);
    if (t) x.set('ziekmeldingTijdig', true, at(t));
  }
  const tf = x.first(TWIJFEL_FALSE);
  if (tf) x.set('twijfelAanZiekmelding', false, at(tf));
  if (ziek) {
    const tt = x.first(TWIJFEL_TRUE);
    if (tt) x.set('twijfelAanZiekmelding', true, at(tt));
  }
  // Sick reports told as a pattern ("vaak ziek rond vakanties", "steeds op maandag ziek") are a zorgsignaal: the school
  // may report them as overig verzuim and involve the jeugdarts; each report on its own stays geoorloofd.
  if (ziek) {
    const vaak = x.first(VAAK_ZIEK);
    if (vaak) x.set('zorgen', true, at(vaak));
  }
  const zf = x.first(ZORGEN_FALSE);
  if (zf) x.set('zorgen', false, at(zf));
  const zt = x.first(ZORGEN_TRUE);
  if (zt) x.set('zorgen', true, at(zt));
  const rv = x.first(ROND_VAKANTIE);
  if (rv) x.set('rondVakantie', true, at(rv));
  const ef = x.first(EERSTE_FALSE);
  if (ef) x.set('eersteKeer', false, at(ef));
  const et = x.first(EERSTE_TRUE);
  if (et) x.set('eersteKeer', true, at(et));
  const vd = x.first(VERZUIM_DAGEN);
  if (vd) x.set('verzuimDagen', num(vd[1] ?? vd[2] ?? vd[3]), at(vd));
  if (x.facts.soortVerzuim === 'religieus') {
    const kf = x.first(KENNISGEVING_FALSE);
    const laat = x.facts.kennisgevingTijdig === undefined ? laatOfNietGemeld(x.a) : undefined;
    if (kf) x.set('kennisgevingTijdig', false, at(kf));
    else if (laat) x.set('kennisgevingTijdig', false, laat.at);
  }

  // Days first: a stated school-day length turns them into hours (fillUren).
  fillVerzuimDagen(x, x.a, x.today);
  // Counts before hours: "17 keer het eerste lesuur" is 17 lesuren, not the one lesuur the hours reader sees.
  fillKeer(x, x.a);
  uren(x);

  fillZiekmeldingen(x, x.a);
  const zd = x.first(ZIEKE_DAGEN);
  if (zd) {
    const v = zd[1] ? num(zd[1]) : zd[2] ? num(zd[2]) : zd[3] && zd[4] ? weekdayNumber(zd[4])! - weekdayNumber(zd[3])! + 1 : zd[5] ? num(zd[5])! * 5 : undefined;
    if (v !== undefined && v > 0) x.set('aaneengeslotenZiekeDagen', v, at(zd));
  }
  fillWekenAfwezig(x, x.a);
  fillWekenSinds(x, x.a, x.today);
  if (!EXCUSED.has(x.facts.soortVerzuim as SoortVerzuim)) fillUrenUitWeken(x, x.a, x.today);
  const sf = x.first(SPREEKUUR_FALSE);
  if (sf) x.set('spreekuurAfspraken', false, at(sf));
  const st = x.first(SPREEKUUR_TRUE);
  if (st) x.set('spreekuurAfspraken', true, at(st));
  const stf = x.first(STUFI_FALSE);
  if (stf) x.set('studiefinanciering', false, at(stf));
  const stt = x.first(STUFI_TRUE);
  if (stt) x.set('studiefinanciering', true, at(stt));
  const uz = x.first(UITSCHRIJVING_ZONDER_BEWIJS);
  if (uz) x.set('uitschrijvingZonderBewijs', true, at(uz));
  const vr = x.first(VRIJSTELLING_HEEFT);
  if (vr) x.set('vrijstelling', true, at(vr));
  // The period is recorded for explanations only: no schema field holds it (see ongeoorloofdeUren).
  const p = x.first(PERIODE);
  if (p) x.set('periode', p[1] ? `sinds ${p[1]}` : `${num(p[2])} weken`, at(p));
}

/** The school's own report not made ("we hebben niet gemeld", "is nooit gemeld", "vergeten te melden"); a sick report is the parents'. */
const MELDING_UITGEBLEVEN = r(String.raw`\b(?:(?:we|wij|ik|school|de school|men|er) (?:\w+ ){0,3}?(?:niet|nooit|nog niet|geen melding) (?:\w+ ){0,2}?(?:gemeld|gedaan|doorgegeven)|(?:is|werd|was) (?:\w+ ){0,3}?(?:niet|nooit|nog niet) (?:\w+ ){0,2}?gemeld|vergeten (?:te |om te )?melden|melding (?:is |was )?(?:\w+ ){0,2}?(?:vergeten|blijven liggen|niet gedaan|nooit gedaan|uitgebleven)|(?:niet|nooit) (?:bij duo |aan duo )?gemeld)\b`);

/** Kept home by arrangement with school staff other than the head ("in overleg met de mentor", "met goedvinden van de zorgcoördinator"). */
const IN_OVERLEG_MET_SCHOOL = r(String.raw`\b(?:in overleg met|met (?:toestemming|goedvinden|medeweten|instemming) van|afgesproken met|afspraak met) (?:de |haar |zijn |hun |onze )?(?:mentor|mentrix|docent|leerkracht|juf|meester|zorgco(?:o|ö)rdinator|zorgcoordinator|teamleider|coach|intern begeleider|ib'?er|afdelingsleider|school)\b`);

/** Leave refused and an objection made or pending against the refusal ("afgewezen; ouders hebben bezwaar gemaakt"). */
const BEZWAAR_TEGEN_WEIGERING = r(String.raw`\b(?:afgewezen|geweigerd|niet toegekend|niet verleend|weigering|afwijzing)\b[^?!]{0,160}?\b(?:bezwaar|bezwaarschrift)\b|\b(?:bezwaar|bezwaarschrift)\b[^?!]{0,80}?\b(?:afwijzing|weigering|afgewezen|geweigerd)\b`);

function uren(x: Extraction): void {
  // Hours missed through illness, schorsing, a religious duty or granted leave are not unexcused hours,
  // unless the illness or the religious duty was notified too late (art. 12, 13).
  const soort = x.facts.soortVerzuim as SoortVerzuim | undefined;
  const late = (soort === 'ziek' && x.facts.ziekmeldingTijdig === false) || (soort === 'religieus' && x.facts.kennisgevingTijdig === false);
  // A weekly recurring absence over weeks is read before single durations: "3 lesuren" is then one occurrence.
  if (!EXCUSED.has(soort as SoortVerzuim) || late) fillWekelijksVerzuim(x, x.a, x.today);
  fillUren(x, x.a, { excused: EXCUSED.has(soort as SoortVerzuim) && !late, onderwijssoort: x.facts.onderwijssoort as Onderwijssoort | undefined, today: x.today });
  if (!EXCUSED.has(soort as SoortVerzuim) || late) fillUrenSinds(x, x.a, x.today);
  if (!EXCUSED.has(soort as SoortVerzuim) || late) fillGrensBereikt(x, x.a);
  const overleg = keptHomeNoTrip(x) ? x.first(IN_OVERLEG_MET_SCHOOL) : undefined;
  if (overleg) x.set('inOverlegMetSchool', true, at(overleg));
  const bezwaar = x.first(BEZWAAR_TEGEN_WEIGERING);
  if (bezwaar) x.set('bezwaarTegenWeigering', true, at(bezwaar));
  const uitgebleven = x.first(MELDING_UITGEBLEVEN);
  if (uitgebleven && !/ziek|afgemeld/.test(uitgebleven[0])) x.set('meldingUitgebleven', true, at(uitgebleven));
}

// ---------- leave and exemptions ----------

const KERMIS = re(r(String.raw`\b(?:kermis\w*|circus\w*)`));
const TREKKEND_GENOEMD = re(r(String.raw`\b(?:trekkend bestaan|(?:artikel|art\.?) ?5a\b)`));
const VERLOF_SOORT: Array<[Finder, VerlofSoort]> = [
  // "vrijstelling 5a" and "5a-vrijstelling" are everyday names for 5 onder a; "artikel 5a" is the trekkend bestaan.
  [re(r(String.raw`\b(?:(?:artikel |art\.? ?)?5 ?(?:onder|sub|lid) ?a\b|vrijstelling 5 ?a\b|5a[- ]?vrijstelling|lichamelijk of psychisch|psychisch of lichamelijk|lichamelijke of psychische)`)), 'vrijstelling-5a'],
  [re(r(String.raw`\b(?:(?:artikel |art\.? ?)?5 ?(?:onder|sub|lid) ?b\b|vrijstelling 5 ?b\b|5b[- ]?vrijstelling|richtingbezwa\w*|bezwaren? tegen de richting)`)), 'vrijstelling-5b'],
  [re(r(String.raw`\b(?:(?:artikel |art\.? ?)?5 ?(?:onder|sub|lid) ?c\b|vrijstelling 5 ?c\b|5c[- ]?vrijstelling|school (?:in het buitenland|net over de grens|over de grens)|\w*school[^.?!]{0,20}?(?:over de grens|in belgie|in duitsland))`)), 'vrijstelling-5c'],
  // Art. 5a named outright; travelling along or around is a trip, and a bargee family is no trekkend bestaan in the
  // sense of the Besluit (the cue words are data: verlofsoorten.yaml, trekkend and schipper).
  [(x) => (kenmerk(x.a, 'schipper')?.value ? undefined : TREKKEND_GENOEMD(x)), 'trekkend-bestaan'],
  // A fair or circus family asking for a holiday asks vakantieverlof (art. 13a), not the exemption of art. 5a.
  [(x) => (x.has(VAKANTIE_CONTEXT) ? undefined : KERMIS(x)), 'trekkend-bestaan'],
  [re(r(String.raw`\b(?:vervangende leerplicht|(?:artikel|art\.?) ?3[ab]\b|(?:werken|stage lopen|meewerken|praktijk\w*)\b[^.?!]{0,20}?\b(?:i\.?p\.?v\.?|in plaats van) (?:\w+ ){0,2}(?:naar )?(?:school|onderwijs|les)\b|deels (?:\w+ ){0,5}(?:werken|stage lopen)\b|(?:leerwerktraject|werken en leren)\b[^.?!]{0,30}?\b(?:i\.?p\.?v\.?|in plaats van|naast) (?:\w+ ){0,2}school)`)), 'vervangende-leerplicht'],
  [re(r(String.raw`\b(?:(?:artikel|art\.?) ?15\b|vrijstelling (?:van|voor) de kwalificatieplicht)`)), 'vrijstelling-kwalificatieplicht'],
  [RELIGIEUS_GEVRAAGD, 'religieus'],
  [re(r(String.raw`\b(?:specifieke aard|werkgeversverklaring|accountantsverklaring|verklaring van (?:de|zijn|haar|hun) werkgever|aard van (?:het|zijn|haar|hun) (?:beroep|werk)|seizoensgebonden|seizoenswerk|eigen (?:bedrijf|zaak|onderneming|\w*kwekerij|camping|boerderij|restaurant|hotel|strandtent)|runnen een|(?:in )?geen (?:enkele )?schoolvakantie|nooit in de schoolvakanties?|kunnen alleen (?:in|buiten) \w+ (?:weg|op vakantie)|(?:op grond van|vanwege|wegens|in verband met|ivm|door) (?:het |zijn |haar |hun |het werk of )?(?:beroep|werk) van (?:de )?(?:vader|moeder|ouders?)|vakantieverlof (?:op grond van|vanwege|wegens|in verband met|ivm|door) (?:het |zijn |haar |hun )?(?:beroep|werk|bedrijf)|(?:13a|13 a)\b|vakantieverlof\b[^.?!]{0,30}?\beerste (?:twee|2) (?:les|school)?weken)`)), 'vakantie-beroep'],
];
// The separable verb also inverted: "houden we haar thuis", "blijft hij op vrijdag thuis".
const JONGER_DAN_6 = r(String.raw`\b(?:thuis ?houden|thuis te houden|thuishoudt|(?:uur|uren) per week|middag(?:en)? (?:vrij|thuis)|houd(?:en|t)? (?:we |wij |ze |zij |ik )?(?:haar|hem|hen) (?:\w+ ){0,3}?thuis|blijf(?:t|en) (?:\w+ ){0,3}?thuis)`);
const VAKANTIE_CONTEXT = r(String.raw`\b(?:\w*vakantie\w*|op reis|weg\b|vrij (?:vragen|nemen))`);
/** Occasions that make a request one for gewichtige omstandigheden (art. 14); "anders" is judged by the directeur. */
const GEWICHTIG = new Set<Omstandigheid>(['verhuizing', 'huwelijk', 'ernstige-ziekte', 'levensbedreigende-ziekte', 'overlijden', 'jubileum', 'bevalling', 'wettelijke-verplichting', 'medische-behandeling', 'anders']);
const BUITEN_WOONPLAATS = r(String.raw`\b(?:(?:in|naar) een andere (?:stad|plaats|provincie|woonplaats|gemeente)|buiten (?:de|onze|hun|zijn|haar) (?:eigen )?(?:woonplaats|stad|gemeente)|(?:aan )?de andere kant van het land|(?:in|naar) het (?:noorden|zuiden|oosten|westen) van het land)`);
const IN_DEZELFDE_PLAATS = r(String.raw`\b(?:in (?:de|onze|hun) (?:eigen )?(?:woonplaats|stad|gemeente|wijk)|in dezelfde (?:stad|plaats|gemeente)|hier in de buurt|om de hoek)\b`);
/** "trouwt in Groningen, wij zitten in Zwolle": two different place names, read from the original capitals. */
const TWEE_PLAATSEN = /\bin ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b[^.?!]{0,40}?\b(?:wij|we|ze|zij|het gezin|de familie|de school|onze school|de leerling) (?:zitten|wonen|woont|zit|staat|staan) in ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b/;
const DAGEN: RegExp[] = [
  r(String.raw`\((${NUM}) (?:school|les)?dagen\)`),
  r(String.raw`\b(${NUM}) (?:school|les|werk)?dag(?:en)? (?:\w+ ){0,2}?(?:verlof|vakantieverlof|vrij\b|extra vakantie)`),
  r(String.raw`\b(?:vragen|vraagt|willen|wil|wilden|aanvragen|aangevraagd|verlof voor)\b[^.?!]{0,40}?\b(${NUM}) (?:school|les)?dag(?:en)?\b`),
  r(String.raw`\b(${NUM}) schooldagen\b`),
  // Last resort once the kind of leave is known: a bare day count that is not a notice period or a relative date.
  r(String.raw`\b(${NUM2}) (?:school|les)?dag(?:en)?\b(?! (?:van ?tevoren|vooraf|geleden|later|eerder|na\b|voor\b|ervoor|daarna|achter elkaar|ziek|afwezig|niet|lang ziek|geschorst|per (?:week|maand)|in de (?:week|maand)))`),
];
const EEN_DAG = r(String.raw`\b(?:(?:een|de|die|deze) (?:ochtend|middag|morgen|dagdeel) (?:vrij|verlof|weg|thuis)\b|(?:op )?de dag (?:van|na) de (?:bevalling|bruiloft|begrafenis|uitvaart|crematie|verhuizing|trouwerij|huwelijksdag)\b|(?:die|deze|dezelfde|de hele|een hele) dag (?:vrij|verlof|thuis|weg)|(?:bleef|was|is|blijft) (?:\w+ )?(?:gisteren|vandaag|die dag|morgen) (?:thuis|afwezig|weg|niet op school)|(?:gisteren|vandaag|morgen) (?:thuis ?gebleven|thuisblijven|afwezig))`);
const WEKEN_GEVRAAGD = r(String.raw`\b(?:vragen|vraagt|willen|wil|wilden|aanvragen|aangevraagd|verlof voor)\b[^.?!]{0,40}?\b(${NUM}) (?:school)?we(?:e)?k(?:en)?\b(?! (?:van ?tevoren|vooraf))`);
const DAGEN_BLOCK_BEFORE = /(?:maximaal|max\.?|hoogstens|ten hoogste|overige|meer dan|langer dan|boven(?: de)?|minder dan|binnen|over|eerste|laatste|na|\bal)\s*$/;
const EERDER_GEEN = r(String.raw`\b(?:(?:nog )?geen (?:ander |andere |eerder )?verlof (?:gehad|gekregen|aangevraagd)|(?:nog )?geen (?:ander |andere )?verlof (?:dit|in dit) schooljaar|eerste (?:vakantie)?(?:verlof)?aanvraag (?:dit|van dit|in dit) schooljaar|(?:de )?eerste keer (?:dit|van dit|in dit) schooljaar|dit schooljaar (?:nog )?(?:geen|niet eerder|nooit) (?:\w+ ){0,2}verlof|nog niet eerder verlof|nog nooit verlof)`);
/** No holiday leave yet this school year: art. 13a's once a year is still free; other leave is not stated. */
const GEEN_VAKANTIEVERLOF = r(String.raw`\b(?:nog )?geen vakantieverlof (?:\w+ ){0,3}?(?:gehad|gekregen|aangevraagd|verleend|toegekend|opgenomen)\b|\bnog (?:geen|nooit) vakantieverlof\b|\bvakantieverlof (?:\w+ ){0,5}?(?:nog )?(?:niet|nooit) (?:eerder )?(?:gehad|gekregen|aangevraagd|opgenomen)\b`);
const EERDER_VAKANTIE = r(String.raw`\b(?:(?:eerder dit schooljaar|dit schooljaar al|al eerder|eerder al)[^.?!]{0,30}?vakantieverlof|(?:kregen|kreeg|hadden|had|hebben|heeft|zijn|is|werd)\b(?:(?! vorig schooljaar| vorig jaar)[^.?!]){0,40}?\bal\b[^.?!]{0,30}?\bvakantieverlof|(?<!vorig (?:school)?jaar )\b(?:kregen|kreeg)\b(?:(?! vorig schooljaar| vorig jaar)[^.?!]){0,40}?\bvakantieverlof|vakantieverlof[^.?!]{0,30}?\bal (?:gehad|gekregen|verleend|toegekend|opgenomen)|(?:tweede|nog een|nog eens|opnieuw|nogmaals)[^.?!]{0,15}?\bvakantieverlof|al (?:een keer|eens|eerder) (?:vakantie)?verlof (?:gehad|gekregen)[^.?!]{0,40}?(?:beroep|werk|vakantie))`);
const WERKGEVER_FALSE = r(String.raw`\b(?:(?:geen|zonder) (?:werkgeversverklaring|accountantsverklaring|verklaring van (?:de|zijn|haar) werkgever)|(?:een |de )?(?:werkgeversverklaring|verklaring van (?:de|zijn|haar) werkgever) (?:heeft|hebben|is|kan|kunnen) (?:ze|zij|hij|ze|de ouders?|vader|moeder|er)? ?(?:nog )?(?:niet|geen)\b)`);
/** The proof art. 13a asks: an employer's statement, or for the self-employed an accountant's (Beleidsregel). */
const WERKGEVER_TRUE = r(String.raw`\b(?:werkgeversverklaring|verklaring van (?:de|zijn|haar|hun) (?:werkgever|accountant)|accountantsverklaring)`);
const GEEN_VAKANTIE = r(String.raw`\b(?:(?:in )?geen (?:enkele )?schoolvakantie|in geen van de schoolvakanties|nooit in de schoolvakanties?|kunnen alleen (?:in|buiten) \w+(?: \w+)? (?:weg|op vakantie)|alleen buiten de schoolvakanties? (?:weg|op vakantie|vrij))`);
const LESDAGEN = r(String.raw`\b(${NUM}) (?:les|school)dag(?:en)? (?:per|in de) week|\b(${NUM}) dag(?:en)? per week (?:naar )?(?:school|les)`);
const UREN_PER_WEEK = r(String.raw`\b(${NUM2}) (?:uur|uren) (?:per|in de|elke|iedere) week|(?:per|elke|iedere) week\b[^.?!\d]{0,20}?(?:zo'?n|ongeveer|circa|ca\.?|dat is|in totaal|totaal)? ?(${NUM2}) (?:uur|uren)|\bwekelijks (${NUM2}) (?:uur|uren)|\b(${NUM2}) (?:uur|uren) (?:per week|wekelijks)`);
/** A weekly part of a day with its hours: "elke vrijdagochtend (4 uur)", "iedere woensdagmiddag, dat is 3 uur", "4 uur op elke vrijdagochtend". */
const UREN_WEEKDAGDEEL = r(String.raw`\b(?:elke|iedere|alle|op) (?:${WEEKDAY})(?:ochtend|middag|morgen)?(?:en|s)?\b[^.?!\d]{0,25}?(${NUM2}) (?:uur|uren)\b|\b(${NUM2}) (?:uur|uren) (?:op |elke |iedere )(?:elke |iedere )?(?:${WEEKDAY})(?:ochtend|middag|morgen)?`);
const BEHANDELAAR = r(String.raw`\b(?:(?:eigen|behandelend\w*) \w*(?:psycholoog|psychiater|arts|behandelaar|therapeut|pedagoog)\b|verklaring van (?:de |een |zijn |haar )?(?:behandelend\w* |eigen )?(?:psycholoog|psychiater|huisarts|arts|behandelaar|therapeut|kinderarts)|behandelaar|behandelend\w* (?:psycholoog|psychiater|arts|kinderarts|therapeut)|(?:psycholoog|psychiater|arts|kinderarts|therapeut|huisarts) (?:die|bij wie) (?:hem|haar|hen|het kind|hij|zij|ze) (?:\w+ ){0,2}(?:behandelt|behandelde|in behandeling)|bij wie (?:hij|ze|zij) (?:\w+ ){0,3}in behandeling)`);
const ONAFHANKELIJK = r(String.raw`\b(?:onafhankelijke? (?:arts|deskundige|psycholoog|jeugdarts)|aangewezen (?:arts|deskundige))`);
const NOOIT_SCHOOL = r(String.raw`\b(?:nog nooit (?:op|naar) (?:een )?school|nooit (?:eerder )?ingeschreven|nooit op school gezeten)`);
const RICHTING = String.raw`(?:rooms-katholiek|katholiek|christelijk|protestants-christelijk|protestants|hervormd|gereformeerd|reformatorisch|evangelisch|islamitisch|joods|hindoeistisch|openbaar|algemeen bijzonder|vrije|antroposofisch|humanistisch)e?`;
/** 5 onder b: the child went to a school of a richting recently (within the past year). */
const RICHTING_SCHOOL_RECENT = r(String.raw`\b(?:(?:tot|t\/m|tot en met) (?:vorige (?:week|maand)|kort geleden|de (?:zomer|zomervakantie|herfstvakantie|kerstvakantie|voorjaarsvakantie|meivakantie)|dit schooljaar|vorig schooljaar|${MONTH}|onlangs)|vorig schooljaar|dit schooljaar|vorige (?:week|maand)|sinds kort niet meer|(?:een paar|enkele|${NUM2}) (?:weken|maanden) geleden|afgelopen (?:jaar|schooljaar|maanden))\b[^.?!]{0,50}?\b(${RICHTING}) (?:basis)?school|\b(${RICHTING}) (?:basis)?school\b[^.?!]{0,40}?\b(?:tot (?:vorige (?:week|maand)|kort geleden|de (?:zomer|\w*vakantie)|${MONTH}|onlangs)|vorig schooljaar|dit schooljaar|(?:een paar|enkele|${NUM2}) (?:weken|maanden) geleden)`);
const RICHTING_BEZWAAR = r(String.raw`\b(?:bezwaar|bezwaren|richtingbezwa\w*)[^.?!]{0,40}?\b(${RICHTING}) (?:basis)?scholen|\b(${RICHTING}) (?:basis)?scholen\b[^.?!]{0,40}?\bbezwa`);
/** 5 onder b: the pupil is at a school of a richting now, or at a school "van die richting". */
const RICHTING_SCHOOL_NU = r(String.raw`\b(?:zit|zitten|staat|staan|gaat|gaan)\b(?: (?:nu|al|nog|op dit moment|momenteel|ingeschreven|naar|bij ons|bij jullie))*? (?:op|naar) (?:een |de )?(?:(${RICHTING}) (?:basis)?school|\w*school (?:van|met) (?:een |de )?(${RICHTING}) (?:richting|signatuur|grondslag)|\w*school (van (?:die|deze|dezelfde) (?:richting|signatuur)|waartegen (?:ze|zij|de ouders) bezwaar))`);
/** 5 onder b: a school the parents do not object to, named with where it is (art. 8 lid 1: all schools within reasonable distance). */
const SCHOOL_ZONDER_BEZWAAR = r(String.raw`\b\w*school (?:van|met) (?:hun|de|een) eigen (?:richting|signatuur|geloof\w*|overtuiging)|\b\w*school\b[^.?!]{0,40}?\bwaar(?:tegen)? (?:ze|zij|de ouders|hij|wij|we) geen (?:enkel )?bezwaar`);
const NABIJ = /\b(?:\d+(?:[.,]\d+)? ?(?:km|kilometer)|in de buurt|dichtbij|dicht bij|in (?:hun|het|ons|de) (?:eigen )?(?:dorp|wijk|woonplaats|stad|gemeente)|om de hoek|binnen redelijke afstand|op (?:loop|fiets)afstand|vlakbij|naast de deur)\b/;
const sentenceOf = (t: string, i: number) => t.slice(Math.max(t.lastIndexOf('.', i), t.lastIndexOf('?', i), t.lastIndexOf('!', i)) + 1, i + (t.slice(i).search(/[.?!]/) + 1 || t.length));
/** 5 onder a: a statement by an expert the college did not designate. */
const NIET_AANGEWEZEN = r(String.raw`\b(?:niet (?:door (?:de|het) (?:gemeente|college) )?(?:is |zijn |werd )?aangewezen|(?:gemeente|college) (?:\w+ )?niet (?:heeft |had )?aangewezen|niet[- ]aangewezen)`);
/** 5 onder a: how old the statement is ("van acht maanden oud", "een half jaar oud", "van 5 maanden geleden", "van vorig jaar"). */
const VERKLARING_OUD = r(String.raw`\b(?:(${NUM2}|een|anderhalf|half) (?:half )?(maand|maanden|week|weken|jaar|jaren) (?:oud|geleden)\b|van vorig jaar\b)`);

/** The date of a 5 onder a statement from its stated age; "vorig jaar" is read as its last day (never too old). */
function verklaringOud(x: Extraction): void {
  for (const m of x.all(VERKLARING_OUD)) {
    if (!/\b(?:verklaring|rapport|advies|attest|brief|onderzoek)\b/.test(sentenceOf(x.t, m.index))) continue;
    if (!m[2]) return x.set('verklaringDatum', `${Number(x.today.slice(0, 4)) - 1}-12-31`, at(m));
    const half = m[1] === 'half' || /\bhalf (?:jaar)\b/.test(m[0]) || m[0].startsWith('een half');
    const n = m[1] === 'anderhalf' ? 18 : half ? 6 : m[2].startsWith('ja') ? (num(m[1]) ?? 1) * 12 : m[2].startsWith('we') ? undefined : num(m[1]);
    if (m[2].startsWith('we')) return x.set('verklaringDatum', addDays(x.today, -7 * (num(m[1]) ?? 1)), at(m));
    if (n !== undefined) return x.set('verklaringDatum', addMonths(x.today, -n), at(m));
  }
}
const SCHOOL_BUITENLAND_VERKLARING = r(String.raw`\bverklaring van de (?:buitenlandse )?school`);
const VOLLEDIG_LEERPLICHTIG = r(String.raw`\b(?:nog )?volledig leerplichtig\b(?!\s*\?)`);
const KWALIFICATIEPLICHTIGE = r(String.raw`\bkwalificatieplichtige (?:leerling|student|jongere|jongen|meisje)`);
const WEKEN_VOORAF = r(String.raw`\b(${NUM}) (weken|dagen|week|dag) (?:van ?tevoren|vooraf|ervoor|voor het vertrek)`);
/** A leave date without a year ("op 3 maart vrij"): the next such day, only in a sentence about the future. */
const DAG_ZONDER_JAAR = r(String.raw`\b(?:vanaf|op|per|van) (\d{1,2}) (${MONTH})(?![a-z])(?! '?\d)`);
const VERLEDEN = /\b(?:was|waren|geweest|gisteren|vorige|vorig|had|hadden|kreeg|kregen|gebeld|belde|belden|gemeld|meldde|meldden|mailde|mailden|gemaild|appte|appten|liet|lieten|vroeg|vroegen|gevraagd|overleed|overleden|stierf|bleef|bleven|ging|gingen|vertrok|vertrokken|kwam|kwamen|gebeurde)\b/;
const OVER_DAGEN = r(String.raw`\bover (${NUM}) (dagen|dag|weken|week)\b`);
const VOLGENDE_WEEK_DAG = r(String.raw`\b(?:volgende week (${WEEKDAY})|(${WEEKDAY}) volgende week|aanstaande (${WEEKDAY})|komende (${WEEKDAY})|(overmorgen|morgen))\b`);
const VANAF_DATUM = r(String.raw`\b(?:vanaf|van|per|op|vertrekken) ${DATE}`);
/** The month the leave falls in ("in juni", "eind mei", "half oktober"); a birth month is not the leave's month. */
const VERLOF_MAAND = r(String.raw`\b(?:in|begin|eind|half|medio|rond|midden) (?:de maand )?(${MONTH})(?![a-z])`);
/** Art. 13a lid 2: the first two lesweken of a school year fall in August or September in every region. */
const MAANDEN_EERSTE_LESWEKEN = new Set([8, 9]);
/** The question asks about what was told: "mag dat?", "klopt dat?", "is dat terecht?", "kan dat zo?". */
const POINTS_BACK = r(String.raw`\b(?:mag|mocht|klopt|kan|kon|is|was) (?:dat|dit|het)(?: \w+){0,2} ?\?|\b(?:terecht|juist|correct|rechtmatig|toegestaan)\b[^.!?]*\?`);
const VANDAAG_MELDING = r(String.raw`\bvandaag\b[^.?!]{0,40}?\b(?:laten weten|gemeld|aangevraagd|ingediend|gevraagd|doorgegeven)|\b(?:laten|melden|vragen) (?:\w+ ){0,2}vandaag`);

export function verlof(x: Extraction): void {
  for (const [find, s] of VERLOF_SOORT) {
    const m = find(x);
    if (m) {
      x.set('soort', s, m);
      break;
    }
  }
  const age = x.facts.leeftijd as number | undefined;
  // Described, not named: the cue combinations of knowledge/lexicon/verlofsoorten.yaml.
  if (x.facts.soort === undefined) {
    const beschreven = verlofsoortBeschreven(x.a, age);
    if (beschreven) {
      x.set('soort', beschreven.soort, beschreven.at);
      if (beschreven.vervangendArtikel) x.set('vervangendArtikel', beschreven.vervangendArtikel, beschreven.at);
    }
  }
  if (x.facts.soort === undefined && age !== undefined && age <= 5) {
    const m = x.first(JONGER_DAN_6);
    if (m) x.set('soort', 'jonger-dan-6', at(m));
  }
  const soort = x.facts.soort as VerlofSoort | undefined;
  const open = soort === undefined || soort === 'gewichtige-omstandigheden';
  if (open) {
    const found = omstandigheid(x.a);
    if (found) {
      x.set('omstandigheid', found.value as Omstandigheid, found.at);
      if (GEWICHTIG.has(found.value as Omstandigheid)) x.set('soort', 'gewichtige-omstandigheden', found.at);
    }
  }
  const o = x.facts.omstandigheid as Omstandigheid | undefined;
  if (x.facts.soort === undefined && (o === undefined || o === 'vakantie' || o === 'eerder-vertrek') && (x.has(VAKANTIE_CONTEXT) || reisBuitenland(x.a))) {
    const beroep = seizoensberoep(x.a);
    if (beroep) x.set('soort', 'vakantie-beroep', beroep.at);
  }
  // Named only by its statutory or everyday name, with no occasion given: "mag ik vakantieverlof aanvragen?"
  if (x.facts.soort === undefined && x.facts.omstandigheid === undefined) {
    const genoemd = verlofsoortGenoemd(x.a);
    // A bargee family asking about "een trekkend bestaan" asks whether art. 5a covers them: the sources answer that.
    if (genoemd && !(genoemd.value === 'trekkend-bestaan' && kenmerk(x.a, 'schipper')?.value)) x.set('soort', genoemd.value as VerlofSoort, genoemd.at);
  }
  if (x.facts.omstandigheid !== undefined) {
    fillVerwant(x, x.a, x.facts.omstandigheid as string);
    fillGraad(x, x.a);
  }
  fillBuitenLestijd(x, x.a);
  fillBuitenland(x, x.a);
  const dp = x.first(IN_DEZELFDE_PLAATS);
  if (dp) x.set('buitenWoonplaats', false, at(dp));
  const bw = x.first(BUITEN_WOONPLAATS);
  if (bw) x.set('buitenWoonplaats', true, at(bw));
  const tp = TWEE_PLAATSEN.exec(x.original);
  if (tp && tp[1] !== tp[2] && x.facts.buitenland !== true) x.set('buitenWoonplaats', true, { index: tp.index, length: tp[0].length });

  // A decision told and asked about ("de directeur gaf 20 dagen; mag dat?") is the leave asked, not earlier leave.
  const besluit = x.has(POINTS_BACK) ? beoordeeldVerlof(x.a) : undefined;
  if (besluit) x.set('dagen', besluit.dagen, besluit.at);
  // Days of leave already received are not the days asked for now.
  const earlier = (mm: RegExpExecArray) => inEarlierLeave(x.a, tokenAt(x.a, mm.index));
  for (const re of DAGEN) {
    if (re === DAGEN.at(-1) && x.facts.soort === undefined) break;
    // "een dag of vijf" is a rough count the quantity grammar reads (verlofDuur), not one day.
    const rough = (mm: RegExpExecArray) => /^ of \w/.test(x.t.slice(mm.index + mm[0].length, mm.index + mm[0].length + 5));
    const m = x.all(re).find((mm) => !earlier(mm) && !rough(mm) && !DAGEN_BLOCK_BEFORE.test(x.before(mm, 14)) && !/\bin \S*$/.test(x.before(mm, 6)));
    if (m) {
      x.set('dagen', num(m[1]), at(m));
      break;
    }
  }
  if (x.facts.soort !== undefined) {
    const ed1 = x.first(EEN_DAG);
    if (ed1) x.set('dagen', 1, at(ed1));
  }
  // The quantity grammar first: it reads "anderhalve week", "een week of drie" and "ruim twee weken" whole.
  const duur = verlofDuur(x.a);
  if (duur) x.set('dagen', duur.dagen, duur.at);
  const wk = x.first(WEKEN_GEVRAAGD);
  if (wk) x.set('dagen', num(wk[1])! * 5, at(wk));

  const eg = x.first(EERDER_GEEN);
  if (eg) {
    x.set('eerderVerlofDagen', 0, at(eg));
    x.set('eerderVakantieverlofDitSchooljaar', false, at(eg));
  }
  const gv0 = x.first(GEEN_VAKANTIEVERLOF);
  if (gv0) x.set('eerderVakantieverlofDitSchooljaar', false, at(gv0));
  fillEerderVerlof(x, x.a, besluit?.token);
  const ev = x.first(EERDER_VAKANTIE);
  if (ev) x.set('eerderVakantieverlofDitSchooljaar', true, at(ev));
  const wf = x.first(WERKGEVER_FALSE);
  if (wf) x.set('werkgeversverklaring', false, at(wf));
  const wt = x.first(WERKGEVER_TRUE);
  if (wt) x.set('werkgeversverklaring', true, at(wt));
  const eerste = eersteLesweken(x.a);
  if (eerste) x.set('inEersteTweeLesweken', eerste.value, eerste.at);
  for (const m of x.all(VERLOF_MAAND)) {
    if (/\bgeb(?:oren|\.)?\s*(?:\w+\s*)?$/.test(x.before(m, 16))) continue;
    const mo = month(m[1]!);
    if (mo !== undefined && !MAANDEN_EERSTE_LESWEKEN.has(mo)) x.set('inEersteTweeLesweken', false, at(m));
    break;
  }
  // A holiday the family can take after all rules art. 13a out; read before "geen enkele schoolvakantie".
  if (x.facts.soort === 'vakantie-beroep') fillAndereVakantie(x, x.a);
  const gv = x.first(GEEN_VAKANTIE);
  if (gv) x.set('geenVakantieMogelijk', true, at(gv));
  const ld = x.first(LESDAGEN);
  if (ld) x.set('lesdagenPerWeek', num(ld[1] ?? ld[2]), at(ld));
  // The school's own week ("zit 22 uur per week op school") is no absence.
  // "valt dat onder de 5 uur per week?", "de 10 uur": the limit of art. 11a named, not the hours the child stays away.
  const upw = x.all(UREN_PER_WEEK).find((m) => !/^ (?:op|naar) (?:school|les)|^ (?:les|onderwijs)/.test(x.t.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/\b(?:de|die|onder|boven|over|grens van|maximaal|max\.?|hoogstens|ten hoogste)\s*$/.test(x.before(m, 16)));
  // Art. 11a counts the hours of the whole week: parts told apart are summed; with a stated total too, the larger
  // is read, so a week over 5 hours is never taken for one within it.
  const delen = age === undefined || age <= 6 ? urenPerWeekDelen(x.a) : undefined;
  const totaal = upw ? num(upw[1] ?? upw[2] ?? upw[3] ?? upw[4]) : undefined;
  if (delen && (totaal === undefined || delen.uren > totaal)) x.set('urenPerWeek', delen.uren, delen.at);
  if (upw) x.set('urenPerWeek', totaal, at(upw));
  // The grammar reads the day part and its length first (minutes included); the pattern keeps "2 uur op woensdag".
  fillUrenPerWeekdag(x, x.a);
  const uwd = x.first(UREN_WEEKDAGDEEL);
  if (uwd) x.set('urenPerWeek', num(uwd[1] ?? uwd[2]), at(uwd));
  // A young child kept home for fixed hours a week is the art. 11a arrangement, named or not; at 6 the rule says it has ended.
  const perWeek = x.found.find((f) => f.fact === 'urenPerWeek');
  if (x.facts.soort === undefined && age !== undefined && age <= 6 && perWeek) x.set('soort', 'jonger-dan-6', { index: x.original.indexOf(perWeek.text), length: perWeek.text.length });
  if (soort === 'vrijstelling-5a') {
    verklaringOud(x);
    const na = x.first(NIET_AANGEWEZEN);
    if (na) x.set('verklaringOnafhankelijkeDeskundige', false, at(na));
    // "geen verklaring van een aangewezen arts": the cue as its clause says it, denied or not
    const aw = kenmerk(x.a, 'aangewezen');
    if (aw) x.set('verklaringOnafhankelijkeDeskundige', aw.value, aw.at);
    const bh = kenmerk(x.a, 'behandelaar');
    if (bh?.value) x.set('verklaringBehandelaar', true, bh.at);
    const on = x.first(ONAFHANKELIJK);
    if (on) x.set('verklaringOnafhankelijkeDeskundige', true, at(on));
    const be = x.first(BEHANDELAAR);
    if (be) x.set('verklaringBehandelaar', true, at(be));
  }
  if (soort === 'vrijstelling-5b') {
    const ns = x.first(NOOIT_SCHOOL);
    if (ns) x.set('eerderIngeschrevenRichting', false, at(ns));
    const recent = x.first(RICHTING_SCHOOL_RECENT);
    const bezwaar = x.first(RICHTING_BEZWAAR);
    const stem = (s: string | undefined) => s?.replace(/e$/, '').replace(/^rooms-/, '');
    // Only when the recent school and the objected schools name the same richting; a different one says nothing.
    if (recent && bezwaar && stem(recent[1] ?? recent[2]) === stem(bezwaar[1] ?? bezwaar[2])) x.set('eerderIngeschrevenRichting', true, at(recent));
    // Enrolled now at a school of the objected richting: within the year before any notification (art. 8 lid 2).
    const nu = x.first(RICHTING_SCHOOL_NU);
    if (nu && (nu[3] !== undefined || (bezwaar && stem(nu[1] ?? nu[2]) === stem(bezwaar[1] ?? bezwaar[2])))) x.set('eerderIngeschrevenRichting', true, at(nu));
    const dichtbij = x.first(SCHOOL_ZONDER_BEZWAAR);
    if (dichtbij && !/\b(?:geen|niet|nergens|nooit)\b[^.?!,]*$/.test(x.before(dichtbij, 40)) && NABIJ.test(sentenceOf(x.t, dichtbij.index))) x.set('schoolZonderBezwaarBinnenAfstand', true, at(dichtbij));
  }
  if (soort === 'vrijstelling-5c') {
    const vk = kenmerk(x.a, 'schoolverklaring');
    if (vk) x.set('verklaringSchoolBuitenland', vk.value, vk.at);
    const sv = x.first(SCHOOL_BUITENLAND_VERKLARING);
    if (sv) x.set('verklaringSchoolBuitenland', true, at(sv));
  }
  if (soort === 'trekkend-bestaan') {
    // Art. 5a holds only while the jongere travels with the parents.
    const thuis = kenmerk(x.a, 'blijftthuis');
    if (thuis?.value) x.set('reistMee', false, thuis.at);
    const mee = kenmerk(x.a, 'meereizen');
    if (mee) x.set('reistMee', mee.value, mee.at);
  }
  if (soort === 'vrijstelling-kwalificatieplicht') {
    // Art. 15 asks for sufficient education in another way: work alone is not that.
    const werk = kenmerk(x.a, 'alleenwerken');
    if (werk?.value) x.set('voldoendeOnderwijsElders', false, werk.at);
    const elders = kenmerk(x.a, 'voldoendeonderwijs');
    if (elders) x.set('voldoendeOnderwijsElders', elders.value, elders.at);
  }
  const vl = x.first(VOLLEDIG_LEERPLICHTIG);
  if (vl) x.set('leerplichtig', true, at(vl));
  const kp = x.first(KWALIFICATIEPLICHTIGE);
  if (kp) x.set('kwalificatieplichtig', true, at(kp));
  // After the 16th birthday's school year leerplicht is over; at 17 without startkwalificatie only kwalificatieplicht remains.
  if (age === 17 && x.facts.startkwalificatie === false && x.facts.diplomaPraktijkonderwijs !== true) {
    const sk = x.found.find((f) => f.fact === 'startkwalificatie');
    x.set('kwalificatieplichtig', true, { index: x.original.indexOf(sk?.text ?? ''), length: sk?.text.length ?? 0 });
  }
  timing(x);
}

function timing(x: Extraction): void {
  const vd = x.first(VANDAAG_MELDING);
  if (vd) x.set('aanvraagdatum', x.today, at(vd));
  const rel = x.first(VOLGENDE_WEEK_DAG);
  if (rel) {
    const [, a, b, c, d, e] = rel;
    const date = a || b ? nextWeekDay(x.today, weekdayNumber((a ?? b)!)!) : c || d ? comingDay(x.today, weekdayNumber((c ?? d)!)!) : addDays(x.today, e === 'morgen' ? 1 : 2);
    x.set('startdatum', date, at(rel));
  }
  const over = x.first(OVER_DAGEN);
  if (over) {
    const n = num(over[1])!;
    x.set('startdatum', addDays(x.today, over[2]!.startsWith('we') ? n * 7 : n), at(over));
  }
  for (const m of x.all(VANAF_DATUM)) {
    if (/geboren\s*(?:op\s*)?$/.test(x.before(m, 14))) continue;
    const d = dateOf([...m], 1);
    if (d && d >= x.today) {
      x.set('startdatum', d, at(m));
      break;
    }
  }
  for (const m of x.all(DAG_ZONDER_JAAR)) {
    if (/geboren\s*(?:op\s*)?$/.test(x.before(m, 14)) || VERLEDEN.test(sentenceOf(x.t, m.index))) continue;
    const jaar = Number(x.today.slice(0, 4));
    const d = [jaar, jaar + 1].map((y) => validDate(y, month(m[2]!), Number(m[1]))).find((v) => v !== undefined && v >= x.today);
    if (d) x.set('startdatum', d, at(m));
    break;
  }
  const anker = datumBijAnker(x.a, x.today);
  if (anker?.datum) x.set('startdatum', anker.datum, anker.at);
  if (anker?.buitenEersteLesweken) x.set('inEersteTweeLesweken', false, anker.at);
  if (anker?.dagen && x.facts.soort !== undefined) x.set('dagen', anker.dagen, anker.at);
  const notice = noticeOffset(x.a, x.today);
  if (notice) x.set('dagenVooraf', notice.days, notice.at);
  const wv = x.first(WEKEN_VOORAF);
  if (wv) x.set('dagenVooraf', num(wv[1])! * (wv[2]!.startsWith('we') ? 7 : 1), at(wv));
  const start = x.facts.startdatum as string | undefined;
  const aanvraag = x.facts.aanvraagdatum as string | undefined;
  if (start && aanvraag) {
    const f = x.found.find((ff) => ff.fact === 'startdatum')!;
    x.set('dagenVooraf', daysBetween(aanvraag, start), { index: x.original.indexOf(f.text), length: f.text.length });
  }
  if (x.facts.soort === 'religieus' && typeof x.facts.dagenVooraf === 'number') {
    const f = x.found.find((ff) => ff.fact === 'dagenVooraf')!;
    x.set('kennisgevingTijdig', x.facts.dagenVooraf >= 2, { index: x.original.indexOf(f.text), length: f.text.length });
  }
}

// ---------- leerplicht dates and school career ----------

const PEILDATUM: RegExp[] = [
  r(String.raw`\bpeildatum:? (?:is |van )?(?:\w+dag )?${DATE}`),
  r(String.raw`\b(?:vandaag is het|het is vandaag|het is nu|vandaag:?|datum vandaag:?) (?:\w+dag )?${DATE}`),
  r(String.raw`(?<!geboren )\bop ${DATE}[^.?!]{0,40}?\b(?:leerplicht|kwalificatieplicht|onder de leerplichtwet)`),
];
const PEIL_MAAND = r(String.raw`\b(?:nu|peildatum:?) \(?(${MONTH}) (\d{4})\)?`);
const VANDAAG = r(String.raw`\b(?:vandaag|op dit moment)\b`);
const OP_DATUM = r(String.raw`\b(?:op|per|vanaf|na|tegen|rond|met ingang van|miv) ${DATE}`);
const VOLLEDIGE_JAREN = r(String.raw`\b(${NUM2}) (?:volledige|hele) schooljaren|\b(${NUM2}) schooljaren (?:achter de rug|op school gezeten|onderwijs gevolgd)`);
const START_SCHOOLJAAR = r(String.raw`\b(?:sinds|vanaf|begonnen|begon|gestart|startte|in)\b[^.?!]{0,40}?\bschooljaar (\d{4}) ?[-/] ?(?:\d{2}|\d{4})`);
/** The day school began: "startte in groep 1 op 24 augustus 2015", "is op 3 september 2015 begonnen". */
const START_VERB = String.raw`(?:begon|begonnen|gestart|startte|instroomde|ingestroomd|kwam (?:\w+ ){0,2}op school)`;
const START_DATUM = r(String.raw`\b${START_VERB}(?: \w+){0,4} (?:op|per) ${DATE}|\b(?:op|per) ${DATE} (?:\w+ ){0,3}(?:begonnen|gestart|ingestroomd|naar school gegaan|in groep 1)`);
/** A first school year followed from its first school day: "begon op de eerste schooldag van schooljaar 2015-2016". */
const VANAF_BEGIN = r(String.raw`\b(?:vanaf|op|bij) (?:de |het )?(?:eerste schooldag|begin|start) van (?:het |dat )?(?:schooljaar|nieuwe schooljaar)`);
/** The school year of the brugklas (Lpw art. 3 lid 2): "brugklas in 2022-2023", "in schooljaar 2022-2023 naar de brugklas". */
const BRUGKLAS_JAAR = r(String.raw`\bbrugklas\b[^.?!\d]{0,25}?(\d{4}) ?[-/] ?(?:\d{2}|\d{4})|\b(\d{4}) ?[-/] ?(?:\d{2}|\d{4})\b[^.?!\d]{0,20}?\bbrugklas`);
/** A group skipped in the basisschool: done in 7 school years, unless a group was also repeated. */
const OVERGESLAGEN = r(String.raw`\b(?:groep (?:\d|een|twee|drie|vier|vijf|zes|zeven)|een groep|een klas|een jaar)\b(?: \w+){0,2} overgeslagen|\bsloeg (?:\w+ ){0,2}(?:groep (?:\d|een|twee|drie|vier|vijf|zes|zeven)|een groep|een jaar) over\b`);
const OVERGEDAAN = r(String.raw`\b(?<!nooit |niet )(?:blijven zitten|bleef zitten|overgedaan|deed (?:\w+ ){0,2}over|gedoubleerd|doubleerde)\b`);
const START_MAAND = r(String.raw`\b(?:in|sinds|vanaf) (${MONTH}) (\d{4}) (?:begonnen|gestart|naar school|op school|in groep 1)|\b(?:begonnen|gestart|startte|begon)(?: \w+){0,3} in (${MONTH}) (\d{4})`);
/** A start year without a month: "zit sinds 2016 op school", "is in 2016 op de basisschool begonnen", "ging in 2016 naar groep 1". */
const START_JAAR = r(String.raw`\b(?:sinds (\d{4}) (?:op|naar|in) (?:de |het )?(?:\w*school|groep 1)|in (\d{4}) (?:op (?:de |het )?\w*school |naar (?:de |het )?\w*school |in groep 1 )?(?:begonnen|gestart|ingestroomd)|(?:ging|kwam|begon|startte) in (\d{4}) (?:naar|op|in) (?:de |het )?(?:\w*school|groep 1))`);
const START_VIER = r(String.raw`\b(?:toen (?:hij|zij|ze|het kind|de leerling) (?:4|vier)(?: jaar)? (?:was|werd)|(?:sinds|vanaf|op) (?:zijn|haar) (?:4e|4de|vierde)(?: verjaardag| jaar)?)`);
const BASISSCHOOL_JAREN = r(String.raw`\b(?:basisschool|basisonderwijs)[^.?!]{0,20}? in (${NUM2}) (?:school)?ja(?:a)?r(?:en)?|\b(${NUM2}) jaar (?:over de |op de )?basisschool`);

export function leerplicht(x: Extraction): void {
  fillGeboortedatum(x, x.a, x.today);
  fillGeboortejaarVan(x, x.a, x.today);
  fillVerjaardag(x, x.a, x.today);
  for (const re of PEILDATUM) {
    const m = x.first(re);
    const d = m && dateOf([...m], 1);
    if (m && d && !isBirthDate(x, d)) {
      x.set('peildatum', d, at(m));
      break;
    }
  }
  const pm = x.first(PEIL_MAAND);
  if (pm) x.set('peildatum', validDate(Number(pm[2]), month(pm[1]!), 1), at(pm));
  const vj = x.first(VOLLEDIGE_JAREN);
  if (vj) x.set('volledigeSchooljaren', num(vj[1] ?? vj[2]), at(vj));
  const ss = x.first(START_SCHOOLJAAR);
  if (ss) x.set('startSchooljaar', Number(ss[1]), at(ss));
  const sm = x.first(START_MAAND);
  if (sm) {
    const d = validDate(Number(sm[2] ?? sm[4]), month((sm[1] ?? sm[3])!), 1);
    if (d) x.set('startSchooljaar', schoolYearStart(d), at(sm));
  }
  const sj = x.first(START_JAAR);
  if (sj && /\b(?:\w*school|groep 1|groep een|kleuterklas)\b/.test(sentenceOf(x.t, sj.index))) x.set('startSchooljaar', Number(sj[1] ?? sj[2] ?? sj[3]), at(sj));
  // "begon in groep 1 toen hij 4 was", "zit sinds zijn vierde verjaardag op school": the start at the 4th birthday,
  // the day a child may first be admitted (WPO art. 39); a later start only makes leerplicht end later.
  const vier = x.first(START_VIER);
  const dob = x.facts.geboortedatum as string | undefined;
  if (vier && dob && /\b(?:\w*school|groep 1|groep een|begon|begonnen|gestart|startte)\b/.test(sentenceOf(x.t, vier.index))) x.set('startdatumSchool', birthday(dob, 4), at(vier));
  const sd = x.first(START_DATUM);
  const startDatum = sd && dateOf([...sd], 1);
  if (sd && startDatum && !isBirthDate(x, startDatum)) x.set('startdatumSchool', startDatum, at(sd));
  const vb = x.first(VANAF_BEGIN);
  if (vb && /\b(?:\w*school|groep 1|groep een|begon|begonnen|gestart|startte)\b/.test(sentenceOf(x.t, vb.index))) x.set('vanafBeginSchooljaar', true, at(vb));
  const bk = x.first(BRUGKLAS_JAAR);
  if (bk) x.set('brugklasSchooljaar', Number(bk[1] ?? bk[2]), at(bk));
  const bj = x.first(BASISSCHOOL_JAREN);
  if (bj) x.set('basisschoolJaren', num(bj[1] ?? bj[2]), at(bj));
  // Art. 3 lid 2: a basisschool done with a skipped group took 7 school years; a repeated one as well makes it unknown.
  const og = x.first(OVERGESLAGEN);
  if (og && !x.has(OVERGEDAAN)) x.set('basisschoolJaren', 7, at(og));
}

/** The date is one of the birth dates read (one child's or several children's): never a peildatum or a start. */
function isBirthDate(x: Extraction, d: string): boolean {
  return d === x.facts.geboortedatum || (Array.isArray(x.facts.geboortedata) && x.facts.geboortedata.includes(d));
}

/** A date the status is asked for ("status op 20 november 2026", "mag dat op 1 september 2026?"), only in a leerplicht question. */
export function peildatumGenoemd(x: Extraction): void {
  for (const m of x.all(OP_DATUM)) {
    if (/\b(?:geboren|geb\.?)\s*$/.test(x.before(m, 10))) continue;
    if (x.facts.startdatumSchool !== undefined && dateOf([...m], 1) === x.facts.startdatumSchool) continue;
    const d = dateOf([...m], 1);
    if (d && !isBirthDate(x, d)) return x.set('peildatum', d, at(m));
  }
}

/** "vandaag" as the peildatum, only when the question is about leerplicht status and names no date. */
export function peildatumVandaag(x: Extraction): void {
  const m = x.first(VANDAAG);
  if (m) x.set('peildatum', x.today, at(m));
}
