import { todayIso } from '../rules/dates.js';
import type { OpenedKnowledgeIndex, RuntimeDocument } from '../index/knowledge-index.js';
import { ApiError } from '../http/errors.js';
import type { LegalRef } from '../rules/schemas.js';
import { ConflictError, type Draft, type DraftStatus, type KennisbankEntry, type Store, type User } from '../store/types.js';
import { oneLine } from './export.js';
import type { RuleChange } from './rule-changes.js';

// Approved answers become kennisbank documents in the live index, cited like any other source. The database is the
// record (every version, who, when); the index holds only the live version of each number. The index is written
// first and the database second, so a failed commit can be undone in the index; `reconcile` repairs the one gap
// left (a crash between the two) at start-up.

/** What the helpdesk needs from the knowledge index (server/index/knowledge-index.ts). */
export type KennisbankPublisher = Pick<OpenedKnowledgeIndex, 'upsertDocument' | 'removeDocument' | 'passages'>;

export const DOCUMENT_PREFIX = 'kb-vraag-';
export const documentId = (number: number) => `${DOCUMENT_PREFIX}${number}`;

export interface KennisbankOptions {
  store: Store;
  publisher: KennisbankPublisher;
  /** Citation title prefix, e.g. "Ingrado kennisbank". */
  name: string;
  maxAgeDays: number;
  ruleChanges: () => RuleChange[];
  now?: () => Date;
}

export interface ReviewReason {
  soort: 'verouderd' | 'parameter-gewijzigd';
  melding: string;
  legalId?: string;
  parameter?: string;
  geldigVanaf?: string;
}

const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

/**
 * The answer as the index holds it: without the draft's [n] markers (they pointed at the draft's own sources) and
 * without the letter frame of a helpdesk answer (salutation, thanks, closing), which is no fact to cite.
 */
export function indexedAnswer(answer: string): string {
  return answer
    .replace(/\s*(?:\[\d+(?:\s*,\s*\d+)*\])+/g, '')
    .replace(/^\s*(?:Geachte|Beste)\b[^\n]*,[ \t]*\n(?:\s*Dank voor uw vraag\.[^\n]*\n)?/, '')
    .replace(/\n\s*Met vriendelijke groet,?[ \t]*(?:\n[^\n]*)?\s*$/, '')
    .trim();
}

export function entryDocument(entry: KennisbankEntry, name: string): RuntimeDocument {
  const basis = entry.legalBasis.length ? `\n\nGrondslag: ${entry.legalBasis.map((l) => l.label).join('; ')}.` : '';
  return {
    id: documentId(entry.number),
    title: `${name}, vraag ${entry.number}, ${dutchDate(entry.publishedAt)}`,
    type: 'kennisbank',
    geldigVanaf: entry.publishedAt.slice(0, 10),
    laatstGecontroleerd: entry.laatstGecontroleerd,
    legalIds: entry.legalIds,
    // Passage ids are built from the innermost heading and end up in URLs and request logs, so that heading is the
    // number ("Vraag 12"), never the question; the question heads it, so it still counts for search and citations.
    // Braces would be read as legal ids and a leading '#' as a heading level.
    body: `## ${oneLine(entry.question).replace(/[{}#]/g, '')}\n\n### Vraag ${entry.number}\n\n${indexedAnswer(entry.answer)}${basis}\n`,
  };
}

export function createKennisbank(o: KennisbankOptions) {
  const now = o.now ?? (() => new Date());
  // One publication at a time: the number and version are chosen and written without another one in between.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function liveOrThrow(number: number) {
    const entry = await o.store.kennisbank.live(number);
    if (!entry) throw new ApiError(404, 'kennisbank-niet-gevonden', `Er is geen gepubliceerde kennisbankvraag ${number}.`);
    return entry;
  }

  return {
    /** Approves `draft` (status `from`) and publishes it; a draft that revises a number becomes its next version. */
    publish(user: User, draft: Draft, from: DraftStatus, comment?: string): Promise<KennisbankEntry> {
      return serial(async () => {
        const previous = draft.supersedesNumber ? await o.store.kennisbank.live(draft.supersedesNumber) : undefined;
        if (draft.supersedesNumber && !previous) {
          throw new ApiError(409, 'kennisbank-niet-live', `Kennisbankvraag ${draft.supersedesNumber} is ingetrokken; dit concept kan haar niet meer vervangen.`);
        }
        const number = draft.supersedesNumber ?? (await o.store.kennisbank.nextNumber());
        const version = previous ? (await o.store.kennisbank.versions(number)).length + 1 : 1;
        const at = now().toISOString();
        const legalBasis: LegalRef[] = draft.decision?.legalBasis.filter((l) => draft.legalIds.includes(l.id)) ?? [];
        const planned: KennisbankEntry = {
          id: 0,
          number,
          version,
          draftId: draft.id,
          question: draft.question,
          answer: draft.answer,
          category: draft.category,
          legalBasis,
          legalIds: draft.legalIds,
          status: 'gepubliceerd',
          publishedAt: at,
          publishedBy: user.id,
          laatstGecontroleerd: at.slice(0, 10),
        };
        try {
          await o.publisher.upsertDocument(entryDocument(planned, o.name));
        } catch {
          throw new ApiError(503, 'publiceren-mislukt', 'Het antwoord kon niet aan de kennisbank worden toegevoegd. Het concept is niet gewijzigd; probeer het opnieuw.');
        }
        try {
          return await o.store.kennisbank.publish({ draftId: draft.id, fromStatus: from, by: user.id, comment, at, number, version, legalBasis }, [
            { actorId: user.id, action: 'draft.status', entity: 'draft', entityId: String(draft.id), detail: { van: from, naar: 'goedgekeurd', revisie: draft.revision } },
            ...(previous ? [{ actorId: user.id, action: 'kennisbank.superseded', entity: 'kennisbank' as const, entityId: String(number), detail: { versie: previous.version } }] : []),
            { actorId: user.id, action: 'kennisbank.published', entity: 'kennisbank', entityId: String(number), detail: { versie: version, concept: draft.id } },
          ]);
        } catch (err) {
          // Put the index back as the database still has it.
          if (previous) await o.publisher.upsertDocument(entryDocument(previous, o.name));
          else await o.publisher.removeDocument(documentId(number));
          if (err instanceof ConflictError) throw new ApiError(409, 'status-gewijzigd', 'Iemand anders heeft de status van dit concept net gewijzigd. Laad het opnieuw.');
          throw err;
        }
      });
    },

    withdraw(user: User, number: number, reason: string): Promise<KennisbankEntry> {
      return serial(async () => {
        const live = await liveOrThrow(number);
        // Out of the index first: a withdrawn answer must stop being cited even if the database write fails;
        // then the index gets it back, so index and database keep agreeing.
        await o.publisher.removeDocument(documentId(number));
        let entry: KennisbankEntry | undefined;
        try {
          entry = await o.store.kennisbank.withdraw(number, user.id, reason, now().toISOString(), {
            actorId: user.id,
            action: 'kennisbank.withdrawn',
            entity: 'kennisbank',
            entityId: String(number),
          });
        } catch (err) {
          await o.publisher.upsertDocument(entryDocument(live, o.name));
          throw err;
        }
        if (!entry) {
          await o.publisher.upsertDocument(entryDocument(live, o.name));
          throw new ApiError(404, 'kennisbank-niet-gevonden', `Er is geen gepubliceerde kennisbankvraag ${number}.`);
        }
        return entry;
      });
    },

    /** Records that the entry was checked today; the index gets the new date at once. */
    markChecked(user: User, number: number): Promise<KennisbankEntry> {
      return serial(async () => {
        await liveOrThrow(number);
        const date = todayIso(now());
        const entry = await o.store.kennisbank.markChecked(number, date, {
          actorId: user.id,
          action: 'kennisbank.checked',
          entity: 'kennisbank',
          entityId: String(number),
        });
        if (!entry) throw new ApiError(404, 'kennisbank-niet-gevonden', `Er is geen gepubliceerde kennisbankvraag ${number}.`);
        await o.publisher.upsertDocument(entryDocument(entry, o.name));
        return entry;
      });
    },

    list: (status?: KennisbankEntry['status']) => o.store.kennisbank.list(status),

    async history(number: number) {
      const versions = await o.store.kennisbank.versions(number);
      if (!versions.length) throw new ApiError(404, 'kennisbank-niet-gevonden', `Er is geen kennisbankvraag ${number}.`);
      return versions;
    },

    live: liveOrThrow,

    /** Live entries that need a fresh look: not checked for `maxAgeDays`, or resting on a parameter changed since. */
    async needsReview(): Promise<Array<{ entry: KennisbankEntry; redenen: ReviewReason[] }>> {
      const today = now();
      const cutoff = new Date(today.getTime() - o.maxAgeDays * 86_400_000).toISOString().slice(0, 10);
      const changes = o.ruleChanges();
      const out: Array<{ entry: KennisbankEntry; redenen: ReviewReason[] }> = [];
      for (const entry of await o.store.kennisbank.list('gepubliceerd')) {
        const redenen: ReviewReason[] = [];
        if (entry.laatstGecontroleerd < cutoff) {
          redenen.push({ soort: 'verouderd', melding: `Niet meer gecontroleerd sinds ${entry.laatstGecontroleerd} (langer dan ${o.maxAgeDays} dagen).` });
        }
        for (const c of changes) {
          if (entry.legalIds.includes(c.legalId) && c.geldigVanaf > entry.laatstGecontroleerd) {
            redenen.push({
              soort: 'parameter-gewijzigd',
              melding: `Parameter ${c.parameter} (${c.legalId}) heeft een nieuwe waarde vanaf ${c.geldigVanaf}.`,
              legalId: c.legalId,
              parameter: c.parameter,
              geldigVanaf: c.geldigVanaf,
            });
          }
        }
        if (redenen.length) out.push({ entry, redenen });
      }
      return out;
    },

    /** Brings the index in line with the database: every live entry present, nothing else under our prefix. */
    async reconcile(): Promise<{ added: number; removed: number }> {
      const live = await o.store.kennisbank.list('gepubliceerd');
      const indexed = new Set(o.publisher.passages().map((p) => p.documentId).filter((id) => id.startsWith(DOCUMENT_PREFIX)));
      let added = 0;
      let removed = 0;
      for (const e of live) {
        if (indexed.delete(documentId(e.number))) continue;
        await o.publisher.upsertDocument(entryDocument(e, o.name));
        added++;
      }
      for (const id of indexed) if (await o.publisher.removeDocument(id)) removed++;
      return { added, removed };
    },
  };
}

export type Kennisbank = ReturnType<typeof createKennisbank>;
