import { beforeAll, describe, expect, it } from 'vitest';
import { answersFollowUp, ConversationStore, type ConversationState, type Turn } from '../../server/ask/conversations.js';
import type { AskResponse } from '../../server/ask/types.js';
import { fullApp } from '../support/full-app.js';

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

describe('answersFollowUp: earlier facts carry over only to an answer to the question asked', () => {
  const earlier = { intents: ['melding'], facts: { ongeoorloofdeUren: 18, soortVerzuim: 'ongeoorloofd' }, followUp: ['leeftijd'], updatedAt: 0 };
  const turn = (text: string, facts: Record<string, unknown>, intents: string[] = []) => ({ text, facts, intents });
  it.each([
    ['hij is 15', { leeftijd: 15 }],
    ['Ze is geboren op 3 maart 2011.', { geboortedatum: '2011-03-03' }],
    ['Hij zit in 3 havo.', { leerjaar: '3 havo', onderwijssoort: 'vo' }],
    ['Hij is 15. Moet ik dan melden?', { leeftijd: 15 }, ['melding']],
  ] as Array<[string, Record<string, unknown>, string[]?]>)('continues: %s', (text, facts, intents = []) => {
    expect(answersFollowUp(earlier, turn(text, facts, intents))).toBe(true);
  });
  it.each([
    ['no question was pending', { ...earlier, followUp: [] }, turn('hij is 15', { leeftijd: 15 })],
    ['the answer states a fact nobody asked for', earlier, turn('Hij heeft 4 uur gespijbeld', { ongeoorloofdeUren: 4 })],
    ['another pupil', earlier, turn('Een andere leerling is 15', { leeftijd: 15 })],
    ['the situation is told again with other values', earlier, turn('Leerling van 12 heeft 4 uur gespijbeld', { leeftijd: 12, ongeoorloofdeUren: 4 })],
    ['a new kind of question', earlier, turn('Is een jongen van 15 leerplichtig?', { leeftijd: 15 }, ['leerplicht'])],
    ['nothing stated', earlier, turn('Waarom?', {})],
    ['no earlier conversation', undefined, turn('hij is 15', { leeftijd: 15 })],
  ] as Array<[string, ConversationState | undefined, Turn]>)('starts fresh when %s', (_, state, t) => {
    expect(answersFollowUp(state, t)).toBe(false);
  });
});

describe('a conversation never carries one pupil to the next (pipeline, issue 11 item 11)', () => {
  let app: Awaited<ReturnType<typeof fullApp>>['app'];
  beforeAll(async () => {
    ({ app } = await fullApp());
  }, 60_000);
  const ask = async (body: Record<string, unknown>): Promise<AskResponse> => {
    // One browser throughout: a conversation continues only for whoever started it.
    const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `ww_gesprek=${'b'.repeat(32)}` }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return (await res.json()) as AskResponse;
  };
  // Earlier turns that leave facts (and a pending question) behind.
  const before = [
    'Moet ik dit melden? Een leerling heeft 18 uur ongeoorloofd verzuimd in 4 lesweken.',
    'Leerling van 15 uit 3 havo heeft 20 uur gespijbeld. Wat moet ik doen?',
    'Mag ik een leerling 3 dagen vrij geven voor de bruiloft van een oom in Marokko?',
    'Mijn zoon is geboren op 3 maart 2011. Is hij nog leerplichtig?',
  ];
  // Fresh, complete questions: their answer must not depend on what came before.
  const fresh = [
    'Een leerling van 12 is 3 dagen ziek geweest en netjes ziekgemeld. Moet ik iets melden?',
    'Moet ik dit melden? Een leerling is vaak te laat.',
    'Is een kind uit groep 5 leerplichtig?',
    'Mag een leerling vrij voor een vakantie buiten de schoolvakanties?',
    'Wat is luxe verzuim?',
  ];
  it('gives every fresh question the same answer with and without an earlier conversation', async () => {
    for (const q of fresh) {
      const alone = await ask({ question: q });
      for (const b of before) {
        const first = await ask({ question: b });
        const after = await ask({ question: q, conversationId: first.conversationId });
        expect({ decision: after.decision, followUp: after.followUp, answer: after.answer }, `${b} → ${q}`).toEqual({ decision: alone.decision, followUp: alone.followUp, answer: alone.answer });
      }
    }
  }, 120_000);
  it('completes the decision when the next message answers the question asked', async () => {
    const first = await ask({ question: 'Moet ik dit melden? Een leerling heeft 18 uur ongeoorloofd verzuimd in 4 lesweken.' });
    expect(first.followUp?.map((f) => f.fact)).toContain('leeftijd');
    const second = await ask({ question: 'hij is 15', conversationId: first.conversationId });
    expect(second.decision?.melding).toBe('16-uur-in-4-weken');
  });
  it('starts fresh when the next message is about another pupil', async () => {
    const first = await ask({ question: 'Moet ik dit melden? Een leerling heeft 18 uur ongeoorloofd verzuimd in 4 lesweken.' });
    const second = await ask({ question: 'Een andere leerling is 15 en moet ik die melden?', conversationId: first.conversationId });
    expect(second.decision?.melding).not.toBe('16-uur-in-4-weken');
  });
});
