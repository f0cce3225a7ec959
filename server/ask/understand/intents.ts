import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultAnalyzer } from '../../index/knowledge-index.js';
import { stem, tokenize } from '../../retrieve/analysis.js';
import { asksForGround } from '../legal-ground.js';
import { expand, INTENTS, loadParaphrases, PARAPHRASE_FILE, type Intent, type Paraphrase } from './paraphrases.js';

// What a question asks, read from its words alone (never from the facts extracted from it): which rules question
// (melding, verlof, vrijstelling, leerplicht; several at once is possible) and in what form (a decision about a case,
// the procedure, the legal ground, or general knowledge). Two readers over the same tokens, stems and compound parts
// as retrieval: cue lists, and a classifier trained on our paraphrase corpus. `readIntents` combines them.

export type { Intent } from './paraphrases.js';

/** How the question is asked: decide a case, explain the steps, name the article, or explain in general. */
export type Vraagvorm = 'beslissing' | 'procedure' | 'grondslag' | 'kennis';

export interface IntentReading {
  intents: Intent[];
  vorm: Vraagvorm;
  /** The question is about a particular pupil or situation (a pronoun, "mijn zoon", "dit"), not about the law in general. */
  casus: boolean;
  /** The message asks something (a "?" or a sentence that opens as a question), rather than only telling. */
  vraagt: boolean;
  /** A question about what things are or how they work ("wat is …", "wat gebeurt er als …"), about nobody in
   *  particular: facts in it are an example, and no rules decision answers it. */
  algemeen: boolean;
  /** The ask is about enrolment, deregistration or a schorsing and names no rules question: the sources answer. */
  anderOnderwerp: boolean;
  /** The main question is about a knowledge topic (penalties, the officer's powers, DUO's procedures, registration,
   *  teaching time, RMC, MAS) and names no rules decision: facts in it never add one. */
  kennisvraag: boolean;
  /** The message tells a situation in sentences of its own before it asks ("Het gezin reist met de kermis. Welke …?"). */
  verteld?: boolean;
  /** The event the question is about (a pregnancy, a childbirth) is the pupil's own: no family event for leave. */
  eigenGebeurtenis?: boolean;
  /** The rules questions the main question names by its own words; undefined when it names none ("wat nu?",
   *  "mag dat?"), and then the story says what is asked. Facts of other types are context, not questions. */
  gevraagd?: Intent[];
}

// ---------- shared features ----------

interface Analysed {
  /** The whole message, normalised, sentences apart: context (what happened) is read here. */
  text: string;
  /** The sentences that ask (end in "?"; all of them when none does): what is asked is read here. */
  ask: string;
  /** The main question: the clauses of the asking sentences that ask (a question word or an inverted verb),
   *  without their side clauses (als, omdat, nadat, "die …"). "" when no clause asks. */
  main: string;
  tokens: string[];
  vraagt: boolean;
}

/** Dutch questions open with a question word or with the verb. */
const QUESTION_OPENING = /^(?:wat|wie|hoe|wanneer|waarom|waar|welke|welk|hoeveel|hoelang|mag|mogen|moet|moeten|kan|kunnen|is|zijn|heeft|hebben|krijgt|krijgen|valt|vallen|geldt|klopt|zou|zouden|hoeft|hoeven|wordt|worden|tot|vanaf|sinds)$/;

/** Shorthand read as the word it stands for (the same forms as knowledge/synonyms.yaml where it has them). */
const SHORTHAND: Record<string, string> = { lln: 'leerling', ll: 'leerling', lpa: 'leerplichtambtenaar', ivm: 'vanwege', vz: 'verzuim' };

let vocabulary: Map<number, string[]> | undefined;
/** The corpus's own words of 6+ letters, by length: the words a typo is corrected to. */
function knownWords(): Map<number, string[]> {
  if (!vocabulary) {
    const corpus = loadParaphrases();
    const words = new Set<string>();
    for (const text of [...corpus.templates.map((t) => t.text), ...Object.values(corpus.slots).flat()]) for (const w of tokenize(text)) if (w.length >= 6 && /^\p{L}+$/u.test(w)) words.add(w);
    vocabulary = new Map();
    for (const w of words) vocabulary.set(w.length, [...(vocabulary.get(w.length) ?? []), w]);
  }
  return vocabulary;
}

/** One slip of the keys (two letters swapped, one dropped, doubled or mistyped), never in the first two letters. */
function oneSlip(a: string, b: string): boolean {
  if (a.slice(0, 2) !== b.slice(0, 2)) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A word of 6+ letters the corpus does not know, one slip away from exactly one word it does know, is that word. */
const corrections = new Map<string, string>();
function correct(word: string): string {
  if (word.length < 6 || !/^\p{L}+$/u.test(word)) return word;
  const cached = corrections.get(word);
  if (cached !== undefined) return cached;
  const known = knownWords();
  if (known.get(word.length)?.includes(word)) return word;
  const near = [word.length - 1, word.length, word.length + 1].flatMap((n) => known.get(n) ?? []).filter((w) => oneSlip(word, w));
  const out = near.length === 1 ? near[0]! : word;
  if (corrections.size < 50_000) corrections.set(word, out);
  return out;
}

/** Questions are short; a long message is read for its first part only, so hostile input stays cheap. */
const MAX_CHARS = 1500;

/** Sentences are kept apart by " | ", so no cue spans two sentences and a question frame can be read at its start. */
export function analyse(question: string): Analysed {
  const text = question.slice(0, MAX_CHARS).replace(/\b([mz])'n\b/gi, (_, c: string) => (c.toLowerCase() === 'm' ? 'mijn' : 'zijn')).replace(/'t\b/g, 'het');
  const words = (raw: string) => tokenize(raw).map((t) => SHORTHAND[t] ?? correct(t));
  const sentences = (text.match(/[^.?!;:\n]+(?:[.?!;:]+|\n|$)/g) ?? [])
    .map((raw) => ({ raw, asks: raw.includes('?'), words: words(raw) }))
    .filter((s) => s.words.length > 0);
  // A part before ":" or ";" belongs to the sentence it opens ("kan ik … geven en zo niet: moet ik melden?").
  for (let i = sentences.length - 2; i >= 0; i--) if (/[:;]\s*$/.test(sentences[i]!.raw) && sentences[i + 1]!.asks) sentences[i]!.asks = true;
  const asking = sentences.some((s) => s.asks) ? sentences.filter((s) => s.asks) : sentences;
  const vraagt = sentences.some((s) => s.asks || QUESTION_OPENING.test(s.words[0]!));
  const join = (list: string[][]) => (list.length ? ` | ${list.map((w) => w.join(' ')).join(' | ')} | ` : '');
  const main = asking.flatMap((s) => mainClauses(s.raw.split(',').map(words), s.asks));
  return { text: join(sentences.map((s) => s.words)), ask: join(asking.map((s) => s.words)), main: join(main), tokens: sentences.flatMap((s) => s.words), vraagt };
}

// ---------- the main question ----------

/** Coordinators open a clause of their own ("…, maar is hij nog leerplichtig?"); they are not part of it. */
const COORDINATOR = new Set(['en', 'maar', 'want', 'of', 'dus', 'en dan']);
/** Subordinators open a side clause: what it says is a circumstance (a fact), not what is asked. */
const SUBORDINATOR = new Set(['omdat', 'terwijl', 'hoewel', 'doordat', 'nadat', 'voordat', 'zodat', 'toen', 'aangezien', 'zodra', 'tenzij', 'indien', 'ofschoon', 'ook al', 'ondanks']);
/** "als", "nu" and "die" open a side clause only before a subject or a verb's company ("als hij", "nu hij spijbelt",
 *  "een leerling die 20 uur mist"); elsewhere they name a role ("als moeder"), are an adverb ("moet ik nu melden")
 *  or a demonstrative ("die jongen").
 *  "wanneer" inside a clause is "if" ("moet ik melden wanneer hij …"); at its start, or after "tot", it asks. */
const CLAUSE_COMPANY = /^(?:\d+\w*|de|het|een|hij|zij|ze|er|ik|we|wij|mijn|onze|ons|zijn|haar|hun|deze|dit|dat|ouders|al|nog|niet|steeds|vaak|veel|sinds|zonder|in|op|te|net|geen|thuis|elke|iedere|bijna|wel|nooit|toch|zich|zo)$/;
/** A clause asks when it opens with a question word or with the finite verb, or frames a question ("klopt het dat"). */
const ASKING_VERB = /^(?:wat|wie|hoe|wanneer|waarom|waar|welke|welk|hoeveel|hoelang|hoever|mag|mogen|mocht|mochten|moet|moeten|moest|kan|kunnen|kon|is|zijn|was|heeft|hebben|krijgt|krijgen|krijg|valt|vallen|geldt|gelden|klopt|klopte|zou|zouden|hoeft|hoeven|hoef|wordt|worden|tot|vanaf|sinds|komt|komen|blijft|telt|tellen|hoort|horen|dient|dienen|ben|staat)$/;
/** A subject right after the verb: the verb is inverted, as in a question. */
const INVERTED_SUBJECT = /^(?:ik|we|wij|hij|zij|ze|u|je|dit|dat|het|er)$/;
/** The verb that closes a relative clause: a finite verb or a participle. */
const RELATIVE_END = /^(?:is|was|zijn|waren|heeft|hebben|had|wordt|werd|komt|kwam|gaat|ging|zit|zat|mist|woont|wil|kan|moet|mag|blijft|spijbelt|verzuimt|ge\w+(?:d|t|en))$/;

/** Verbs that open a yes/no question before a noun phrase too ("valt ons kind …", "mag de school …"). */
const MODAL = /^(?:valt|vallen|mag|mogen|moet|moeten|kan|kunnen|krijgt|krijgen|hoeft|hoeven|geldt|klopt|klopte|mocht|moest)$/;
const DETERMINER = /^(?:de|het|een|mijn|onze|ons|zijn|haar|hun|jullie|deze|die|dat)$/;
/** A question word inside run-on text starts the question ("… niet op school welke melding doe ik"). */
const QUESTION_WORD = /^(?:wat|wie|welke|welk|hoe|waarom|hoeveel|hoelang)$/;
const PREPOSITION = /^(?:tot|vanaf|sinds|voor|van|bij|naar|op|in|met|over|om|aan|door|uit|niet|weet|weten|vraagt|vragen|vroeg)$/;
/** Words after which an inverted verb continues the question instead of starting one ("wat moet ik", "hoe lang is het"). */
const QUESTION_LEAD = /^(?:wat|wie|hoe|welke|welk|waarom|wanneer|waar|hoeveel|hoelang|tot|vanaf|sinds|lang|vaak|ver|snel|dan|nu|en|of|maar|dus|toch|eigenlijk|wel|al|nog)$/;
const ASKING_FRAME = /\b(?:klopt (?:het|dat)|is het (?:zo|waar) dat|(?:mag|moet|kan|moeten|mogen|kunnen) (?:ik|we|wij|je|u|de school|hij|zij|ze)\b)/;

/**
 * The main question of one sentence, given its comma parts as words: each part is cut at a coordinator into
 * clauses, a side clause is cut off from its subordinator on, and the clauses that ask are kept.
 */
function mainClauses(parts: string[][], asks: boolean): string[][] {
  // `opened`: the clause was split off by an inverted verb or a question word, so it asks even without a "?".
  const clauses: Array<{ words: string[]; opened: boolean }> = [];
  for (const part of parts) {
    let current: string[] = [];
    let opened = false;
    const close = (next: boolean) => {
      if (current.length) clauses.push({ words: current, opened });
      current = [];
      opened = next;
    };
    for (let i = 0; i < part.length; i++) {
      const w = part[i]!;
      const next = part[i + 1] ?? '';
      if (COORDINATOR.has(w) && current.length && ASKING_VERB.test(next)) {
        close(true);
        continue;
      }
      // Run-on text without punctuation: an inverted verb after a statement starts the question ("… gegaan mocht ik …").
      const inverted = INVERTED_SUBJECT.test(next) || (MODAL.test(w) && DETERMINER.test(next));
      const whWord = QUESTION_WORD.test(w) && !PREPOSITION.test(part[i - 1] ?? '');
      const inQuestion = current.some((c) => QUESTION_WORD.test(c) || c === 'wanneer');
      if (current.length && ((ASKING_VERB.test(w) && inverted && !inQuestion) || whWord) && !QUESTION_LEAD.test(part[i - 1]!)) close(true);
      const side = SUBORDINATOR.has(w) || SUBORDINATOR.has(`${w} ${next}`) || (w === 'als' && CLAUSE_COMPANY.test(next)) || (i > 0 && ((w === 'wanneer' && !/^(?:tot|vanaf|sinds|tegen)$/.test(part[i - 1]!)) || ((w === 'nu' || w === 'die') && CLAUSE_COMPANY.test(next))));
      if (side && w === 'die') {
        // A relative clause ends at its verb ("die net 16 is geworden | nog leerplichtig"); the main clause goes on.
        let j = i + 1;
        while (j < part.length && !RELATIVE_END.test(part[j]!)) j++;
        while (j + 1 < part.length && /^ge\w+(?:d|t|en)$/.test(part[j + 1]!)) j++;
        i = j;
        continue;
      }
      if (side) {
        // The rest of this comma part is the side clause.
        close(false);
        break;
      }
      current.push(w);
    }
    close(false);
  }
  // Without a "?" a clause that opens with a verb is mostly a statement cut short ("…, heeft nog geen diploma"):
  // then only a verb opening the sentence, a question word, or a clause split off as a question makes it ask.
  return clauses
    .map(({ words, opened }, i) => ({ c: COORDINATOR.has(words[0]!) ? words.slice(1) : words, asking: asks || opened || i === 0 }))
    .map(({ c, asking }) => ({ c, asking: asking || QUESTION_WORD.test(c[0] ?? '') }))
    .filter(({ c, asking }) => c.length > 0 && ((asking && ASKING_VERB.test(c[0]!)) || ASKING_FRAME.test(c.join(' '))))
    .map(({ c }) => c);
}

/** Classifier features: the stem of every token (stop words too: "mag", "moet" and "wie" carry the question), the
 * compound parts and synonym groups retrieval adds, and stem bigrams for frames such as "mag dit". */
export function intentFeatures(question: string): Record<string, 1> {
  const { text, tokens } = analyse(question);
  const plain = text.replace(/ \| /g, ' ');
  const stems = tokens.map(stem);
  const out: Record<string, 1> = {};
  for (const s of stems) out[s] = 1;
  for (const group of defaultAnalyzer().groups(plain)) for (const term of group) out[term] = 1;
  for (let i = 0; i + 1 < stems.length; i++) out[`${stems[i]}+${stems[i + 1]}`] = 1;
  return out;
}

// ---------- cue lists ----------

const re = (src: string) => new RegExp(src);

/**
 * Words for a report to DUO or the leerplichtambtenaar. Compounds count by their head ("verzuimmelding",
 * "meldplicht"), except where the first part makes it the parents' notice ("ziekmelding", "afmelden", "betermelding")
 * or an enrolment ("aanmelding").
 */
const MELD = /\b(\w*?)(?:ge)?meld\w*/g;
const MELD_NOT = /(?:ziek|af|beter|aan|terug|ziekge|afge|aange)$/;
/** "meldt zich ziek", "melden hem af", "ouders melden …", "als het niet is gemeld": a notice to the school, or one
 * that was (not) given, not a report the school is to make. */
const MELD_NOTICE_AFTER = /^ (?:\w+ ){0,2}(?:ziek|af|beter)\b/;
const MELD_NOTICE_BEFORE = /\b(?:ouders?|vader|moeder|ziek|zich|hebben (?:\w+ )?ziek) $/;
/** "is gemeld", "gemeld was": a notice that was (not) given. "Moet dit gemeld worden" stays a report to make. */
const GEMELD_DONE = { before: /\b(?:is|was|werd|zijn|waren) (?:\w+ ){0,2}$/, after: /^ (?:is|was|werd|zijn|waren)\b/ };
/** A report already there, after a preposition: "na een melding", "in de verzuimmelding". */
const MELDING_GIVEN = /\b(?:na|bij|over|van|in|uit|met|door|zonder|nadat|aan) (?:een |de |het |die |deze |zo ?n |hun |onze )?(?:\w+ )?$/;
const SCHOOL_REPORTS = /\b(?:moet|moeten) (?:ik|we|wij|de school) (?:\w+ ){0,4}melden\b/;
const LPA = /\b(?:leerplichtambtenaar|leerplicht|duo|lpa)\b/;
/** Names of the report's kind and recipient: a melding question when asked about, but also words a knowledge question uses. */
const MELDING_TERM = re(String.raw`\b(?:duo|verzuimloket|luxe ?verzuim|ongeoorloofd verzuim|relatief verzuim|absoluut verzuim)\b`);
/** Asking for a report in so many words. */
const MELDING_ASKED = re(String.raw`\b(?:verzuimregister|meldplicht\w*|wat voor (?:soort )?verzuim|(?:moet|moeten|hoort|horen|gaat|gaan) (?:\w+ ){0,3}naar (?:duo|het verzuimloket|de leerplichtambtenaar|leerplicht)\b|(?:de )?leerplicht(?:ambtenaar)? (?:\w+ ){0,2}(?:inschakelen|in te schakelen|inlichten|in te lichten|weten|bellen|erbij halen)|aan de bel (?:trekken|te trekken)|(?:een )?geval voor (?:de )?leerplicht\w*|actie richting (?:leerplicht\w*|duo)|(?:schakel|schakelt|schakelen) (?:\w+ ){0,4}(?:leerplichtambtenaar|leerplicht|duo) in|(?:als )?(?:on)?geoorloofd (?:\w+ ){0,2}(?:registreren|registreer|noteren|noteer|boeken|laten staan|zetten|aanmerken|aan te merken|te registreren)|(?:registreren|registreer|noteren|boeken|zetten|aanmerken) (?:\w+ ){0,3}als (?:on)?geoorloofd)`);
const MELDING_WORD = { test: (s: string) => MELDING_TERM.test(s) || MELDING_ASKED.test(s) };
/** Absence described without numbers: with an open "what now" it asks which report. */
const ABSENCE = re(String.raw`\b(?:spijbel\w*|verzuim(?:t|de|den)?\b|afwezig\w*|weg ?gebleven|blijft (?:\w+ ){0,2}weg|wegblijft|te laat|niet (?:meer )?(?:op school|naar school|opdagen|op komen dagen|gekomen|verschenen|teruggekomen|terug|geweest)|(?:verschijnt|verschijnen) (?:\w+ ){0,3}niet\b|ziek ?gemeld|meldt zich (?:\w+ ){0,2}ziek|ziekmelding\w*|zit (?:al \w+ )?thuis|thuiszit\w*|(?:lessen|uren|dagen) (?:\w+ )?gemist|mist (?:vaak |veel )?(?:het|de|lessen)|nergens ingeschreven|niet ingeschreven|gezien op|komt (?:\w+ ){0,3}niet\b|komt (?:\w+ )?alleen (?:nog )?|afweten|belt (?:\w+ ){0,3}af\b|niet (?:meer )?gezien|onder schooltijd|rondhang\w*|hangt (?:\w+ ){0,4}rond|(?:is|zijn|was|waren) (?:\w+ ){0,4}weg\b|gemist|naar buiten|onbereikbaar|kwam (?:\w+ ){0,4}niet|meldt zich (?:\w+ ){0,4}af)`);
/** The asker asks about their own next move ("hoe handel ik", "wanneer schakel ik …"): with absence, which report. */
const ASKER_ACTS = re(String.raw`\b(?:moet|moeten|kan|kunnen|mag|mogen|handel|handelen|schakel|schakelen|doe|doen|leg|leggen|meld|melden|neem|nemen|zet|zetten|bel|bellen|ga|gaan|hoef|hoeven|zou|zouden|moest|moesten|grijp|grijpen) (?:ik|we|wij)\b|(?:zijn|ben) (?:ik|we|wij) (?:\w+ )?verplicht|door (?:te )?geven|doorgeven|aan te geven|signaleren`);
/** "hij is volwassen, het is toch zijn eigen keuze?": absence of an adult student put aside as his own business; whether
 * the school must still report it (18-plus verzuim to DUO) is what the rules decide. */
const ADULT_CHOICE = re(String.raw`\b(?:volwassen|meerderjarig|eigen (?:keuze|verantwoordelijkheid|beslissing|zaak)|(?:zijn|haar) (?:eigen )?(?:keuze|zaak|verantwoordelijkheid)|zelf (?:weten|verantwoordelijk|bepalen))\b`);
const OPEN_ACTION = re(String.raw`\b(?:wat (?:moet|moeten|kan|kunnen|doe|doen) (?:ik|we|wij|de school)(?: nu| dan| hiermee)?(?: doen)?\b|wat (?:zijn|is) (?:mijn|onze|de) (?:stappen|volgende stap|verplichtingen)|welke stappen|hoe nu verder|hoe verder|wat nu\b|ondernemen we|actie ondernemen|wat te doen|melden of niet|(?:juiste|beste) (?:route|aanpak|weg))`);

const VERLOF_WORD = re(String.raw`\b(?:\w*verlof\w*|vrijaf|vrij ?(?:geroosterd|roosteren|te roosteren)|(?:dag|dagen|week|weken|middag|middagen|ochtend|uur|uren) (?:\w+ )?vrij\b|vrij (?:geven|krijgen|vragen|nemen|aanvragen)|extra vrij|gewichtige omstandighe\w*|mee (?:wil|willen|mag|mogen|gaat|gaan) naar|thuis ?(?:blijven|houden|te houden|blijft)|meenemen (?:naar|op)|buiten de (?:school)?vakantie\w*|mee op vakantie|geen vakantie|niet weg|(?:daar|dan|er) (?:\w+ )?vrij\b|vrij voor\b|(?:mogen|mag) (?:\w+ ){0,5}(?:weg|op vakantie|mee)\b)`);
const OCCASION = re(String.raw`\b(?:(?:opa|oma|grootvader|grootmoeder|vader|moeder|broer|zus|oom|tante|neef|nicht|familie\w*|schoon\w+|overgroot\w+)\b[^|]{0,60}\b(?:ziek|sterven|sterfbed|terminaal|levensbedreigend\w*|ziekenhuis|dood)|bruiloft|huwelijk\w*|trouw(?:t|en|de|den)|getrouwd|begrafenis|begraven|uitvaart|crematie|gecremeerd|overleden|overlijden|jubileum\w*|verhuizing|verhuizen|geboorte|bevalling|familiefeest|suikerfeest|offerfeest|divali|pasen|kerst\w*|wintersport|skien|vakantie|reis)\b`);
/** A notice for a religious duty (art. 13) asked after: "is dat op tijd?", "geoorloofd?", "te laat gemeld?". */
const RELIGIOUS_FEAST = re(String.raw`\b(?:suikerfeest|offerfeest|eid|bayram|divali|diwali|holi|phagwa|chanoeka|jom kipoer|yom kippur|rosj hasjana|pesach|pasen|pinksteren|hemelvaart\w*|kerst\w*|vesak|religieu\w* (?:feest\w*|plicht\w*|verplichting\w*)|geloofsplicht\w*)\b`);
const TIMELY_ASK = re(String.raw`\b(?:op tijd|tijdig|te laat|laat genoeg|vroeg genoeg|geoorloofd|ongeoorloofd|in orde|voldoende|goed zo|genoeg)\b`);
const GRANT_ASK = re(String.raw`\b(?:(?:wie|wat) (?:moet|moeten|kan|kunnen|mag|mogen) (?:ik|we|wij) (?:\w+ )?(?:vragen|aanvragen)|bij wie|mag|mogen|mocht|toestemming|toegestaan|toestaan|goedkeuren|goed|verlenen|toekennen|weigeren|afwijzen|beslist|beslissen|krijgt|krijgen|kan|kunnen)\b`);

/** Leave refused or never asked, told as what happened: then the question is the report, unless the refusal itself is asked about. */
const VERLOF_REFUSED = re(String.raw`\b(?:afgewezen|geweigerd|niet (?:gekregen|toegekend|verleend)|geen (?:toestemming|verlof) (?:gegeven|gekregen)|zonder (?:toestemming|verlof)|(?:verlof|aanvraag) (?:\w+ ){0,3}(?:nooit|niet) (?:aangevraagd|gevraagd))\b`);
const REFUSAL_ASKED = re(String.raw`\b(?:(?:mocht|mag|mogen|kon|kan|mochten) (?:ik|we|wij|de directeur|de school) (?:\w+ ){0,5}(?:weigeren|afwijzen|geven|toekennen|verlenen)|terecht (?:afgewezen|geweigerd)|klopt(?:e)? (?:mijn|de|onze|die) (?:weigering|beslissing|afwijzing)|was (?:dat|de weigering|de afwijzing|het) (?:terecht|juist)|wie beslist)\b`);

const VRIJSTELLING_WORD = re(String.raw`\b(?:(?<!(?:in plaats van|zonder|geen) (?:een |de )?)vrijstell\w*|(?<!niet )vrijgesteld\w*|artikel 5\b|artikel 5[abc]\b|5 onder [abc]\b|artikel 15\b|vervangende leerplicht|andere vorm van onderwijs|niet ingeschreven te (?:staan|worden)|(?:hoeft|hoeven) (?:\w+ ){0,3}niet ingeschreven|(?:bezwaar|bedenkingen|bezwaren) tegen de richting|(?:dan|toch|wel) (?:\w+ ){0,4}inschrijven)`);

/** Status words; "leerplicht" alone is often the office ("leerplicht inschakelen"), so it counts only as the duty. */
const LEERPLICHT_WORD = re(String.raw`\b(?:leerplichtig\w*|kwalificatieplicht\w*|(?:de|geen|nog|zijn|haar) leerplicht(?!ambtenaar| ?ambtenaar)\b|leerplicht (?:eindigt|geldt|begint|loopt|voorbij)|schoolplicht\w*|leerplichtwet)\b`);
const LEERPLICHT_STATUS_WORD = re(String.raw`\b(?:leerplichtig\w*|kwalificatieplichtig\w*)\b`);
const LEERPLICHT_ASK = re(String.raw`\b(?:(?:moet|moeten|hoeft|hoeven) (?:\w+ ){0,10}?(?:nog )?naar school|(?:valt|vallen|val) (?:\w+ ){0,10}?onder de (?:leerplicht\w*|kwalificatieplicht)|tot wanneer|vanaf wanneer|wanneer (?:eindigt|begint|stopt)|op welke datum|(?:stoppen|ophouden) met school|met school (?:stoppen|ophouden)|van school af|(?:gaan|mag|mogen|wil|wilt|willen|fulltime) (?:\w+ ){0,2}werken|de school verlaten|ergens toe verplicht|verplicht (?:om )?(?:onderwijs|naar school)|verplichtingen|(?:om )?te stoppen|baan\b|(?:wil|wilt|willen|mag|mogen) (?:\w+ ){0,3}stoppen|(?:wil|wilt|willen|hoeft|hoeven|gaat|gaan) (?:\w+ ){0,2}niet (?:meer )?naar school)\b`);

/** Somebody in particular: a pupil, a child of the asker, a pronoun, or "dit/dat" as what is asked about. */
const PUPIL = re(String.raw`\b(?:(?:mijn|onze|ons|jullie) \w+|een van (?:mijn|onze) \w+|(?:deze|die|dat|de|het) (?:\w+ )?\w*(?:leerling|leerlingen|student|studenten|scholier|scholieren|klasser|klassers|jarige|cursist|cursisten|deelnemer|deelnemers|kind|kinderen|zoon|dochter)|(?:mijn|onze|ons|deze|die|dat|de|het|jullie) (?:\w+ )?(?:leerling|leerlingen|zoon|dochter|kind|kinderen|student|studente|scholier|pupil|jongen|meisje|kleuter|jongere|puber|zoontje|dochtertje)|(?:een )?(?:leerling|kind|student|jongere|kleuter|jongen|meisje) (?:van (?:\d+|mij|ons|bijna|net)|uit|die|dat|zonder)|hij|zij|ze|hem|haar|(?:de )?ouders (?:\w+ )?(?:vragen|willen|geven|melden|hebben|van)|(?:mag|mogen|moet|moeten|kan|kunnen|hoort) (?:ik |we |wij |de school |de directeur )?(?:dit|dat|het)\b|(?:is|valt) (?:dit|dat)\b|(?:dit|dat) (?:verlof|verzuim|mag|hoeft|is))\b`);
/** Weaker signs of a case: the asker's own duty or request, or a premise to confirm ("… is toch toegestaan?"). */
const CASUS = re(String.raw`\b(?:(?:moet|moeten|mag|mogen|kan|kunnen|hoef|hoeven) (?:ik|we|wij)|hoe zit het met|goedkeuren of afwijzen|(?:een |de )?aanvraag (?:voor|van)|toch\b|klopt (?:dat|het)|een collega zegt|mijn werk|(?:wij|we|ik) (?:hebben|heb) (?:een|ons|onze|mijn)|(?:als|omdat|nu) (?:de |het |mijn |onze )?(?:ouders|gezin|kind|leerling|hij|zij|ze)|wie (?:beslist|beslissen|geeft|gaat) (?:over|vrijstelling)|(?:beslissen|beslist) over|toestemming geven|(?:een )?\w*aanvraag (?:voor|van|vanwege))\b`);
/** A question about what things are or how they work, asked of nobody in particular. */
const KENNIS = re(String.raw`\| (?:wat (?:is|zijn|houdt|betekent|betekenen|doet|doen|staat|gebeurt|hoort|kan een|mag een)|hoe hoog|hoe (?:werkt|ziet|lang|vaak|bereik|registreer|vraag je)|waar (?:vind|staat)|welke (?:gegevens|wet|soorten|rol)|waarom|wie (?:houdt|is)|is er een)\b`);
/** What something is or how it goes in general: "wat is een …", "wat gebeurt er als …", "hoe vraag je … aan". */
const DEFINITION = re(String.raw`\| (?:wat (?:is|zijn) (?:een|het verschil|eigenlijk)|wat (?:is|zijn) (?:\w+ ){1,5}(?:precies|eigenlijk)|wat (?:betekent|betekenen|houdt|houden)|wat gebeurt er (?:\w+ ){0,4}?(?:als|wanneer|bij|na)|hoe werkt|hoe (?:vraag|krijg|regel|doe|meld|dien) je)\b`);
const PROCEDURE = re(String.raw`\b(?:stappen|stap\b|procedure|hoe (?:vraag|vragen|meld|melden|doe|doen|krijg|krijgen|dien|dienen)|aanvragen|aanvraag (?:indienen|doen)|formulier|termijn|binnen hoeveel|wat moet ik doen|hoe nu verder|hoe verder)`);

/** Enrolment, deregistration and schorsing: topics of their own that the leave and status rules do not decide. */
export const OTHER_TOPIC = re(String.raw`\b(?:\w*uitschrijv\w*|uitgeschreven|uit te schrijven|inschrijven|in te schrijven|schors\w*|geschorst|verwijder\w*|verwijderd)\b`);

/** A report to the Inspectie, not to DUO or the leerplichtambtenaar. */
const INSPECTIE_ONLY = re(String.raw`^(?!.*\b(?:duo|verzuimloket|leerplicht\w*|lpa)\b).*\binspectie\b`);

/** A schorsing or deregistration reported to the Inspectie (WVO 2020 art. 8.14) is no verzuim report to DUO. */
export const reportsToInspectie = (ask: string, text: string) => INSPECTIE_ONLY.test(ask) && OTHER_TOPIC.test(text);

/** An ask that points back at what was told ("mag dat?", "kan dat?", "klopt dat?"): the told situation is the topic. */
/** Asking the name of what was told ("hoe heet dit?", "hoe noem je dat?"): for an absence, which kind of verzuim it is. */
const NAAM_VRAAG = re(String.raw`\bhoe (?:heet|noem je|noemen we|noemt men) (?:dit|dat|het)\b|\bwat voor (?:iets|soort) is (?:dit|dat)\b`);
const POINTS_BACK = re(String.raw`\b(?:dit|dat) (?:\w+ )?(?:aanvragen|aan te vragen|regelen|te regelen)\b|\b(?:dat|dit) mag toch\b|\bmag (?:dat|dit|het) toch\b|\b(?:mag|kan|klopt|mogen|kunnen) (?:dit|dat|het)(?: \w+)? \||\b(?:is|zijn) (?:dit|dat|het) (?:wel |dan |nu )?(?:toegestaan|goed|mogelijk|terecht|oke|ok)\b|\bwat (?:beslis|beslissen|besluit|besluiten|adviseer|adviseren|antwoord|antwoorden) (?:ik|we|wij)\b`);

/** A report to make, named in `ask` ("moet ik melden", "welke melding"); `terms` also counts names like "DUO". */
function meldingNamed(ask: string, terms = true): boolean {
  for (const m of ask.matchAll(MELD)) {
    if (MELD_NOT.test(m[1]!)) continue;
    const after = ask.slice(m.index + m[0].length);
    const before = ask.slice(Math.max(0, m.index - 30), m.index);
    if (MELD_NOTICE_AFTER.test(after) || MELD_NOTICE_BEFORE.test(before)) continue;
    if (m[0].endsWith('gemeld') && (GEMELD_DONE.before.test(before) || GEMELD_DONE.after.test(after))) continue;
    // "na een melding", "in een verzuimmelding": a report that is there, not one to make.
    if (/melding\w*$/.test(m[0]) && MELDING_GIVEN.test(before)) continue;
    return true;
  }
  return terms ? MELDING_WORD.test(ask) : MELDING_ASKED.test(ask);
}

// ---------- knowledge questions (issue 12) ----------

const KENNIS_FILE = fileURLToPath(new URL('../../../knowledge/intents/kennisvragen.yaml', import.meta.url));
const wordList = z.array(z.string().min(2)).min(1);
const kennisFile = z.object({ onderwerpen: z.record(z.string(), wordList), instanties: wordList, bestaandeMelding: wordList, eigenGebeurtenis: wordList, eigenGebeurtenisZoekwoorden: z.string().min(2) }).strict();

/** A word list as one alternation over normalised tokens: "proces verbaal" as two tokens, "boete*" as a prefix. */
function alternation(list: string[]): string {
  return list.map((w) => tokenize(w.replace(/\*$/, '')).join(' ') + (w.endsWith('*') ? '\\w*' : '')).join('|');
}
const kennisLijst = kennisFile.parse(parse(readFileSync(KENNIS_FILE, 'utf8')));
/** A knowledge topic named in the main question. */
const KENNIS_TOPIC = re(String.raw`\b(?:${alternation(Object.values(kennisLijst.onderwerpen).flat())})\b`);
/** A rule of the school itself (schoolgids, reglement): whether it agrees with the law is for the sources, about nobody in particular. */
const SCHOOL_RULE = re(String.raw`\b(?:${alternation(kennisLijst.onderwerpen.schoolregels ?? [])})\b`);
const OWN_SCHOOL = new RegExp(String.raw`\b(?:mijn|onze|ons|jullie|de|het|hun) (?:school|${alternation(kennisLijst.onderwerpen.schoolregels ?? [])})\b`, 'g');
/** A body as the subject of the main question ("wat stuurt DUO", "welke stappen zet de leerplichtambtenaar"): what it does. */
const INSTANTIE_ACTS = re(String.raw`\| (?:wat|welke \w+|welk \w+|hoe|wanneer|waarom|mag|mogen|kan|kunnen|moet|moeten|gaat|gaan|zal)(?: (?!ik\b|we\b|wij\b|je\b|u\b)\w+){0,2}? (?:de |het )?(?:${alternation(kennisLijst.instanties)})\b`);
/** Handling a report already made ("kunnen we die melding intrekken?", "hoe draai ik een melding terug?"): DUO's
 *  procedure for an existing report (status "Ingetrokken"), not which report to make. */
const EXISTING_REPORT = re(String.raw`\b(?:${alternation(kennisLijst.bestaandeMelding)})\b|\b(?:trek|trekt|trekken|draai|draait|draaien) (?:\w+ ){0,6}(?:in|terug)\b`);
/** An open ask for what comes next ("wat gebeurt er nu?", "hoe gaat het verder?"): with a step of the criminal
 *  procedure in the story (a proces-verbaal, Halt, a fine), that procedure is what is asked about. */
const NEXT_STEP = re(String.raw`\| (?:wat gebeurt er(?: nu| daarna| dan| vervolgens)?|hoe gaat het (?:nu |daarna )?verder|wat (?:volgt|komt) er (?:nu|daarna)|wat zijn de gevolgen|wat staat (?:hen|ze|hun|ons|hem|haar) te wachten) \|`);
const STRAF_STEP = re(String.raw`\b(?:${alternation(kennisLijst.onderwerpen.straffen ?? ['proces verbaal'])})\b`);

// The pupil's own pregnancy or childbirth is no family event (art. 14: gezinsuitbreiding is a birth in the family).
const FAMILY_FILE = fileURLToPath(new URL('../../../knowledge/lexicon/familie.yaml', import.meta.url));
const familyRoles = z.object({ items: z.array(z.object({ waarde: z.number(), vormen: z.array(z.string()) })) }).passthrough().parse(parse(readFileSync(FAMILY_FILE, 'utf8')));
/** Anyone else who could be the subject: a family role, a friend, or the asker's own partner ("mijn vrouw is bevallen"). */
const FAMILY_ROLE = re(String.raw`\b(?:\w*(?:${alternation([...familyRoles.items.flatMap((i) => i.vormen), 'vrouw', 'partner', 'echtgenote'])}))\b`);
const OWN_EVENT = alternation(kennisLijst.eigenGebeurtenis);
/** Search words for the pupil's own event: the sources on pregnancy and illness, not on family events. */
export const OWN_EVENT_SEARCH = kennisLijst.eigenGebeurtenisZoekwoorden;
const PUPIL_SELF = String.raw`(?:leerling\w*|leerlinge|scholier\w*|student\w*|jongere|meisje|dochter|zij|ze)`;
/** "Een leerling van 16 is zwanger", "mijn dochter is bevallen", "een zwangere leerling": the event is the pupil's own,
 *  unless a family member is its subject ("de moeder van een leerling is bevallen", "zijn zus is zwanger"). */
export function pupilOwnEvent(text: string): boolean {
  for (const sentence of text.split(' | ')) {
    const m = new RegExp(String.raw`\b${PUPIL_SELF}\b((?: \w+){0,8}?) (?:${OWN_EVENT})\b|\bzwangere ${PUPIL_SELF}\b`).exec(sentence);
    if (!m) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index) + (m[1] ?? '');
    if (m[0].startsWith('zwangere') || !FAMILY_ROLE.test(before)) return true;
  }
  return false;
}

/** How a report is made ("hoe doe ik een melding", "hoe vul ik … in"): DUO's procedure, answered by the sources.
 *  "Hoe melden we dat?" after a told case also asks which report: that stays a melding question. */
const REPORT_HOWTO = re(String.raw`\| hoe (?:doe|doen|maak|maken|vul|vullen|meld|melden|geef|geven|registreer|registreren|werkt|gaat)\b(?![^|]*\b(?:dit|dat|hem|haar|hen|deze leerling|dit verzuim)\b)`);
/** Leave told as had or taken ("die 2 dagen verlof kreeg", "had verlof gekregen", "kreeg vrij"): a fact of the story. */
export const VERLOF_TOLD = re(String.raw`\b(?:\w*verlof\w*|vrij|vrijaf)\b(?: \w+){0,4}? (?:kreeg|kregen|gekregen|gehad|genomen|nam|namen|verleend|toegekend)\b|\b(?:kreeg|kregen|had|hadden) (?:\w+ ){0,4}(?:\w*verlof|vrij|vrijaf)\b`);
/** Leave named only as missing ("zonder verlof", "geen toestemming"): a circumstance, not leave asked for. */
const NO_LEAVE = re(String.raw`\b(?:zonder|geen) (?:\w+ )?(?:verlof|toestemming)\b`);

/** Granting or refusing: about a leave the message tells of, a leave decision ("kan de lpa de dagen geven?"). */
const GRANT_VERB = /\b(?:geven|verlenen|toekennen|toestaan|weigeren|afwijzen|goedkeuren)\b/;

/** The main question asks for a rules decision in so many words (a report, leave, an exemption, the status). */
function decisionAsked(main: string, text: string): boolean {
  return (GRANT_VERB.test(main) && VERLOF_WORD.test(text.replace(NO_LEAVE, ''))) || VRIJSTELLING_WORD.test(main) || LEERPLICHT_WORD.test(main.replace(/\bleerplichtwet\b/g, '')) || VERLOF_WORD.test(main.replace(NO_LEAVE, '')) || REFUSAL_ASKED.test(main) || (!REPORT_HOWTO.test(main) && meldingNamed(main, false));
}

/** "Een leerplichtig kind": the status as a description of who, not as what is asked. */
const ATTRIBUTIVE_STATUS = /\b(?:leerplichtige?|kwalificatieplichtige?) (?=\w*(?:kind|kinderen|leerling|leerlingen|jongere|jongeren|zoon|dochter|student|studenten)\b)/g;

/** The status asked, not used to describe who ("een leerplichtig kind"). */
const STATUS_ASKED = { test: (s: string) => LEERPLICHT_WORD.test(s.replace(ATTRIBUTIVE_STATUS, '')) };

/** The rules questions a main question names by its own words. */
function namedIntents(main: string): Intent[] {
  const out: Intent[] = [];
  if (VRIJSTELLING_WORD.test(main)) out.push('vrijstelling');
  // Beside a report asked, leave the pupil had ("een leerling die 2 dagen verlof kreeg") is a fact, not leave asked.
  const reported = meldingNamed(main);
  const leave = reported ? main.replace(new RegExp(VERLOF_TOLD.source, 'g'), '') : main;
  if (VERLOF_WORD.test(leave.replace(NO_LEAVE, '')) || REFUSAL_ASKED.test(main)) out.push('verlof');
  if (reported) out.push('melding');
  if (STATUS_ASKED.test(main) || LEERPLICHT_ASK.test(main)) out.push('leerplicht');
  return out;
}

/** A claim told as somebody's words ("de school zegt dat …", "mijn collega beweert dat …"). */
const REPORTED_CLAIM = /\b(?:zegt|zeggen|zei|zeiden|beweert|beweren|stelt|stellen|dreigt|dreigen|schrijft|schrijven|laat weten|liet weten) (?:dat|:) ([^.?!|]*)/;

/** Cue-list reading. `casus` from the text; the caller may add that facts were stated (a case by definition). */
export function cueIntents(question: string): IntentReading {
  const a = analyse(question);
  const { text: t, main } = a;
  // The main question decides which rule runs: when it names a topic, side clauses and story sentences of
  // another type are facts only. An open main question ("wat nu?", "mag dat?") reads the asking sentences whole.
  // "De school zegt dat ze het gaan melden als luxe verzuim. Kan dat wel?": a bare question pointing back at a reported
  // claim asks about what the claim names.
  const claim = main && POINTS_BACK.test(main) ? REPORTED_CLAIM.exec(t)?.[1] : undefined;
  const named = namedIntents(main);
  const gevraagd = named.length === 0 && claim ? namedIntents(claim) : named;
  // A report already made being handled, or an open "what now" after a step of the criminal procedure, is about that
  // procedure: no rule decides it, whatever facts the story tells.
  const procedureOfStep = (EXISTING_REPORT.test(main) && meldingNamed(main)) || (NEXT_STEP.test(main) && named.length === 0 && STRAF_STEP.test(t));
  // "In onze schoolgids staat … Klopt dat?": a question pointing back at a school's own rule asks whether the rule holds.
  // "onze schoolgids", "van onze school" name the school, not a pupil.
  const schoolRule = main !== '' && POINTS_BACK.test(main) && SCHOOL_RULE.test(t) && !PUPIL.test(t.replace(OWN_SCHOOL, ' '));
  const kennisvraag = main !== '' && (procedureOfStep || schoolRule || ((KENNIS_TOPIC.test(main) || INSTANTIE_ACTS.test(main) || (REPORT_HOWTO.test(main) && meldingNamed(main))) && !decisionAsked(main, t)));
  const ask = named.length > 0 || kennisvraag || OTHER_TOPIC.test(main) ? main : a.ask;
  const pupil = PUPIL.test(t);
  const kennis = KENNIS.test(ask);
  // A concrete occasion ("een begrafenis in Marokko") makes a verlof question about a case, even when no pupil is named.
  const casus = (pupil || ((CASUS.test(t) || OCCASION.test(t)) && !kennis)) && !kennisvraag;
  const vorm: Vraagvorm = asksForGround(a.ask) ? 'grondslag' : PROCEDURE.test(a.ask) ? 'procedure' : casus ? 'beslissing' : 'kennis';
  // A topic is asked when its words are in the asking sentences, or told before an ask that points back at it.
  const back = POINTS_BACK.test(ask);
  const asked = (cue: { test(s: string): boolean }) => cue.test(ask) || (back && cue.test(t));
  const absence = ABSENCE.test(t);
  const vrijstelling = asked(VRIJSTELLING_WORD);
  // Beside an exemption, not attending is its ground and "gemeld" the parents' notice: only a report named as such counts.
  // Absence told beside a main question of another type ("mag ik hem verlof geven?") is a fact, not a report asked.
  const toInspectie = reportsToInspectie(ask, t);
  const melding = !toInspectie && (vrijstelling
    ? MELDING_WORD.test(ask) || SCHOOL_REPORTS.test(ask)
    : meldingNamed(ask) || (absence && !gevraagd.some((i) => i !== 'melding') && (NAAM_VRAAG.test(ask) || OPEN_ACTION.test(ask) || ASKER_ACTS.test(ask) || LPA.test(ask) || ADULT_CHOICE.test(ask))));
  const leaveNarrated = melding && (VERLOF_REFUSED.test(t) || VERLOF_TOLD.test(t)) && !REFUSAL_ASKED.test(t);
  const eigenGebeurtenis = pupilOwnEvent(t);
  // Asking about enrolment or a schorsing ("kan ik hem uitschrijven?", "mag de school schorsen?") is another topic:
  // a move or a schorsing beside it is context, not a leave request, unless the ask names leave itself.
  const elsewhere = OTHER_TOPIC.test(a.ask) || (back && OTHER_TOPIC.test(t));
  const religiousNotice = !melding && RELIGIOUS_FEAST.test(t) && TIMELY_ASK.test(ask);
  // A main question that names a report and not leave ("kunnen we dit als verzuim melden?") asks for the report:
  // a holiday or a "lang weekend" in the story is a fact of the absence, not leave asked for.
  const reportOnly = gevraagd.includes('melding') && !gevraagd.includes('verlof');
  const verlof = !vrijstelling && !leaveNarrated && !reportOnly && !eigenGebeurtenis && (!elsewhere || /verlof/.test(ask)) && (asked(VERLOF_WORD) || REFUSAL_ASKED.test(ask) || religiousNotice || ((VERLOF_WORD.test(t) || OCCASION.test(t)) && (GRANT_ASK.test(ask) || back)));
  // Beside a schorsing or deregistration only the status named outright ("is hij nog leerplichtig?") is a status question.
  // "Een leerplichtige leerling uitschrijven": the status describes who, it is not asked.
  const leerplicht = !vrijstelling && (elsewhere ? asked({ test: (s: string) => LEERPLICHT_STATUS_WORD.test(s.replace(ATTRIBUTIVE_STATUS, '')) }) : asked(STATUS_ASKED) || asked(LEERPLICHT_ASK)) && !(verlof && !asked(STATUS_ASKED));
  const found: Intent[] = [];
  if (vrijstelling) found.push('vrijstelling');
  if (verlof) found.push('verlof');
  if (melding) found.push('melding');
  if (leerplicht) found.push('leerplicht');
  // Without somebody to decide about, the rules have nothing to decide: the sources answer.
  const intents = casus ? found : [];
  // An open question that points back ("kan dat?", "mag dat?") asks about what it points at.
  const pointedAt = gevraagd.length > 0 ? gevraagd : back ? intents : [];
  return { intents, vorm, casus, vraagt: a.vraagt, algemeen: DEFINITION.test(a.ask) && !casus, anderOnderwerp: elsewhere && found.length === 0, kennisvraag, eigenGebeurtenis, verteld: a.text !== a.ask, ...(pointedAt.length > 0 ? { gevraagd: pointedAt } : {}) };
}

// ---------- trained classifier (NLP.js) ----------

interface NeuralNetwork {
  train(corpus: Array<{ input: Record<string, number>; output: Record<string, number> }>): { iterations: number; error: number };
  run(input: Record<string, number>): Record<string, number> | undefined;
  toJSON(): unknown;
  fromJSON(json: unknown): void;
}
type NeuralNetworkClass = new (settings?: Record<string, unknown>) => NeuralNetwork;

/**
 * NLP.js's neural network (one perceptron per intent, so several intents can be on at once), reached through the
 * dependency chain of @nlpjs/basic, which is what package.json installs.
 */
function nlpjsNeuralNetwork(): NeuralNetworkClass {
  const req = createRequire(import.meta.url);
  const fromBasic = createRequire(req.resolve('@nlpjs/basic'));
  const fromNlp = createRequire(fromBasic.resolve('@nlpjs/nlp'));
  const fromNlu = createRequire(fromNlp.resolve('@nlpjs/nlu'));
  return (fromNlu('@nlpjs/neural') as { NeuralNetwork: NeuralNetworkClass }).NeuralNetwork;
}

/** Label for "no rules question": trained like the others so general questions pull away from every intent. */
const NONE = 'kennis';
/** An intent is on when its output is at least this share of the strongest output (and that is not "kennis"). */
const SHARE_OF_TOP = 0.5;
/** Passes over the corpus; more does not change the held-out accuracy (measured: 400 and 2000 give the same). */
const ITERATIONS = 400;

export interface IntentClassifier {
  classify(question: string): Intent[];
  scores(question: string): Record<string, number>;
  toJSON(): unknown;
}

function wrap(net: NeuralNetwork): IntentClassifier {
  const scores = (question: string) => ({ ...net.run(intentFeatures(question)) });
  return {
    scores,
    classify(question) {
      const s = scores(question);
      const top = Math.max(0, ...Object.values(s));
      if (top === 0 || (s[NONE] ?? 0) === top) return [];
      return INTENTS.filter((i) => (s[i] ?? 0) >= top * SHARE_OF_TOP);
    },
    toJSON: () => net.toJSON(),
  };
}

export function trainClassifier(paraphrases: Paraphrase[]): IntentClassifier {
  const net = new (nlpjsNeuralNetwork())({ iterations: ITERATIONS, log: false });
  net.train(
    paraphrases.map((p) => ({
      input: intentFeatures(p.text),
      output: Object.fromEntries((p.intents.length ? p.intents : [NONE]).map((i) => [i, 1])),
    })),
  );
  return wrap(net);
}

// Training takes seconds on a busy machine, so the model is trained by `npm run train:intents` and stored beside the
// corpus with the corpus's hash; a stale or missing model is retrained on first use instead of being trusted.
const MODEL_FILE = fileURLToPath(new URL('../../../knowledge/intents/classifier.json', import.meta.url));
const storedModel = z.object({ corpus: z.string(), network: z.unknown() });

export function corpusHash(file = PARAPHRASE_FILE): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

export function writeClassifierModel(file = MODEL_FILE): IntentClassifier {
  const classifier = trainClassifier(expand(loadParaphrases()));
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ corpus: corpusHash(), network: classifier.toJSON() })}\n`);
  renameSync(tmp, file);
  return classifier;
}

/** The stored model when it was trained on the current corpus; otherwise undefined. */
export function storedClassifier(file = MODEL_FILE): IntentClassifier | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = storedModel.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success || parsed.data.corpus !== corpusHash()) return undefined;
  const net = new (nlpjsNeuralNetwork())();
  net.fromJSON(parsed.data.network);
  return wrap(net);
}

let shipped: IntentClassifier | undefined;

/** The classifier for requests: the stored model, or one trained now when the corpus changed since. */
export function intentClassifier(): IntentClassifier {
  shipped ??= storedClassifier() ?? trainClassifier(expand(loadParaphrases()));
  return shipped;
}

// Loaded with the module (at start-up), so the first question does not pay for reading the vocabulary and model.
knownWords();
defaultAnalyzer();
intentClassifier();

/** Cues first; the classifier speaks only for a question about a case in which no cue names what is asked. */
export function readIntents(question: string, classifier: () => IntentClassifier = intentClassifier): IntentReading {
  const cues = cueIntents(question);
  // A main question that names its own topic, or a pupil's own event, leaves nothing for the classifier to add.
  if (cues.intents.length > 0 || !cues.casus || !cues.vraagt || cues.anderOnderwerp || cues.kennisvraag || cues.gevraagd || cues.eigenGebeurtenis) return cues;
  return { ...cues, intents: classifier().classify(question) };
}
