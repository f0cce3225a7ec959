import { randomUUID } from 'node:crypto';
import { ApiError } from '../http/errors.js';
import type { KnowledgeIndex, SearchHit } from '../index/passage.js';
import { legalRefs, type LegalRef } from '../retrieve/legal-refs.js';
import { searchReranked } from '../retrieve/rerank.js';
import { compose, type RuleOutcome } from './compose.js';
import { todayIso } from '../rules/dates.js';
import { answersFollowUp, ConversationStore, type ConversationState, type Conversations } from './conversations.js';
import { decide } from './decide.js';
import { asksForGround, groundForAction, type AskedGround } from './legal-ground.js';
import { sectorOf } from './scope.js';
import { splitQuestion } from './subquestions.js';
import type { Analyze } from './evidence.js';
import type { Llm } from './llm.js';
import type { AskInput, AskResponse, Persona } from './types.js';
import { statedFacts, understand, type Understanding } from './understand/index.js';

// understand → decide (rules) → retrieve → compose (→ optional LLM prose) → cite

export type AskEvent =
  | { event: 'decision'; data: AskResponse['decision'] }
  | { event: 'citations'; data: AskResponse['citations'] }
  | { event: 'delta'; data: { text: string } }
  | { event: 'done'; data: Omit<AskResponse, 'citations' | 'decision'> & { citations?: AskResponse['citations'] } };

export interface AskPipeline {
  /**
   * `owner` is who asks (a user or a browser): only the owner of a conversation may continue it (404 otherwise).
   * `signal` aborts when nobody waits for the answer any more (the client went away): an engine may then give it up.
   */
  ask(input: AskInput, owner?: string, signal?: AbortSignal): Promise<AskResponse>;
  stream(input: AskInput, owner?: string, signal?: AbortSignal): AsyncGenerator<AskEvent>;
}

/** What one turn leaves for the next: facts only, never text. */
export type TurnState = Omit<ConversationState, 'updatedAt' | 'owner'>;
/** A turn as the engine sees it: the conversation id is chosen, the stored state (if any) is passed in. */
export type EngineInput = AskInput & { conversationId: string };
/** The state to remember, sent by `AskEngine.stream` before the answer's prose (never forwarded to clients). */
export type RememberEvent = { event: 'remember'; data: TurnState };

/**
 * The answering itself, without memory: it gets the stored state of the conversation and says what to remember.
 * Runs in this thread (createAskEngine) or in a worker (server/ask/pool.ts); conversations stay with the caller.
 */
export interface AskEngine {
  ask(input: EngineInput, stored?: TurnState, signal?: AbortSignal): Promise<{ response: AskResponse; state: TurnState }>;
  stream(input: EngineInput, stored?: TurnState, signal?: AbortSignal): AsyncGenerator<AskEvent | RememberEvent>;
}

export interface AskEngineDeps {
  knowledge: KnowledgeIndex;
  analyze: Analyze;
  llm?: Llm;
  redact: (text: string) => string;
  today?: () => string;
}

export interface AskPipelineDeps extends AskEngineDeps {
  conversations?: Conversations;
}

const RETRIEVE_K = 8;

export function createAskPipeline(deps: AskPipelineDeps): AskPipeline {
  return withConversations(createAskEngine(deps), deps.conversations ?? new ConversationStore());
}

/**
 * Memory around an engine. A conversation belongs to whoever started it: another owner presenting its id gets a
 * 404, as if it did not exist, so the id is no bearer secret (issue 14). An unknown or expired id starts afresh.
 */
export function withConversations(engine: AskEngine, conversations: Conversations): AskPipeline {
  const open = (input: AskInput, owner = '') => {
    const conversationId = input.conversationId ?? randomUUID();
    const found = input.conversationId ? conversations.get(input.conversationId) : undefined;
    if (found && (found.owner ?? '') !== owner) {
      throw new ApiError(404, 'gesprek-niet-gevonden', 'Dit gesprek is niet gevonden: het hoort bij iemand anders. Stel de vraag zonder conversationId om een nieuw gesprek te beginnen.');
    }
    const remember = (state: TurnState) => conversations.set(conversationId, { ...state, owner });
    return { turn: { ...input, conversationId }, stored: found, remember };
  };
  return {
    async ask(input, owner, signal) {
      const { turn, stored, remember } = open(input, owner);
      const { response, state } = await engine.ask(turn, stored, signal);
      remember(state);
      return response;
    },
    async *stream(input, owner, signal) {
      const { turn, stored, remember } = open(input, owner);
      for await (const event of engine.stream(turn, stored, signal)) {
        if (event.event === 'remember') remember(event.data);
        else yield event;
      }
    },
  };
}

export function createAskEngine(deps: AskEngineDeps): AskEngine {
  const today = deps.today ?? (() => todayIso());

  async function prepare(input: EngineInput, stored: TurnState | undefined) {
    const understood = understand(input.question, { today: today() });
    const conversationId = input.conversationId;
    // Earlier facts count only for an answer to the question the last answer asked (see conversations.ts).
    const earlier = answersFollowUp(stored, { text: input.question, intents: understood.intents, facts: statedFacts(understood) }) ? stored : undefined;
    const persona: Persona = input.persona ?? understood.persona ?? (earlier?.persona as Persona | undefined) ?? 'school';
    const region = input.region ?? understood.regio ?? earlier?.region;
    const merged = mergeFacts(understood, earlier?.facts ?? {}, input.facts ?? {});
    const intents = understood.intents.length > 0 ? understood.intents : ((earlier?.intents ?? []) as Understanding['intents']);

    // Search and composition read the message as understanding did: shorthand written out, slips corrected.
    const question = understood.tekst || input.question;
    const groundAsked = asksForGround(question);
    const ground = groundAsked ? groundForAction(question, sectorOf(question)) : undefined;
    const outcome = groundDecision(decide(intents, merged, { region, persona, today: today() }), groundAsked, ground);
    const state: TurnState = { intents, facts: merged, followUp: outcome?.followUp.map((f) => f.fact) ?? [], persona, region };

    const query = outcome ? `${question}\n${outcome.searchTerms}` : understood.zoekwoorden ? `${question}\n${understood.zoekwoorden}` : question;
    // Articles named in the question itself, or grounding the action a legal-ground question asks about (not those
    // the rules add to the query), come first.
    const named = legalRefs(question);
    const articles = [...named, ...(ground?.refs ?? []).filter((r) => !named.some((n) => n.id === r.id))];
    const hits = await retrieve(deps.knowledge, query, deps.analyze, region, articles);
    // A question that asks two things is searched for each part too: the whole question's search (and the rules'
    // terms beside a decision) can rank the passage answering the second part out of reach.
    const parts = splitQuestion(question);
    const partHits = parts.length > 1 ? (await Promise.all(parts.map((p) => retrieve(deps.knowledge, p.text, deps.analyze, region, [])))).flatMap((h) => h.slice(0, PART_K)) : [];
    const composed = compose({ question, persona, outcome, hits, partHits, knowledge: deps.knowledge, analyze: deps.analyze, region, facts: merged, begrepen: understood.begrepen, ...(ground ? { ground } : {}) });
    const response: AskResponse = {
      answer: composed.answer,
      citations: composed.citations,
      ...(outcome ? { decision: outcome.decision } : {}),
      ...(outcome && outcome.followUp.length > 0 ? { followUp: outcome.followUp } : {}),
      confidence: composed.confidence,
      conversationId,
    };
    return { response, persona, state };
  }

  async function polish(input: AskInput, persona: Persona, response: AskResponse): Promise<AskResponse> {
    if (!deps.llm || response.citations.length === 0) return response;
    const prose = await deps.llm.compose(
      { question: input.question, persona, decision: response.decision, citations: response.citations },
      deps.redact,
    );
    if (!prose) return response;
    const used = new Set([...prose.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    return { ...response, answer: prose, citations: response.citations.filter((c) => used.has(c.n)) };
  }

  return {
    async ask(input, stored) {
      const { response, persona, state } = await prepare(input, stored);
      return { response: await polish(input, persona, response), state };
    },
    async *stream(input, stored) {
      const { response, persona, state } = await prepare(input, stored);
      yield { event: 'remember', data: state };
      // Decision and sources go out at once; the prose follows (after the LLM, when one is configured).
      if (response.decision) yield { event: 'decision', data: response.decision };
      yield { event: 'citations', data: response.citations };
      const final = await polish(input, persona, response);
      for (const piece of final.answer.match(/[^\n]*\n?/g) ?? []) if (piece) yield { event: 'delta', data: { text: piece } };
      const { citations, decision: _d, ...rest } = final;
      // The LLM may use fewer sources than were announced: `done` then carries the list it really cites.
      yield { event: 'done', data: citations.length === response.citations.length ? rest : { ...rest, citations } };
    },
  };
}

/**
 * A legal-ground question is answered by the article, not by a rules decision. The decision stays only when the
 * question also states a case the rules decide in full (no follow-up) on the very ground asked about; a leave
 * decision on another paragraph, or one still missing facts, would answer a question that was not asked.
 */
export function groundDecision(outcome: RuleOutcome | undefined, groundAsked: boolean, ground: AskedGround | undefined): RuleOutcome | undefined {
  if (!outcome || !groundAsked) return outcome;
  if (!outcome.decided || outcome.followUp.length > 0) return undefined;
  if (ground && !outcome.decision.legalBasis.some((l) => ground.ids.includes(l.id))) return undefined;
  return outcome;
}

/** Passages per part of a question that asks several things, beside the whole question's hits. */
const PART_K = 3;

async function retrieve(knowledge: KnowledgeIndex, query: string, analyze: Analyze, region: string | undefined, articles: LegalRef[]): Promise<SearchHit[]> {
  // A regional protocol answers only where its region was given or inferred; national passages always may.
  return searchReranked(knowledge, query, analyze, { k: RETRIEVE_K, keep: (p) => !p.region || p.region === region, articles });
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));


/** Earlier turns first, then this question's facts, then facts passed explicitly (which win). */
function mergeFacts(u: Understanding, earlier: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  return { ...earlier, ...statedFacts(u), ...defined(given) };
}
