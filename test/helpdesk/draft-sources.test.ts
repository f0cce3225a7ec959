import { describe, expect, it } from 'vitest';
import { checkDraftSources } from '../../server/helpdesk/draft-sources.js';
import { json, setup } from './harness.js';

// The sources of a draft can be changed, and a save never leaves a [n] marker without a source.

const bron = (n: number, id = `bron-${n}`) => ({ n, id, title: `Titel ${id}`, quote: `Citaat uit ${id}.` });

describe('checkDraftSources', () => {
  it('nummert de markeringen 1, 2, 3 in volgorde van gebruik; ongebruikte bronnen komen erachter', () => {
    const r = checkDraftSources('Eerst [3], dan [1] en weer [3].', [bron(1), bron(2), bron(3)]);
    expect(r.answer).toBe('Eerst [1], dan [2] en weer [1].');
    expect(r.citations.map((c) => [c.n, c.id])).toEqual([[1, 'bron-3'], [2, 'bron-1'], [3, 'bron-2']]);
  });

  it.each([
    ['Zie [2].', [bron(1)], /Markering \[2\] verwijst naar geen bron/],
    ['Zie [4] en [5].', [bron(1)], /De markeringen \[4\], \[5\] verwijzen naar geen bron/],
    ['Zie [1].', [], /Markering \[1\] verwijst naar geen bron/],
  ])('weigert %j met een Nederlandse melding', (answer, citations, message) => {
    expect(() => checkDraftSources(answer, citations)).toThrow(message);
  });

  it('laat een tekst zonder markeringen en zonder bronnen ongemoeid', () => {
    expect(checkDraftSources('Geen bron nodig.', [])).toEqual({ answer: 'Geen bron nodig.', citations: [] });
  });
});

describe('PATCH /api/drafts/:id met bronnen', () => {
  async function draft() {
    const h = await setup();
    const d = await json<{ id: number; revision: number; answer: string; citations: { n: number; id: string }[] }>(
      await h.call('helpdesk', 'POST', '/api/drafts', { question: 'Wie beslist over verlof van 10 dagen?' }),
    );
    return { h, d };
  }

  it('voegt een bron toe, haalt er een weg en nummert opnieuw', async () => {
    const { h, d } = await draft();
    const res = await h.call('helpdesk', 'PATCH', `/api/drafts/${d.id}`, { answer: 'De directeur beslist [7].', citations: [bron(7, 'nieuw')], revision: d.revision });
    expect(res.status).toBe(200);
    const saved = await json<{ answer: string; citations: { n: number; id: string }[] }>(res);
    expect(saved.answer).toBe('De directeur beslist [1].');
    expect(saved.citations).toEqual([expect.objectContaining({ n: 1, id: 'nieuw' })]);
    const again = await json<{ citations: unknown[] }>(await h.call('helpdesk', 'GET', `/api/drafts/${d.id}`));
    expect(again.citations).toHaveLength(1);
  });

  it('weigert een tekst met een markering zonder bron en slaat niets op', async () => {
    const { h, d } = await draft();
    const res = await h.call('helpdesk', 'PATCH', `/api/drafts/${d.id}`, { answer: 'Zie [1] en [2].', citations: [bron(1)], revision: d.revision });
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string; message: string } }>(res);
    expect(body.error.code).toBe('bron-ontbreekt');
    expect(body.error.message).toMatch(/\[2\] verwijst naar geen bron/);
    const after = await json<{ revision: number; answer: string }>(await h.call('helpdesk', 'GET', `/api/drafts/${d.id}`));
    expect(after).toMatchObject({ revision: d.revision, answer: d.answer });
  });

  it('weigert ook een nieuwe tekst die naar een bron verwijst die het concept niet heeft', async () => {
    const { h, d } = await draft();
    const res = await h.call('helpdesk', 'PATCH', `/api/drafts/${d.id}`, { answer: `${d.answer} Zie ook [${d.citations.length + 1}].`, revision: d.revision });
    expect(res.status).toBe(400);
  });
});
