import { createApp } from '../../server/app.js';
import type { AskInput, AskResponse } from '../../server/ask/types.js';
import { readAuthConfig } from '../../server/auth/config.js';
import { hashSecret, newSecret } from '../../server/auth/secrets.js';
import { createHelpdesk } from '../../server/helpdesk/index.js';
import type { KennisbankPublisher } from '../../server/helpdesk/kennisbank.js';
import type { RuleChange } from '../../server/helpdesk/rule-changes.js';
import type { KnowledgeIndex, Passage } from '../../server/index/passage.js';
import type { RuntimeDocument } from '../../server/index/knowledge-index.js';
import { redactText } from '../../server/privacy/redact.js';
import { openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';
import { ROLES, type Role, type User } from '../../server/store/types.js';
import { emptyIndex } from '../support/empty-index.js';

// A helpdesk app over an in-memory database, a fake ask pipeline and (unless given) a publisher that records
// documents; one logged-in session per role.

export const PASSWORD = 'correct-paard-batterij-nietje';

/** A role, or 'collega': a second helpdesk member who reviews what 'helpdesk' wrote. */
export type Who = Role | 'collega';

export const fakeAnswer: AskResponse = {
  answer: 'De directeur beslist over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen [1].',
  citations: [{ n: 1, id: 'lpw:artikel-14:1', title: 'Leerplichtwet 1969', section: 'Artikel 14', quote: 'De directeur beslist tot en met 10 schooldagen.' }],
  decision: {
    type: 'verlof',
    toegestaan: 'afhankelijk',
    beslisser: 'directeur',
    legalBasis: [{ id: 'lpw:14', label: 'Leerplichtwet 1969, artikel 14, eerste lid' }],
    steps: ['Verlof wegens gewichtige omstandigheden, hoogstens 10 dagen: de directeur beslist.'],
  },
  confidence: 'hoog',
};

export function recordingPublisher() {
  const docs = new Map<string, RuntimeDocument>();
  const publisher: KennisbankPublisher = {
    async upsertDocument(doc) {
      docs.set(doc.id, doc);
      return [];
    },
    async removeDocument(id) {
      return docs.delete(id);
    },
    passages: () =>
      [...docs.values()].map((d) => ({ id: `${d.id}:1`, documentId: d.id, title: d.title, type: 'kennisbank', legalIds: d.legalIds ?? [], text: d.body }) satisfies Passage),
  };
  return { docs, publisher };
}

export async function setup(opts: {
  publisher?: KennisbankPublisher;
  knowledge?: KnowledgeIndex;
  env?: NodeJS.ProcessEnv;
  ruleChanges?: () => RuleChange[];
  now?: () => Date;
  realAsk?: boolean;
} = {}) {
  const store = createSqliteStore(openDatabase(':memory:'));
  const asked: AskInput[] = [];
  const recorded = recordingPublisher();
  const config = readAuthConfig(opts.env ?? {});
  const knowledge = opts.knowledge ?? emptyIndex();
  const helpdesk = createHelpdesk({
    store,
    ask: async (input) => {
      asked.push(input);
      return fakeAnswer;
    },
    publisher: opts.publisher ?? recorded.publisher,
    redact: redactText,
    config,
    ruleChanges: opts.ruleChanges ?? (() => []),
    now: opts.now,
  });
  const app = createApp({ version: 't', knowledge, llmEnabled: false, helpdesk });

  // One account per role, plus a second helpdesk member ('collega'): a draft is reviewed by someone who did not write it.
  const users = {} as Record<Who, User>;
  const cookies = {} as Record<Who, string>;
  for (const [who, role] of [...ROLES.map((r) => [r, r] as const), ['collega', 'helpdesk'] as const]) {
    users[who] = await store.users.create({ email: `${who}@example.nl`, role, passwordHash: 'niet-gebruikt' }, { action: 'user.created', entity: 'user' });
    const secret = newSecret();
    await store.sessions.create({ tokenHash: hashSecret(secret), userId: users[who].id, expiresAt: '2999-01-01T00:00:00.000Z' });
    cookies[who] = `ww_sessie=${secret}`;
  }

  /** A request as `who` (undefined = anonymous), JSON body when given. */
  const call = (who: Who | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: { ...(who && { cookie: cookies[who] }), ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });

  return { app, store, helpdesk, users, cookies, call, asked, docs: recorded.docs };
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
