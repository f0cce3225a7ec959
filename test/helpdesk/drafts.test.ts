import { describe, expect, it } from 'vitest';
import type { Draft, DraftRevision } from '../../server/store/types.js';
import { json, setup } from './harness.js';

const QUESTION = 'Mag de leerling Jan de Vries (BSN 111222333) een week vrij voor de bruiloft van zijn oom?';

async function withDraft() {
  const h = await setup();
  const res = await h.call('helpdesk', 'POST', '/api/drafts', { question: QUESTION });
  expect(res.status).toBe(201);
  return { ...h, draft: await json<Draft>(res) };
}

describe('drafts', () => {
  it('runs the ask pipeline as helpdesk and stores the answer, citations and decision with a masked question', async () => {
    const { draft, asked, users } = await withDraft();
    expect(asked).toEqual([{ question: QUESTION, persona: 'helpdesk' }]);
    expect(draft).toMatchObject({ status: 'concept', revision: 1, persona: 'helpdesk', category: 'verlof', legalIds: ['lpw:14'], createdBy: users.helpdesk.id, createdByEmail: 'helpdesk@example.nl', confidence: 'hoog' });
    expect(draft.citations).toHaveLength(1);
    expect(draft.decision?.beslisser).toBe('directeur');
    expect(draft.question).not.toMatch(/Jan|Vries|111222333/);
    expect(draft.question).toMatch(/bruiloft van zijn oom/);
  });

  it('keeps every edit as a revision and refuses an edit based on an old revision', async () => {
    const { call, draft, users } = await withDraft();
    const e1 = await call('helpdesk', 'PATCH', `/api/drafts/${draft.id}`, { answer: 'Eerste bewerking [1].', note: 'toon', revision: 1 });
    expect(e1.status).toBe(200);
    const e2 = await call('helpdesk', 'PATCH', `/api/drafts/${draft.id}`, { category: 'verlof-bruiloft', legalIds: ['lpw:14', 'beleidsregel-verlof'], revision: 2 });
    expect(await json<Draft>(e2)).toMatchObject({ revision: 3, answer: 'Eerste bewerking [1].', category: 'verlof-bruiloft' });

    const stale = await call('helpdesk', 'PATCH', `/api/drafts/${draft.id}`, { answer: 'Te laat.', revision: 2 });
    expect(stale.status).toBe(409);
    expect((await json<{ error: { code: string; message: string } }>(stale)).error).toMatchObject({ code: 'versie-verouderd', message: expect.stringMatching(/intussen/) });

    const { revisions } = await json<{ revisions: DraftRevision[] }>(await call('helpdesk', 'GET', `/api/drafts/${draft.id}/revisions`));
    expect(revisions.map((r) => [r.revision, r.answer.slice(0, 16), r.category, r.note ?? null, r.authorId])).toEqual([
      [1, draft.answer.slice(0, 16), 'verlof', null, users.helpdesk.id],
      [2, 'Eerste bewerking', 'verlof', 'toon', users.helpdesk.id],
      [3, 'Eerste bewerking', 'verlof-bruiloft', null, users.helpdesk.id],
    ]);
    expect(revisions[2]).toMatchObject({ legalIds: ['lpw:14', 'beleidsregel-verlof'], authorEmail: 'helpdesk@example.nl' });
  });

  it('allows only valid status moves, with reviewer and comment; others are a Dutch 409', async () => {
    const { call, draft, users } = await withDraft();
    // The author moves the draft; a colleague reviews it (four-eyes).
    const status = (s: string, comment?: string) =>
      call(s === 'goedgekeurd' || s === 'afgewezen' ? 'collega' : 'helpdesk', 'POST', `/api/drafts/${draft.id}/status`, { status: s, ...(comment && { comment }) });

    const wrong = await status('goedgekeurd');
    expect(wrong.status).toBe(409);
    expect((await json<{ error: { code: string; message: string } }>(wrong)).error).toEqual({
      code: 'ongeldige-statusovergang',
      message: "Een concept met status 'concept' kan niet naar 'goedgekeurd'. Mogelijk: 'ter-review'.",
    });
    expect((await status('ter-review')).status).toBe(200);
    expect((await status('afgewezen')).status).toBe(400); // a rejection needs a comment
    const rejected = await json<{ draft: Draft }>(await status('afgewezen', 'Noem de termijn van acht weken.'));
    expect(rejected.draft).toMatchObject({ status: 'afgewezen', reviewerId: users.collega.id, reviewerEmail: 'collega@example.nl', reviewComment: 'Noem de termijn van acht weken.' });
    expect((await call('helpdesk', 'PATCH', `/api/drafts/${draft.id}`, { answer: 'x' })).status).toBe(409);
    expect((await status('concept')).status).toBe(200);
    expect((await status('ter-review')).status).toBe(200);
    const approved = await json<{ draft: Draft; entry: { number: number } }>(await status('goedgekeurd', 'Akkoord.'));
    expect(approved.draft.status).toBe('goedgekeurd');
    expect(approved.entry.number).toBe(1);
    const final = await status('concept');
    expect(final.status).toBe(409);
    expect((await json<{ error: { message: string } }>(final)).error.message).toMatch(/definitief/);
  });

  it('lists drafts filtered by status and searched by text', async () => {
    const { call, draft } = await withDraft();
    await call('helpdesk', 'POST', '/api/drafts', { question: 'Wanneer eindigt de kwalificatieplicht?' });
    await call('helpdesk', 'POST', `/api/drafts/${draft.id}/status`, { status: 'ter-review' });
    const list = async (qs: string) => (await json<{ drafts: Draft[]; total: number }>(await call('helpdesk', 'GET', `/api/drafts${qs}`)));
    expect((await list('')).total).toBe(2);
    expect((await list('?status=ter-review')).drafts.map((d) => d.id)).toEqual([draft.id]);
    expect((await list('?q=kwalificatieplicht')).drafts.map((d) => d.question)).toEqual(['Wanneer eindigt de kwalificatieplicht?']);
    expect((await list('?q=BRUILOFT%20oom')).total).toBe(1);
    expect((await list('?q=100%25')).total).toBe(0); // a % in the search is a character, not a wildcard
    expect((await call('helpdesk', 'GET', '/api/drafts?status=klaar')).status).toBe(400);
  });

  it('exports a draft as Markdown and as plain text for e-mail', async () => {
    const { call, draft } = await withDraft();
    const md = await call('helpdesk', 'GET', `/api/drafts/${draft.id}/export?format=markdown`);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(md.headers.get('content-disposition')).toMatch(/concept-\d+\.md/);
    const mdText = await md.text();
    expect(mdText).toMatch(/^# Mag de leerling/);
    expect(mdText).toMatch(/## Grondslag\n\n- Leerplichtwet 1969, artikel 14, eerste lid/);
    expect(mdText).toMatch(/1\. Leerplichtwet 1969 — Artikel 14\n {3}> De directeur beslist/);

    const txt = await (await call('helpdesk', 'GET', `/api/drafts/${draft.id}/export?format=text`)).text();
    expect(txt).toMatch(/^Vraag: Mag de leerling/);
    expect(txt).toMatch(/\[1\] Leerplichtwet 1969, Artikel 14/);
    expect(txt).not.toMatch(/^#/m);
  });

  it('answers unknown drafts with a Dutch 404', async () => {
    const { call } = await setup();
    const res = await call('helpdesk', 'GET', '/api/drafts/999');
    expect(res.status).toBe(404);
    expect((await json<{ error: { message: string } }>(res)).error.message).toBe('Er is geen concept met nummer 999.');
  });

  it('audits who did what without the question text', async () => {
    const { call, draft, store, users } = await withDraft();
    await call('helpdesk', 'PATCH', `/api/drafts/${draft.id}`, { answer: 'Nieuw antwoord.' });
    await call('helpdesk', 'POST', `/api/drafts/${draft.id}/status`, { status: 'ter-review' });
    await call('collega', 'POST', `/api/drafts/${draft.id}/status`, { status: 'goedgekeurd' });
    await call('helpdesk', 'POST', '/api/kennisbank/1/withdraw', { reason: 'Verouderd' });
    const res = await call('beheer', 'GET', '/api/audit?limit=100');
    const { events } = await json<{ events: Array<{ action: string; actorId: number; entityId: string }> }>(res);
    expect(events.map((e) => e.action).reverse().slice(-6)).toEqual([
      'draft.created', 'draft.edited', 'draft.status', 'draft.status', 'kennisbank.published', 'kennisbank.withdrawn',
    ]);
    // The author wrote and withdrew; the colleague approved and published (four-eyes).
    const { helpdesk: author, collega: reviewer } = { helpdesk: users.helpdesk.id, collega: users.collega.id };
    expect(events.filter((e) => e.action !== 'user.created').map((e) => [e.action, e.actorId]).reverse()).toEqual([
      ['draft.created', author], ['draft.edited', author], ['draft.status', author], ['draft.status', reviewer], ['kennisbank.published', reviewer], ['kennisbank.withdrawn', author],
    ]);
    const all = JSON.stringify(await store.audit.list({ limit: 1000, offset: 0 }));
    expect(all).not.toMatch(/bruiloft|Nieuw antwoord|Verouderd/);
  });
});
