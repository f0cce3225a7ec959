import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest/ingest.js';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { searchFile, snapshotDir, snapshotGenerations, vectorFile } from '../../server/index/snapshot.js';
import { readIndex } from '../../server/index/store.js';
import { createAnalyzer } from '../../server/retrieve/analysis.js';
import { HashingEmbeddings } from '../../server/retrieve/embeddings.js';

// The index loses nothing that was acknowledged and is never left half-written: not by a full disk (an injected
// write error), not by SIGKILL, not by a second writer. The database is the truth; the search files beside it are
// derived and rebuilt when they are unusable.

const fixtures = join(import.meta.dirname, 'fixtures');
const embeddings = () => new HashingEmbeddings(createAnalyzer({ groups: [], lexicon: [] }));
const diskFull = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'ww-durable-'));
  const knowledge = join(root, 'knowledge');
  const more = join(root, 'meer');
  mkdirSync(knowledge);
  mkdirSync(more);
  writeFileSync(join(knowledge, 'lpw.md'), '---\nid: lpw\ntitle: Leerplichtwet\ntype: wet\n---\n\n## Artikel 11 {lpw:11}\n\nEen leerling mag wegblijven als de school gesloten is.\n');
  for (let i = 0; i < 4; i++) writeFileSync(join(more, `kaart-${i}.txt`), `1. Kaart ${i}\n\nVerzuimkaart ${i}: de school meldt schoolverzuim bij de leerplichtambtenaar.`);
  return { root, knowledge, more, dataDir: join(root, 'data') };
}

const ids = (dataDir: string) => {
  const view = readIndex(dataDir);
  return [...Object.values(view.files), ...Object.values(view.runtime)].flatMap((d) => d.passages.map((p) => p.id)).sort();
};
const tempFiles = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));

describe('a full disk', () => {
  it('during an ingest commits nothing and leaves the previous index searchable', async () => {
    const { knowledge, more, dataDir } = setup();
    await ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings() });
    const before = ids(dataDir);
    await expect(ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings(), add: [{ path: more }], beforeCommit: () => { throw diskFull(); } })).rejects.toThrow(/disk is full/);
    expect(ids(dataDir)).toEqual(before);
    expect(readIndex(dataDir).roots).toHaveLength(1);
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect((await index.search('school gesloten'))[0]?.passage.documentId).toBe('lpw');
    expect(tempFiles(dataDir)).toEqual([]);
    index.close();
  });

  it('during a publication or withdrawal loses nothing published before and keeps the index usable', async () => {
    const { knowledge, dataDir } = setup();
    let full = false;
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir, fault: { beforeCommit: () => { if (full) throw diskFull(); } } });
    await index.upsertDocument({ id: 'kb-vraag-1', title: 'Bruiloft', body: '## Bruiloft\n\nVoor de bruiloft van een oom geeft de directeur één dag verlof.' });
    full = true;
    await expect(index.upsertDocument({ id: 'kb-vraag-2', title: 'Begrafenis', body: '## Begrafenis\n\nVoor een begrafenis geeft de directeur verlof.' })).rejects.toThrow(/disk is full/);
    await expect(index.removeDocument('kb-vraag-1')).rejects.toThrow(/disk is full/);
    expect(index.stats()).toEqual({ documents: 2, chunks: 2 });
    expect((await index.search('bruiloft oom'))[0]?.passage.documentId).toBe('kb-vraag-1');
    expect((await index.search('begrafenis')).some((h) => h.passage.documentId === 'kb-vraag-2')).toBe(false);
    full = false;
    await index.upsertDocument({ id: 'kb-vraag-2', title: 'Begrafenis', body: '## Begrafenis\n\nVoor een begrafenis geeft de directeur verlof.' });
    index.close();
    expect(ids(dataDir)).toEqual(['kb-vraag-1:bruiloft:1', 'kb-vraag-2:begrafenis:1', 'lpw:artikel-11:1']);
  });

  it('while the search files are saved costs speed only: the index works, no temporary files stay, the next start saves them', async () => {
    const { knowledge, dataDir } = setup();
    const warnings: string[] = [];
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir, warn: (m) => warnings.push(m), fault: { beforeWrite: () => { throw noSpace(); } } });
    expect(warnings.join()).toMatch(/kon niet worden opgeslagen/);
    expect(snapshotGenerations(snapshotDir(dataDir))).toEqual([]);
    expect((await index.search('school gesloten'))[0]?.passage.documentId).toBe('lpw');
    expect(tempFiles(dataDir)).toEqual([]);
    index.close();
    const next = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(next.report.open.snapshotWritten).toBe(true);
    expect(snapshotGenerations(snapshotDir(dataDir))).toHaveLength(1);
    next.close();
  });

  it.each(['search', 'vectors'])('that cut the %s file short is noticed: the index is rebuilt from the database with the same results', async (which) => {
    const { knowledge, more, dataDir } = setup();
    await ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings(), add: [{ path: more }] });
    const first = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    const expected = (await first.search('verzuimkaart leerplichtambtenaar')).map((h) => h.passage.id);
    first.close();
    const [g] = snapshotGenerations(snapshotDir(dataDir));
    const file = which === 'search' ? searchFile(snapshotDir(dataDir), g!) : vectorFile(snapshotDir(dataDir), g!);
    truncateSync(file, 200);
    const reopened = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(reopened.report.open.rebuilt).toMatch(/onleesbaar/);
    expect((await reopened.search('verzuimkaart leerplichtambtenaar')).map((h) => h.passage.id)).toEqual(expected);
    reopened.close();
  });
});

describe('a vector graph opened lazily', () => {
  it('is read at its first use, even when a newer snapshot removed its file meanwhile', async () => {
    const { knowledge, more, dataDir } = setup();
    await ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings(), add: [{ path: more }] });
    const first = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    const expected = (await first.search('verzuimkaart leerplichtambtenaar', { mode: 'dense' })).map((h) => h.passage.id);
    first.close();
    expect(expected.length).toBeGreaterThan(0);

    const reader = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir, skipIngest: true });
    expect(reader.report.open.rebuilt).toBeUndefined();
    // What another process saving a newer snapshot does to the older generation's files.
    for (const g of snapshotGenerations(snapshotDir(dataDir))) rmSync(vectorFile(snapshotDir(dataDir), g));
    expect((await reader.search('verzuimkaart leerplichtambtenaar', { mode: 'dense' })).map((h) => h.passage.id)).toEqual(expected);
    reader.close();
  });
});

describe('SIGKILL', () => {
  it('during publications loses no acknowledged one', async () => {
    const { knowledge, dataDir } = setup();
    await ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings() });
    const child = spawn(process.execPath, ['--import', 'tsx', join(fixtures, 'publish-child.ts'), dataDir, knowledge, 'loop']);
    const acknowledged: string[] = [];
    let out = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const lines = out.split('\n');
        out = lines.pop()!;
        for (const l of lines) if (l.startsWith('ok ')) acknowledged.push(l.slice(3));
        if (acknowledged.length >= 12 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);
    const stored = new Set(Object.keys(readIndex(dataDir).runtime));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    for (const id of acknowledged) expect(index.get(`${id}:vraag-${id.slice('kb-kind-'.length)}:1`)).toBeDefined();
    expect(tempFiles(dataDir)).toEqual([]);
    index.close();
  });

  it('inside a publication transaction leaves the index as it was', async () => {
    const { knowledge, dataDir } = setup();
    await ingest({ dataDir, knowledgeDir: knowledge, embeddings: embeddings() });
    const before = ids(dataDir);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(fixtures, 'publish-child.ts'), dataDir, knowledge, 'in-transaction'], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toBe('');
    expect(ids(dataDir)).toEqual(before);
  });
});

describe('two writers', () => {
  it('an ingest while the server publishes: both writers’ work is there, and the server sees the ingest without a restart', async () => {
    const { knowledge, more, dataDir } = setup();
    const server = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    const cli = join(import.meta.dirname, '..', '..', 'scripts', 'ingest.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', cli, more], { env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledge }, stdio: 'ignore' });
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const published: string[] = [];
    let exited = false;
    void done.then(() => (exited = true));
    for (let i = 0; !exited || i < 3; i++) {
      await server.upsertDocument({ id: `kb-vraag-${i}`, title: `Vraag ${i}`, body: `## Vraag ${i}\n\nAntwoord ${i} over verlof.` });
      published.push(`kb-vraag-${i}`);
      // Like requests to a server: each publication is its own turn of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await done).toBe(0);
    // Picked up at the next use, without reopening.
    expect(server.stats().chunks).toBe(1 + 4 + published.length);
    expect((await server.search('verzuimkaart 3')).some((h) => h.passage.id.startsWith('kaart-3'))).toBe(true);
    server.close();
    const view = readIndex(dataDir);
    expect(Object.keys(view.runtime).sort()).toEqual([...published].sort());
    expect(Object.keys(view.files)).toHaveLength(5);
    expect(view.roots.map((r) => r.path)).toContain(more);
  }, 60_000);
});
