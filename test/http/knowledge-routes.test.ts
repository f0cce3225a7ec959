import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { buildMemoryIndex } from '../../server/index/knowledge-index.js';

const knowledge = await buildMemoryIndex([
  {
    id: 'lpw:artikel-14:1',
    documentId: 'lpw',
    title: 'Leerplichtwet 1969',
    section: 'Artikel 14',
    url: 'https://wetten.overheid.nl/BWBR0002628',
    type: 'wet',
    geldigVanaf: '2026-08-01',
    legalIds: ['lpw:14'],
    text: 'De directeur geeft verlof wegens gewichtige omstandigheden voor ten hoogste 10 schooldagen.',
  },
  {
    id: 'protocol:thuiszitters:1',
    documentId: 'protocol',
    title: 'Regionaal protocol',
    section: 'Thuiszitters',
    page: 12,
    type: 'protocol',
    region: 'ijssel-vecht',
    legalIds: [],
    text: 'De leerplichtambtenaar bespreekt iedere thuiszitter met het samenwerkingsverband.',
  },
]);
const app = createApp({ version: 't', knowledge, llmEnabled: false });

describe('GET /api/sources/:id', () => {
  it('returns the passage a citation points to', async () => {
    const res = await app.request('/api/sources/protocol:thuiszitters:1');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: 'protocol:thuiszitters:1',
      documentId: 'protocol',
      title: 'Regionaal protocol',
      section: 'Thuiszitters',
      page: 12,
      type: 'protocol',
      region: 'ijssel-vecht',
      text: 'De leerplichtambtenaar bespreekt iedere thuiszitter met het samenwerkingsverband.',
    });
  });

  it('answers an unknown id with a Dutch 404', async () => {
    const res = await app.request('/api/sources/bestaat-niet');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'bron-niet-gevonden', message: "Er is geen bronpassage met id 'bestaat-niet'." } });
  });
});

describe('GET /api/search', () => {
  it('ranks passages with scores', async () => {
    const res = await app.request('/api/search?q=LPA%20thuiszitters&k=2');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string; hits: Array<{ id: string; score: number; scores: { rrf: number }; type: string }> };
    expect(body.query).toBe('LPA thuiszitters');
    expect(body.hits[0]).toMatchObject({ id: 'protocol:thuiszitters:1', type: 'protocol', region: 'ijssel-vecht', page: 12 });
    expect(body.hits[0]!.score).toBeGreaterThan(0.9);
    expect(body.hits[0]!.scores.rrf).toBeGreaterThan(0);
  });

  it.each([
    ['type=wet', ['lpw:artikel-14:1']],
    ['type=protocol,mas', ['protocol:thuiszitters:1']],
    ['validOn=2026-01-01', ['protocol:thuiszitters:1']],
  ])('filters with %s', async (filter, ids) => {
    const res = await app.request(`/api/search?q=verlof%20thuiszitter&k=5&${filter}`);
    const body = (await res.json()) as { hits: Array<{ id: string }> };
    expect(body.hits.map((h) => h.id)).toEqual(ids);
  });

  it.each([
    ['', "veld 'q'"],
    ['q=%20', "veld 'q'"],
    ['q=verlof&k=0', "veld 'k'"],
    ['q=verlof&k=tien', "veld 'k'"],
    ['q=verlof&type=roman', "veld 'type"],
    ['q=verlof&validOn=1-1-2026', "veld 'validOn'"],
  ])('refuses ?%s with a 400 naming the field', async (query, field) => {
    const res = await app.request(`/api/search?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('ongeldige-invoer');
    expect(body.error.message).toContain(field);
  });
});

describe('GET /api/documents', () => {
  it('lists every document once, with its sections in order and its validity date', async () => {
    const res = await app.request('/api/documents');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { documents: Array<{ id: string; type: string; geldigVanaf?: string; sections: Array<{ id: string; section?: string }> }> };
    const ids = body.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = body.documents.flatMap((d) => d.sections.map((s) => s.id));
    expect(all.length).toBeGreaterThan(1);
    expect(new Set(all).size).toBe(all.length);
    expect(body.documents.some((d) => d.geldigVanaf)).toBe(true);
  });
});

describe('GET /api/search without matching terms', () => {
  it('returns no results for a query that shares no word with any passage', async () => {
    const res = await app.request('/api/search?q=%25%25%25');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { hits: unknown[] }).hits).toEqual([]);
  });
});
