import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest/ingest.js';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { readIndex } from '../../server/index/store.js';
import { createAnalyzer } from '../../server/retrieve/analysis.js';
import { HashingEmbeddings } from '../../server/retrieve/embeddings.js';

// Ingest faults beyond those in test/index/ingest.test.ts (corrupt PDF, empty file, broken link, kill mid-write):
// binary junk named .pdf, a file removed while ingesting, 200 MB files, and the index still serving afterwards.

const embeddings = () => new HashingEmbeddings(createAnalyzer({ groups: [], lexicon: [] }));
const MB = 1024 * 1024;
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A folder with two good documents, ingested once: the "previous index" every fault must leave intact. */
async function withPreviousIndex() {
  const root = mkdtempSync(join(tmpdir(), 'ww-faults-'));
  roots.push(root);
  const docs = join(root, 'docs');
  const dataDir = join(root, 'data');
  mkdirSync(docs);
  writeFileSync(join(docs, 'a.txt'), '1. Verlof\n\nVakantieverlof vraagt u bij de directeur aan.\n\n2. Verzuim\n\nDe school meldt 16 uur verzuim bij DUO.');
  writeFileSync(join(docs, 'b.md'), '---\nid: doc-b\ntitle: Doc B\ntype: kennisbank\n---\n\n## Melding\n\nDe leerplichtambtenaar onderzoekt de melding.\n');
  await ingest({ dataDir, embeddings: embeddings(), add: [{ path: docs }] });
  const passages = Object.values(readIndex(dataDir)!.files).flatMap((f) => f.passages.map((p) => p.id)).sort();
  expect(passages.length).toBeGreaterThanOrEqual(3);
  return { root, docs, dataDir, passages };
}

const passageIds = (dataDir: string) => Object.values(readIndex(dataDir)!.files).flatMap((f) => f.passages.map((p) => p.id)).sort();

/** The index opens and answers a search, as the server does at start-up. */
async function stillServes(dataDir: string, docs: string) {
  const knowledge = await openKnowledgeIndex({ knowledgeDir: docs, dataDir, embeddings: embeddings() });
  const hits = await knowledge.search('verlof directeur', { k: 3 });
  expect(hits.length).toBeGreaterThan(0);
}

describe('ingest faults', () => {
  it('skips binary junk named .pdf with a Dutch reason and keeps the rest', async () => {
    const { docs, dataDir, passages } = await withPreviousIndex();
    writeFileSync(join(docs, 'junk.pdf'), Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(join(docs, 'half.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n' + '\u0000'.repeat(500));
    const report = await ingest({ dataDir, embeddings: embeddings(), add: [{ path: docs }] });
    expect(report.skipped.map((s) => basename(s.file)).sort()).toEqual(['half.pdf', 'junk.pdf']);
    for (const s of report.skipped) expect(s.reason).toMatch(/[a-z]{4,}/);
    expect(passageIds(dataDir)).toEqual(passages);
    await stillServes(dataDir, docs);
  });

  it('survives a file removed while ingesting', async () => {
    const { docs, dataDir } = await withPreviousIndex();
    for (let i = 0; i < 6; i++) writeFileSync(join(docs, `extra-${i}.txt`), `${i + 1}. Extra\n\nExtra tekst ${i} over verzuim en verlof.`);
    let removed = '';
    const report = await ingest({
      dataDir,
      embeddings: embeddings(),
      add: [{ path: docs }],
      // Once the first file is handled, pull a later one away (a user cleaning up the folder mid-run).
      onFile: () => {
        if (removed) return;
        removed = join(docs, 'extra-4.txt');
        unlinkSync(removed);
      },
    });
    expect(removed).not.toBe('');
    const skipped = report.skipped.map((s) => s.file);
    const added = report.added;
    expect(added).not.toContain(removed);
    expect(skipped.every((f) => f === removed)).toBe(true);
    expect(passageIds(dataDir).some((id) => id.startsWith('extra-4'))).toBe(false);
    await stillServes(dataDir, docs);
  });

  // Large files run in a child process: an out-of-memory crash there is a failure to report, not a dead test runner.
  it.each([
    ['groot.pdf', 'sparse'],
    ['groot.txt', 'sparse'],
    ['groot.txt', 'text'],
  ])('refuses or reads a 200 MB %s (%s) without crashing, and the previous index still loads', async (name, kind) => {
    const { docs, dataDir, passages } = await withPreviousIndex();
    const big = join(docs, name);
    if (kind === 'sparse') {
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 200 * MB);
      closeSync(fd);
    } else {
      const line = 'De leerling heeft zestien uur ongeoorloofd verzuim en de school meldt dit binnen vijf dagen bij DUO.\n';
      const block = line.repeat(10_000);
      const ws = createWriteStream(big);
      for (let written = 0; written < 200 * MB; written += block.length) {
        if (!ws.write(block)) await new Promise<void>((r) => ws.once('drain', () => r()));
      }
      await new Promise<void>((r) => ws.end(() => r()));
    }
    const child = join(import.meta.dirname, 'fixtures', 'ingest-run.ts');
    const run = spawnSync(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', child, dataDir, docs], { encoding: 'utf8', timeout: 180_000 });
    rmSync(big, { force: true });
    expect(run.signal, run.stderr.slice(-400)).toBeNull();
    expect(run.status, run.stderr.slice(-400)).toBe(0);
    const report = JSON.parse(run.stdout) as { added: string[]; skipped: Array<{ file: string; reason: string }> };
    const verdict = report.skipped.find((s) => s.file === big);
    // Either way the old passages stay; a refused file must say why.
    if (verdict) expect(verdict.reason).toMatch(/[a-z]{4,}/);
    expect(passageIds(dataDir)).toEqual(expect.arrayContaining(passages));
    await stillServes(dataDir, docs);
  }, 240_000);
});
