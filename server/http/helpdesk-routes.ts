import { Hono } from 'hono';
import { z } from 'zod';
import { askInput } from '../ask/types.js';
import { draftMarkdown, draftText } from '../helpdesk/export.js';
import type { Helpdesk } from '../helpdesk/index.js';
import { DRAFT_STATUSES, ENTRY_STATUSES } from '../store/types.js';
import { authorize, type AuthEnv } from './auth-routes.js';
import { parseWith, readJson } from './errors.js';
import { boundQuestion } from './middleware/bounded-question.js';
import { textHash } from '../log.js';

// Drafts, review, the kennisbank, feedback and the audit log. Every write checks the caller's role first.

const id = z.object({ id: z.coerce.number().int().positive() });
const number = z.object({ number: z.coerce.number().int().positive() });
const page = { limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) };
const legalId = z.string().trim().regex(/^[a-z0-9][a-z0-9:.\-]{0,60}$/, 'Gebruik een juridische id zoals lpw:14.');

const draftBody = askInput.omit({ conversationId: true });
const draftCitation = z
  .object({
    n: z.number().int().min(1).max(999),
    id: z.string().trim().min(1).max(300),
    title: z.string().trim().min(1).max(500),
    section: z.string().max(500).optional(),
    page: z.number().int().min(0).optional(),
    url: z.string().max(2000).optional(),
    quote: z.string().trim().min(1).max(4000),
  })
  .strict();
const draftQuery = z.object({ status: z.enum(DRAFT_STATUSES).optional(), q: z.string().trim().max(200).optional(), ...page });
const draftPatch = z
  .object({
    question: z.string().trim().min(1).max(4000).optional(),
    answer: z.string().trim().min(1, 'Het antwoord mag niet leeg zijn.').max(20000).optional(),
    category: z.string().trim().min(1).max(80).optional(),
    legalIds: z.array(legalId).max(30).optional(),
    /** The sources of the answer; the [n] markers must point to them (checked and renumbered on save). */
    citations: z.array(draftCitation).max(30).optional(),
    note: z.string().trim().max(500).optional(),
    /** The revision the editor started from; a newer one on the server is a 409. */
    revision: z.number().int().positive().optional(),
  })
  .strict()
  .refine((b) => b.question !== undefined || b.answer !== undefined || b.category !== undefined || b.legalIds !== undefined || b.citations !== undefined, {
    message: 'Geef minstens één veld om te wijzigen: question, answer, category, legalIds of citations.',
  });
const statusBody = z
  .object({
    status: z.enum(DRAFT_STATUSES),
    comment: z.string().trim().max(2000).optional(),
    /** Ids of personal-data findings the reviewer confirms may be published (from a 422 'persoonsgegevens'). */
    bevestigd: z.array(z.string().max(100)).max(100).optional(),
  })
  .strict();
const erasureBody = z
  .object({
    /** What identifies the data subject in free text: a name, an e-mail address, a phone number. */
    zoekterm: z.string().trim().min(3, 'Geef minstens 3 tekens, zodat niet te veel wordt gewist.').max(200),
    /** Without it the route only shows what would be erased. */
    wissen: z.boolean().default(false),
  })
  .strict();
const exportQuery = z.object({ format: z.enum(['markdown', 'text']).default('markdown') });
const entryQuery = z.object({ status: z.enum(ENTRY_STATUSES).optional() });
const withdrawBody = z.object({ reason: z.string().trim().min(1, 'Geef een reden voor het intrekken.').max(1000) }).strict();
const feedbackBody = z
  .object({
    conversationId: askInput.shape.conversationId,
    draftId: z.number().int().positive().optional(),
    question: z.string().trim().min(1).max(4000).optional(),
    rating: z.enum(['klopt', 'klopt-niet']),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((b) => (b.conversationId === undefined) !== (b.draftId === undefined), {
    message: 'Noem precies één antwoord: conversationId of draftId.',
  });
const feedbackQuery = z.object({ rating: z.enum(['klopt', 'klopt-niet']).optional(), ...page });
const auditQuery = z.object({ entity: z.enum(['user', 'token', 'draft', 'kennisbank', 'feedback', 'login', 'toegang', 'export', 'privacy']).optional(), entityId: z.string().max(40).optional(), ...page });

export function helpdeskRoutes(h: Helpdesk) {
  return new Hono<AuthEnv>()
    .post('/drafts', async (c) => {
      const user = authorize(c.get('user'), 'drafts:write');
      const body = await readJson(c, draftBody);
      return c.json(await h.drafts.create(user, { ...body, question: boundQuestion(body.question) }), 201);
    })
    .get('/drafts', async (c) => {
      authorize(c.get('user'), 'drafts:read');
      const q = parseWith(draftQuery, c.req.query(), 'query');
      return c.json(await h.drafts.list({ status: q.status, text: q.q, limit: q.limit, offset: q.offset }));
    })
    .get('/drafts/:id{[0-9]+}', async (c) => {
      authorize(c.get('user'), 'drafts:read');
      return c.json(await h.drafts.get(parseWith(id, c.req.param(), 'pad').id));
    })
    .patch('/drafts/:id{[0-9]+}', async (c) => {
      const user = authorize(c.get('user'), 'drafts:write');
      const draftId = parseWith(id, c.req.param(), 'pad').id;
      const { revision, ...edit } = await readJson(c, draftPatch);
      return c.json(await h.drafts.edit(user, draftId, edit, revision));
    })
    .get('/drafts/:id{[0-9]+}/revisions', async (c) => {
      authorize(c.get('user'), 'drafts:read');
      return c.json({ revisions: await h.drafts.revisions(parseWith(id, c.req.param(), 'pad').id) });
    })
    .post('/drafts/:id{[0-9]+}/status', async (c) => {
      const editor = authorize(c.get('user'), 'drafts:write');
      const body = await readJson(c, statusBody);
      const user = body.status === 'goedgekeurd' ? authorize(editor, 'kennisbank:publish') : editor;
      return c.json(await h.drafts.transition(user, parseWith(id, c.req.param(), 'pad').id, body.status, body.comment, body.bevestigd));
    })
    .get('/drafts/:id{[0-9]+}/export', async (c) => {
      const user = authorize(c.get('user'), 'drafts:read');
      const draft = await h.drafts.get(parseWith(id, c.req.param(), 'pad').id);
      const { format } = parseWith(exportQuery, c.req.query(), 'query');
      await h.store.audit.record({ actorId: user.id, action: 'export.concept', entity: 'export', entityId: String(draft.id), detail: { formaat: format } });
      const md = format === 'markdown';
      c.header('Content-Type', md ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="concept-${draft.id}.${md ? 'md' : 'txt'}"`);
      return c.body(md ? draftMarkdown(draft) : draftText(draft));
    })

    .get('/kennisbank', async (c) => {
      authorize(c.get('user'), 'kennisbank:read');
      const q = parseWith(entryQuery, c.req.query(), 'query');
      return c.json({ entries: await h.kennisbank.list(q.status) });
    })
    .get('/kennisbank/review', async (c) => {
      authorize(c.get('user'), 'kennisbank:read');
      return c.json({ maxAgeDays: h.config.KENNISBANK_MAX_AGE_DAYS, entries: await h.kennisbank.needsReview() });
    })
    .get('/kennisbank/:number{[0-9]+}', async (c) => {
      authorize(c.get('user'), 'kennisbank:read');
      return c.json({ versions: await h.kennisbank.history(parseWith(number, c.req.param(), 'pad').number) });
    })
    .post('/kennisbank/:number{[0-9]+}/withdraw', async (c) => {
      const user = authorize(c.get('user'), 'kennisbank:publish');
      const body = await readJson(c, withdrawBody);
      return c.json(await h.kennisbank.withdraw(user, parseWith(number, c.req.param(), 'pad').number, body.reason));
    })
    .post('/kennisbank/:number{[0-9]+}/checked', async (c) => {
      const user = authorize(c.get('user'), 'kennisbank:publish');
      return c.json(await h.kennisbank.markChecked(user, parseWith(number, c.req.param(), 'pad').number));
    })
    .post('/kennisbank/:number{[0-9]+}/revise', async (c) => {
      const user = authorize(c.get('user'), 'drafts:write');
      return c.json(await h.drafts.revise(user, parseWith(number, c.req.param(), 'pad').number), 201);
    })

    .post('/feedback', async (c) => {
      const body = await readJson(c, feedbackBody);
      // Only who can read drafts may rate one: otherwise "unknown draft" against 201 would list which ids exist.
      if (body.draftId !== undefined) authorize(c.get('user'), 'drafts:read');
      const f = await h.feedback.submit(c.get('user'), body);
      return c.json({ id: f.id }, 201);
    })
    .get('/feedback', async (c) => {
      authorize(c.get('user'), 'feedback:read');
      const q = parseWith(feedbackQuery, c.req.query(), 'query');
      return c.json(await h.feedback.list(q));
    })
    .get('/feedback/export.csv', async (c) => {
      const user = authorize(c.get('user'), 'feedback:read');
      const q = parseWith(feedbackQuery, c.req.query(), 'query');
      await h.store.audit.record({ actorId: user.id, action: 'export.feedback', entity: 'export', entityId: 'feedback.csv', detail: { oordeel: q.rating ?? 'alle' } });
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="feedback.csv"');
      return c.body(await h.feedback.csv(q.rating));
    })
    .post('/feedback/:id{[0-9]+}/draft', async (c) => {
      const user = authorize(c.get('user'), 'drafts:write');
      return c.json(await h.feedback.toDraft(user, parseWith(id, c.req.param(), 'pad').id), 201);
    })

    // A data subject's request for erasure (AVG art. 17): finds the person in every stored free text by a term;
    // shows what it found, and with `wissen: true` deletes unpublished drafts and erases feedback text. Published
    // kennisbank answers are listed for the helpdesk to withdraw or revise (publication is the helpdesk's).
    .post('/privacy/wissen', async (c) => {
      const user = authorize(c.get('user'), 'privacy:erase');
      const body = await readJson(c, erasureBody);
      const result = await h.store.privacy.erase(body.zoekterm, !body.wissen, {
        actorId: user.id,
        action: 'privacy.erased',
        entity: 'privacy',
        entityId: textHash(body.zoekterm.toLowerCase()),
      });
      return c.json({ gewist: body.wissen, ...result });
    })

    .get('/audit', async (c) => {
      authorize(c.get('user'), 'audit:read');
      const q = parseWith(auditQuery, c.req.query(), 'query');
      return c.json({ events: await h.store.audit.list(q) });
    });
}
