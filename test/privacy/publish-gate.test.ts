import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import type { Draft, DraftRevision } from '../../server/store/types.js';
import { json, setup } from '../helpdesk/harness.js';

// The personal-data gate (issue 14, finding 2): staff free text is masked where it is only stored, and checked
// before it is published; passage ids carry no user text; drafts have a retention period; a data subject's
// request erases them.

async function liveIndex() {
  const root = mkdtempSync(join(tmpdir(), 'ww-gate-'));
  mkdirSync(join(root, 'knowledge'));
  writeFileSync(join(root, 'knowledge', 'lpw.md'), '---\nid: lpw\ntitle: Leerplichtwet 1969\ntype: wet\n---\n\n## Artikel 14 {lpw:14}\n\nDe directeur beslist over verlof.\n');
  return openKnowledgeIndex({ knowledgeDir: join(root, 'knowledge'), dataDir: join(root, 'data') });
}

type Err = { error: { code: string; message: string; details: Array<{ id: string; veld: string; soort: string; plaats: string }> } };

/** Personal data in every form the probe saw slip through, planted in a draft answer. */
const PLANTED = [
  ['naam', 'Chayenne Hofstede'],
  ['naam', 'J.P. van der Brink'],
  ['bsn', '111222333'],
  ['telefoon', '06 12345678'],
  ['adres', 'Kerkstraat 12'],
  ['geboortedatum', '12-03-2012'],
] as const;
const plantedAnswer =
  'De directeur beslist over tien dagen verlof.\nChayenne Hofstede (BSN 111222333) belde vanaf 06 12345678.\n' +
  'Volgens J.P. van der Brink woont zij op Kerkstraat 12, geboren 12-03-2012.';

async function draftInReview(h: Awaited<ReturnType<typeof setup>>, answer: string) {
  const { id } = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Wie beslist over tien dagen verlof?' }));
  expect((await h.call('helpdesk', 'PATCH', `/api/drafts/${id}`, { answer, note: 'Gebeld met Wiebe Mulder, 06-98765432.' })).status).toBe(200);
  expect((await h.call('helpdesk', 'POST', `/api/drafts/${id}/status`, { status: 'ter-review' })).status).toBe(200);
  return id;
}

describe('publishing staff text', () => {
  it('refuses an answer with personal data, naming each place, until each finding is confirmed', async () => {
    const index = await liveIndex();
    const h = await setup({ knowledge: index, publisher: index });
    const id = await draftInReview(h, plantedAnswer);

    const refused = await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' });
    expect(refused.status).toBe(422);
    const { error } = await json<Err>(refused);
    expect(error.code).toBe('persoonsgegevens');
    for (const [soort] of PLANTED) expect(error.details.map((d) => d.soort)).toContain(soort);
    expect(error.details.every((d) => d.veld === 'antwoord' && /^antwoord, regel \d, teken \d+–\d+$/.test(d.plaats))).toBe(true);
    expect(error.message).toMatch(/naam 'Chayenne Hofstede' \(antwoord, regel 2, teken 1–17\)/);

    // Nothing of it reached the anonymous search, and the draft is still in review.
    const search = async () => JSON.stringify((await json<{ hits: unknown[] }>(await h.call(undefined, 'GET', '/api/search?q=directeur+verlof+Chayenne'))).hits);
    expect(await search()).not.toMatch(/Chayenne|111222333/);
    expect((await json<Draft>(await h.call('helpdesk', 'GET', `/api/drafts/${id}`))).status).toBe('ter-review');

    // Confirming some is not enough; confirming each one publishes (the reviewer takes responsibility).
    const some = await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd', bevestigd: error.details.slice(1).map((d) => d.id) });
    expect(some.status).toBe(422);
    expect((await json<Err>(some)).error.details.map((d) => d.id)).toEqual([error.details[0]!.id]);
    const all = await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd', bevestigd: error.details.map((d) => d.id) });
    expect(all.status).toBe(200);
  });

  it('publishes a clean answer at once', async () => {
    const h = await setup();
    const id = await draftInReview(h, 'De directeur beslist over verlof tot en met tien schooldagen; daarboven de leerplichtambtenaar.');
    expect((await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' })).status).toBe(200);
  });

  it('masks notes and review comments before storing them', async () => {
    const h = await setup();
    const id = await draftInReview(h, 'De directeur beslist.');
    await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'afgewezen', comment: 'Bel eerst mevrouw De Vries op 06-11223344.' });
    const draft = await json<Draft>(await h.call('helpdesk', 'GET', `/api/drafts/${id}`));
    expect(draft.reviewComment).toBe('Bel eerst mevrouw [naam] op [telefoon].');
    const { revisions } = await json<{ revisions: DraftRevision[] }>(await h.call('helpdesk', 'GET', `/api/drafts/${id}/revisions`));
    expect(revisions[1]!.note).toBe('Gebeld met [naam], [telefoon].');
  });

  it('builds passage ids from the question number, never from the question', async () => {
    const index = await liveIndex();
    const h = await setup({ knowledge: index, publisher: index });
    const { id } = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Mag Noortje Wessels een week eerder op wintersport?' }));
    await h.call('helpdesk', 'POST', `/api/drafts/${id}/status`, { status: 'ter-review' });
    const res = await h.call('collega', 'POST', `/api/drafts/${id}/status`, { status: 'goedgekeurd' });
    expect(res.status).toBe(200);
    const ids = index.passages().filter((p) => p.documentId.startsWith('kb-vraag-')).map((p) => p.id);
    expect(ids).toEqual(['kb-vraag-1:vraag-1:1']);
  });
});

describe('retention and erasure of drafts', () => {
  it('deletes drafts that were never published after the retention period; published ones stay', async () => {
    let today = new Date('2026-01-01T00:00:00Z');
    const h = await setup({ now: () => today, env: { DRAFT_RETENTION_DAYS: '180' } });
    const stale = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Oude vraag?' }));
    const published = await draftInReview(h, 'De directeur beslist.');
    await h.call('collega', 'POST', `/api/drafts/${published}/status`, { status: 'goedgekeurd' });
    today = new Date(Date.now() + 179 * 86_400_000);
    expect(await h.helpdesk.forgetOld()).toEqual({ feedback: 0, concepten: 0 });
    today = new Date(Date.now() + 181 * 86_400_000);
    expect(await h.helpdesk.forgetOld()).toEqual({ feedback: 0, concepten: 1 });
    expect(await h.store.drafts.get(stale.id)).toBeUndefined();
    expect(await h.store.drafts.revisions(stale.id)).toEqual([]);
    expect((await h.store.drafts.get(published))?.status).toBe('goedgekeurd');
  });

  it('finds a data subject in every stored free text, shows it first, then erases it', async () => {
    const h = await setup();
    const a = await draftInReview(h, 'Antwoord voor de familie Hofstede-Brink.');
    const b = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Andere vraag?' }));
    await h.call('helpdesk', 'PATCH', `/api/drafts/${b.id}`, { answer: 'Besproken met mw. Hofstede-Brink.' });
    await h.call(undefined, 'POST', '/api/feedback', { conversationId: 'c', rating: 'klopt-niet', comment: 'Ik ben Hofstede-Brink en dit klopt niet' });
    const clean = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Niets persoonlijks?' }));

    const preview = await h.call('beheer', 'POST', '/api/privacy/wissen', { zoekterm: 'hofstede-brink' });
    expect(await json(preview)).toEqual({ gewist: false, concepten: [a, b.id], feedback: [1], kennisbank: [] });
    expect(await h.store.drafts.get(a)).toBeDefined();

    const done = await json(await h.call('beheer', 'POST', '/api/privacy/wissen', { zoekterm: 'Hofstede-Brink', wissen: true }));
    expect(done).toMatchObject({ gewist: true, concepten: [a, b.id], feedback: [1] });
    expect(await h.store.drafts.get(a)).toBeUndefined();
    expect(await h.store.drafts.get(clean.id)).toBeDefined();
    expect((await h.store.feedback.get(1))?.comment).toBeUndefined();
    // The audit records the erasure by a keyed fingerprint of the term, never the term.
    const audit = JSON.stringify(await h.store.audit.list({ entity: 'privacy', limit: 10, offset: 0 }));
    expect(audit).toMatch(/privacy.erased/);
    expect(audit).not.toMatch(/hofstede/i);
  });
});
