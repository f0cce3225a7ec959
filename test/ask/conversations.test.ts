import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../server/ask/conversations.js';

describe('ConversationStore', () => {
  it('keeps facts until the time-to-live passes', () => {
    let t = 0;
    const store = new ConversationStore(1000, 10, () => t);
    store.set('a', { intents: ['melding'], facts: { leeftijd: 15 } });
    t = 999;
    expect(store.get('a')?.facts).toEqual({ leeftijd: 15 });
    t = 2000;
    expect(store.get('a')).toBeUndefined();
  });
  it('drops the least recently written conversation when full', () => {
    const store = new ConversationStore(60_000, 2);
    store.set('a', { intents: [], facts: {} });
    store.set('b', { intents: [], facts: {} });
    store.set('a', { intents: [], facts: { x: 1 } });
    store.set('c', { intents: [], facts: {} });
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')?.facts).toEqual({ x: 1 });
    expect(store.get('c')).toBeDefined();
  });
});
