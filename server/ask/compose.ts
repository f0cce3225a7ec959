import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { KnowledgeIndex, Passage, SearchHit } from '../index/passage.js';
import type { MissingFact } from '../rules/schemas.js';
import { CitationList } from './citations.js';
import { trimToBudget, type Candidate } from './budget.js';
import { coverParts, uncoveredLine, withLimits, type Chosen } from './complete.js';
import { introOf, isExample, isWorkedExample, passageTerms, rankSentences, selectEvidence, sentencesOf, supportFor, type Analyze, type KeepSentence, type RankedSentence } from './evidence.js';
import { legalLabel } from '../rules/legal.js';
import { normalize } from '../retrieve/analysis.js';
import { aspectFit, askedAspects } from './aspect.js';
import { articleMatch, legalRefs, refWords, type LegalRef } from '../retrieve/legal-refs.js';
import { contentTerms, FRAME_WORDS } from '../retrieve/query-terms.js';
import { groundAskingWords, type AskedGround } from './legal-ground.js';
import { questionShape, type QuestionShape } from './question-form.js';
import { relatedGrounds } from './related-grounds.js';
import { inScope, namesOtherRegion, otherSectorLaw, sectorOf, type Sector } from './scope.js';
import type { Citation, Decision, Persona } from './types.js';
import { consistentHeadline, withYesNo, yesNo, yesNoOpening, type YesNo } from './verdict.js';

// The offline composer: rule outcomes as short template sentences, everything else verbatim from the
// sources, each sentence with the [n] of the passage that carries it.

/** A statement the rules make, with the legal ids whose passages should carry it. */
export interface Claim {
  text: string;
  legalIds: string[];
}

export interface RuleOutcome {
  decision: Decision;
  /** The rules reached an outcome (a report, a yes/no, a status); otherwise only follow-up questions. */
  decided: boolean;
  headline: Claim;
  points: Claim[];
  actions: { school: Claim[]; leerplichtambtenaar: Claim[] };
  followUp: MissingFact[];
  /** Why the rules could not decide although the facts are bounded ("3 to 5 lesweken"): an undecided answer opens with it. */
  open?: string;
  /** Extra search terms that find the passages explaining this outcome. */
  searchTerms: string;
}

export interface Composed {
  answer: string;
  citations: Citation[];
  confidence: 'hoog' | 'midden' | 'laag';
}

export const NOT_COVERED =
  'Dat kan ik met de beschikbare bronnen niet beantwoorden. Leg de vraag voor aan de leerplichtambtenaar van de woongemeente van de leerling of aan de helpdesk van Ingrado.';

export const NOT_SURE =
  'Ik weet niet zeker of de bronnen precies deze vraag beantwoorden. Dit is wat ze erover zeggen; vraag bij twijfel de leerplichtambtenaar van de woongemeente of de helpdesk van Ingrado.';

/** The hedge for a partly covered question names what the sources do not cover. */
export function partlyCovered(words: string[]): string {
  const list = words.map((w) => `„${w}”`);
  const named = list.length > 1 ? `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}` : list[0];
  return `Over ${named} vind ik niets in de bronnen; wat hier staat, is wat ze wel zeggen. Vraag bij twijfel de leerplichtambtenaar van de woongemeente of de helpdesk van Ingrado.`;
}

const MAX_POINTS = 5;
const REPEATED = 0.7;
const LEAD_SENTENCES = 3;
const MAX_GENERAL = 5;
/** A lead sentence covering this share of the question (rarity-weighted) answers it well enough for a Ja/Nee. */
const YES_NO_COVERAGE = 0.5;
/** The lead passage's heading covers this share of the question: it was written for this question. */
const OWN_QUESTION = 0.6;
/** The lead passage's heading covers this share of the question: retrieval found the passage for it. */
const HEADING_FOUND = 0.4;
/** The article found for a legal-ground question covers this share of it in its own sentence. */
const GROUND_FOUND = 0.25;
/** Off-topic questions score up to ~0.31 against the built-in knowledge, on-topic ones from ~0.32. */
const MIN_LEAD_SCORE = 0.35;
const MAX_ACTIONS = 3;

interface ComposeInput {
  question: string;
  persona: Persona;
  outcome?: RuleOutcome;
  hits: SearchHit[];
  /** The best passages for each part of a question that asks several things: they may answer a part, nothing else. */
  partHits?: SearchHit[];
  knowledge: KnowledgeIndex;
  analyze: Analyze;
  region?: string;
  /** The facts the rules decided on: computed figures are restated in the answer. */
  facts?: Record<string, unknown>;
  /** For a legal-ground question, the article that grounds the asked action (knowledge/grondslagen.yaml). */
  ground?: AskedGround;
  /** Words understanding read as a fact, a vocabulary entry or a date: never named as lacking in the sources. */
  begrepen?: string[];
}

function regionalPrefix(p: Passage, region?: string): string {
  if (!p.region || p.region === region) return '';
  return `In het regionale protocol (${p.region}): `;
}

export function compose(input: ComposeInput): Composed {
  const { outcome, knowledge, analyze, persona } = input;
  const shape = questionShape(input.question);
  // A regional protocol speaks only where its region was given or inferred; a sector law only for its sector.
  const scope = { region: input.region, sector: sectorOf(input.question) };
  const hits = input.hits.filter((h) => inScope(h.passage, scope));
  const partPassages = (input.partHits ?? []).filter((h) => inScope(h.passage, scope) && !isExample(h.passage)).map((h) => h.passage);
  // Passages reached through a legal id obey the same scope as retrieved ones; read once per answer, as every claim
  // and the legal basis ask for the same ids again.
  const legalPassages = new Map<string, Passage[]>();
  const byLegalId = (id: string) => {
    let found = legalPassages.get(id);
    if (!found) legalPassages.set(id, (found = knowledge.byLegalId(id).filter((p) => inScope(p, scope))));
    return found;
  };
  // National knowledge sometimes tells a region's own rule ("In IJssel-Vecht …"): that sentence, too, needs the region.
  const regions = knowledge.regions();
  const keep: KeepSentence = (text) => !namesOtherRegion(text, regions, input.region);
  const citations = new CitationList();
  const quoted = new Set<string>();
  const hitPassages = hits.map((h) => h.passage);

  const cite = (claim: Claim): string => {
    const legal = [...new Map(claim.legalIds.flatMap(byLegalId).map((p) => [p.id, p])).values()];
    // The article or protocol text itself first; explanations of it after.
    const support =
      supportFor(claim.text, legal.filter((p) => p.type === 'wet'), analyze, 0.34, keep) ??
      supportFor(claim.text, legal.filter((p) => p.type === 'protocol' || p.type === 'beleidsregel'), analyze, 0.34, keep) ??
      supportFor(claim.text, legal, analyze, 0.25, keep) ??
      supportFor(claim.text, hitPassages.filter((p) => p.legalIds.some((id) => claim.legalIds.includes(id))), analyze, 0.25, keep) ??
      supportFor(claim.text, hitPassages, analyze, 0.4, keep) ??
      supportFor(claim.text, legal, analyze, 0.01, keep);
    if (!support) return '';
    quoted.add(support.text);
    return ` [${citations.cite(support.passage, support.text)}]`;
  };
  const quotedFrom = new Map<string, string>();
  // A list item is shown after the intro that carries its condition, on its own line every time (a line is read on
  // its own); both are cited, as one span.
  const shown = (passage: Passage, text: string): string => {
    const intro = introOf(passage, text, analyze);
    if (!intro) return display(text);
    citations.cite(passage, intro);
    return `${display(intro)} ${display(text)}`;
  };
  const quote = (passage: Passage, text: string): string => {
    quoted.add(text);
    if (!quotedFrom.has(passage.id)) quotedFrom.set(passage.id, text);
    return `${regionalPrefix(passage, input.region)}${shown(passage, text)} [${citations.cite(passage, text)}]`;
  };

  const body: string[] = [];
  let confidence: Composed['confidence'];
  // A legal-ground question whose action the table knows opens with that article, whatever else follows.
  const asked = shape.form === 'grondslag' && input.ground ? askedGroundLead(input.ground, input.question, byLegalId, analyze, keep) : undefined;
  const askedLine = (): string | undefined => {
    if (!asked) return undefined;
    if (!asked.sentence) return asked.heading;
    quoted.add(asked.sentence.text);
    return `${asked.heading} ${shown(asked.sentence.passage, asked.sentence.text)} [${citations.cite(asked.sentence.passage, asked.sentence.text)}]`;
  };

  if (outcome?.decided) {
    // The headline must say what the decision says; a yes/no question or a premise gets Ja/Nee first, a
    // legal-ground question the article first.
    const headline = consistentHeadline(outcome.decision, outcome.headline.text, input.question);
    let lead = withYesNo(headline, yesNo(outcome.decision, headline, input.question, shape), shape);
    const basis = outcome.decision.legalBasis.filter((l) => STATUTE.test(l.id)).slice(0, 2);
    const groundLine = askedLine();
    if (groundLine) body.push(groundLine);
    else if (shape.form === 'grondslag' && basis.length) lead = `Grondslag: ${basis.map((l) => l.label).join('; ')}. ${lead}`;
    body.push(`**${lead}**${cite({ text: headline, legalIds: outcome.headline.legalIds })}`);
    const figures = figuresLine(outcome.decision, input.facts);
    if (figures) body.push(`${figures}${cite({ text: figures, legalIds: ['lpw:21a'] })}`);
    // A point that mostly repeats the headline or an earlier point adds length, not information.
    const said = [new Set(analyze(`${headline} ${figures ?? ''}`))];
    const pointTexts: string[] = [];
    let points = 0;
    for (const p of outcome.points) {
      if (points >= MAX_POINTS) break;
      const terms = new Set(analyze(p.text));
      // A new number or date is new information, however familiar the words around it.
      const newNumber = [...terms].some((t) => /\d/.test(t) && !said.some((s) => s.has(t)));
      if (!newNumber && said.some((s) => shareOf(terms, s) >= REPEATED)) continue;
      said.push(terms);
      pointTexts.push(p.text);
      body.push(`${p.text}${cite(p)}`);
      points++;
    }
    // One sentence from the articles the decision rests on, then the best of what retrieval found.
    const legalPool: SearchHit[] = outcome.decision.legalBasis
      .flatMap((l) => byLegalId(l.id).filter((p) => p.type === 'wet'))
      .map((passage) => ({ passage, score: 1 }));
    const wanted = `${input.question} ${outcome.searchTerms}`;
    const fromLaw = selectEvidence(legalPool, wanted, analyze, { max: 1, perPassage: 1, exclude: quoted, keep });
    for (const e of fromLaw) quoted.add(e.text);
    // Retrieved passages may speak of another article or of a worked example about another pupil; next to a
    // decision only passages on the same or a related legal ground (knowledge/related-grounds.yaml), and no
    // examples, may add a sentence.
    const ground = relatedGrounds(outcome.decision.legalBasis.map((l) => l.id));
    const related = hits.filter((h) => h.passage.legalIds.some((id) => ground.has(id)) && !isExample(h.passage));
    const evidence: Chosen[] = [...fromLaw, ...selectEvidence(related, wanted, analyze, { max: 2, perPassage: 1, exclude: quoted, keep })];
    // A question can ask more than the rules decide ("…and is a vmbo diploma enough?"). The passage written for
    // that very question may add its opening sentence when it covers what the answer has not said yet.
    const extra = secondHalf(input.question, hits, [...body, ...evidence.map((e) => e.text)].join(' '), analyze, quoted, keep);
    if (extra) evidence.push(extra);
    // Each part of the question ("… en binnen welke termijn?") gets a sentence from the law or a top passage.
    const parts = coverParts(input.question, [...body, ...evidence.map((e) => e.text)], [...legalPool.map((h) => h.passage), ...related.map((h) => h.passage), ...hits.slice(0, 5).map((h) => h.passage).filter((p) => !isExample(p)), ...partPassages], analyze, {
      quoted: new Set([...quoted, ...evidence.map((e) => e.text)]),
      keep,
      specificOnly: true,
    });
    const supporting = withRoles(withLimits([...evidence, ...parts.added], analyze, quoted, keep), evidence, parts.added);
    for (const e of trimToBudget(supporting, [headline, figures ?? '', ...pointTexts], input.question, analyze)) body.push(quote(e.passage, e.text));
    if (parts.uncovered.length) body.push(uncoveredLine(parts.uncovered));
    const roles: Array<[string, Claim[]]> =
      persona === 'leerplichtambtenaar'
        ? [['Wat kan de leerplichtambtenaar doen?', outcome.actions.leerplichtambtenaar]]
        : persona === 'helpdesk'
          ? [
              ['Wat doet de school?', outcome.actions.school],
              ['Wat doet de leerplichtambtenaar?', outcome.actions.leerplichtambtenaar],
            ]
          : [['Wat doet de school nu?', outcome.actions.school]];
    for (const [heading, actions] of roles) {
      const list = actions.slice(0, persona === 'helpdesk' ? 2 : MAX_ACTIONS);
      if (list.length === 0) continue;
      body.push(`\n**${heading}**\n${list.map((a) => `- ${a.text}${cite(a)}`).join('\n')}`);
    }
    const followUp = followUpBlock(outcome);
    if (followUp) body.push(followUp);
    confidence = outcome.followUp.length > 0 ? 'midden' : citations.size > 0 ? 'hoog' : 'midden';
  } else {
    // The passage that answers this very question leads; within it, the sentences that answer, wherever they stand.
    // For a legal-ground question on a known action, only passages on that ground or a related one
    // (knowledge/related-grounds.yaml) speak, and the article's own passage leads.
    const onGround = asked ? relatedGrounds(input.ground!.ids) : undefined;
    const pool = onGround ? hits.filter((h) => h.passage.legalIds.some((id) => onGround.has(id))) : hits;
    const lead = asked?.sentence?.passage ?? leadPassage(hits, input.question, analyze, shape);
    // A named article ("artikel 21a, tweede lid") ranks its own sentence ("Volgens artikel 21a, tweede lid, …") first.
    const refs = asked ? input.ground!.refs : legalRefs(input.question);
    const leadSentences = (lead ? answeringSentences(lead, refs.length ? `${input.question} ${refWords(refs)}` : input.question, analyze, keep) : []).filter(
      // The article's other leden answer other questions.
      (s) => !asked || !refs.some((r) => namesOtherPart(s.text, r)),
    );
    // Without a table entry, the article behind the lead passage is named only when its own sentence covers the
    // question: a neighbouring article is worse than none.
    const found = !asked && shape.form === 'grondslag' && lead ? groundFor(lead, hits, input.question, knowledge, analyze, scope.sector) : undefined;
    const ground = found && found.sentence.coverage >= GROUND_FOUND ? found : undefined;
    const groundText = asked?.sentence?.text ?? ground?.sentence.text;
    // Other passages add a sentence only when they cover the question about as well as the lead does.
    const leadScore = hits.find((h) => h.passage === lead)?.score ?? (asked ? (hits[0]?.score ?? 0) : 0);
    const evidence = selectEvidence(
      pool.filter((h) => h.passage !== lead && h.score >= leadScore * 0.5 && !isWorkedExample(h.passage)),
      input.question,
      analyze,
      {
        max: MAX_GENERAL - leadSentences.length,
        perPassage: 1,
        keep,
        exclude: new Set([...leadSentences.map((s) => s.text), ...(groundText ? [groundText] : [])]),
      },
    );
    // Each part of the question gets a sentence when a passage has one; a quoted rule keeps its limiting neighbour.
    const parts = coverParts(
      input.question,
      [...leadSentences.map((s) => s.text), ...evidence.map((e) => e.text), ...(groundText ? [groundText] : [])],
      [...(lead ? [lead] : []), ...pool.filter((h) => h.passage !== lead && !isWorkedExample(h.passage)).map((h) => h.passage), ...partPassages],
      analyze,
      { quoted: new Set([...leadSentences.map((s) => s.text), ...evidence.map((e) => e.text), ...(groundText ? [groundText] : [])]), keep },
    );
    const leadChosen = withLimits(leadSentences.map((s) => ({ passage: s.passage, text: s.text })), analyze, new Set(), keep);
    const more = withLimits([...evidence, ...parts.added], analyze, new Set(leadChosen.map((c) => c.text)), keep);
    const texts = [...leadChosen.map((s) => s.text), ...more.map((e) => e.text)];
    // What is shown: the lead's own sentences and the others only where they add to what is said before them.
    const leadShown = [...leadChosen.slice(0, 1), ...trimToBudget(withRoles(leadChosen.slice(1), leadSentences, []), leadChosen.slice(0, 1).map((c) => c.text), input.question, analyze, Infinity)];
    const supporting = trimToBudget(withRoles(more, evidence, parts.added), [...leadShown.map((c) => c.text), ...(groundText ? [groundText] : [])], input.question, analyze);
    const followUp = outcome ? followUpBlock(outcome) : '';
    // Two signals: retrieval's coverage of the question by the lead passage (0–1, speaks for paraphrases) and the
    // share of question terms in the chosen sentences. Both → an answer; one → what the sources do say, marked as
    // unsure; neither → an honest "not covered".
    const leadCoverage = leadSentences[0]?.coverage ?? 0;
    // A lead passage written for (nearly) this question counts as found, however short its answering sentence.
    // For a legal-ground question the article's own sentence is the answer.
    const leadFound = lead !== undefined && headingShare(lead, input.question, analyze) >= HEADING_FOUND;
    const retrieved =
      leadScore >= MIN_LEAD_SCORE ||
      leadCoverage >= 0.5 ||
      leadFound ||
      asked?.sentence !== undefined ||
      (ground?.sentence.coverage ?? 0) >= GROUND_FOUND;
    // The heading of a passage written for this very question is part of what answers it.
    const ownQuestion = lead ? headingShare(lead, input.question, analyze) >= OWN_QUESTION : false;
    const worded = isCovered(input.question, ownQuestion ? [...texts, lead!.section ?? ''] : texts, analyze);
    const hasWords = analyze(input.question).some((t) => /^\p{L}{3,}$/u.test(t));
    // An article from the table is named even when retrieval found little: the table entry is checked law.
    if (!asked && (!hasWords || (!retrieved && !worded))) {
      // A rule of the asked kind ran and needs a fact: that, not "cannot answer", is the honest answer.
      const lead = outcome && outcome.followUp.length > 0 ? `**${outcome.open ?? outcome.headline.text}**` : NOT_COVERED;
      return { answer: `${lead}${followUp}`, citations: [], confidence: 'laag' };
    }
    // Words the sources lack make the answer partial only when the answering sentence does not cover the question.
    // …or when the lead passage was written for this very question (its heading is the question in other words).
    // …or when the article asked for was found: its own sentence answers a legal-ground question.
    const absent =
      leadCoverage >= 0.5 || ownQuestion || asked?.sentence
        ? []
        : absentWords(input.question, hits, knowledge, analyze, new Set([...(input.begrepen ?? []), ...(shape.form === 'grondslag' ? groundAskingWords(input.question) : [])]));
    const sure = (retrieved && worded && absent.length === 0) || asked?.sentence !== undefined;
    // Without a passage the article's own line already says what the sources lack. A legal-ground question opens
    // with its article all the same: the hedge follows the Grondslag line, never displaces it.
    // What the sources lack is said after the first sentence, never before it: the answer opens with what they say.
    if (outcome?.open) body.push(`**${outcome.open}**`);
    const hedge = !sure && !asked ? `${absent.length ? partlyCovered(absent) : NOT_SURE}\n` : undefined;
    if (hedge && !ground && !absent.length) body.push(hedge);
    const afterFirst = hedge && !ground && absent.length ? body.length : undefined;
    const groundLine = askedLine();
    if (groundLine) body.push(groundLine);
    if (ground) {
      body.push(`**Grondslag: ${ground.label}.** ${shown(ground.sentence.passage, ground.sentence.text)} [${citations.cite(ground.sentence.passage, ground.sentence.text)}]`);
      quoted.add(ground.sentence.text);
      if (hedge) body.push(hedge);
    }
    // A kennisbank answer may open with "Ja," or "Nee,": that answers its own question, which may not be this one.
    const dropAnswerWord = (text: string) => text.replace(/^(ja|nee),\s*(\p{L})/iu, (_, _w, c: string) => c.toUpperCase());
    const quoteLead = (text: string) => (ownQuestion ? quote(lead!, text) : dropAnswerWord(quote(lead!, text)));
    leadShown.forEach((s, i) => {
      if (quoted.has(s.text)) return;
      if (i > 0 || !sure || ground || asked) return body.push(quoteLead(s.text));
      // Ja/Nee first: from the answer word of the passage written for this question, else from the sentence itself.
      // A rule of the asked kind ran and could not decide (a fact is missing): a passage's Ja/Nee would claim what
      // the rule cannot, so the answer says it depends and the follow-up names the missing fact.
      const opening =
        shape.form !== 'ja-nee'
          ? undefined
          : outcome && !outcome.decided
            ? 'Het hangt ervan af:'
            : ((ownQuestion ? answerWordVerdict(s.text, lead!.section?.split('›').pop() ?? '', shape) : undefined) ??
            (leadFound || leadCoverage >= YES_NO_COVERAGE ? sentenceVerdict(s.text, input.question, shape, analyze) : undefined));
      body.push(`**${opening ? `${opening} ${dropAnswerWord(quote(lead!, s.text))}` : quoteLead(s.text)}**`);
    });
    for (const e of supporting) body.push(quote(e.passage, e.text));
    if (afterFirst !== undefined) body.splice(Math.min(afterFirst + 1, body.length), 0, hedge!);
    if (parts.uncovered.length) body.push(uncoveredLine(parts.uncovered));
    const named = asked ? input.ground!.ids : ground ? [ground.id] : [];
    const basis = groundsLine([lead, ...supporting.map((e) => e.passage)], input.question, knowledge, analyze, citations, quotedFrom, named, input.region, scope.sector);
    if (basis) body.push(basis);
    // A legal-ground answer names its article before it says what the sources lack.
    if (hedge && shape.form === 'grondslag') hedgeAfterArticle(body, hedge);
    if (followUp) body.push(followUp);
    confidence = sure ? 'midden' : 'laag';
  }

  const text = persona === 'helpdesk' ? asLetter(body) : body.join('\n');
  return { answer: text.trim(), citations: citations.list(), confidence };
}


/** Each chosen sentence's role: it answers a part of the question, it is evidence, or withLimits added it as a limit. */
function withRoles(chosen: Chosen[], evidence: Chosen[], parts: Chosen[]): Candidate[] {
  const part = new Set(parts.map((c) => c.text));
  const own = new Set(evidence.map((c) => c.text));
  return chosen.map((c) => ({ ...c, role: part.has(c.text) ? 'part' : own.has(c.text) ? 'evidence' : 'limit' }));
}

/** Share of `terms` already in `seen`. */
function shareOf(terms: Set<string>, seen: Set<string>): number {
  if (terms.size === 0) return 1;
  let n = 0;
  for (const t of terms) if (seen.has(t)) n++;
  return n / terms.size;
}

function followUpBlock(outcome: RuleOutcome): string {
  if (outcome.followUp.length === 0) return '';
  return `\n**Om dit zeker te beslissen heb ik nog nodig:**\n${outcome.followUp.map((f) => `- ${f.question}`).join('\n')}`;
}

const ORDINARY_FILE = fileURLToPath(new URL('../../knowledge/gewone-woorden.yaml', import.meta.url));
const PLACES_FILE = fileURLToPath(new URL('../../knowledge/lexicon/plaatsen.yaml', import.meta.url));
const ordinaryFile = z.object({ bron: z.string(), datum: z.coerce.string(), soorten: z.record(z.string(), z.array(z.string().min(1))), uitdrukkingen: z.record(z.string().regex(/^[a-z]+(?: [a-z]+)+$/), z.string()) });
const placesFile = z.object({ items: z.array(z.object({ vormen: z.array(z.string()) }).passthrough()) }).passthrough();
let ordinaryCache: Set<string> | undefined;
/**
 * Words around a question that do not carry it (knowledge/gewone-woorden.yaml: months, days, places, how the asker
 * heard of it, verbs that only build the sentence; and the place names of lexicon/plaatsen.yaml), normalized.
 */
export function ordinaryWords(): Set<string> {
  if (ordinaryCache) return ordinaryCache;
  // Roles are judged apart (namesRole): one the sources name still counts as covered.
  const { rollen: _roles, ...soorten } = ordinaryFile.parse(parse(readFileSync(ORDINARY_FILE, 'utf8'))).soorten;
  const words = Object.values(soorten).flat();
  const places = placesFile.parse(parse(readFileSync(PLACES_FILE, 'utf8'))).items.flatMap((i) => i.vormen).filter((v) => !v.includes(' '));
  return (ordinaryCache = new Set([...words, ...places].map((w) => normalize(w))));
}

let roleCache: RegExp | undefined;
/**
 * A word that names somebody by their work around the pupil: a role of gewone-woorden.yaml `rollen`, or a compound
 * ending in one ("zorgcoördinator", "trajectbegeleider", "wijkagent"). The question is about what that person must
 * do, so the word never counts as the topic the sources lack.
 */
export function namesRole(word: string): boolean {
  if (!roleCache) {
    const roles = ordinaryFile.parse(parse(readFileSync(ORDINARY_FILE, 'utf8'))).soorten.rollen ?? [];
    roleCache = new RegExp(`(?:${[...new Set(roles.map((r) => normalize(r)))].sort((a, b) => b.length - a.length).join('|')})(?:s|en|nen|n)?$`, 'u');
  }
  return roleCache.test(normalize(word));
}

let idiomCache: Array<{ re: RegExp; betekenis: string }> | undefined;
/**
 * Fixed expressions read as one unit (knowledge/gewone-woorden.yaml `uitdrukkingen`): "in verwachting" is pregnant, so
 * its word "verwachting" says nothing about what the sources cover. Longest first, so "op de hoogte brengen" wins
 * over "op de hoogte"; a verb may stand inside ("in de gaten houden" as "houdt … in de gaten" is two expressions).
 */
export function idioms(): Array<{ re: RegExp; betekenis: string }> {
  if (idiomCache) return idiomCache;
  const table = ordinaryFile.parse(parse(readFileSync(ORDINARY_FILE, 'utf8'))).uitdrukkingen;
  return (idiomCache = Object.entries(table)
    .sort(([a], [b]) => b.length - a.length)
    .map(([vorm, betekenis]) => ({ re: new RegExp(`(?<![\\p{L}])${vorm.split(' ').join('\\s+')}(?![\\p{L}])`, 'giu'), betekenis })));
}

/** Who relays the question ("Een vader zegt: …", "Mijn collega vraagt:") is no part of what is asked. */
const SPEECH_FRAME = /^[^.?!:]{0,60}\b(zegt|zei|vraagt|vroeg|belt|belde|mailt|mailde|schrijft|schreef|beweert|stelt)\b[^.?!:]{0,30}:/i;

/** Below this rarity-weighted share of the question's words found in the retrieved passages, the answer is partial. */
const UNCOVERED_SHARE = 0.5;
/** The partial-answer hedge names at most this many missing words: the most telling ones. */
const MAX_NAMED = 3;

/**
 * The question's words that none of the retrieved passages contain, most telling first, when the passages cover
 * less than UNCOVERED_SHARE of the question weighted by rarity (idf over the whole knowledge, from the index's term
 * counts, so no answer reads every passage; at 100,000 passages that was the costliest step): then the sources
 * speak about something near the question ("vakantiedagen van een leraar" finds leave for pupils), not about it.
 * A word found nowhere in the knowledge weighs as the rarest word that is found: it may be the topic the sources
 * lack, or only a name for someone in the situation (a mentor, a trainer), so it cannot outweigh the rest of the
 * question on its own. Returned as the asker wrote them, so the hedge can name them.
 */
function absentWords(question: string, hits: SearchHit[], knowledge: KnowledgeIndex, analyze: Analyze, begrepen: Set<string>): string[] {
  let asked = question.replace(SPEECH_FRAME, '');
  // An expression counts by its meaning and is named as written: "in verwachting" → checked as "zwanger".
  const named = new Map<string, string>();
  for (const { re, betekenis } of idioms()) {
    asked = asked.replace(re, (vorm) => {
      if (betekenis) named.set(betekenis, vorm);
      return ` ${betekenis} `;
    });
  }
  const ordinary = ordinaryWords();
  const words = [...new Set(asked.match(/\p{L}{4,}/gu) ?? [])]
    .map((w) => ({ w, terms: analyze(w).filter((t) => /^\p{L}{4,}$/u.test(t)) }))
    .filter(({ w, terms }) => !FRAME_WORDS.has(normalize(w)) && !ordinary.has(normalize(w)) && !begrepen.has(normalize(w)) && terms.length > 0);
  if (words.length === 0) return [];
  const passages = knowledge.stats().chunks;
  const idf = (term: string) => Math.log(1 + (passages + 1) / (Math.max(knowledge.documentFrequency(term), 1) + 0.5));
  const seen = hits.map((h) => passageTerms(h.passage, analyze));
  const weighedAll = words.map(({ w, terms }) => ({
    w,
    weight: Math.max(...terms.map(idf)),
    found: terms.some((t) => seen.some((s) => s.has(t))),
  }));
  // A role the sources do not name ("trajectbegeleider") is who asks or acts, not what is asked: it neither counts
  // nor is named. A role they do name keeps counting as covered.
  const weighed = weighedAll.filter((x) => x.found || !namesRole(x.w));
  if (weighed.length === 0) return [];
  const total = weighed.reduce((a, x) => a + x.weight, 0);
  const covered = weighed.filter((x) => x.found).reduce((a, x) => a + x.weight, 0);
  if (covered / total >= UNCOVERED_SHARE) return [];
  return weighed
    .filter((x) => !x.found)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_NAMED)
    .map((x) => named.get(x.w) ?? x.w);
}

/** Enough of the question's content terms occur in the chosen sentences to call it an answer. */
export function isCovered(question: string, sentences: string[], analyze: Analyze, minShare = 0.25): boolean {
  const wanted = new Set(analyze(question));
  if (wanted.size === 0 || sentences.length === 0) return false;
  const got = new Set(sentences.flatMap((s) => analyze(s)));
  let hit = 0;
  for (const t of wanted) if (got.has(t)) hit++;
  return hit / wanted.size >= minShare;
}

/**
 * Among the first hits, the passage whose own heading best matches the question (kennisbank questions, articles).
 * A worked example never leads; a legal-ground question prefers the statute, a "what do I do" question the
 * kennisbank's practice answer.
 */
export function leadPassage(hits: SearchHit[], question: string, analyze: Analyze, shape: QuestionShape = questionShape(question), named: LegalRef[] = legalRefs(question)): Passage | undefined {
  const wanted = new Set(contentTerms(question, analyze));
  const candidates = hits.filter((h) => !isWorkedExample(h.passage));
  if (wanted.size === 0) return candidates[0]?.passage;
  const aspects = askedAspects(question);
  // A passage that states the asked aspect (the start, when "vanaf wanneer" is asked) of a question term answers it.
  const statesAspect = (p: Passage) =>
    aspects.size > 0 && sentencesOf(p, analyze).some((s) => aspectFit(aspects, s.aspects) > 0 && [...s.terms].some((t) => wanted.has(t)));
  let best: { passage: Passage; score: number } | undefined;
  candidates.forEach((h, rank) => {
    const heading = h.passage.section?.split('›').pop() ?? '';
    const terms = new Set(analyze(heading));
    let shared = 0;
    for (const t of terms) if (wanted.has(t)) shared++;
    const headingScore = terms.size ? shared / Math.sqrt(terms.size * wanted.size) : 0;
    const preferred =
      ((shape.form === 'grondslag' && h.passage.type === 'wet') || (shape.form === 'procedure' && h.passage.type === 'kennisbank') ? 0.1 : 0) +
      // The article the question names by number leads ("wat zegt artikel 11 onder g?").
      0.3 * Math.max(0, ...named.filter((r) => r.explicit).map((r) => articleMatch(h.passage, r))) +
      (statesAspect(h.passage) ? ASPECT_PASSAGE : 0);
    // h.score is the share of the question the passage covers; the heading decides between close candidates.
    const score = 0.6 * headingScore + h.score + 0.15 / (rank + 1) + preferred;
    if (!best || score > best.score) best = { passage: h.passage, score };
  });
  return best?.passage;
}

/** Share of the question's content terms that the passage's own heading (a kennisbank question) contains. */
function headingShare(p: Passage, question: string, analyze: Analyze): number {
  const wanted = new Set(contentTerms(question.replace(SPEECH_FRAME, ''), analyze));
  if (wanted.size === 0) return 0;
  const heading = new Set(analyze(p.section?.split('›').pop() ?? ''));
  let n = 0;
  for (const t of wanted) if (heading.has(t)) n++;
  return n / wanted.size;
}

/** A sentence that continues an enumeration begun earlier in the passage ("De tweede route …", "Daarna …"). */
const ENUMERATION = /^((de|het) (eerste|tweede|derde|vierde|vijfde|zesde|laatste)\b|(route|stap|fase) \d|daarna\b|ten slotte\b|tot slot\b)/i;
const MAX_ENUMERATION = 6;
/** A sentence stating the asked aspect leads when it covers at least this share of what the best-covered one does. */
const ASPECT_COVERAGE = 0.35;
/** Lead-passage bonus for a passage with a sentence stating the asked aspect of a question term. */
const ASPECT_PASSAGE = 0.1;

/**
 * The sentences of the lead passage that answer. Kennisbank answers and articles put the answer first: when the
 * best-covered sentence is among the first three, the opening sentences are quoted in order, continued while they
 * enumerate. When the answering sentence stands later (the fourth, or a later paragraph), it leads, with the
 * sentence after it.
 */
function answeringSentences(lead: Passage, question: string, analyze: Analyze, keep: KeepSentence): RankedSentence[] {
  const ranked = rankSentences([{ passage: lead, prior: 0 }], question, analyze, keep);
  const top = ranked[0];
  if (!top) return [];
  // A question about one aspect ("vanaf wanneer", "tot wanneer", "hoe vaak") is answered by the sentence that states
  // it, even when a sentence that says nothing of it shares more of the question's words.
  const best = ranked.find((s) => s.fit > 0 && s.coverage >= ASPECT_COVERAGE * top.coverage) ?? top;
  // A sentence stating only the opposite of the asked aspect (the end, when the start is asked) answers another question.
  const inOrder = [...ranked].sort((a, b) => a.index - b.index).filter((s) => s.fit >= 0 || s === best);
  // The sentence stating the asked aspect leads, the passage's other opening sentences after it.
  if (best.fit > 0 && best.index > 0) return [best, ...inOrder.filter((s) => s !== best && s.index < LEAD_SENTENCES)];
  if (best.index < LEAD_SENTENCES) {
    const out = inOrder.slice(0, LEAD_SENTENCES);
    for (const s of inOrder.slice(LEAD_SENTENCES)) {
      if (out.length >= MAX_ENUMERATION || !ENUMERATION.test(s.text)) break;
      out.push(s);
    }
    return out;
  }
  return [best, ...inOrder.filter((s) => s.index === best.index + 1)];
}

const NEGATION = /\b(niet|geen|nooit|nergens)\b/;
const CONDITIONAL = /\b(alleen (als|wanneer|indien|met|bij)|mits|tenzij|onder voorwaarden|hangt af)\b/;
// The main clause ends where a subordinate clause or an aside begins: "Het hoofd riskeert een boete als hij niet
// meldt" is a yes, whatever the "niet" after "als" says.
const SUBORDINATE = /,|;|:|\b(als|wanneer|indien|die|dat|omdat|zodat|waarin|waarbij|waar|zonder|tenzij|nadat|voordat|terwijl|zolang|zodra|of|dus|maar)\b/;
// What the question asks of its subject; the answering sentence must say it of its own.
const MODALS: Array<[string, RegExp]> = [
  // "X is nodig" / "heeft X nodig" is a claim of its own kind: checked first, so "hoeven" beside it does not hide it.
  ['nodig', /\bnodig\b/],
  ['mogen', /\b(mag|mogen|mocht|mochten|kan|kunnen|kon|konden|toegestaan)\b/],
  ['moeten', /\b(moet|moeten|moest|moesten|hoeft|hoeven|hoef|verplicht)\b/],
  ['zijn', /\b(is|zijn|ben|wordt|worden|blijft|blijven)\b/],
  ['gelden', /\b(geldt|gelden|gold|golden)\b/],
];

// A reference or an answer word before the statement ("Artikel 26, tweede lid, Leerplichtwet: …", "Nee, …") is no
// clause of its own.
const LEAD_IN = /^((ja|nee)[,:]?\s+)?((volgens )?(artikel|art\.) [^:]{0,80}?:\s*)?/;
const SUBORDINATE_START = /^(als|wanneer|indien|die|dat|omdat|zodat|waarin|waarbij|waar|zonder|tenzij|nadat|voordat|terwijl|zolang|zodra|of|dus|maar|zoals|ook|behalve)\b/;
const RELATIVE = /\b(als|wanneer|indien|die|dat|omdat|zodat|waarin|waarbij|tenzij|nadat|voordat|terwijl|zolang|zodra)\b/;
const ANY_MODAL = /\b(mag|mogen|mocht|mochten|kan|kunnen|kon|konden|moet|moeten|moest|moesten|hoeft|hoeven|hoef|is|zijn|ben|wordt|worden|blijft|blijven|geldt|gelden)\b/;

/**
 * The main clause: the first part between commas that states something itself (its verb comes before any
 * subordinate clause), up to the next subordinate clause. "Een mbo-instelling, vavo of vo-school moet … melden"
 * keeps its subject list; "Een leerling die niet ziek is, moet …" does not take the relative clause's "niet".
 */
export function mainClause(sentence: string): { main: string; rest: string } {
  const body = sentence.replace(LEAD_IN, '');
  let offset = 0;
  for (const part of body.split(/[,;:]/)) {
    const p = part.trim();
    const start = body.indexOf(part, offset);
    offset = start + part.length;
    if (SUBORDINATE_START.test(p)) continue;
    const verb = ANY_MODAL.exec(p);
    if (!verb || RELATIVE.test(p.slice(0, verb.index))) continue;
    // `rest`: the sentence from the main clause on; a relative clause on the subject before it says nothing of the answer.
    return { main: p.slice(0, verb.index) + (p.slice(verb.index).split(SUBORDINATE)[0] ?? ''), rest: body.slice(start) };
  }
  return { main: body.split(SUBORDINATE)[0] ?? body, rest: body };
}
const modalOf = (s: string) => MODALS.find(([, re]) => re.test(s))?.[0];

/**
 * Ja or Nee for a yes/no question from the sentence that answers it, or undefined when that is not safe to say.
 * The main clause's polarity against the asked claim's, only when both say the same kind of thing (may, must, is)
 * and no negation hides in a subordinate clause. A conditional answer ("alleen als …") says that it depends.
 */
function sentenceVerdict(sentence: string, question: string, shape: QuestionShape, analyze: Analyze): string | undefined {
  const s = normalize(sentence);
  if (ANSWER_WORDS.some(([word, re]) => word === 'Afhankelijk' && re.test(s))) return ''; // it opens with its condition
  if (CONDITIONAL.test(s)) return 'Het hangt ervan af:';
  const { main, rest } = mainClause(s);
  const q = normalize(question);
  // A premise is checked on its claim ("een ouder zegt dat de school toestemming nodig heeft"), not on "klopt dat?".
  const claim = shape.claim ?? q;
  const asked = modalOf(claim);
  if (!asked || modalOf(main) !== asked) return undefined;
  // The same modal about another subject ("een leerling mag …" against "de school mag …") says nothing of the claim:
  // the main clause must share a content word with it.
  const claimTerms = new Set(contentTerms(claim, analyze).filter((t) => !MODALS.some(([, re]) => re.test(t))));
  if (!analyze(main).some((t) => claimTerms.has(t))) return undefined;
  // "Mag … langer dan een week?" against "… ten hoogste een week": the question asks past the maximum.
  const beyond = BEYOND.exec(q);
  if (beyond && new RegExp(`\\b(ten hoogste|hoogstens|maximaal|niet meer dan|tot en met) (${beyond[2]} )?${beyond[3]}\\b`).test(s))
    return yesNoOpening(shape.negated ? 'Ja' : 'Nee', shape);
  // "Mag alleen … als hij op een andere school staat" says "not without": against a claim about the case without
  // that condition ("zonder nieuwe school", "geen inschrijving") the sentence answers as a negation.
  const notWithout = RESTRICTED.test(s) && WITHOUT.test(claim);
  const negated = NEGATION.test(main) || notWithout;
  if (!negated && NEGATION.test(rest)) return undefined;
  return yesNoOpening(negated === shape.negated ? 'Ja' : 'Nee', shape);
}

const RESTRICTED = /\balleen (\w+ ){0,4}?(als|wanneer|indien|mits)\b/;
const WITHOUT = /\b(zonder|geen)\b/;
const BEYOND = /\b(langer|meer|vaker|later|verder) dan (\S+) (\p{L}+)/u;

// The answer word a kennisbank answer opens with: "Ja, …", "Nee, …", "Niet als religieuze plicht: …", "Beperkt: …".
const ANSWER_WORDS: Array<[YesNo, RegExp]> = [
  ['Ja', /^ja\b/],
  ['Nee', /^(nee\b|niet als\b)/],
  ['Afhankelijk', /^(beperkt\b|alleen (als|met|bij|wanneer|na)\b|dat hangt af|het hangt af|onder voorwaarden\b)/],
];

/**
 * Ja or Nee from the answer word of the passage written for (nearly) this question ('' when the sentence already
 * opens with its condition). That
 * passage answers its own heading; an asked question of the opposite polarity ("mag … niet?" against "mag …?")
 * gets the opposite word, and a premise "Ja, dat klopt." or "Nee, dat klopt niet.".
 */
function answerWordVerdict(sentence: string, heading: string, shape: QuestionShape): string | undefined {
  const word = ANSWER_WORDS.find(([, re]) => re.test(normalize(sentence)))?.[0];
  if (!word) return undefined;
  // "Beperkt: …", "Alleen als …" already lead with the condition.
  if (word === 'Afhankelijk') return '';
  const flip = questionShape(heading).negated !== shape.negated;
  return yesNoOpening(flip ? (word === 'Ja' ? 'Nee' : 'Ja') : word, shape);
}

const STATUTE = /^[a-z]+:(\d|art\d)/;

/** The statute text of an article: the passage that is about that article first ("artikel 18", not a WVO article that mentions it). */
function statuteFor(knowledge: KnowledgeIndex, id: string): Passage | undefined {
  const statutes = knowledge.byLegalId(id).filter((p) => p.type === 'wet');
  return statutes.find((p) => p.legalIds[0] === id) ?? statutes[0];
}
const LID = /artikel \w+,? (eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende) lid/i;

/**
 * For a legal-ground question: the article behind the lead passage (or, failing that, behind the best statute
 * hit), with the statute's own sentence that best answers the question.
 */
function groundFor(
  lead: Passage,
  hits: SearchHit[],
  question: string,
  knowledge: KnowledgeIndex,
  analyze: Analyze,
  sector?: Sector,
): { id: string; label: string; sentence: RankedSentence } | undefined {
  const ids = [...lead.legalIds, ...hits.slice(0, 3).flatMap((h) => (h.passage.type === 'wet' ? h.passage.legalIds : []))].filter(
    (id) => STATUTE.test(id) && !otherSectorLaw(id, sector),
  );
  // A passage often names several articles ("4a, 4c"): the ground is the one whose own sentence covers the question
  // best; the order of the ids only breaks ties.
  let best: { id: string; sentence: RankedSentence; score: number } | undefined;
  [...new Set(ids)].forEach((id, order) => {
    const statute = lead.type === 'wet' && lead.legalIds.includes(id) ? lead : statuteFor(knowledge, id);
    const sentence = statute && rankSentences([{ passage: statute, prior: 0 }], question, analyze)[0];
    if (!sentence) return;
    // The lead passage's own articles come first; a statute among the other hits must cover the question clearly better.
    const score = sentence.coverage + (lead.legalIds.includes(id) ? 0.15 : 0) - 0.02 * order;
    if (!best || score > best.score) best = { id, sentence, score };
  });
  if (!best) return undefined;
  const { id, sentence } = best;
  const label = legalLabel(id);
  const lid = LID.exec(sentence.text)?.[1]?.toLowerCase();
  return { id, label: lid && !/onder [a-z]$/.test(label) ? `${label}, ${lid} lid` : label, sentence };
}

/**
 * The opening of an answer to a legal-ground question whose action the table knows: "Grondslag: <article, lid>;
 * beslist: <who>." (and the article's conclusion for the stated case, when the table has one) with the sentence of that article's passage that best answers the question (the statute passage
 * first, else a passage tagged with the article). Without any passage, our checked summary of the article and where
 * to read it, since the knowledge cannot be quoted.
 */
function askedGroundLead(
  asked: AskedGround,
  question: string,
  byLegalId: (id: string) => Passage[],
  analyze: Analyze,
  keep: KeepSentence,
): { heading: string; sentence?: RankedSentence } {
  // The conclusion the article gives for the stated case follows the article at once, before any quote.
  const heading = `**Grondslag: ${asked.label}${asked.beslist ? `; beslist: ${asked.beslist}` : ''}.${asked.conclusie ? ` ${asked.conclusie}` : ''}**`;
  const tagged = [...new Map(asked.ids.flatMap(byLegalId).map((p) => [p.id, p])).values()].filter((p) => !isWorkedExample(p));
  const wanted = `${question} ${refWords(asked.refs)} ${asked.kern}`;
  // The article's own sentence naming the asked lid or ground ("Volgens artikel 22, tweede lid, …") is the best quote.
  const names = (text: string) => asked.refs.some((r) => namesArticle(text, r));
  for (const pool of [tagged.filter((p) => p.type === 'wet'), tagged]) {
    const ranked = rankSentences(pool.map((passage) => ({ passage, prior: 0 })), wanted, analyze, keep);
    const sentence = ranked.slice(0, 5).find((s) => names(s.text)) ?? ranked[0];
    if (sentence) return { heading, sentence };
  }
  return { heading: `${heading} ${asked.kern} De tekst van dit artikel staat niet in de bronnen van Wegwijzer${asked.url ? `; lees het na op ${asked.url}` : ''}.` };
}

/** Moves the hedge to just after the first line that names an article, when that line stands after it. */
function hedgeAfterArticle(body: string[], hedge: string): void {
  const at = body.indexOf(hedge);
  const article = body.findIndex((line) => /\bartikel\s+\d/i.test(line));
  if (at < 0 || article < at) return;
  body.splice(at, 1);
  body.splice(article, 0, hedge);
}

/** The sentence names the article with its lid or ground letter when the reference has one ("artikel 22, tweede lid"). */
function namesArticle(text: string, ref: LegalRef): boolean {
  const t = normalize(text);
  if (!new RegExp(`\\bartikel ${ref.artikel.replace(/\./g, '\\.')}(?![\\p{L}\\d.])`, 'u').test(t)) return false;
  if (ref.lid) return t.includes(`${ORDINAL[ref.lid - 1]} lid`) || t.includes(`lid ${ref.lid}`);
  if (ref.onder) return new RegExp(`\\bonder ${ref.onder}\\b`).test(t);
  return true;
}
/** The sentence names another lid or ground letter of the referenced article ("artikel 18, eerste lid" when the third is asked). */
function namesOtherPart(text: string, ref: LegalRef): boolean {
  const t = normalize(text);
  const art = `artikel ${ref.artikel.replace(/\./g, '\\.')}`;
  if (ref.lid) {
    const m = new RegExp(`\\b${art},? (${ORDINAL.join('|')}) lid`).exec(t);
    return m !== null && m[1] !== ORDINAL[ref.lid - 1];
  }
  if (ref.onder) {
    const m = new RegExp(`\\b${art},? onder ([a-h])\\b`).exec(t);
    return m !== null && m[1] !== ref.onder;
  }
  return false;
}
const ORDINAL = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];

/** The computed figures behind a 16-hour decision, restated with their unit: "12 lesuren … onder de grens". */
function figuresLine(decision: Decision, facts: Record<string, unknown> | undefined): string | undefined {
  const uren = facts?.ongeoorloofdeUren;
  if (decision.type !== 'melding' || typeof uren !== 'number') return undefined;
  if (decision.melding !== '16-uur-in-4-weken' && decision.melding !== 'overig-verzuim') return undefined;
  const soort = facts?.onderwijssoort;
  const unit = soort === 'po' || soort === 'so' ? 'klokuren' : soort === 'vo' || soort === 'vso' || soort === 'pro' ? 'lesuren' : 'uur';
  const n = String(uren).replace('.', ',');
  return uren >= 16
    ? `Gerekend: ${n} ${unit} ongeoorloofd verzuim binnen 4 lesweken; de grens van 16 uur is bereikt.`
    : `Gerekend: ${n} ${unit} ongeoorloofd verzuim binnen 4 lesweken; dat is onder de grens van 16 uur.`;
}

/** A quoted sentence as the page shows it: Markdown emphasis and list marks of the source dropped (the quote stays verbatim). */
function display(text: string): string {
  return text
    .replace(/^\s*[-*•]\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s.,;:)]|$)/g, '$1$2');
}

/** The opening sentence of a top passage (no worked example) that covers ≥ 2 question terms the answer lacks. */
function secondHalf(question: string, hits: SearchHit[], answer: string, analyze: Analyze, quoted: Set<string>, keep: KeepSentence): { passage: Passage; text: string } | undefined {
  const said = new Set(analyze(answer));
  const missing = new Set(analyze(question).filter((t) => !said.has(t)));
  let best: { passage: Passage; text: string; adds: number } | undefined;
  for (const h of hits.slice(0, 5)) {
    if (isExample(h.passage)) continue;
    const first = sentencesOf(h.passage, analyze, keep)[0];
    if (!first || quoted.has(first.text)) continue;
    let adds = 0;
    for (const t of first.terms) if (missing.has(t)) adds++;
    if (adds >= 2 && (!best || adds > best.adds)) best = { passage: h.passage, text: first.text, adds };
  }
  return best && { passage: best.passage, text: best.text };
}

/** "Grondslag: …" naming the law articles behind the quoted passages, cited to the article text itself. */
function groundsLine(
  used: Array<Passage | undefined>,
  question: string,
  knowledge: KnowledgeIndex,
  analyze: Analyze,
  citations: CitationList,
  quotedFrom: Map<string, string>,
  named: string[],
  region: string | undefined,
  sector: Sector | undefined,
): string | undefined {
  // Another region's protocol is no ground for this answer, even when a national passage mentions it.
  // Nor is another sector's law when the question names its sector (a passage on po, vo and mbo at once).
  const ids = [...new Set(used.flatMap((p) => p?.legalIds ?? []))]
    .filter((id) => id !== 'awb:6:7' && !named.includes(id) && !(id.startsWith('protocol:') && id !== `protocol:${region}`) && !otherSectorLaw(id, sector))
    .slice(0, 3);
  const parts: string[] = [];
  for (const id of ids) {
    if (!/^[a-z]+:\d/.test(id)) {
      // A protocol, DUO or method: the passage already quoted is its source.
      const p = used.find((u) => u?.legalIds.includes(id) && quotedFrom.has(u.id));
      if (p) parts.push(`${legalLabel(id)} [${citations.cite(p, quotedFrom.get(p.id)!)}]`);
      continue;
    }
    const source = statuteFor(knowledge, id);
    if (!source) continue;
    const support = supportFor(question, [source], analyze, 0.01) ?? { passage: source, text: sentencesOf(source, analyze)[0]?.text ?? '' };
    if (!support.text) continue;
    parts.push(`${legalLabel(id)} [${citations.cite(support.passage, support.text)}]`);
  }
  return parts.length ? `\n**Grondslag:** ${parts.join('; ')}` : undefined;
}

function asLetter(body: string[]): string {
  return ['Geachte heer/mevrouw,', '', 'Dank voor uw vraag. Hieronder ons antwoord.', '', ...body, '', 'Met vriendelijke groet,', 'Helpdesk'].join('\n');
}
