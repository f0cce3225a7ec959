import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { createAnalyzer } from '../../server/retrieve/analysis.js';
import { HashingEmbeddings, OpenAICompatibleEmbeddings, createEmbeddings } from '../../server/retrieve/embeddings.js';

const analyzer = createAnalyzer({ groups: [['lpa', 'leerplichtambtenaar']], lexicon: [] });
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('offline embedder', () => {
  const emb = new HashingEmbeddings(analyzer);
  it('is deterministic, normalised and sees synonyms and word forms', async () => {
    const [a, b] = await emb.embedDocuments(['De LPA belt de ouders.', 'De LPA belt de ouders.']);
    expect(a).toEqual(b);
    expect(Math.hypot(...a!)).toBeCloseTo(1, 6);
    const q = emb.embedSync('leerplichtambtenaar');
    expect(dot(q, emb.embedSync('de lpa'))).toBeGreaterThan(dot(q, emb.embedSync('de directeur')));
    const spijbel = emb.embedSync('spijbelende');
    expect(dot(spijbel, emb.embedSync('spijbelaars'))).toBeGreaterThan(dot(spijbel, emb.embedSync('directeur')) + 0.2);
  });
  it('names its vocabulary in its id', () => {
    expect(emb.id).toContain(analyzer.fingerprint);
    expect(createEmbeddings({}, analyzer)).toBeInstanceOf(HashingEmbeddings);
  });
});

describe('OpenAI-compatible embeddings endpoint', () => {
  const requests: Array<{ model: string; input: string[] }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { model: string; input: string[] };
      requests.push(parsed);
      // Answer out of order: the client must sort by index.
      const data = parsed.input.map((t, index) => ({ object: 'embedding', index, embedding: [t.length, index, 1] })).reverse();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ object: 'list', data, model: parsed.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  const ready = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`)));
  afterAll(() => server.close());

  it('sends batches of 64 to the configured model and keeps the order', async () => {
    const baseURL = await ready;
    const emb = createEmbeddings({ OPENAI_BASE_URL: baseURL, EMBEDDINGS_MODEL: 'test-model', LLM_TIMEOUT_MS: 2000 }, analyzer);
    expect(emb).toBeInstanceOf(OpenAICompatibleEmbeddings);
    expect(emb.id).toBe(`openai:${baseURL}:test-model`);
    const texts = Array.from({ length: 70 }, (_, i) => 'x'.repeat(i + 1));
    const vectors = await emb.embedDocuments(texts);
    expect(requests.map((r) => [r.model, r.input.length])).toEqual([
      ['test-model', 64],
      ['test-model', 6],
    ]);
    expect(vectors.map((v) => v[0])).toEqual(texts.map((t) => t.length));
    expect(await emb.embedQuery('abc')).toEqual([3, 0, 1]);
  });

  it('falls back to the offline embedder at start-up when the endpoint is down', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ww-emb-'));
    mkdirSync(join(root, 'knowledge'));
    writeFileSync(join(root, 'knowledge', 'a.md'), '---\nid: a\ntitle: A\ntype: kennisbank\n---\n\n## Kop\n\nDe school meldt verzuim.\n');
    const warnings: string[] = [];
    const index = await openKnowledgeIndex({
      knowledgeDir: join(root, 'knowledge'),
      dataDir: join(root, 'data'),
      env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', EMBEDDINGS_MODEL: 'weg', LLM_TIMEOUT_MS: 500 },
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual([expect.stringMatching(/embeddings-endpoint werkt niet/)]);
    expect((await index.search('verzuim melden'))[0]?.passage.documentId).toBe('a');
  });
});
