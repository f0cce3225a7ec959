// Multi-turn memory: the facts of a conversation (never its text), kept in memory for a limited time.

export interface ConversationState {
  intents: string[];
  facts: Record<string, unknown>;
  persona?: string;
  region?: string;
  updatedAt: number;
}

export class ConversationStore {
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
