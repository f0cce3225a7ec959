import { describe, expect, it } from 'vitest';
import { buildMemoryIndex } from '../../server/index/knowledge-index.js';
import type { Passage, SearchFilters } from '../../server/index/passage.js';

const base = { legalIds: [] as string[] };
const passages: Passage[] = [
  {
    ...base,
    id: 'lpw:artikel-14:1',
    documentId: 'lpw',
    title: 'Leerplichtwet 1969',
    section: 'Artikel 14 — Verlof wegens gewichtige omstandigheden',
    type: 'wet',
    geldigVanaf: '2026-08-01',
    legalIds: ['lpw:14'],
    text: 'De directeur kan een leerling vrijstelling geven wegens andere gewichtige omstandigheden, voor ten hoogste 10 schooldagen per schooljaar.',
  },
  {
    ...base,
    id: 'kb:verlof:1',
    documentId: 'kb',
    title: 'Kennisbank verlof',
    section: 'Mag een gezin buiten de schoolvakanties op vakantie?',
    type: 'kennisbank',
    legalIds: ['lpw:14', 'lpw:13a'],
    text: 'Vakantie buiten de schoolvakanties is luxeverzuim, tenzij de directeur vakantieverlof geeft wegens het beroep van een ouder.',
  },
  {
    ...base,
    id: 'protocol:lrv:1',
    documentId: 'protocol-ijssel-vecht',
    title: 'Regionaal protocol IJssel-Vecht',
    section: 'Langdurig relatief verzuim',
    type: 'protocol',
    region: 'ijssel-vecht',
    text: 'Bij langdurig relatief verzuim bespreekt de leerplichtambtenaar de thuiszitter in het overleg met het samenwerkingsverband.',
  },
  {
    ...base,
    id: 'protocol-other:lrv:1',
    documentId: 'protocol-elders',
    title: 'Regionaal protocol elders',
    section: 'Langdurig relatief verzuim',
    type: 'protocol',
    region: 'elders',
    text: 'In deze regio meldt de school langdurig relatief verzuim ook bij het wijkteam.',
  },
  {
    ...base,
    id: 'mazl:1',
    documentId: 'mazl',
    title: 'M@ZL',
    section: 'Ziekteverzuim',
    type: 'handreiking',
    geldigTot: '2020-12-31',
    legalIds: ['mazl'],
    text: 'Bij vaak ziek melden verwijst de school de leerling naar de jeugdarts van de GGD.',
  },
];

const index = await buildMemoryIndex(passages);

describe('hybrid retrieval', () => {
  it.each([
    ['Hoeveel dagen verlof mag de directeur geven bij gewichtige omstandigheden?', 'lpw:artikel-14:1'],
    ['Wat doet de LPA bij LRV?', 'protocol:lrv:1'],
    ['luxe verzuim in de vakantie', 'kb:verlof:1'],
    ['mazl jeugdarts', 'mazl:1'],
    ['art. 14', 'lpw:artikel-14:1'],
  ])('finds %j', async (q, id) => {
    const hits = await index.search(q, { k: 3 });
    expect(hits[0]?.passage.id).toBe(id);
  });

  it('uses synonyms: an abbreviation finds the written-out phrase', async () => {
    const hits = await index.search('SWV thuiszitter', { k: 1, mode: 'bm25' });
    expect(hits[0]?.passage.id).toBe('protocol:lrv:1');
  });

  it('gives a normalised score that is high on topic and low off topic', async () => {
    const [on] = await index.search('langdurig relatief verzuim thuiszitter', { k: 1 });
    const [off] = await index.search('hypotheek rente belastingaangifte', { k: 1 });
    expect(on!.score).toBeGreaterThan(0.8);
    expect(on!.score).toBeLessThanOrEqual(1);
    expect(off?.score ?? 0).toBeLessThan(0.2);
  });

  it('filters by type, region and legal id', async () => {
    const q = 'verzuim verlof langdurig relatief';
    const ids = async (filters: SearchFilters) =>
      (await index.search(q, { k: 10, filters })).map((h) => h.passage.id);
    expect(await ids({ type: ['wet'] })).toEqual(['lpw:artikel-14:1']);
    // National passages stay in a regional search; other regions' passages do not.
    const regional = await ids({ region: 'ijssel-vecht' });
    expect(regional).toContain('protocol:lrv:1');
    expect(regional).toContain('kb:verlof:1');
    expect(regional).not.toContain('protocol-other:lrv:1');
    expect(await ids({ legalId: 'lpw:13a' })).toEqual(['kb:verlof:1']);
  });

  it('filters on the date a passage is valid', async () => {
    expect((await index.search('ziek jeugdarts', { k: 5, filters: { validOn: '2026-09-01' } })).map((h) => h.passage.id)).not.toContain('mazl:1');
    expect((await index.search('ziek jeugdarts', { k: 5, filters: { validOn: '2019-09-01' } })).map((h) => h.passage.id)).toContain('mazl:1');
    expect((await index.search('gewichtige omstandigheden', { k: 5, filters: { validOn: '2026-01-01' } })).map((h) => h.passage.id)).not.toContain('lpw:artikel-14:1');
  });

  it('runs each mode and keeps search and searchSync equal', async () => {
    for (const mode of ['bm25', 'dense', 'hybrid'] as const) {
      const hits = await index.search('leerplichtambtenaar thuiszitter', { k: 2, mode });
      expect(hits[0]?.passage.id).toBe('protocol:lrv:1');
      expect(index.searchSync('leerplichtambtenaar thuiszitter', { k: 2, mode })).toEqual(hits);
    }
  });

  it('lists passages by legal id with the law first', () => {
    expect(index.byLegalId('lpw:14').map((p) => p.id)).toEqual(['lpw:artikel-14:1', 'kb:verlof:1']);
    expect(index.get('mazl:1')?.title).toBe('M@ZL');
    expect(index.stats()).toEqual({ documents: 5, chunks: 5 });
  });
});
