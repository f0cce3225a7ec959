import type { Citation, Decision, Persona } from '../ask/types.js';
import type { LegalRef } from '../rules/schemas.js';

// The storage interface of the helpdesk. Handlers and services see only these repositories; the SQLite
// implementation (sqlite.ts) can be replaced by a server database without touching them. Every change that must be
// audited takes its audit event, so the change and its audit row are written together or not at all.

export const ROLES = ['school', 'leerplichtambtenaar', 'helpdesk', 'beheer'] as const;
export type Role = (typeof ROLES)[number];

export const DRAFT_STATUSES = ['concept', 'ter-review', 'goedgekeurd', 'afgewezen'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const ENTRY_STATUSES = ['gepubliceerd', 'ingetrokken', 'vervangen'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export type Rating = 'klopt' | 'klopt-niet';

export interface User {
  id: number;
  email: string;
  name?: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  /** Who made this account (audit: who created whom); absent for the first account and for `npm run user:add`. */
  createdBy?: number;
  /** Made by someone else and not yet given an own password: only logging in and changing the password work. */
  mustChangePassword: boolean;
  /** A second factor (TOTP) is asked at login. */
  totpEnabled: boolean;
  /** The helpdesk role was given by beheer and no confirmed helpdesk member has confirmed it yet. */
  rolePending: boolean;
  roleConfirmedBy?: number;
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

export interface AuditEvent {
  actorId?: number;
  action: string;
  entity: 'user' | 'token' | 'draft' | 'kennisbank' | 'feedback' | 'login' | 'toegang' | 'export' | 'privacy';
  entityId: string;
  /** Ids, status values and text hashes only. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRecord extends Required<Omit<AuditEvent, 'actorId'>> {
  id: number;
  at: string;
  actorId?: number;
}

export interface Draft {
  id: number;
  question: string;
  persona: Persona;
  answer: string;
  citations: Citation[];
  decision?: Decision;
  confidence: 'hoog' | 'midden' | 'laag';
  category: string;
  legalIds: string[];
  status: DraftStatus;
  revision: number;
  createdBy: number;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
  reviewerId?: number;
  reviewerEmail?: string;
  reviewComment?: string;
  reviewedAt?: string;
  /** The kennisbank number this draft will replace when approved. */
  supersedesNumber?: number;
}

export interface DraftRevision {
  revision: number;
  question: string;
  answer: string;
  category: string;
  legalIds: string[];
  status: DraftStatus;
  note?: string;
  authorId: number;
  authorEmail: string;
  createdAt: string;
}

export type NewDraft = Pick<Draft, 'question' | 'persona' | 'answer' | 'citations' | 'decision' | 'confidence' | 'category' | 'legalIds' | 'createdBy' | 'supersedesNumber'>;

export interface DraftEdit {
  question?: string;
  answer?: string;
  citations?: Citation[];
  category?: string;
  legalIds?: string[];
  note?: string;
}

export interface DraftQuery {
  status?: DraftStatus;
  /** Words that must all occur in the question or the answer (case-insensitive). */
  text?: string;
  limit: number;
  offset: number;
}

export interface KennisbankEntry {
  id: number;
  /** The question number ("vraag 123"), stable across versions. */
  number: number;
  version: number;
  draftId: number;
  question: string;
  answer: string;
  category: string;
  legalBasis: LegalRef[];
  legalIds: string[];
  status: EntryStatus;
  publishedAt: string;
  publishedBy: number;
  laatstGecontroleerd: string;
  withdrawnAt?: string;
  withdrawnBy?: number;
  withdrawReason?: string;
}

export interface Feedback {
  id: number;
  conversationId?: string;
  draftId?: number;
  /** Masked before storage. */
  question?: string;
  rating: Rating;
  comment?: string;
  userId?: number;
  createdAt: string;
  newDraftId?: number;
}

export class ConflictError extends Error {}

/**
 * The disk (or its quota) is full, or the database could not write: nothing was saved. `full` tells a full disk
 * (507, the operator must make room) from another write failure (503, try again).
 */
export class StorageError extends Error {
  constructor(readonly full: boolean, readonly code: string) {
    super(full ? 'opslag vol' : 'schrijffout');
  }
}

export interface UserChange {
  name?: string;
  role?: Role;
  active?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
  rolePending?: boolean;
  roleConfirmedBy?: number;
}

export interface UserRepository {
  create(
    u: { email: string; name?: string; role: Role; passwordHash: string; createdBy?: number; mustChangePassword?: boolean; rolePending?: boolean },
    audit: Omit<AuditEvent, 'entityId'>,
  ): Promise<User>;
  get(id: number): Promise<User | undefined>;
  /** The user, the stored password hash and the TOTP secret, for login and re-authentication only. */
  credentials(email: string): Promise<{ user: User; passwordHash: string; totpSecret?: string } | undefined>;
  list(): Promise<User[]>;
  update(id: number, change: UserChange, audit: AuditEvent): Promise<User | undefined>;
  /** Stores a TOTP secret (enabled = false until confirmed with a code), enables it, or removes it (secret null). */
  setTotp(id: number, totp: { secret: string | null; enabled: boolean }, audit: AuditEvent): Promise<void>;
  countActive(role: Role): Promise<number>;
}

export interface SessionRepository {
  /** `at` is the moment of login (the service's clock); now when absent. */
  create(s: { tokenHash: string; userId: number; expiresAt: string; at?: string }): Promise<void>;
  /** The active user of a live session that was used after `idleSince`; marks it used at `now`. */
  user(tokenHash: string, now: string, idleSince: string): Promise<User | undefined>;
  delete(tokenHash: string): Promise<void>;
  purgeExpired(now: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
}

export interface TokenRepository {
  create(t: { userId: number; name: string; tokenHash: string; expiresAt: string }, audit: Omit<AuditEvent, 'entityId'>): Promise<ApiToken>;
  /** The active user of an unrevoked, unexpired token; records its use. */
  user(tokenHash: string, now: string): Promise<User | undefined>;
  list(userId: number): Promise<ApiToken[]>;
  revoke(userId: number, id: number, audit: AuditEvent): Promise<boolean>;
  /** Revokes every live token of a user (password changed); returns how many. */
  revokeAll(userId: number, at: string): Promise<number>;
}

export interface DraftRepository {
  create(d: NewDraft, audit: Omit<AuditEvent, 'entityId'>): Promise<Draft>;
  get(id: number): Promise<Draft | undefined>;
  list(q: DraftQuery): Promise<{ drafts: Draft[]; total: number }>;
  /** Saves an edit as a new revision; ConflictError when `expectedRevision` is no longer current. */
  edit(id: number, edit: DraftEdit, by: number, expectedRevision: number | undefined, audit: AuditEvent): Promise<Draft>;
  /** Moves the status if it is still `from`; ConflictError otherwise. */
  setStatus(id: number, from: DraftStatus, to: DraftStatus, review: { by: number; comment?: string }, audit: AuditEvent): Promise<Draft>;
  revisions(id: number): Promise<DraftRevision[]>;
  /** Who wrote text of the draft: its creator and every editor. */
  authors(id: number): Promise<number[]>;
  /** Deletes drafts that were never published and not touched since `before` (retention); returns how many. */
  forgetOld(before: string): Promise<number>;
}

export interface KennisbankRepository {
  /** The number a new question gets ("vraag N"). */
  nextNumber(): Promise<number>;
  /**
   * Approves the draft (if its status is still `fromStatus`, else ConflictError) and publishes it as `number`
   * version `version`, marking the previous live version `vervangen` — one transaction.
   */
  publish(
    p: { draftId: number; fromStatus: DraftStatus; by: number; comment?: string; at: string; number: number; version: number; legalBasis: LegalRef[] },
    audit: AuditEvent[],
  ): Promise<KennisbankEntry>;
  live(number: number): Promise<KennisbankEntry | undefined>;
  /** Every version of a number, oldest first. */
  versions(number: number): Promise<KennisbankEntry[]>;
  list(status?: EntryStatus): Promise<KennisbankEntry[]>;
  withdraw(number: number, by: number, reason: string, at: string, audit: AuditEvent): Promise<KennisbankEntry | undefined>;
  markChecked(number: number, date: string, audit: AuditEvent): Promise<KennisbankEntry | undefined>;
}

export interface FeedbackRepository {
  create(f: Omit<Feedback, 'id' | 'createdAt' | 'newDraftId'>): Promise<Feedback>;
  get(id: number): Promise<Feedback | undefined>;
  list(q: { rating?: Rating; limit: number; offset: number }): Promise<{ feedback: Feedback[]; total: number }>;
  linkDraft(id: number, draftId: number): Promise<void>;
  /** Erases question and comment of feedback older than `before` (retention); returns how many. */
  forgetText(before: string): Promise<number>;
}

/** What an erasure request for one data subject found and did. */
export interface ErasureResult {
  /** Unpublished drafts deleted with all their revisions. */
  concepten: number[];
  /** Feedback whose question and comment were erased. */
  feedback: number[];
  /** Published kennisbank numbers that mention the person: a helpdesk member must withdraw or revise them. */
  kennisbank: number[];
}

export interface PrivacyRepository {
  /** Finds every stored free text containing `term` (case-insensitive); erases it unless `dryRun`. */
  erase(term: string, dryRun: boolean, audit: AuditEvent): Promise<ErasureResult>;
}

export interface AuditRepository {
  /** An event without a change of its own: a login, a lockout, a refusal, an export. */
  record(e: AuditEvent): Promise<void>;
  list(q: { entity?: AuditEvent['entity']; entityId?: string; limit: number; offset: number }): Promise<AuditRecord[]>;
}

export interface Store {
  users: UserRepository;
  sessions: SessionRepository;
  tokens: TokenRepository;
  drafts: DraftRepository;
  kennisbank: KennisbankRepository;
  feedback: FeedbackRepository;
  audit: AuditRepository;
  privacy: PrivacyRepository;
  close(): void;
}
