import type { Db } from './db.js';
import {
  ConflictError,
  StorageError,
  type ApiToken,
  type AuditEvent,
  type AuditRecord,
  type Draft,
  type DraftRevision,
  type DraftStatus,
  type ErasureResult,
  type Feedback,
  type KennisbankEntry,
  type Role,
  type Store,
  type User,
} from './types.js';

// The SQLite implementation of the repositories. better-sqlite3 is synchronous; the async interface is for a
// future server database. Multi-row changes run in one IMMEDIATE transaction together with their audit rows.

type Row = Record<string, unknown>;

const now = () => new Date().toISOString();
const opt = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));
const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : fallback);

function toUser(r: Row): User {
  return {
    id: r.id as number,
    email: r.email as string,
    ...(r.name != null && { name: r.name as string }),
    role: r.role as Role,
    active: r.active === 1,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    ...(r.created_by != null && { createdBy: r.created_by as number }),
    mustChangePassword: r.must_change_password === 1,
    totpEnabled: r.totp_enabled === 1,
    rolePending: r.role_pending === 1,
    ...(r.role_confirmed_by != null && { roleConfirmedBy: r.role_confirmed_by as number }),
  };
}

function toToken(r: Row): ApiToken {
  return {
    id: r.id as number,
    userId: r.user_id as number,
    name: r.name as string,
    createdAt: r.created_at as string,
    expiresAt: r.expires_at as string,
    ...(r.last_used_at != null && { lastUsedAt: r.last_used_at as string }),
    ...(r.revoked_at != null && { revokedAt: r.revoked_at as string }),
  };
}

function toDraft(r: Row): Draft {
  const decision = opt<string>(r.decision);
  return {
    id: r.id as number,
    question: r.question as string,
    persona: r.persona as Draft['persona'],
    answer: r.answer as string,
    citations: json(r.citations, []),
    ...(decision && { decision: JSON.parse(decision) }),
    confidence: r.confidence as Draft['confidence'],
    category: r.category as string,
    legalIds: json(r.legal_ids, []),
    status: r.status as DraftStatus,
    revision: r.revision as number,
    createdBy: r.created_by as number,
    createdByEmail: r.created_by_email as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    ...(r.reviewer_id != null && { reviewerId: r.reviewer_id as number, reviewerEmail: r.reviewer_email as string }),
    ...(r.review_comment != null && { reviewComment: r.review_comment as string }),
    ...(r.reviewed_at != null && { reviewedAt: r.reviewed_at as string }),
    ...(r.supersedes_number != null && { supersedesNumber: r.supersedes_number as number }),
  };
}

function toRevision(r: Row): DraftRevision {
  return {
    revision: r.revision as number,
    question: r.question as string,
    answer: r.answer as string,
    category: r.category as string,
    legalIds: json(r.legal_ids, []),
    status: r.status as DraftStatus,
    ...(r.note != null && { note: r.note as string }),
    authorId: r.author_id as number,
    authorEmail: r.author_email as string,
    createdAt: r.created_at as string,
  };
}

function toEntry(r: Row): KennisbankEntry {
  return {
    id: r.id as number,
    number: r.number as number,
    version: r.version as number,
    draftId: r.draft_id as number,
    question: r.question as string,
    answer: r.answer as string,
    category: r.category as string,
    legalBasis: json(r.legal_basis, []),
    legalIds: json(r.legal_ids, []),
    status: r.status as KennisbankEntry['status'],
    publishedAt: r.published_at as string,
    publishedBy: r.published_by as number,
    laatstGecontroleerd: r.laatst_gecontroleerd as string,
    ...(r.withdrawn_at != null && { withdrawnAt: r.withdrawn_at as string }),
    ...(r.withdrawn_by != null && { withdrawnBy: r.withdrawn_by as number }),
    ...(r.withdraw_reason != null && { withdrawReason: r.withdraw_reason as string }),
  };
}

function toFeedback(r: Row): Feedback {
  return {
    id: r.id as number,
    ...(r.conversation_id != null && { conversationId: r.conversation_id as string }),
    ...(r.draft_id != null && { draftId: r.draft_id as number }),
    ...(r.question != null && { question: r.question as string }),
    rating: r.rating as Feedback['rating'],
    ...(r.comment != null && { comment: r.comment as string }),
    ...(r.user_id != null && { userId: r.user_id as number }),
    createdAt: r.created_at as string,
    ...(r.new_draft_id != null && { newDraftId: r.new_draft_id as number }),
  };
}

function toAudit(r: Row): AuditRecord {
  return {
    id: r.id as number,
    at: r.at as string,
    ...(r.actor_id != null && { actorId: r.actor_id as number }),
    action: r.action as string,
    entity: r.entity as AuditRecord['entity'],
    entityId: r.entity_id as string,
    detail: json(r.detail, {}),
  };
}

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
const likeTerm = (w: string) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** SQLite and file-system codes that mean the write did not reach the disk. */
function storageError(err: unknown): StorageError | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new StorageError(true, code);
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EIO') return new StorageError(false, code);
  return undefined;
}

/**
 * Every repository method, with a failed write (full disk, I/O error) turned into a StorageError the HTTP layer
 * answers with 507/503. SQLite rolls the transaction back, so nothing half-written stays and the server stays up.
 */
function guardStorage(store: Store): Store {
  const wrap = <R extends object>(repo: R): R =>
    Object.fromEntries(
      Object.entries(repo).map(([name, fn]) => [
        name,
        async (...args: unknown[]) => {
          try {
            return await (fn as (...a: unknown[]) => unknown)(...args);
          } catch (err) {
            throw storageError(err) ?? err;
          }
        },
      ]),
    ) as R;
  return {
    users: wrap(store.users),
    sessions: wrap(store.sessions),
    tokens: wrap(store.tokens),
    drafts: wrap(store.drafts),
    kennisbank: wrap(store.kennisbank),
    feedback: wrap(store.feedback),
    audit: wrap(store.audit),
    privacy: wrap(store.privacy),
    close: store.close,
  };
}

/**
 * A bookkeeping write on a read path (last use of a session or token): on a full disk it is skipped, so reading
 * keeps working; a missed mark only makes an idle session end a little earlier.
 */
function bestEffort(write: () => unknown): void {
  try {
    write();
  } catch (err) {
    if (!storageError(err)) throw err;
  }
}

export function createSqliteStore(db: Db): Store {
  return guardStorage(sqliteRepositories(db));
}

function sqliteRepositories(db: Db): Store {
  const tx = <T>(fn: () => T): T => db.transaction(fn).immediate();
  const insertAudit = db.prepare('INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)');
  const audit = (e: AuditEvent, at = now()) =>
    insertAudit.run(at, e.actorId ?? null, e.action, e.entity, e.entityId, JSON.stringify(e.detail ?? {}));

  const getUser = db.prepare('SELECT * FROM users WHERE id = ?');
  // Drafts carry the e-mail of author and reviewer, so the helpdesk sees who without needing the user list.
  const DRAFT_SELECT = `SELECT d.*, cu.email AS created_by_email, ru.email AS reviewer_email FROM drafts d
    JOIN users cu ON cu.id = d.created_by LEFT JOIN users ru ON ru.id = d.reviewer_id`;
  const getDraft = db.prepare(`${DRAFT_SELECT} WHERE d.id = ?`);
  const insertRevision = db.prepare(
    `INSERT INTO draft_revisions (draft_id, revision, question, answer, category, legal_ids, status, note, author_id, created_at)
     VALUES (@id, @revision, @question, @answer, @category, @legal_ids, @status, @note, @author, @at)`,
  );
  const draftRow = (id: number) => getDraft.get(id) as Row | undefined;
  /** A draft and its revisions; feedback about it keeps its rating but no longer points at it. */
  const deleteDraft = (id: number) => {
    db.prepare('UPDATE feedback SET draft_id = NULL WHERE draft_id = ?').run(id);
    db.prepare('UPDATE feedback SET new_draft_id = NULL WHERE new_draft_id = ?').run(id);
    db.prepare('DELETE FROM draft_revisions WHERE draft_id = ?').run(id);
    db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
  };
  const entryOf = (number: number, version: number) =>
    toEntry(db.prepare('SELECT * FROM kennisbank_entries WHERE number = ? AND version = ?').get(number, version) as Row);
  const liveRow = (number: number) =>
    db.prepare("SELECT * FROM kennisbank_entries WHERE number = ? AND status = 'gepubliceerd'").get(number) as Row | undefined;

  return {
    users: {
      async create(u, a) {
        return tx(() => {
          const at = now();
          try {
            const { lastInsertRowid } = db
              .prepare(
                'INSERT INTO users (email, name, role, password_hash, created_at, updated_at, created_by, must_change_password, role_pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
              )
              .run(u.email, u.name ?? null, u.role, u.passwordHash, at, at, u.createdBy ?? null, u.mustChangePassword ? 1 : 0, u.rolePending ? 1 : 0);
            audit({ ...a, entityId: String(lastInsertRowid) }, at);
            return toUser(getUser.get(lastInsertRowid) as Row);
          } catch (err) {
            if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new ConflictError('e-mail bestaat al');
            throw err;
          }
        });
      },
      async get(id) {
        const r = getUser.get(id) as Row | undefined;
        return r && toUser(r);
      },
      async credentials(email) {
        const r = db.prepare('SELECT * FROM users WHERE email = ?').get(email) as Row | undefined;
        return r && { user: toUser(r), passwordHash: r.password_hash as string, ...(r.totp_secret != null && { totpSecret: r.totp_secret as string }) };
      },
      async list() {
        return (db.prepare('SELECT * FROM users ORDER BY email').all() as Row[]).map(toUser);
      },
      async update(id, change, a) {
        return tx(() => {
          if (!getUser.get(id)) return undefined;
          const at = now();
          const sets: string[] = ['updated_at = @at'];
          if (change.name !== undefined) sets.push('name = @name');
          if (change.role !== undefined) sets.push('role = @role');
          if (change.active !== undefined) sets.push('active = @active');
          if (change.passwordHash !== undefined) sets.push('password_hash = @passwordHash', 'password_changed_at = @at');
          if (change.mustChangePassword !== undefined) sets.push('must_change_password = @mustChange');
          if (change.rolePending !== undefined) sets.push('role_pending = @rolePending', 'role_confirmed_by = @confirmedBy');
          db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = @id`).run({
            id,
            at,
            name: change.name ?? null,
            role: change.role ?? null,
            active: change.active === undefined ? null : change.active ? 1 : 0,
            passwordHash: change.passwordHash ?? null,
            mustChange: change.mustChangePassword ? 1 : 0,
            rolePending: change.rolePending ? 1 : 0,
            confirmedBy: change.roleConfirmedBy ?? null,
          });
          audit(a, at);
          return toUser(getUser.get(id) as Row);
        });
      },
      async setTotp(id, totp, a) {
        tx(() => {
          db.prepare('UPDATE users SET totp_secret = ?, totp_enabled = ?, updated_at = ? WHERE id = ?').run(totp.secret, totp.enabled ? 1 : 0, now(), id);
          audit(a);
        });
      },
      async countActive(role) {
        return (db.prepare('SELECT count(*) AS n FROM users WHERE role = ? AND active = 1').get(role) as { n: number }).n;
      },
    },

    sessions: {
      async create(s) {
        const at = s.at ?? now();
        db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)').run(s.tokenHash, s.userId, at, s.expiresAt, at);
      },
      async user(tokenHash, at, idleSince) {
        const r = db
          .prepare(
            'SELECT u.*, s.last_seen_at AS seen FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND s.last_seen_at > ? AND u.active = 1',
          )
          .get(tokenHash, at, idleSince) as Row | undefined;
        if (!r) return undefined;
        // At most one write a minute per session: reading a page must not become a stream of writes.
        if ((r.seen as string) < new Date(Date.parse(at) - 60_000).toISOString()) {
          bestEffort(() => db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(at, tokenHash));
        }
        return toUser(r);
      },
      async delete(tokenHash) {
        db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
      },
      async purgeExpired(at) {
        db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(at);
      },
      async deleteForUser(userId) {
        db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
      },
    },

    tokens: {
      async create(t, a) {
        return tx(() => {
          const at = now();
          const { lastInsertRowid } = db
            .prepare('INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
            .run(t.userId, t.name, t.tokenHash, at, t.expiresAt);
          audit({ ...a, entityId: String(lastInsertRowid) }, at);
          return toToken(db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(lastInsertRowid) as Row);
        });
      },
      async user(tokenHash, at) {
        const r = db
          .prepare(
            'SELECT u.*, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.active = 1',
          )
          .get(tokenHash, at) as Row | undefined;
        if (!r) return undefined;
        bestEffort(() => db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, r.token_id));
        return toUser(r);
      },
      async revokeAll(userId, at) {
        return db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId).changes;
      },
      async list(userId) {
        return (db.prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY id').all(userId) as Row[]).map(toToken);
      },
      async revoke(userId, id, a) {
        return tx(() => {
          const at = now();
          const { changes } = db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL').run(at, id, userId);
          if (changes) audit(a, at);
          return changes > 0;
        });
      },
    },

    drafts: {
      async create(d, a) {
        return tx(() => {
          const at = now();
          const { lastInsertRowid } = db
            .prepare(
              `INSERT INTO drafts (question, persona, answer, citations, decision, confidence, category, legal_ids, created_by, created_at, updated_at, supersedes_number)
               VALUES (@question, @persona, @answer, @citations, @decision, @confidence, @category, @legal_ids, @created_by, @at, @at, @supersedes)`,
            )
            .run({
              question: d.question,
              persona: d.persona,
              answer: d.answer,
              citations: JSON.stringify(d.citations),
              decision: d.decision ? JSON.stringify(d.decision) : null,
              confidence: d.confidence,
              category: d.category,
              legal_ids: JSON.stringify(d.legalIds),
              created_by: d.createdBy,
              at,
              supersedes: d.supersedesNumber ?? null,
            });
          const id = Number(lastInsertRowid);
          insertRevision.run({
            id,
            revision: 1,
            question: d.question,
            answer: d.answer,
            category: d.category,
            legal_ids: JSON.stringify(d.legalIds),
            status: 'concept',
            note: null,
            author: d.createdBy,
            at,
          });
          audit({ ...a, entityId: String(id) }, at);
          return toDraft(draftRow(id)!);
        });
      },
      async get(id) {
        const r = draftRow(id);
        return r && toDraft(r);
      },
      async list(q) {
        const where: string[] = [];
        const params: unknown[] = [];
        if (q.status) {
          where.push('d.status = ?');
          params.push(q.status);
        }
        for (const word of (q.text ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
          where.push("(d.question LIKE ? ESCAPE '\\' OR d.answer LIKE ? ESCAPE '\\')");
          params.push(likeTerm(word), likeTerm(word));
        }
        const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
        const total = (db.prepare(`SELECT count(*) AS n FROM drafts d ${clause}`).get(...params) as { n: number }).n;
        const rows = db.prepare(`${DRAFT_SELECT} ${clause} ORDER BY d.updated_at DESC, d.id DESC LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Row[];
        return { drafts: rows.map(toDraft), total };
      },
      async edit(id, e, by, expected, a) {
        return tx(() => {
          const r = draftRow(id);
          if (!r) throw new ConflictError('onbekend');
          const cur = toDraft(r);
          if (expected !== undefined && expected !== cur.revision) throw new ConflictError('revisie');
          const next = {
            question: e.question ?? cur.question,
            answer: e.answer ?? cur.answer,
            category: e.category ?? cur.category,
            legal_ids: JSON.stringify(e.legalIds ?? cur.legalIds),
          };
          const at = now();
          const revision = cur.revision + 1;
          db.prepare(
            'UPDATE drafts SET question = @question, answer = @answer, citations = @citations, category = @category, legal_ids = @legal_ids, revision = @revision, updated_at = @at WHERE id = @id',
          ).run({ ...next, citations: JSON.stringify(e.citations ?? cur.citations), revision, at, id });
          insertRevision.run({ id, revision, ...next, status: cur.status, note: e.note ?? null, author: by, at });
          audit({ ...a, detail: { ...a.detail, revision } }, at);
          return toDraft(draftRow(id)!);
        });
      },
      async setStatus(id, from, to, review, a) {
        return tx(() => {
          const at = now();
          const { changes } = db
            .prepare('UPDATE drafts SET status = ?, reviewer_id = ?, review_comment = ?, reviewed_at = ?, updated_at = ? WHERE id = ? AND status = ?')
            .run(to, review.by, review.comment ?? null, at, at, id, from);
          if (!changes) throw new ConflictError('status');
          audit(a, at);
          return toDraft(draftRow(id)!);
        });
      },
      async revisions(id) {
        return (
          db.prepare('SELECT r.*, u.email AS author_email FROM draft_revisions r JOIN users u ON u.id = r.author_id WHERE r.draft_id = ? ORDER BY r.revision').all(id) as Row[]
        ).map(toRevision);
      },
      async authors(id) {
        return (db.prepare('SELECT DISTINCT author_id AS id FROM draft_revisions WHERE draft_id = ?').all(id) as { id: number }[]).map((r) => r.id);
      },
      async forgetOld(before) {
        return tx(() => {
          const ids = (
            db.prepare("SELECT id FROM drafts WHERE status <> 'goedgekeurd' AND updated_at < ? AND id NOT IN (SELECT draft_id FROM kennisbank_entries)").all(before) as { id: number }[]
          ).map((r) => r.id);
          ids.forEach(deleteDraft);
          return ids.length;
        });
      },
    },

    kennisbank: {
      async nextNumber() {
        return (db.prepare('SELECT coalesce(max(number), 0) + 1 AS n FROM kennisbank_entries').get() as { n: number }).n;
      },
      async publish(p, events) {
        return tx(() => {
          const { changes } = db
            .prepare("UPDATE drafts SET status = 'goedgekeurd', reviewer_id = ?, review_comment = ?, reviewed_at = ?, updated_at = ? WHERE id = ? AND status = ?")
            .run(p.by, p.comment ?? null, p.at, p.at, p.draftId, p.fromStatus);
          if (!changes) throw new ConflictError('status');
          const d = toDraft(draftRow(p.draftId)!);
          db.prepare("UPDATE kennisbank_entries SET status = 'vervangen' WHERE number = ? AND status = 'gepubliceerd'").run(p.number);
          db.prepare(
            `INSERT INTO kennisbank_entries (number, version, draft_id, question, answer, category, legal_basis, legal_ids, status, published_at, published_by, laatst_gecontroleerd)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gepubliceerd', ?, ?, ?)`,
          ).run(p.number, p.version, d.id, d.question, d.answer, d.category, JSON.stringify(p.legalBasis), JSON.stringify(d.legalIds), p.at, p.by, p.at.slice(0, 10));
          for (const e of events) audit(e, p.at);
          return entryOf(p.number, p.version);
        });
      },
      async live(number) {
        const r = liveRow(number);
        return r && toEntry(r);
      },
      async versions(number) {
        return (db.prepare('SELECT * FROM kennisbank_entries WHERE number = ? ORDER BY version').all(number) as Row[]).map(toEntry);
      },
      async list(status) {
        const rows = status
          ? db.prepare('SELECT * FROM kennisbank_entries WHERE status = ? ORDER BY number, version').all(status)
          : db.prepare('SELECT * FROM kennisbank_entries ORDER BY number, version').all();
        return (rows as Row[]).map(toEntry);
      },
      async withdraw(number, by, reason, at, a) {
        return tx(() => {
          const r = liveRow(number);
          if (!r) return undefined;
          db.prepare("UPDATE kennisbank_entries SET status = 'ingetrokken', withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?").run(at, by, reason, r.id);
          audit(a, at);
          return entryOf(number, r.version as number);
        });
      },
      async markChecked(number, date, a) {
        return tx(() => {
          const r = liveRow(number);
          if (!r) return undefined;
          db.prepare('UPDATE kennisbank_entries SET laatst_gecontroleerd = ? WHERE id = ?').run(date, r.id);
          audit(a);
          return entryOf(number, r.version as number);
        });
      },
    },

    feedback: {
      async create(f) {
        const { lastInsertRowid } = db
          .prepare('INSERT INTO feedback (conversation_id, draft_id, question, rating, comment, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(f.conversationId ?? null, f.draftId ?? null, f.question ?? null, f.rating, f.comment ?? null, f.userId ?? null, now());
        return toFeedback(db.prepare('SELECT * FROM feedback WHERE id = ?').get(lastInsertRowid) as Row);
      },
      async get(id) {
        const r = db.prepare('SELECT * FROM feedback WHERE id = ?').get(id) as Row | undefined;
        return r && toFeedback(r);
      },
      async list(q) {
        const clause = q.rating ? 'WHERE rating = ?' : '';
        const params = q.rating ? [q.rating] : [];
        const total = (db.prepare(`SELECT count(*) AS n FROM feedback ${clause}`).get(...params) as { n: number }).n;
        const rows = db.prepare(`SELECT * FROM feedback ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Row[];
        return { feedback: rows.map(toFeedback), total };
      },
      async forgetText(before) {
        return db.prepare('UPDATE feedback SET question = NULL, comment = NULL WHERE created_at < ? AND (question IS NOT NULL OR comment IS NOT NULL)').run(before).changes;
      },
      async linkDraft(id, draftId) {
        db.prepare('UPDATE feedback SET new_draft_id = ? WHERE id = ?').run(draftId, id);
      },
    },

    privacy: {
      async erase(term, dryRun, a) {
        return tx(() => {
          const like = likeTerm(term);
          const hits = (sql: string, n: number) => (db.prepare(sql).all(...Array<string>(n).fill(like)) as { id: number }[]).map((r) => r.id);
          const esc = "ESCAPE '\\'";
          const inDrafts = new Set([
            ...hits(`SELECT id FROM drafts WHERE question LIKE ? ${esc} OR answer LIKE ? ${esc} OR review_comment LIKE ? ${esc}`, 3),
            ...hits(`SELECT draft_id AS id FROM draft_revisions WHERE question LIKE ? ${esc} OR answer LIKE ? ${esc} OR note LIKE ? ${esc}`, 3),
          ]);
          const published = new Set(hits(`SELECT draft_id AS id FROM kennisbank_entries`, 0));
          const result: ErasureResult = {
            concepten: [...inDrafts].filter((id) => !published.has(id)).sort((x, y) => x - y),
            feedback: hits(`SELECT id FROM feedback WHERE question LIKE ? ${esc} OR comment LIKE ? ${esc} ORDER BY id`, 2),
            kennisbank: hits(`SELECT DISTINCT number AS id FROM kennisbank_entries WHERE question LIKE ? ${esc} OR answer LIKE ? ${esc} ORDER BY number`, 2),
          };
          if (!dryRun) {
            result.concepten.forEach(deleteDraft);
            const forget = db.prepare('UPDATE feedback SET question = NULL, comment = NULL WHERE id = ?');
            for (const id of result.feedback) forget.run(id);
            audit({ ...a, detail: { ...a.detail, concepten: result.concepten.length, feedback: result.feedback.length, kennisbank: result.kennisbank.length } });
          }
          return result;
        });
      },
    },

    audit: {
      async record(e) {
        audit(e);
      },
      async list(q) {
        const where: string[] = [];
        const params: unknown[] = [];
        if (q.entity) {
          where.push('entity = ?');
          params.push(q.entity);
        }
        if (q.entityId) {
          where.push('entity_id = ?');
          params.push(q.entityId);
        }
        const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
        return (db.prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as Row[]).map(toAudit);
      },
    },

    close: () => db.close(),
  };
}
