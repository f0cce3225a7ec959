import type { KnowledgeIndex, Passage, SearchHit } from '../index/passage.js';
import type { MissingFact } from '../rules/schemas.js';
import { CitationList } from './citations.js';
import { selectEvidence, supportFor, type Analyze } from './evidence.js';
import type { Citation, Decision, Persona } from './types.js';

// The offline composer: rule outcomes as short template sentences, everything else verbatim from the
// sources, each sentence with the [n] of the passage that carries it.

/** A statement the rules make, with the legal ids whose passages should carry it. */
export interface Claim {
  text: string;
  legalIds: string[];
}

export interface RuleOutcome {
  decision: Decision;
  headline: Claim;
  points: Claim[];
  actions: { school: Claim[]; leerplichtambtenaar: Claim[] };
  followUp: MissingFact[];
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

const MAX_POINTS = 4;
const MAX_ACTIONS = 3;

interface ComposeInput {
  question: string;
  persona: Persona;
  outcome?: RuleOutcome;
  hits: SearchHit[];
  knowledge: KnowledgeIndex;
  analyze: Analyze;
  region?: string;
}

function regionalPrefix(p: Passage, region?: string): string {
  if (!p.region || p.region === region) return '';
  return `In het regionale protocol (${p.region}): `;
}

export function compose(input: ComposeInput): Composed {
  const { outcome, hits, knowledge, analyze, persona } = input;
  const citations = new CitationList();
  const quoted = new Set<string>();
  const hitPassages = hits.map((h) => h.passage);

  const cite = (claim: Claim): string => {
    const legal = [...new Map(claim.legalIds.flatMap((id) => knowledge.byLegalId(id)).map((p) => [p.id, p])).values()];
    const support =
      supportFor(claim.text, legal, analyze) ??
      supportFor(claim.text, hitPassages.filter((p) => p.legalIds.some((id) => claim.legalIds.includes(id))), analyze) ??
      supportFor(claim.text, hitPassages, analyze, 0.4) ??
      supportFor(claim.text, legal, analyze, 0.01);
    if (!support) return '';
    quoted.add(support.text);
    return ` [${citations.cite(support.passage, support.text)}]`;
  };
  const quote = (passage: Passage, text: string): string => {
    quoted.add(text);
    return `${regionalPrefix(passage, input.region)}${text} [${citations.cite(passage, text)}]`;
  };

  const body: string[] = [];
  let confidence: Composed['confidence'];

  if (outcome) {
    body.push(`**${outcome.headline.text}**${cite(outcome.headline)}`);
    for (const p of outcome.points.slice(0, MAX_POINTS)) body.push(`${p.text}${cite(p)}`);
    const evidence = selectEvidence(hits, `${input.question} ${outcome.searchTerms}`, analyze, {
      max: 2,
      perPassage: 1,
      exclude: quoted,
    });
    for (const e of evidence) body.push(quote(e.passage, e.text));
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
    if (outcome.followUp.length > 0) {
      body.push(`\n**Om dit zeker te beslissen heb ik nog nodig:**\n${outcome.followUp.map((f) => `- ${f.question}`).join('\n')}`);
    }
    confidence = outcome.followUp.length > 0 ? 'midden' : citations.size > 0 ? 'hoog' : 'midden';
  } else {
    const evidence = selectEvidence(hits, input.question, analyze, { max: 4, perPassage: 2 });
    if (!isCovered(input.question, evidence.map((e) => e.text), analyze)) {
      return { answer: NOT_COVERED, citations: [], confidence: 'laag' };
    }
    const [first, ...rest] = evidence;
    if (first) body.push(`**${quote(first.passage, first.text)}**`);
    for (const e of rest) body.push(quote(e.passage, e.text));
    confidence = evidence.length >= 2 ? 'midden' : 'laag';
  }

  const text = persona === 'helpdesk' ? asLetter(body) : body.join('\n');
  return { answer: text.trim(), citations: citations.list(), confidence };
}

/** Enough of the question's content terms occur in the chosen sentences to call it an answer. */
export function isCovered(question: string, sentences: string[], analyze: Analyze, minShare = 0.34): boolean {
  const wanted = new Set(analyze(question));
  if (wanted.size === 0 || sentences.length === 0) return false;
  const got = new Set(sentences.flatMap((s) => analyze(s)));
  let hit = 0;
  for (const t of wanted) if (got.has(t)) hit++;
  return hit / wanted.size >= minShare;
}

function asLetter(body: string[]): string {
  return ['Geachte heer/mevrouw,', '', 'Dank voor uw vraag. Hieronder ons antwoord.', '', ...body, '', 'Met vriendelijke groet,', 'Helpdesk'].join('\n');
}
