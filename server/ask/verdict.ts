import { normalize } from '../retrieve/analysis.js';
import type { QuestionShape } from './question-form.js';
import { numberWord } from './understand/quantities.js';
import type { Decision } from './types.js';

// The first sentence of an answer beside a rules decision: it must agree with the decision (toegestaan,
// beslisser, melding) whatever the headline the rules layer worded, and it answers a yes/no question or a premise
// with "Ja" or "Nee" first.

const WHO: Record<NonNullable<Decision['beslisser']>, string> = {
  directeur: 'de directeur',
  leerplichtambtenaar: 'de leerplichtambtenaar',
  niemand: 'niemand',
};

const MELDING_HEADLINE: Record<string, string> = {
  '16-uur-in-4-weken': "Dit is een melding '16 uur in 4 weken' bij DUO.",
  'langdurig-relatief-verzuim': "Dit is een melding 'langdurig relatief verzuim' bij DUO.",
  'luxe-verzuim': "Dit is luxe verzuim: de school meldt het als 'luxe verzuim' bij DUO.",
  'overig-verzuim': "Melden is niet verplicht; de school kan dit als 'overig verzuim' bij DUO melden.",
  '18-plus-verzuim': "Dit is een melding '18-plus verzuim' bij DUO, voor het Doorstroompunt.",
  'geen-melding': 'Er is geen verzuimmelding bij DUO nodig.',
  'absoluut-verzuim': 'Dit is absoluut verzuim: de leerling staat nergens ingeschreven; de leerplichtambtenaar pakt dit op.',
};

// The words a headline uses for each melding; a headline naming another melding contradicts the decision.
export const MELDING_WORDS: Record<string, RegExp> = {
  '16-uur-in-4-weken': /16 uur in 4 weken/,
  'langdurig-relatief-verzuim': /langdurig relatief verzuim/,
  'luxe-verzuim': /luxe verzuim/,
  'overig-verzuim': /overig verzuim/,
  '18-plus-verzuim': /18-plus/,
  'geen-melding': /geen (verzuim)?melding|niet .*te melden|hoeft .*niet/,
  'absoluut-verzuim': /absoluut verzuim/,
};

/** A report the school must make (not one it may make). */
export function meldingVerplicht(decision: Decision, headline: string): boolean {
  if (!decision.melding || decision.melding === 'geen-melding' || decision.melding === 'overig-verzuim' || decision.melding === 'absoluut-verzuim') return false;
  return !/niet verplicht|nog niet verplicht/.test(normalize(headline));
}

/** Does the headline say what the decision says? Checked on the words a reader acts on. */
export function headlineAgrees(decision: Decision, headline: string): boolean {
  const h = normalize(headline);
  if (decision.type === 'verlof' || decision.type === 'vrijstelling') {
    const yes = /^(ja\b|dat kan\b|dit mag\b)/.test(h);
    const no = /^nee\b/.test(h);
    if (decision.toegestaan === false && (yes || !no)) return false;
    if (decision.toegestaan === true && (no || !yes)) return false;
    if (decision.toegestaan === 'afhankelijk' && (no || /^ja\b/.test(h))) return false;
    // Who decides: a headline that gives the decision to the other person contradicts it.
    if (decision.beslisser === 'directeur' && /leerplichtambtenaar (beslist|kan)|college/.test(h)) return false;
    if (decision.beslisser === 'leerplichtambtenaar' && /(^|[:,] )de directeur (beslist|kan)/.test(h)) return false;
    if (decision.beslisser === 'niemand' && decision.toegestaan !== true && /(directeur|leerplichtambtenaar) (beslist|kan (dit|deze) .*verlenen)/.test(h) && !/niet/.test(h)) return false;
    return true;
  }
  if (decision.type === 'melding' && decision.melding) {
    const own = MELDING_WORDS[decision.melding];
    if (own && !own.test(h) && decision.melding !== 'geen-melding') return false;
    for (const [code, re] of Object.entries(MELDING_WORDS)) if (code !== decision.melding && code !== 'geen-melding' && re.test(h) && !(own?.test(h))) return false;
    return true;
  }
  return true;
}

/** A headline worded from the decision alone, for when the rules' headline does not agree with it. */
export function headlineFromDecision(decision: Decision): string {
  const who = decision.beslisser ? WHO[decision.beslisser] : undefined;
  if (decision.type === 'verlof' || decision.type === 'vrijstelling') {
    const wat = decision.type === 'vrijstelling' ? 'deze vrijstelling' : 'dit verlof';
    if (decision.toegestaan === true) {
      return decision.beslisser === 'niemand'
        ? 'Ja, dit mag zonder toestemming: een tijdige kennisgeving aan de directeur is genoeg.'
        : `Ja, ${who} kan ${wat} verlenen.`;
    }
    if (decision.toegestaan === false) return `Nee, ${wat} kan op deze grond niet worden verleend.`;
    return `Het hangt af van de voorwaarden hieronder${who && decision.beslisser !== 'niemand' ? `; ${who} beslist` : ''}.`;
  }
  if (decision.type === 'melding' && decision.melding) return MELDING_HEADLINE[decision.melding] ?? '';
  return '';
}

/** The rules' headline when it agrees with the decision, otherwise one worded from the decision. A question that
 *  gives the leave to the other person ("mag de directeur 15 dagen geven?" when the leerplichtambtenaar decides)
 *  gets a headline that names who does decide. */
export function consistentHeadline(decision: Decision, headline: string, question?: string): string {
  const agreed = headlineAgrees(decision, headline) ? headline : headlineFromDecision(decision) || headline;
  const asked = question === undefined ? undefined : askedDecider(question);
  if (!asked || !otherDecider(decision, asked)) return agreed;
  const who = decision.beslisser === 'leerplichtambtenaar' ? 'De leerplichtambtenaar van de woongemeente' : 'De directeur';
  return `${who} beslist hierover, niet ${WHO[asked]}${decision.toegestaan === true ? '; die kan dit verlof verlenen' : ''}.`;
}

// Who the question says grants the leave: "mag de directeur …", "de directeur verleende …", "kan de lpa …".
const GRANT_VERB = String.raw`(?:mag|mogen|mocht|mochten|kan|kunnen|kon|konden|moet|moeten|verleende|verleent|verlenen|gaf|geeft|geven|gegeven|heeft|hebben|kende|kent|toekennen|toegekend|besliste|beslist|beslissen|keurde|keurt|goedkeuren)`;
const DIRECTEUR = String.raw`(?:de |onze |mijn )?(?:directeur|directrice|directie|schoolleider|locatieleider|ik als directeur|de school|het hoofd)`;
const LPA = String.raw`(?:de )?(?:leerplichtambtenaar|lpa|leerplicht|gemeente|ambtenaar)`;
const ASKED_DIRECTEUR = new RegExp(String.raw`\b${GRANT_VERB} (?:\w+ ){0,2}?${DIRECTEUR}\b|\b${DIRECTEUR} (?:\w+ ){0,4}?${GRANT_VERB}\b`);
const ASKED_LPA = new RegExp(String.raw`\b${GRANT_VERB} (?:\w+ ){0,2}?${LPA}\b|\b${LPA} (?:\w+ ){0,4}?${GRANT_VERB}\b`);

/** The person the question names as granting the leave, when it names exactly one. */
export function askedDecider(question: string): 'directeur' | 'leerplichtambtenaar' | undefined {
  const q = normalize(question);
  const d = ASKED_DIRECTEUR.test(q);
  const l = ASKED_LPA.test(q);
  return d === l ? undefined : d ? 'directeur' : 'leerplichtambtenaar';
}

/** The decision gives the leave to a person other than the one the question names. */
function otherDecider(decision: Decision, asked: 'directeur' | 'leerplichtambtenaar'): boolean {
  if (decision.type !== 'verlof' || decision.toegestaan === false) return false;
  return (decision.beslisser === 'directeur' || decision.beslisser === 'leerplichtambtenaar') && decision.beslisser !== asked;
}

/**
 * "Ja" or "Nee" for a yes/no question or a premise, from the decision; undefined when the question is not of that
 * form or the decision does not settle it (then the headline answers on its own).
 */
export type YesNo = 'Ja' | 'Nee' | 'Afhankelijk';

/** A claim that the leave needs no permission, only a notice. */
const NO_PERMISSION_CLAIM = /\b(geen (toestemming|verlof) (nodig|vereist|nodig is)|(toestemming|verlof) (is )?niet nodig|hoef\w* geen (toestemming|verlof)|alleen een (kennisgeving|melding) (vooraf|aan))/;
/** A claim that a report waits for the parents' or pupil's consent ("pas melden als de ouders instemmen"). */
const CONSENT_CLAIM = /\b(toestemming|instemming|akkoord|goedkeuring) (van|door) (de )?(ouders|ouder|leerling|jongere)|\b(ouders|ouder) (\w+ ){0,3}(instemmen|akkoord gaan|toestemming geven|toestemmen)|\b(met|zonder) (de )?(instemming|toestemming) van|\bgeen (toestemming|instemming) (\w+ ){0,4}nodig/;

/** A report named as a verb in a claim, and its negation ("niet gemeld hoeft te worden", "hoeven we niks te melden"). */
const REPORT_VERB = /\b(ge)?meld(en|t|de|den)?\b/;
const REPORT_NEGATED = /\b(niet|geen|nooit|niks|niets)\b( \w+){0,3} (ge)?meld(en|t)?\b|\b(hoeft|hoeven|hoef)\b( \w+){0,3} (niet|niks|niets|geen)\b/;

const LPW_DECIDER = /\b(directeur|directrice|directie|schoolleider|leerplichtambtenaar|lpa|leerplicht|leerplichtwet|artikel 1[1-4]a?)\b/;

/** What a yes/no question asks of its subject: a premise's claim, else the last sentence with a question mark. */
function askedProposition(q: string, shape: QuestionShape): string {
  return shape.claim ? normalize(shape.claim) : (q.split(/(?<=[.?!])\s+/).filter((x) => x.endsWith('?')).pop() ?? q);
}

// Whether a proof or a means suffices ("is een brief van haar eigen psycholoog genoeg?", "volstaat een mail?") is not
// what a leave or exemption decision says: it says whether the leave can be granted at all.
const SUFFICIENCY = /\b(genoeg|voldoende|volstaat|volstaan|toereikend|afdoende|(rechts)?geldig(e)?)\b/;
// Refusing is the negative of granting: "mag de directeur dit weigeren?" is a yes when the leave cannot be granted.
const REFUSAL = /\b(weiger\w*|afwijz\w*|afgewezen|wijst (\w+ )?af|wees (\w+ )?af|intrekken|ingetrokken)\b/;
// A proposition about leave or an exemption itself: being granted, being allowed away, being free.
const GRANT_TOPIC = /\b(mag|mogen|mocht|kan|kunnen|krijg\w*|toestemming|verlof|vrij(af)?|vrijstelling|vrijgesteld|toegestaan|verlen\w*|verleen\w*|toegekend|toekenn\w*|goedgekeurd|goedkeur\w*|weiger\w*|afwijz\w*|afgewezen)\b/;
// A proposition about a report: the verb, a DUO report kind, or where it goes.
// Reporting sick to the school is not a report to DUO.
const SICK_REPORT = /\bziek (te )?(ge)?meld\w*/g;
const REPORT_TOPIC = /\b(ge)?meld(en|t|de|den|ing|plicht\w*)?\b|\bduo\b|verzuimloket|\bdoorgeven\b/;

/** A maximum stated in a claim: "maximaal 10 dagen", "ten hoogste tien schooldagen", "niet meer dan 10 dagen". */
const MAXIMUM = /\b(?:maximaal|max|ten hoogste|hoogstens|hooguit|niet meer dan|niet langer dan|op zijn hoogst)\s+(\S+)\s+(?:school|les)?dagen\b/;
function claimedMaximum(claim: string): number | undefined {
  const m = MAXIMUM.exec(claim);
  return m ? numberWord(m[1]!) : undefined;
}

/** The question asks whether leave or permission is needed, not whether the absence is allowed. */
const ASKS_NEED = /\b(moet|moeten|hoeft|hoeven|hoef|nodig|verplicht)\b(?:\s\S+){0,6}?\s(verlof|vrij|toestemming|aanvragen|vragen|aanvraag)\b|\b(verlof|toestemming|aanvraag)\b(?:\s\S+){0,4}?\s(nodig|verplicht)\b/;

const LEAVING = /\b(uitschrijven|uitschrijving|uitgeschreven|schrijven \w+ uit|stoppen|stopt|van school af|van school gaan|afmelden|gaan werken)\b/;

export function yesNo(decision: Decision, headline: string, question: string, shape: QuestionShape): YesNo | undefined {
  if (shape.form !== 'ja-nee') return undefined;
  const q = normalize(question);
  let positive: boolean | undefined;
  if (decision.type === 'verlof' || decision.type === 'vrijstelling') {
    // "Mag de directeur 12 dagen geven?" when only the leerplichtambtenaar may: the premise is wrong, whatever the outcome.
    const asked = askedDecider(question);
    if (asked && otherDecider(decision, asked)) return shape.negated ? 'Ja' : 'Nee';
    // A claim that no permission is needed ("alleen een kennisgeving vooraf") is right exactly when nobody decides.
    if (shape.premise && shape.claim && NO_PERMISSION_CLAIM.test(shape.claim)) return decision.beslisser === 'niemand' && decision.toegestaan !== false ? 'Ja' : 'Nee';
    // From 18 (Lpw art. 4b) the Leerplichtwet grants no leave: a question whether the directeur or the
    // leerplichtambtenaar must grant it, or whether that law's leave applies, is answered "Nee".
    if (decision.legalBasis.some((l) => l.id === 'lpw:4b') && LPW_DECIDER.test(q)) return shape.negated ? 'Ja' : 'Nee';
    // Before leerplicht starts (art. 3) no leave is needed: "moeten we vrij vragen?" is "Nee", "mag hij mee?" is "Ja".
    if (decision.toegestaan === true && decision.beslisser === 'niemand' && decision.legalBasis.some((l) => l.id === 'lpw:3') && ASKS_NEED.test(q)) return shape.negated ? 'Ja' : 'Nee';
    // A claim about the statutory maximum ("vakantieverlof is maximaal 10 dagen") is checked against the maximum the
    // rules state for that leave, whatever the case's other facts leave open.
    const proposition = askedProposition(q, shape);
    const claimed = claimedMaximum(proposition);
    const stated = /\bten hoogste (\d+) schooldagen\b/.exec(normalize(headline))?.[1];
    if (claimed !== undefined && stated !== undefined) return (claimed === Number(stated)) !== shape.negated ? 'Ja' : 'Nee';
    // The decision answers whether the leave can be granted; a question about a detail (whether a proof suffices,
    // something else than the leave) gets its answer from the body, not a Ja/Nee from the decision.
    if (SUFFICIENCY.test(proposition) || !GRANT_TOPIC.test(proposition)) return undefined;
    if (decision.toegestaan === 'afhankelijk') return 'Afhankelijk';
    if (decision.toegestaan === undefined) return undefined;
    positive = REFUSAL.test(proposition) ? !decision.toegestaan : decision.toegestaan;
  } else if (decision.type === 'melding' && decision.melding) {
    // A claim that the report waits for the parents' consent is wrong whenever there is a report to make: the
    // school reports by law (art. 21a Lpw), without consent (facts.md §2).
    if (shape.premise && shape.claim && CONSENT_CLAIM.test(shape.claim) && decision.melding !== 'geen-melding' && decision.melding !== 'absoluut-verzuim') {
      // "heeft geen toestemming nodig" and "hoeft niet te wachten op instemming" say consent is not needed: right.
      const notNeeded = /\b(geen|zonder) (\w+ )?(toestemming|instemming|akkoord)/.test(shape.claim) !== /\b(niet|nooit)\b/.test(shape.claim);
      return notNeeded ? 'Ja' : 'Nee';
    }
    // A claim naming the kind of absence ("dit is gewoon luxe verzuim") is right exactly when the decision names it.
    const proposition = askedProposition(q, shape);
    const named = Object.entries(MELDING_WORDS).filter(([code, re]) => code !== 'geen-melding' && re.test(proposition)).map(([code]) => code);
    if (named.length === 1 && !REPORT_NEGATED.test(proposition)) return (named[0] === decision.melding) !== shape.negated ? 'Ja' : 'Nee';
    // The decision says which report is due; a proposition about something else ("stage telt niet als lestijd", "hij
    // hoeft niet naar de jeugdarts") is answered by the body, not by a Ja/Nee borrowed from the report.
    if (!REPORT_TOPIC.test(proposition.replace(SICK_REPORT, ''))) return undefined;
    if (/\b(moet|moeten|verplicht|hoeft|hoeven|hoef)\b/.test(proposition)) positive = meldingVerplicht(decision, headline);
    // The claim's polarity is that of its report verb: "dat een leerling die 20 uur heeft gespijbeld niet gemeld hoeft
    // te worden" is negative, though its first clause (cut at "die") is not.
    const claim = shape.claim ?? '';
    if (positive !== undefined && REPORT_VERB.test(claim)) return positive !== REPORT_NEGATED.test(claim) ? 'Ja' : 'Nee';
    else if (/\b(mag|mogen|kan|kunnen)\b.*\bmeld/.test(proposition)) positive = decision.melding !== 'geen-melding' && decision.melding !== 'absoluut-verzuim';
  } else if (decision.type === 'leerplicht' && !decision.status && ['lpw:3', 'lpw:4a'].every((id) => decision.legalBasis.some((l) => l.id === id))) {
    // Leerplichtig or kwalificatieplichtig, the birth date decides which (decide.ts eenVanBeide): leaving school or
    // only working is not allowed either way; which duty it is stays open.
    const asked = shape.claim ?? q.split(/(?<=[.?!])\s+/).filter((x) => x.endsWith('?')).pop() ?? q;
    if (LEAVING.test(q) || /\bwerk(en)?\b/.test(q)) return 'Nee';
    if (/\b(school|onderwijs|opleiding)\b/.test(asked) && !/\b(leerplicht|kwalificatieplicht)/.test(asked)) positive = true;
  } else if (decision.type === 'leerplicht' && decision.status) {
    // The asked sentence names the plicht, or asks permission to leave school ("mogen we hem uitschrijven?", "… wil
    // gaan werken. Mag dat?"), which is allowed exactly when no plicht is left.
    // For a premise the claim carries the proposition ("een leraar zegt dat … niet meer kwalificatieplichtig is").
    const asked = shape.claim ?? q.split(/(?<=[.?!])\s+/).filter((x) => x.endsWith('?')).pop() ?? q;
    if (/kwalificatieplicht/.test(asked)) positive = decision.status === 'kwalificatieplicht';
    else if (/leerplicht/.test(asked)) positive = decision.status === 'leerplicht';
    else if (LEAVING.test(q) && /\b(mag|mogen|kan|kunnen)\b/.test(asked)) positive = decision.status === 'geen';
    else if (/\b(school|onderwijs|diploma|opleiding)\b/.test(q)) positive = decision.status !== 'geen';
  }
  if (positive === undefined) return undefined;
  return positive !== shape.negated ? 'Ja' : 'Nee';
}

/** "Ja, dat klopt." / "Nee, dat klopt niet." for a premise; a bare "Ja." / "Nee." for a plain yes/no question. */
export function yesNoOpening(word: YesNo, shape: QuestionShape): string {
  if (word === 'Afhankelijk') return 'Het hangt ervan af.';
  if (shape.premise) return word === 'Ja' ? 'Ja, dat klopt.' : 'Nee, dat klopt niet.';
  return `${word}.`;
}

/** Puts the yes/no word before a headline, without doubling one the headline already starts with. */
export function withYesNo(headline: string, word: YesNo | undefined, shape: QuestionShape): string {
  if (!word) return headline;
  const starts = /^(ja|nee)\b/i.exec(headline)?.[1]?.toLowerCase();
  if (starts === word.toLowerCase() && !shape.premise) return headline;
  // The headline's own Ja/Nee answers the positive reading; after a negated question or a premise the opening
  // carries the answer, and the headline follows without its first word.
  const rest = starts ? headline.replace(/^(ja|nee)[,.:]?\s*/i, '') : headline;
  return `${yesNoOpening(word, shape)} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
