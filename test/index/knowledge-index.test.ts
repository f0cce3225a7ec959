import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { snapshotDir, snapshotGenerations } from '../../server/index/snapshot.js';

function knowledgeDir() {
  const root = mkdtempSync(join(tmpdir(), 'ww-open-'));
  const knowledge = join(root, 'knowledge');
  mkdirSync(knowledge);
  writeFileSync(
    join(knowledge, 'lpw.md'),
    '---\nid: lpw\ntitle: Leerplichtwet 1969\ntype: wet\n---\n\n## Artikel 11 — Geoorloofd verzuim {lpw:11}\n\nEen leerling mag wegblijven als de school gesloten is.\n',
  );
  writeFileSync(join(knowledge, 'synonyms.yaml'), 'groups:\n  - [lpa, leerplichtambtenaar]\n');
  return { knowledge, dataDir: join(root, 'data') };
}

describe('openKnowledgeIndex', () => {
  it('builds the index when missing, reuses it when current, rebuilds it when stale', async () => {
    const { knowledge, dataDir } = knowledgeDir();
    const first = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(first.report.written).toBe(true);
    expect(snapshotGenerations(snapshotDir(dataDir))).toHaveLength(1);
    expect(first.stats()).toEqual({ documents: 1, chunks: 1 });
    expect((await first.search('school gesloten'))[0]?.passage.id).toBe('lpw:artikel-11-geoorloofd-verzuim:1');

    const second = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(second.report).toMatchObject({ written: false, unchanged: 1 });

    writeFileSync(
      join(knowledge, 'mas.md'),
      '---\nid: mas\ntitle: MAS\ntype: mas\n---\n\n## Route 2\n\nDe LPA nodigt de leerling uit voor een gesprek.\n',
    );
    const third = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(third.report.added).toEqual([join(knowledge, 'mas.md')]);
    expect((await third.search('leerplichtambtenaar gesprek'))[0]?.passage.documentId).toBe('mas');
  });

  it('adds and removes kennisbank answers at runtime, searchable at once and persisted', async () => {
    const { knowledge, dataDir } = knowledgeDir();
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    const passages = await index.upsertDocument({
      id: 'kb-2026-001',
      title: 'Kennisbank: verlof voor een bruiloft',
      legalIds: ['lpw:14'],
      body: '## Mag een leerling vrij voor de bruiloft van een oom? {lpw:11g}\n\nJa, de directeur kan daarvoor verlof geven wegens gewichtige omstandigheden.',
    });
    expect(passages.map((p) => [p.id, p.type, p.legalIds])).toEqual([
      ['kb-2026-001:mag-een-leerling-vrij-voor-de-bruiloft-van-een-oom:1', 'kennisbank', ['lpw:14', 'lpw:11g']],
    ]);
    expect((await index.search('bruiloft oom'))[0]?.passage.documentId).toBe('kb-2026-001');
    expect(index.byLegalId('lpw:11g')).toHaveLength(1);

    // A new answer under the same id replaces the old one.
    await index.upsertDocument({ id: 'kb-2026-001', title: 'Kennisbank: bruiloft', body: '## Bruiloft\n\nVoor een bruiloft van een oom geeft de directeur meestal één dag verlof.' });
    expect(index.stats()).toEqual({ documents: 2, chunks: 2 });

    const reopened = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    expect(reopened.report.written).toBe(false);
    expect(reopened.get('kb-2026-001:bruiloft:1')?.text).toMatch(/één dag verlof/);
    expect(reopened.get(passages[0]!.id)).toBeUndefined();

    expect(await reopened.removeDocument('kb-2026-001')).toBe(true);
    expect(await reopened.removeDocument('kb-2026-001')).toBe(false);
    const after = await reopened.search('bruiloft oom');
    expect(after.filter((h) => h.passage.documentId === 'kb-2026-001')).toEqual([]);
    expect(after[0]?.score ?? 0).toBe(0);
    expect((await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir })).stats()).toEqual({ documents: 1, chunks: 1 });
  });

  it('refuses invalid documents and documents that come from a file', async () => {
    const { knowledge, dataDir } = knowledgeDir();
    const index = await openKnowledgeIndex({ knowledgeDir: knowledge, dataDir });
    await expect(index.upsertDocument({ id: 'lpw', title: 'x', body: 'Tekst.' })).rejects.toThrow(/hoort bij het bestand/);
    await expect(index.upsertDocument({ id: 'Geen Id', title: 'x', body: 'Tekst.' })).rejects.toThrow(/veld 'id'/);
    await expect(index.upsertDocument({ id: 'kb-leeg', title: 'x', body: '## Alleen een kop' })).rejects.toThrow(/bevat geen tekst/);
    expect(index.stats()).toEqual({ documents: 1, chunks: 1 });
  });
});
