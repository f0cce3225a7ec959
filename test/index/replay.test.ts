import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { snapshotDir, snapshotGenerations } from '../../server/index/snapshot.js';

// Publications after the last saved snapshot are replayed by every start (issue 13: 600 published passages made
// each start 1.3–2.6 s, because the server saves no snapshot while it runs and the start only saved one after 1000).
// A start that replays a noticeable number saves a fresh snapshot, so the next start replays nothing; a start after
// a single publication does not rewrite the search files.

/** Answers published since the snapshot: a few dozen, far below the thousand the start used to wait for. */
const ANSWERS = 30;
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'ww-replay-'));
  roots.push(root);
  const knowledgeDir = join(root, 'knowledge');
  mkdirSync(knowledgeDir);
  writeFileSync(join(knowledgeDir, 'lpw.md'), '---\nid: lpw\ntitle: Leerplichtwet\ntype: wet\n---\n\n## Artikel 11 {lpw:11}\n\nEen leerling mag wegblijven als de school gesloten is.\n');
  return { knowledgeDir, dataDir: join(root, 'data') };
}

const answer = (i: number) => ({
  id: `kb-vraag-${i}`,
  title: `Kennisbank: vraag ${i}`,
  body: `## Feest ${i}\n\nVoor feest nummer ${i} van een oom geeft de directeur één dag verlof.\n\n## Daarna ${i}\n\nBij meer dan tien dagen beslist de leerplichtambtenaar (${i}).`,
});

/** Publishes (and, when asked, removes again) `n` answers of two passages each in a running index, then stops it. */
async function publish(dirs: ReturnType<typeof setup>, n: number, opts: { remove?: boolean; from?: number } = {}) {
  const index = await openKnowledgeIndex(dirs);
  for (let i = opts.from ?? 0; i < (opts.from ?? 0) + n; i++) {
    await index.upsertDocument(answer(i));
    if (opts.remove) await index.removeDocument(`kb-vraag-${i}`);
  }
  index.close();
}

describe('a start after publications since the last snapshot', () => {
  it.each([
    ['kept answers', { remove: false }],
    ['answers published and withdrawn', { remove: true }],
    ['answers published in the previous run, withdrawn in this one', { remove: false, thenRemove: true }],
  ])('replays them once and saves a snapshot, so the next start replays nothing (%s)', async (_name, how) => {
    const dirs = setup();
    await publish(dirs, ANSWERS, { remove: how.remove });
    if ('thenRemove' in how) {
      // Snapshot now holds the answers; withdrawing them all is again more than the minimum.
      (await openKnowledgeIndex(dirs)).close();
      const index = await openKnowledgeIndex(dirs);
      for (let i = 0; i < ANSWERS; i++) await index.removeDocument(`kb-vraag-${i}`);
      index.close();
    }
    const first = await openKnowledgeIndex(dirs);
    const replayed = first.report.open.applied;
    expect(replayed).toBe(how.remove ? 0 : 2 * ANSWERS);
    expect(first.report.open.snapshotWritten).toBe(replayed > 0);
    const found = (await first.search('feest oom directeur verlof')).map((h) => h.passage.documentId);
    first.close();

    const second = await openKnowledgeIndex(dirs);
    expect(second.report.open.applied).toBe(0);
    expect((await second.search('feest oom directeur verlof')).map((h) => h.passage.documentId)).toEqual(found);
    second.close();
  }, 60_000);

  it('leaves the search files alone after a single publication (direction: fewer changes, no rewrite)', async () => {
    const dirs = setup();
    (await openKnowledgeIndex(dirs)).close();
    const before = snapshotGenerations(snapshotDir(dirs.dataDir));
    await publish(dirs, 1);
    const next = await openKnowledgeIndex(dirs);
    expect(next.report.open).toMatchObject({ applied: 2, snapshotWritten: false });
    expect(snapshotGenerations(snapshotDir(dirs.dataDir))).toEqual(before);
    expect((await next.search('feest oom'))[0]?.passage.documentId).toBe('kb-vraag-0');
    next.close();
  }, 30_000);
});
