import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest/ingest.js';
import { readIndex } from '../../server/index/store.js';
import { createAnalyzer } from '../../server/retrieve/analysis.js';
import { HashingEmbeddings } from '../../server/retrieve/embeddings.js';

class CountingEmbeddings extends HashingEmbeddings {
  embedded = 0;
  override async embedPassages(texts: string[], terms: ReadonlyArray<readonly string[]>) {
    this.embedded += texts.length;
    return super.embedPassages(texts, terms);
  }
}

const analyzer = createAnalyzer({ groups: [], lexicon: [] });
const md = (id: string, body: string) => `---\nid: ${id}\ntitle: ${id}\ntype: kennisbank\n---\n\n${body}\n`;

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'ww-ingest-'));
  const docs = join(root, 'docs');
  const dataDir = join(root, 'data');
  mkdirSync(docs);
  writeFileSync(join(docs, 'a.md'), md('doc-a', '## Een\n\nDe school meldt verzuim.\n\n## Twee\n\nDe leerplichtambtenaar belt.'));
  writeFileSync(join(docs, 'b.txt'), '1. Verlof\n\nVakantieverlof vraagt u bij de directeur aan.');
  return { root, docs, dataDir };
}

const stagingFiles = (dataDir: string) => readdirSync(dataDir, { recursive: true }).map(String).filter((f) => f.endsWith('.staging'));

const passageIds = (dataDir: string) =>
  Object.values(readIndex(dataDir)!.files)
    .flatMap((f) => f.passages.map((p) => p.id))
    .sort();

describe('incremental ingest', () => {
  it('embeds only new and changed files and drops removed ones', async () => {
    const { docs, dataDir } = setup();
    const emb = new CountingEmbeddings(analyzer);
    const first = await ingest({ dataDir, embeddings: emb, add: [{ path: docs }] });
    expect(first.added.map((f) => f.replace(docs, ''))).toEqual(['/a.md', '/b.txt']);
    expect(emb.embedded).toBe(3);
    expect(passageIds(dataDir)).toEqual(['b:1-verlof:1', 'doc-a:een:1', 'doc-a:twee:1']);

    // Same files: nothing re-embedded, nothing written; the manifest remembers the folder.
    const again = await ingest({ dataDir, embeddings: emb });
    expect(again).toMatchObject({ added: [], updated: [], removed: [], unchanged: 2, written: false });
    expect(emb.embedded).toBe(3);

    writeFileSync(join(docs, 'b.txt'), '1. Verlof\n\nVakantieverlof vraagt u minstens 8 weken vooraf aan.\n\n2. Ziekte\n\nMeld ziekte voor 9 uur.');
    const changed = await ingest({ dataDir, embeddings: emb });
    expect(changed.updated).toEqual([join(docs, 'b.txt')]);
    expect(changed.unchanged).toBe(1);
    expect(emb.embedded).toBe(5);
    expect(passageIds(dataDir)).toEqual(['b:1-verlof:1', 'b:2-ziekte:1', 'doc-a:een:1', 'doc-a:twee:1']);

    rmSync(join(docs, 'a.md'));
    const removed = await ingest({ dataDir, embeddings: emb });
    expect(removed.removed).toEqual([join(docs, 'a.md')]);
    expect(passageIds(dataDir)).toEqual(['b:1-verlof:1', 'b:2-ziekte:1']);
    expect(emb.embedded).toBe(5);
  });

  it('reports unreadable, corrupt and empty files by name and ingests the rest', async () => {
    const { docs, dataDir } = setup();
    writeFileSync(join(docs, 'kapot.pdf'), '%PDF-1.4 kapot');
    writeFileSync(join(docs, 'leeg.txt'), '');
    symlinkSync(join(docs, 'verdwenen.txt'), join(docs, 'link.txt'));
    writeFileSync(join(docs, 'fout.md'), '---\nid: x\ntitle: x\ntype: onbekend\n---\n\n## Kop\n\nTekst.');
    const report = await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: docs }] });
    expect(report.skipped.map((s) => [s.file.replace(docs, ''), s.reason])).toEqual([
      ['/fout.md', expect.stringMatching(/veld 'type'/)],
      ['/kapot.pdf', expect.stringMatching(/PDF is beschadigd/)],
      ['/leeg.txt', expect.stringMatching(/leeg/)],
      ['/link.txt', expect.stringMatching(/bestaat niet/)],
    ]);
    expect(report.added).toHaveLength(2);
    expect(passageIds(dataDir)).toHaveLength(3);
  });

  it('warns about legal ids that do not follow the contract', async () => {
    const { docs, dataDir } = setup();
    writeFileSync(join(docs, 'c.md'), md('doc-c', '## Verlof {lpw:14, lpw:art5a, leerplichtwet-14}\n\nTekst over verlof.'));
    const report = await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: docs }] });
    expect(report.warnings).toEqual([{ file: join(docs, 'c.md'), reason: "onbekende wettelijke id's: leerplichtwet-14" }]);
  });

  it('keeps user folders beside the built-in knowledge and forgets them on request', async () => {
    const { root, docs, dataDir } = setup();
    const knowledge = join(root, 'knowledge');
    mkdirSync(knowledge);
    writeFileSync(join(knowledge, 'lpw.md'), md('lpw', '## Artikel 2 {lpw:2}\n\nOuders zorgen dat hun kind staat ingeschreven.'));
    writeFileSync(join(knowledge, 'README.md'), '# Over deze map\n\nUitleg voor schrijvers.');
    const emb = new HashingEmbeddings(analyzer);
    await ingest({ dataDir, embeddings: emb, knowledgeDir: knowledge, add: [{ path: docs, type: 'protocol', region: 'ijssel-vecht' }] });
    const index = readIndex(dataDir)!;
    expect(index.roots.map((r) => [r.path, r.builtin ?? false, r.type])).toEqual([
      [knowledge, true, undefined],
      [docs, false, 'protocol'],
    ]);
    expect(index.files[join(docs, 'b.txt')]!.passages[0]).toMatchObject({ type: 'protocol', region: 'ijssel-vecht' });
    expect(passageIds(dataDir)).toContain('lpw:artikel-2:1');
    expect(passageIds(dataDir).some((id) => id.startsWith('readme'))).toBe(false);

    const forgotten = await ingest({ dataDir, embeddings: emb, knowledgeDir: knowledge, forget: [docs] });
    expect(forgotten.removed.sort()).toEqual([join(docs, 'a.md'), join(docs, 'b.txt')]);
    expect(passageIds(dataDir)).toEqual(['lpw:artikel-2:1']);
  });

  it('re-embeds everything when the embedder changes', async () => {
    const { docs, dataDir } = setup();
    await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: docs }] });
    const other = new CountingEmbeddings(createAnalyzer({ groups: [], lexicon: ['school'] }));
    const report = await ingest({ dataDir, embeddings: other });
    expect(report.updated).toHaveLength(2);
    expect(other.embedded).toBe(3);
    expect(readIndex(dataDir)!.embedder).toBe(other.id);
    expect(passageIds(dataDir)).toHaveLength(3);
  });
});

const child = join(import.meta.dirname, 'fixtures', 'ingest-child.ts');

describe('one transaction per ingest', () => {
  it.each(['before-commit', 'after-first-file'])('a crash (%s) leaves the previous index whole and no temporary files', async (when) => {
    const { root, docs, dataDir } = setup();
    await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: docs }] });
    const before = passageIds(dataDir);

    const more = join(root, 'meer');
    mkdirSync(more);
    for (let i = 0; i < 5; i++) writeFileSync(join(more, `extra-${i}.txt`), `${i + 1}. Extra\n\nExtra tekst ${i} over verzuim.`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, dataDir, more, when], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');

    expect(passageIds(dataDir)).toEqual(before);
    expect(readdirSync(dataDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);

    // Its prepared passages were staged but never became visible; the next run completes the job and drops them.
    if (when === 'before-commit') expect(stagingFiles(dataDir)).toHaveLength(1);
    await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: more }] });
    expect(passageIds(dataDir)).toHaveLength(before.length + 5);
    expect(stagingFiles(dataDir)).toEqual([]);
  });

  it('stages a large ingest in batches and commits every passage in file order, staging nothing afterwards', async () => {
    const { root, dataDir } = setup();
    const big = join(root, 'groot');
    mkdirSync(big);
    // 3 files of 450 sections: more than one staging batch (1000 passages), cut in the middle of a file.
    for (let f = 0; f < 3; f++) {
      const sections = Array.from({ length: 450 }, (_, i) => `## Sectie ${i}\n\nBestand ${f}, sectie ${i}: de school meldt verzuim.`);
      writeFileSync(join(big, `deel-${f}.md`), md(`deel-${f}`, sections.join('\n\n')));
    }
    const report = await ingest({ dataDir, embeddings: new HashingEmbeddings(analyzer), add: [{ path: big }] });
    expect(report.passages).toBe(1350);
    const files = readIndex(dataDir).files;
    for (let f = 0; f < 3; f++) {
      expect(files[join(big, `deel-${f}.md`)]!.passages.map((p) => p.section)).toEqual(Array.from({ length: 450 }, (_, i) => `Sectie ${i}`));
    }
    expect(stagingFiles(dataDir)).toEqual([]);
  });
});
