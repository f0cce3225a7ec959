import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSentences, rankSentences, sentencesOf } from '../../server/ask/evidence.js';
import { ingest } from '../../server/ingest/ingest.js';
import { analyzerFor } from '../../server/index/analyzers.js';
import { openKnowledgeIndex, type OpenedKnowledgeIndex } from '../../server/index/knowledge-index.js';
import type { Passage } from '../../server/index/passage.js';
import { HashingEmbeddings } from '../../server/retrieve/embeddings.js';
import { encodeTerms, rerank } from '../../server/retrieve/rerank.js';
import { storedPart } from '../../server/retrieve/stored-analysis.js';
import { openDatabase } from '../../server/store/db.js';

// The analysis an answer needs of a passage is made at ingest and stored with it (migration 006): a passage read from
// the index must give exactly what analysing its text gives, whatever the passage (list items under an intro,
// tables, headings with numbers, every document type), and a database written before, or analysed another way, must
// never hand out a stale analysis.

const knowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));
const analyzer = analyzerFor(knowledgeDir);
const embeddings = new HashingEmbeddings(analyzer);
const analyze = (t: string) => analyzer.analyze(t);
let dataDir: string;

/** The same passage as a new object: it has no stored analysis, so it is analysed from its text. */
const fresh = (p: Passage): Passage => structuredClone(p);

const open = (skipIngest = true) => openKnowledgeIndex({ knowledgeDir, dataDir, analyzer, embeddings, skipIngest });

const sentenceView = (p: Passage) => sentencesOf(p, analyze).map((s) => ({ text: s.text, terms: [...s.terms], aspects: [...s.aspects], intro: s.intro }));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ww-stored-analysis-'));
  await ingest({ dataDir, knowledgeDir, analyzer, embeddings });
}, 120_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a passage read from the index', () => {
  let index: OpenedKnowledgeIndex;
  beforeAll(async () => {
    index = await open();
  });
  afterAll(() => index.close());

  it('carries its stored analysis, equal to that of its text, for every built-in passage', () => {
    const all = index.passages();
    expect(all.length).toBeGreaterThan(500);
    for (const { id } of all) {
      const p = index.get(id)!;
      const copy = fresh(p);
      expect(JSON.parse(storedPart(p, 'sentences')!)).toEqual(encodeSentences(copy, analyze));
      expect(storedPart(p, 'rerankTerms')).toBe(encodeTerms(copy, analyze));
    }
  });

  it('keeps the list intro a published item depends on, and the aspects its sentences state', async () => {
    const [published] = await index.upsertDocument({
      id: 'kb-lijst',
      title: 'Kennisbank, vraag over 18-jarigen',
      legalIds: ['lpw:14'],
      body: '## Moet een leerling van 18 zich afmelden?\n\nAls de leerling 18 jaar of ouder is, dan:\n\n- meldt de school het verzuim niet meer bij de gemeente als leerplichtverzuim;\n- begint de termijn voor de melding bij het Doorstroompunt op de eerste dag van afwezigheid.',
    });
    const p = index.get(published!.id)!;
    expect(storedPart(p, 'sentences')).toBeDefined();
    const view = sentenceView(p);
    expect(view.filter((s) => s.intro === 'Als de leerling 18 jaar of ouder is, dan:')).toHaveLength(2);
    expect(view.some((s) => s.aspects.length > 0)).toBe(true);
    expect(view).toEqual(sentenceView(fresh(p)));
    await index.removeDocument('kb-lijst');
  });

  it('quotes the same sentences with the same terms, aspects and list intros as from its text', () => {
    for (const { id } of index.passages()) {
      const p = index.get(id)!;
      expect(sentenceView(p)).toEqual(sentenceView(fresh(p)));
    }
  });

  it.each([
    'Mag een leerling vrij voor de bruiloft van een oom?',
    'wanneer begint de leerplicht van mijn dochter',
    'Wat moet ik doen als een leerling 16 uur in 4 weken afwezig is?',
    'vakantie onder schooltijd buiten de schoolvakanties, welke artikel',
    'vrijstelling artikel 5 onder a',
  ])('ranks passages and sentences alike for "%s"', (question) => {
    const hits = index.searchSync(question, { k: 30 });
    expect(hits.length).toBeGreaterThan(1);
    const copies = hits.map((h) => ({ ...h, passage: fresh(h.passage) }));
    expect(rerank(question, hits, analyze).map((h) => h.passage.id)).toEqual(rerank(question, copies, analyze).map((h) => h.passage.id));
    const ranked = (hs: typeof hits) => rankSentences(hs.map((h, i) => ({ passage: h.passage, prior: 0.1 / (1 + i) })), question, analyze).map((s) => [s.passage.id, s.text, s.score]);
    expect(ranked(hits)).toEqual(ranked(copies));
  });
});

describe('a stored analysis that may be stale is not used', () => {
  const stale = (sql: string) => {
    const db = openDatabase(dataDir);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  it.each([
    ['rows written before migration 006', "UPDATE index_passages SET sentences = NULL, rerank_terms = NULL; DELETE FROM index_meta WHERE key = 'analysis'"],
    ['analyses made another way', "UPDATE index_passages SET sentences = '[]', rerank_terms = ''; UPDATE index_meta SET value = 'elders' WHERE key = 'analysis'"],
  ])('%s: analysed from the text until the next ingest stores them anew', async (_, sql) => {
    stale(sql);
    const before = await open();
    try {
      const p = before.passages()[0]!;
      expect(storedPart(before.get(p.id)!, 'sentences')).toBeUndefined();
      expect(sentenceView(before.get(p.id)!)).toEqual(sentenceView(fresh(p)));
    } finally {
      before.close();
    }
    await ingest({ dataDir, knowledgeDir, analyzer, embeddings });
    const after = await open();
    try {
      for (const { id } of after.passages()) {
        const p = after.get(id)!;
        expect(JSON.parse(storedPart(p, 'sentences')!)).toEqual(encodeSentences(fresh(p), analyze));
      }
    } finally {
      after.close();
    }
  }, 120_000);
});
