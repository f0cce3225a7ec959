import type { AskInput, AskResponse, Persona } from '../ask/types.js';
import { ApiError } from '../http/errors.js';
import { textHash } from '../log.js';
import { assertPublishable } from '../privacy/publish-gate.js';
import { ConflictError, type Draft, type DraftEdit, type DraftQuery, type DraftStatus, type Store, type User } from '../store/types.js';
import { checkDraftSources } from './draft-sources.js';
import type { Kennisbank } from './kennisbank.js';

// Concept answers: the ask pipeline drafts, an adviser edits (every save is a revision), a reviewer approves or
// rejects. Approval publishes through the kennisbank. The question, notes and review comments are masked before
// they are stored: the helpdesk needs the legal question, not the pupil. The answer is checked for personal data
// before it is published (privacy/publish-gate.ts), and its reviewer is never one of its authors (four-eyes).

export type Ask = (input: AskInput) => Promise<AskResponse>;

/** Which status may follow which. Approved is final; a rejected draft can be reopened as a concept. */
export const TRANSITIONS: Record<DraftStatus, DraftStatus[]> = {
  concept: ['ter-review'],
  'ter-review': ['concept', 'goedgekeurd', 'afgewezen'],
  afgewezen: ['concept'],
  goedgekeurd: [],
};

const EDITABLE: DraftStatus[] = ['concept', 'ter-review'];

export interface DraftsOptions {
  store: Store;
  ask: Ask;
  redact: (text: string) => string;
  kennisbank: Kennisbank;
  retentionDays: number;
  now: () => Date;
}

export function createDrafts(o: DraftsOptions) {
  const { store } = o;

  async function get(id: number): Promise<Draft> {
    const d = await store.drafts.get(id);
    if (!d) throw new ApiError(404, 'concept-niet-gevonden', `Er is geen concept met nummer ${id}.`);
    return d;
  }

  async function fromQuestion(user: User, input: Omit<AskInput, 'conversationId'>, extra: { action: string; detail?: Record<string, string | number> }) {
    const persona: Persona = input.persona ?? 'helpdesk';
    const res = await o.ask({ ...input, persona });
    const question = o.redact(input.question);
    return store.drafts.create(
      {
        question,
        persona,
        answer: res.answer,
        citations: res.citations,
        decision: res.decision,
        confidence: res.confidence,
        category: res.decision?.type ?? 'algemeen',
        legalIds: [...new Set(res.decision?.legalBasis.map((l) => l.id) ?? [])],
        createdBy: user.id,
      },
      { actorId: user.id, action: extra.action, entity: 'draft', detail: { vraagHash: textHash(question), ...extra.detail } },
    );
  }

  return {
    get,
    /** Retention: drafts never published and untouched for `retentionDays` are deleted with their revisions. */
    forgetOld: () => store.drafts.forgetOld(new Date(o.now().getTime() - o.retentionDays * 86_400_000).toISOString()),
    /** Runs the ask pipeline (persona helpdesk unless given) and stores its answer as a new concept. */
    create: (user: User, input: Omit<AskInput, 'conversationId'>) => fromQuestion(user, input, { action: 'draft.created' }),

    fromFeedback: (user: User, feedbackId: number, question: string) =>
      fromQuestion(user, { question }, { action: 'draft.created', detail: { feedback: feedbackId } }),

    /** A new concept that will replace kennisbank entry `number` when approved; it starts from the live text. */
    async revise(user: User, number: number): Promise<Draft> {
      const entry = await o.kennisbank.live(number);
      const source = await get(entry.draftId);
      return store.drafts.create(
        {
          question: entry.question,
          persona: source.persona,
          answer: entry.answer,
          citations: source.citations,
          decision: source.decision,
          confidence: source.confidence,
          category: entry.category,
          legalIds: entry.legalIds,
          createdBy: user.id,
          supersedesNumber: number,
        },
        { actorId: user.id, action: 'draft.created', entity: 'draft', detail: { herziet: number } },
      );
    },

    list: (q: DraftQuery) => store.drafts.list(q),

    async revisions(id: number) {
      await get(id);
      return store.drafts.revisions(id);
    },

    async edit(user: User, id: number, edit: DraftEdit, expectedRevision?: number): Promise<Draft> {
      const d = await get(id);
      if (!EDITABLE.includes(d.status)) {
        throw new ApiError(409, 'concept-afgesloten', `Een concept met status '${d.status}' kan niet meer worden bewerkt.${d.status === 'afgewezen' ? " Zet het eerst terug naar 'concept'." : ''}`);
      }
      // Markers and sources are checked and renumbered whenever either changes (draft-sources.ts).
      const sources = edit.answer !== undefined || edit.citations !== undefined ? checkDraftSources(edit.answer ?? d.answer, edit.citations ?? d.citations) : {};
      const clean = {
        ...edit,
        ...sources,
        ...(edit.question !== undefined && { question: o.redact(edit.question) }),
        ...(edit.note !== undefined && { note: o.redact(edit.note) }),
      };
      try {
        return await store.drafts.edit(id, clean, user.id, expectedRevision, {
          actorId: user.id,
          action: 'draft.edited',
          entity: 'draft',
          entityId: String(id),
          detail: { velden: Object.keys(edit).filter((k) => k !== 'note').join(',') },
        });
      } catch (err) {
        if (err instanceof ConflictError) {
          throw new ApiError(409, 'versie-verouderd', 'Dit concept is intussen door iemand anders gewijzigd. Laad de nieuwste versie en breng uw wijziging opnieuw aan.');
        }
        throw err;
      }
    },

    /**
     * Moves a draft to `to`; to 'goedgekeurd' also publishes it. Invalid moves are a Dutch 409. Approving or
     * rejecting is a review: never by someone who wrote text of this draft. Publishing refuses likely personal data
     * unless each finding is `confirmed` by its id.
     */
    async transition(user: User, id: number, to: DraftStatus, rawComment?: string, confirmed: readonly string[] = []) {
      const d = await get(id);
      const comment = rawComment === undefined ? undefined : o.redact(rawComment);
      if (!TRANSITIONS[d.status].includes(to)) {
        const next = TRANSITIONS[d.status];
        throw new ApiError(
          409,
          'ongeldige-statusovergang',
          `Een concept met status '${d.status}' kan niet naar '${to}'. ${next.length ? `Mogelijk: ${next.map((s) => `'${s}'`).join(', ')}.` : 'Deze status is definitief.'}`,
        );
      }
      if (to === 'afgewezen' && !comment?.trim()) {
        throw new ApiError(400, 'toelichting-nodig', 'Geef bij afwijzen een toelichting, zodat de opsteller weet wat er anders moet.');
      }
      if ((to === 'goedgekeurd' || to === 'afgewezen') && (await store.drafts.authors(id)).includes(user.id)) {
        throw new ApiError(403, 'vier-ogen', 'U hebt aan dit concept geschreven en kunt het dus niet zelf beoordelen. Vraag een collega van de helpdesk om het goed te keuren of af te wijzen.');
      }
      if (to === 'goedgekeurd') {
        assertPublishable({ vraag: d.question, antwoord: d.answer, categorie: d.category }, confirmed);
        const entry = await o.kennisbank.publish(user, d, d.status, comment);
        return { draft: await get(id), entry };
      }
      try {
        const draft = await store.drafts.setStatus(id, d.status, to, { by: user.id, comment }, {
          actorId: user.id,
          action: 'draft.status',
          entity: 'draft',
          entityId: String(id),
          detail: { van: d.status, naar: to, revisie: d.revision },
        });
        return { draft };
      } catch (err) {
        if (err instanceof ConflictError) throw new ApiError(409, 'status-gewijzigd', 'Iemand anders heeft de status van dit concept net gewijzigd. Laad het opnieuw.');
        throw err;
      }
    },
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
