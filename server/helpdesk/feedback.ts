import { stringify } from 'csv-stringify/sync';
import { ApiError } from '../http/errors.js';
import type { Feedback, Rating, Store, User } from '../store/types.js';
import type { Drafts } from './drafts.js';

// Ratings of answers ("klopt" / "klopt niet"), anonymous allowed. Free text is masked before it is stored.

export interface FeedbackInput {
  conversationId?: string;
  draftId?: number;
  question?: string;
  rating: Rating;
  comment?: string;
}

/** Spreadsheet programs run cells that start with = + - @ as formulas; a leading apostrophe keeps them text. */
const cell = (v: string | number | undefined) => {
  if (v === undefined) return '';
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

export function createFeedback(o: { store: Store; drafts: Drafts; redact: (text: string) => string; retentionDays: number; now: () => Date }) {
  const { store } = o;
  // Retention runs at start-up (main.ts), on a daily timer there, and before each write and listing.
  const forgetOld = () => store.feedback.forgetText(new Date(o.now().getTime() - o.retentionDays * 86_400_000).toISOString());

  return {
    forgetOld,

    async submit(user: User | undefined, f: FeedbackInput): Promise<Feedback> {
      await forgetOld();
      if (f.draftId !== undefined && !(await store.drafts.get(f.draftId))) {
        throw new ApiError(400, 'concept-onbekend', `Er is geen concept met nummer ${f.draftId}.`);
      }
      return store.feedback.create({
        conversationId: f.conversationId,
        draftId: f.draftId,
        question: f.question === undefined ? undefined : o.redact(f.question),
        rating: f.rating,
        comment: f.comment === undefined ? undefined : o.redact(f.comment),
        userId: user?.id,
      });
    },

    async list(q: { rating?: Rating; limit: number; offset: number }) {
      await forgetOld();
      return store.feedback.list(q);
    },

    async csv(rating?: Rating): Promise<string> {
      await forgetOld();
      const { feedback } = await store.feedback.list({ rating, limit: 100_000, offset: 0 });
      return stringify(
        feedback.map((f) => [f.id, f.createdAt, f.rating, cell(f.conversationId), f.draftId ?? '', cell(f.question), cell(f.comment), f.newDraftId ?? '']),
        { header: true, columns: ['id', 'datum', 'oordeel', 'gesprek', 'concept', 'vraag', 'toelichting', 'nieuw_concept'], bom: true },
      );
    },

    /** A rated-wrong answer becomes a concept the helpdesk can correct; once per feedback item. */
    async toDraft(user: User, id: number) {
      const f = await store.feedback.get(id);
      if (!f) throw new ApiError(404, 'feedback-niet-gevonden', `Er is geen feedback met nummer ${id}.`);
      if (f.rating !== 'klopt-niet') throw new ApiError(409, 'feedback-klopt', "Alleen een antwoord dat als 'klopt niet' is beoordeeld, wordt een concept.");
      if (f.newDraftId) throw new ApiError(409, 'concept-bestaat', `Van deze feedback is al concept ${f.newDraftId} gemaakt.`);
      const question = f.question ?? (f.draftId ? (await store.drafts.get(f.draftId))?.question : undefined);
      if (!question) throw new ApiError(409, 'vraag-ontbreekt', 'Bij deze feedback is geen vraag bewaard; maak het concept met de vraag zelf.');
      const draft = await o.drafts.fromFeedback(user, id, question);
      await store.feedback.linkDraft(id, draft.id);
      return draft;
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedback>;
