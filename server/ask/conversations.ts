// Multi-turn memory: the facts of a conversation (never its text), kept in memory for a limited time, and the rule
// for when they carry over: only to an answer to the question the previous answer asked (its followUp). A new
// question, a question about another pupil, or one that restates the situation starts from its own facts alone, so
// one pupil's facts never decide about the next (issue 11 item 11).

export interface ConversationState {
  intents: string[];
  facts: Record<string, unknown>;
  /** The facts the last answer asked for: only an answer to these continues the conversation. */
  followUp?: string[];
  persona?: string;
  region?: string;
  /** Who started the conversation (a user or a browser cookie, see ask-routes.ts); '' when asked in-process. */
  owner?: string;
  updatedAt: number;
}

/** Where conversations are kept; the store below, in the thread that serves HTTP. */
export interface Conversations {
  get(id: string): ConversationState | undefined;
  set(id: string, state: Omit<ConversationState, 'updatedAt'>): void;
}

/** One turn as understood from its own text. */
export interface Turn {
  text: string;
  intents: string[];
  /** Facts stated in this message (not those passed explicitly in the request). */
  facts: Record<string, unknown>;
}

/** Facts that answer the question for another fact: "Hoe oud is de leerling?" is answered by an age, a birth date or a class. */
const ANSWERS: Record<string, string[]> = {
  leeftijd: ['leeftijd', 'geboortedatum', 'leerjaar', 'onderwijssoort'],
  geboortedatum: ['geboortedatum', 'leeftijd'],
  dagen: ['dagen', 'verzuimDagen'],
  verzuimDagen: ['verzuimDagen', 'dagen'],
};
/** Not about the pupil: set on every leerplicht turn or about the asker. */
const META = new Set(['peildatum', 'persona', 'regio']);
const OTHER_PUPIL = /\b(?:een |de |mijn |onze )?(?:andere|nieuwe|volgende|tweede) (?:leerling|student|kind|zoon|dochter|casus|situatie|jongere)\b|\bnog een (?:vraag|leerling|casus|kind)\b|\b(?:iets anders|ander geval)\b/i;

/** Whether this turn answers the previous answer's follow-up question about the same pupil. */
export function answersFollowUp(earlier: Omit<ConversationState, 'updatedAt'> | undefined, turn: Turn): boolean {
  if (!earlier?.followUp?.length || OTHER_PUPIL.test(turn.text)) return false;
  const stated = Object.keys(turn.facts).filter((k) => turn.facts[k] !== undefined && !META.has(k));
  const answering = new Set(earlier.followUp.flatMap((f) => ANSWERS[f] ?? [f]));
  if (!stated.some((k) => answering.has(k))) return false;
  // A new kind of question, or the same facts told again with other values, is a new situation.
  if (turn.intents.some((i) => !earlier.intents.includes(i))) return false;
  return !stated.some((k) => !answering.has(k) && earlier.facts[k] !== undefined && JSON.stringify(earlier.facts[k]) !== JSON.stringify(turn.facts[k]));
}

export class ConversationStore implements Conversations {
  private readonly items = new Map<string, ConversationState>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly maxItems = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): ConversationState | undefined {
    const item = this.items.get(id);
    if (!item) return undefined;
    if (this.now() - item.updatedAt > this.ttlMs) {
      this.items.delete(id);
      return undefined;
    }
    return item;
  }

  set(id: string, state: Omit<ConversationState, 'updatedAt'>): void {
    this.items.delete(id); // re-insert so Map order is least-recently-used first
    this.items.set(id, { ...state, updatedAt: this.now() });
    while (this.items.size > this.maxItems) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
  }
}
