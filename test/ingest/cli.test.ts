import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndex } from '../../server/index/store.js';

const cli = join(import.meta.dirname, '..', '..', 'scripts', 'ingest.ts');

describe('npm run ingest', () => {
  it('adds a folder beside the knowledge, names skipped files with a reason and exits 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'ww-cli-'));
    const docs = join(root, 'docs');
    mkdirSync(docs);
    mkdirSync(join(root, 'knowledge'));
    writeFileSync(join(docs, 'kaart.txt'), '1. Melden\n\nDe school meldt verzuim bij DUO.');
    writeFileSync(join(docs, 'kapot.pdf'), '%PDF-1.4 kapot');
    const env = { ...process.env, DATA_DIR: join(root, 'data'), KNOWLEDGE_DIR: join(root, 'knowledge') };
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, docs, '--type', 'protocol', '--region', 'ijssel-vecht'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`overgeslagen ${join(docs, 'kapot.pdf')}: de PDF is beschadigd`);
    expect(run.stdout).toMatch(/1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 verwijderd, 1 overgeslagen/);
    const file = readIndex(join(root, 'data'))!.files[join(docs, 'kaart.txt')]!;
    expect(file.passages[0]).toMatchObject({ type: 'protocol', region: 'ijssel-vecht', section: '1. Melden' });

    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, docs, '--type', 'roman'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Onbekend type 'roman'");
  }, 120_000); // two child processes that each start tsx and index the built-in knowledge
});
