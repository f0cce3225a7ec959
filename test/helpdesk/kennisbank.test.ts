import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import type { KennisbankEntry } from '../../server/store/types.js';
import { indexedAnswer } from '../../server/helpdesk/kennisbank.js';
import { json, recordingPublisher, setup } from './harness.js';

async function liveIndex() {
  const root = mkdtempSync(join(tmpdir(), 'ww-kb-'));
  const knowledge = join(root, 'knowledge');
  mkdirSync(knowledge);
  writeFileSync(
    join(knowledge, 'lpw.md'),
    '---\nid: lpw\ntitle: Leerplichtwet 1969\ntype: wet\n---\n\n## Artikel 11 — Geoorloofd verzuim {lpw:11}\n\nEen leerling mag wegblijven als de school gesloten is.\n',
  );
  return openKnowledgeIndex({ knowledgeDir: knowledge, dataDir: join(root, 'data') });
}

interface Hit { documentId: string; title: string; type: string; legalIds: string[]; text: string }
const search = async (h: Awaited<ReturnType<typeof setup>>, q: string) =>
  (await json<{ hits: Hit[] }>(await h.call(undefined, 'GET', `/api/search?q=${encodeURIComponent(q)}`))).hits.filter((x) => x.documentId.startsWith('kb-vraag-'));

async function approve(h: Awaited<ReturnType<typeof setup>>, draftId: number, edit?: Record<string, unknown>) {
  if (edit) expect((await h.call('helpdesk', 'PATCH', `/api/drafts/${draftId}`, edit)).status).toBe(200);
  expect((await h.call('helpdesk', 'POST', `/api/drafts/${draftId}/status`, { status: 'ter-review' })).status).toBe(200);
  const res = await h.call('collega', 'POST', `/api/drafts/${draftId}/status`, { status: 'goedgekeurd', comment: 'Akkoord' });
  expect(res.status).toBe(200);
  return (await json<{ entry: KennisbankEntry }>(res)).entry;
}

describe('kennisbank publishing', () => {
  it('indexes an approved answer at once, cited as a kennisbank source; withdrawing removes it but keeps history', async () => {
    const index = await liveIndex();
    const h = await setup({ knowledge: index, publisher: index, now: () => new Date('2026-03-04T10:00:00Z') });
    const draft = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Mag een leerling vrij voor de bruiloft van een oom?' }));
    expect(await search(h, 'bruiloft oom')).toEqual([]);

    const entry = await approve(h, draft.id, { answer: 'Ja, voor de bruiloft van een oom kan de directeur één dag verlof geven [1].' });
    expect(entry).toMatchObject({ number: 1, version: 1, status: 'gepubliceerd', legalIds: ['lpw:14'], laatstGecontroleerd: '2026-03-04' });
    expect(entry.legalBasis).toEqual([{ id: 'lpw:14', label: 'Leerplichtwet 1969, artikel 14, eerste lid' }]);

    const hits = await search(h, 'bruiloft oom');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ documentId: 'kb-vraag-1', title: 'Ingrado kennisbank, vraag 1, 4 maart 2026', type: 'kennisbank', legalIds: ['lpw:14'] });
    // The draft's [n] markers pointed at its own sources; the published text has none.
    expect(hits[0]!.text).toBe('Ja, voor de bruiloft van een oom kan de directeur één dag verlof geven.\n\nGrondslag: Leerplichtwet 1969, artikel 14, eerste lid.');

    // The next /api/ask (the real offline pipeline over the same index) cites it like any source.
    const cited = async () =>
      (await json<{ citations: Array<{ id: string; title: string; quote: string }> }>(await h.call(undefined, 'POST', '/api/ask', { question: 'Mag een leerling vrij voor de bruiloft van een oom?' }))).citations;
    expect((await cited()).find((c) => c.id.startsWith('kb-vraag-1:'))).toMatchObject({ title: 'Ingrado kennisbank, vraag 1, 4 maart 2026' });

    const withdrawn = await h.call('helpdesk', 'POST', '/api/kennisbank/1/withdraw', { reason: 'Beleid gewijzigd' });
    expect(await json<KennisbankEntry>(withdrawn)).toMatchObject({ status: 'ingetrokken', withdrawReason: 'Beleid gewijzigd', withdrawnBy: h.users.helpdesk.id });
    expect(await search(h, 'bruiloft oom')).toEqual([]);
    expect((await cited()).filter((c) => c.id.startsWith('kb-vraag-'))).toEqual([]);
    const { versions } = await json<{ versions: KennisbankEntry[] }>(await h.call('helpdesk', 'GET', '/api/kennisbank/1'));
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'ingetrokken']]);
    expect((await h.call('helpdesk', 'POST', '/api/kennisbank/1/withdraw', { reason: 'Nogmaals' })).status).toBe(404);
  });

  it('a revision supersedes the live version: only the new text is retrieved, the old one stays in the history', async () => {
    const index = await liveIndex();
    const h = await setup({ knowledge: index, publisher: index });
    const draft = await json<{ id: number }>(await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Hoeveel dagen verlof voor een bruiloft?' }));
    await approve(h, draft.id, { answer: 'Voor een bruiloft in het buitenland geeft de directeur vijf dagen verlof.' });

    const revise = await h.call('helpdesk', 'POST', '/api/kennisbank/1/revise');
    expect(revise.status).toBe(201);
    const next = await json<{ id: number; supersedesNumber: number; answer: string }>(revise);
    expect(next).toMatchObject({ supersedesNumber: 1, answer: 'Voor een bruiloft in het buitenland geeft de directeur vijf dagen verlof.' });
    const v2 = await approve(h, next.id, { answer: 'Voor een bruiloft binnen de woonplaats geeft de directeur één dag verlof.' });
    expect(v2).toMatchObject({ number: 1, version: 2 });

    const hits = await search(h, 'bruiloft verlof directeur');
    expect(hits.map((x) => x.text.split('\n')[0])).toEqual(['Voor een bruiloft binnen de woonplaats geeft de directeur één dag verlof.']);
    const { versions } = await json<{ versions: KennisbankEntry[] }>(await h.call('helpdesk', 'GET', '/api/kennisbank/1'));
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'vervangen'], [2, 'gepubliceerd']]);
    const live = await json<{ entries: KennisbankEntry[] }>(await h.call('helpdesk', 'GET', '/api/kennisbank?status=gepubliceerd'));
    expect(live.entries.map((e) => e.version)).toEqual([2]);
  });

  it('leaves the draft unchanged when indexing fails', async () => {
    const failing = { ...recordingPublisher().publisher, upsertDocument: async () => { throw new Error('schijf vol'); } };
    const h = await setup({ publisher: failing });
    await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' });
    await h.call('helpdesk', 'POST', '/api/drafts/1/status', { status: 'ter-review' });
    const res = await h.call('collega', 'POST', '/api/drafts/1/status', { status: 'goedgekeurd' });
    expect(res.status).toBe(503);
    expect((await json<{ error: { message: string } }>(res)).error.message).toMatch(/niet gewijzigd/);
    expect((await h.store.drafts.get(1))?.status).toBe('ter-review');
    expect(await h.store.kennisbank.list()).toEqual([]);
  });

  it('undoes the index change when the database refuses the publication', async () => {
    const h = await setup();
    await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' });
    await h.call('helpdesk', 'POST', '/api/drafts/1/status', { status: 'ter-review' });
    const draft = (await h.store.drafts.get(1))!;
    // Someone else moved the draft back between the check and the commit.
    await h.store.drafts.setStatus(1, 'ter-review', 'concept', { by: h.users.helpdesk.id }, { action: 'draft.status', entity: 'draft', entityId: '1' });
    await expect(h.helpdesk.kennisbank.publish(h.users.helpdesk, draft, 'ter-review')).rejects.toMatchObject({ status: 409 });
    expect(h.docs.size).toBe(0);
  });

  it('lists entries that are old or rest on a rule parameter changed since their last check', async () => {
    let today = new Date('2025-06-01T09:00:00Z');
    const h = await setup({
      now: () => today,
      env: { KENNISBANK_MAX_AGE_DAYS: '180' },
      ruleChanges: () => [
        { legalId: 'lpw:14', parameter: 'verlof.maxDagenDirecteur', geldigVanaf: '2025-08-01' },
        { legalId: 'lpw:3', parameter: 'leerplicht.startLeeftijd', geldigVanaf: '2025-08-01' },
        { legalId: 'lpw:14', parameter: 'verlof.oud', geldigVanaf: '2020-01-01' },
      ],
    });
    await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' });
    await h.call('helpdesk', 'POST', '/api/drafts/1/status', { status: 'ter-review' });
    await h.call('collega', 'POST', '/api/drafts/1/status', { status: 'goedgekeurd' });
    const review = async () => (await json<{ entries: Array<{ entry: KennisbankEntry; redenen: Array<{ soort: string; parameter?: string }> }> }>(await h.call('helpdesk', 'GET', '/api/kennisbank/review'))).entries;

    // Checked on 2025-06-01; the lpw:14 parameter changes on 2025-08-01 (announced), lpw:3 is not this entry's basis.
    expect((await review()).map((r) => r.redenen.map((x) => [x.soort, x.parameter]))).toEqual([[['parameter-gewijzigd', 'verlof.maxDagenDirecteur']]]);

    today = new Date('2026-01-15T09:00:00Z');
    expect((await review())[0]!.redenen.map((x) => x.soort)).toEqual(['verouderd', 'parameter-gewijzigd']);

    // A fresh check clears both, and the index gets the new date.
    expect(await json<KennisbankEntry>(await h.call('helpdesk', 'POST', '/api/kennisbank/1/checked'))).toMatchObject({ laatstGecontroleerd: '2026-01-15' });
    expect(await review()).toEqual([]);
    expect(h.docs.get('kb-vraag-1')?.laatstGecontroleerd).toBe('2026-01-15');
  });

  it('brings the index in line with the database at start-up', async () => {
    const h = await setup();
    await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Vraag' });
    await h.call('helpdesk', 'POST', '/api/drafts/1/status', { status: 'ter-review' });
    await h.call('collega', 'POST', '/api/drafts/1/status', { status: 'goedgekeurd' });
    h.docs.clear();
    h.docs.set('kb-vraag-9', { id: 'kb-vraag-9', title: 'wees', body: '## x\n\ny' });
    expect(await h.helpdesk.kennisbank.reconcile()).toEqual({ added: 1, removed: 1 });
    expect([...h.docs.keys()]).toEqual(['kb-vraag-1']);
  });
});

describe('indexedAnswer', () => {
  it('drops citation markers and the letter frame of a helpdesk answer, nothing else', () => {
    const letter = 'Geachte heer/mevrouw,\n\nDank voor uw vraag. Hieronder ons antwoord.\n\n**Ja, de directeur beslist.** [1]\nZie artikel 14 [2, 3][4].\n\nMet vriendelijke groet,\nHelpdesk';
    expect(indexedAnswer(letter)).toBe('**Ja, de directeur beslist.**\nZie artikel 14.');
    expect(indexedAnswer('De Beste school meldt [1] binnen 5 dagen.')).toBe('De Beste school meldt binnen 5 dagen.');
  });
});
