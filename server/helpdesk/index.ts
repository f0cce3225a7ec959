import type { AuthConfig } from '../auth/config.js';
import { createAuthService, type AuthService } from '../auth/service.js';
import type { Store } from '../store/types.js';
import { createDrafts, type Ask, type Drafts } from './drafts.js';
import { createFeedback, type FeedbackService } from './feedback.js';
import { createKennisbank, type Kennisbank, type KennisbankPublisher } from './kennisbank.js';
import { ruleChanges as defaultRuleChanges, type RuleChange } from './rule-changes.js';

// Wires the helpdesk services over one store; the HTTP layer gets this object and nothing else.

export interface HelpdeskOptions {
  store: Store;
  ask: Ask;
  publisher: KennisbankPublisher;
  redact: (text: string) => string;
  config: AuthConfig;
  ruleChanges?: () => RuleChange[];
  now?: () => Date;
  /** log2 of scrypt's N (tests lower it). */
  passwordCost?: number;
}

export interface Helpdesk {
  store: Store;
  config: AuthConfig;
  auth: AuthService;
  drafts: Drafts;
  kennisbank: Kennisbank;
  feedback: FeedbackService;
  /** Retention of feedback text and unpublished drafts; run at start-up and daily (main.ts). */
  forgetOld(): Promise<{ feedback: number; concepten: number }>;
}

export function createHelpdesk(o: HelpdeskOptions): Helpdesk {
  const now = o.now ?? (() => new Date());
  const kennisbank = createKennisbank({
    store: o.store,
    publisher: o.publisher,
    name: o.config.KENNISBANK_NAME,
    maxAgeDays: o.config.KENNISBANK_MAX_AGE_DAYS,
    ruleChanges: o.ruleChanges ?? defaultRuleChanges,
    now,
  });
  const drafts = createDrafts({ store: o.store, ask: o.ask, redact: o.redact, kennisbank, retentionDays: o.config.DRAFT_RETENTION_DAYS, now });
  const feedback = createFeedback({ store: o.store, drafts, redact: o.redact, retentionDays: o.config.FEEDBACK_RETENTION_DAYS, now });
  return {
    store: o.store,
    config: o.config,
    auth: createAuthService(o.store, o.config, { now: () => now().getTime(), passwordCost: o.passwordCost }),
    drafts,
    kennisbank,
    feedback,
    async forgetOld() {
      return { feedback: await feedback.forgetOld(), concepten: await drafts.forgetOld() };
    },
  };
}
