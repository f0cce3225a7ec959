import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Draft, Feedback } from '../../server/store/types.js';
import { json, setup } from './harness.js';

describe('feedback', () => {
  it('accepts anonymous ratings and masks free text before storing it', async () => {
    const h = await setup();
    const res = await h.call(undefined, 'POST', '/api/feedback', {
      conversationId: 'gesprek-1',
      question: 'Mag Fatima Yilmaz uit groep 7 vrij voor Suikerfeest? Bel 06-12345678.',
      rating: 'klopt-niet',
      comment: 'Moeder mevrouw Jansen zegt dat het wel mag.',
    });
    expect(res.status).toBe(201);
    const { id } = await json<{ id: number }>(res);
    const stored = (await h.store.feedback.get(id))!;
    expect(stored).toMatchObject({ conversationId: 'gesprek-1', rating: 'klopt-niet' });
    expect(stored.userId).toBeUndefined();
    expect(`${stored.question} ${stored.comment}`).not.toMatch(/Fatima|Yilmaz|12345678|Jansen/);
    expect(stored.question).toMatch(/groep 7 vrij voor Suikerfeest/);
  });

  it('records the user when logged in and checks the answer reference', async () => {
    const h = await setup();
    const draft = await json<Draft>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' }));
    const ok = await h.call('helpdesk', 'POST', '/api/feedback', { draftId: draft.id, rating: 'klopt' });
    expect((await h.store.feedback.get((await json<{ id: number }>(ok)).id))?.userId).toBe(h.users.helpdesk.id);

    const bad = [
      { rating: 'klopt' },
      { conversationId: 'c', draftId: draft.id, rating: 'klopt' },
      { conversationId: 'c', rating: 'goed' },
      { conversationId: 'c', rating: 'klopt', extra: 1 },
    ];
    for (const body of bad) expect((await h.call(undefined, 'POST', '/api/feedback', body)).status).toBe(400);
    const unknown = await h.call('helpdesk', 'POST', '/api/feedback', { draftId: 999, rating: 'klopt' });
    expect(unknown.status).toBe(400);
    expect((await json<{ error: { code: string } }>(unknown)).error.code).toBe('concept-onbekend');
  });

  it('does not tell who cannot read drafts which draft ids exist (issue 14)', async () => {
    const h = await setup();
    const draft = await json<Draft>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' }));
    for (const who of [undefined, 'school', 'beheer'] as const) {
      const existing = await h.call(who, 'POST', '/api/feedback', { draftId: draft.id, rating: 'klopt-niet' });
      const missing = await h.call(who, 'POST', '/api/feedback', { draftId: draft.id + 1000, rating: 'klopt-niet' });
      expect(existing.status, String(who)).toBe(missing.status);
      expect(existing.status, String(who)).toBeGreaterThanOrEqual(401);
      expect(await existing.text()).toBe(await missing.text());
    }
    expect((await h.store.feedback.list({ limit: 10, offset: 0 })).feedback).toEqual([]);
  });

  it('is listed for the helpdesk and exported as CSV that spreadsheets cannot run', async () => {
    const h = await setup();
    await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'a', rating: 'klopt', comment: 'Duidelijk, dank.' });
    await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'b', rating: 'klopt-niet', comment: '=HYPERLINK("http://x")' });
    const list = await json<{ feedback: Feedback[]; total: number }>(await h.call('helpdesk', 'GET', '/api/feedback?rating=klopt-niet'));
    expect(list.total).toBe(1);
    expect(list.feedback[0]?.conversationId).toBe('b');

    const res = await h.call('helpdesk', 'GET', '/api/feedback/export.csv');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parse((await res.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.oordeel, r.gesprek, r.toelichting])).toEqual([
      ['klopt-niet', 'b', `'=HYPERLINK("http://x")`],
      ['klopt', 'a', 'Duidelijk, dank.'],
    ]);
  });

  it('turns a rated-wrong answer into a draft, once', async () => {
    const h = await setup();
    const { id } = await json<{ id: number }>(await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'c', rating: 'klopt-niet', question: 'Wie beslist over elf dagen verlof?' }));
    const { id: good } = await json<{ id: number }>(await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'd', rating: 'klopt', question: 'Vraag' }));
    const { id: bare } = await json<{ id: number }>(await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'e', rating: 'klopt-niet' }));

    const res = await h.call('helpdesk', 'POST', `/api/feedback/${id}/draft`);
    expect(res.status).toBe(201);
    const draft = await json<Draft>(res);
    expect(draft).toMatchObject({ question: 'Wie beslist over elf dagen verlof?', status: 'concept', persona: 'helpdesk' });
    expect(h.asked.at(-1)).toEqual({ question: 'Wie beslist over elf dagen verlof?', persona: 'helpdesk' });
    expect((await h.store.feedback.get(id))?.newDraftId).toBe(draft.id);

    for (const [fid, code] of [[id, 'concept-bestaat'], [good, 'feedback-klopt'], [bare, 'vraag-ontbreekt']] as const) {
      const r = await h.call('helpdesk', 'POST', `/api/feedback/${fid}/draft`);
      expect(r.status).toBe(409);
      expect((await json<{ error: { code: string } }>(r)).error.code).toBe(code);
    }
    expect((await h.call('helpdesk', 'POST', '/api/feedback/999/draft')).status).toBe(404);
  });

  it('forgets question and comment after the retention period, keeping the rating', async () => {
    let today = new Date();
    const h = await setup({ now: () => today, env: { FEEDBACK_RETENTION_DAYS: '90' } });
    await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'c', rating: 'klopt-niet', question: 'Vraag?', comment: 'Fout.' });
    // Through the service: after weeks without use a session has ended (idle timeout), the retention has not.
    const listed = () => h.helpdesk.feedback.list({ limit: 50, offset: 0 });
    today = new Date(Date.now() + 89 * 86_400_000);
    expect((await listed()).feedback[0]).toMatchObject({ question: 'Vraag?', comment: 'Fout.' });
    today = new Date(Date.now() + 91 * 86_400_000);
    const [f] = (await listed()).feedback;
    expect(f).toMatchObject({ conversationId: 'c', rating: 'klopt-niet' });
    expect(f?.question).toBeUndefined();
    expect(f?.comment).toBeUndefined();
  });
});
