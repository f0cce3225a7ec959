import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexStore } from '../../server/index/store.js';
import { BackupError, makeBackup, restoreBackup, verifyBackup } from '../../server/store/backup.js';
import { DB_FILE, openDatabase } from '../../server/store/db.js';
import { createSqliteStore } from '../../server/store/sqlite.js';

// `npm run backup` / `npm run restore` (issue 14, finding 6), on a database that is being written while the copy
// is made, with an ingested knowledge folder.

async function site() {
  const root = mkdtempSync(join(tmpdir(), 'ww-backup-'));
  const dataDir = join(root, 'data');
  const folder = join(root, 'protocollen');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'verzuimkaart.md'), '# Verzuimkaart\n\nBel de leerplichtambtenaar.\n');
  writeFileSync(join(folder, 'sub', 'bijlage.txt'), 'Bijlage.\n');
  const db = openDatabase(dataDir);
  new IndexStore(db).write((w) => w.setRoots([{ path: '/knowledge', builtin: true }, { path: folder }]));
  const store = createSqliteStore(db);
  const user = await store.users.create({ email: 'a@b.nl', role: 'helpdesk', passwordHash: 'x' }, { action: 'user.created', entity: 'user' });
  const draft = (n: number) =>
    store.drafts.create(
      { question: `Vraag ${n}`, persona: 'helpdesk', answer: 'Antwoord.', citations: [], confidence: 'hoog', category: 'algemeen', legalIds: [], createdBy: user.id },
      { action: 'draft.created', entity: 'draft' },
    );
  for (let n = 0; n < 50; n++) await draft(n);
  const count = (dir = dataDir) => {
    const d = openDatabase(dir);
    try {
      return (d.prepare('SELECT count(*) AS n FROM drafts').get() as { n: number }).n;
    } finally {
      d.close();
    }
  };
  return { root, dataDir, folder, backupDir: join(root, 'backups'), db, draft, count };
}

describe('backup and restore', () => {
  it('copies a consistent database while it is written, and the ingested folders, with checksums', async () => {
    const s = await site();
    mkdirSync(join(s.backupDir, 'wegwijzer-20260101-000000Z.tmp'), { recursive: true }); // a crashed earlier run
    // Writes go on during the backup: the copy holds a committed state, and verifies.
    const writing = (async () => {
      for (let n = 50; n < 150; n++) await s.draft(n);
    })();
    const made = await makeBackup({ dataDir: s.dataDir, backupDir: s.backupDir });
    await writing;
    expect(made.removedLeftovers).toEqual(['wegwijzer-20260101-000000Z.tmp']);
    expect(readdirSync(s.backupDir)).toEqual([made.dir.split('/').pop()]);
    expect(made.manifest.mappen).toEqual([{ bron: s.folder, kopie: 'mappen/1-protocollen' }]);
    expect(made.manifest.bestanden.map((f) => f.pad).sort()).toEqual(['mappen/1-protocollen/sub/bijlage.txt', 'mappen/1-protocollen/verzuimkaart.md', DB_FILE]);
    expect(verifyBackup(made.dir).schemaversie).toBeGreaterThanOrEqual(4);
    const inBackup = s.count(made.dir);
    expect(inBackup).toBeGreaterThanOrEqual(50);
    expect(inBackup).toBeLessThanOrEqual(150);
  });

  it('restores after checking, and keeps the database it replaces', async () => {
    const s = await site();
    const made = await makeBackup({ dataDir: s.dataDir, backupDir: s.backupDir });
    for (let n = 50; n < 60; n++) await s.draft(n);
    writeFileSync(join(s.folder, 'verzuimkaart.md'), 'kapot');
    s.db.close(); // the server is stopped for a restore
    const { keptAside } = restoreBackup({ backup: made.dir, dataDir: s.dataDir, folders: true });
    expect(s.count()).toBe(50);
    expect(readFileSync(join(s.folder, 'verzuimkaart.md'), 'utf8')).toMatch(/Bel de leerplichtambtenaar/);
    expect(keptAside.some((p) => p.includes(`${DB_FILE}.voor-herstel-`))).toBe(true);
    expect(keptAside.some((p) => p.includes('protocollen.voor-herstel-'))).toBe(true);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const s = await site();
    const made = await makeBackup({ dataDir: s.dataDir, backupDir: s.backupDir });
    writeFileSync(join(made.dir, 'mappen/1-protocollen/verzuimkaart.md'), 'gewijzigd');
    s.db.close();
    expect(() => restoreBackup({ backup: made.dir, dataDir: s.dataDir })).toThrow(BackupError);
    expect(() => verifyBackup(made.dir)).toThrow(/veranderd of beschadigd sinds de backup: mappen\/1-protocollen\/verzuimkaart.md/);
    expect(s.count()).toBe(50);
    expect(readdirSync(s.dataDir).filter((n) => n.includes('herstel'))).toEqual([]);
  });

  it('leaves no half backup when a copy fails', async () => {
    const s = await site();
    execFileSync('mkfifo', [join(s.folder, 'pijp')]); // cannot be copied: the run fails halfway
    await expect(makeBackup({ dataDir: s.dataDir, backupDir: s.backupDir })).rejects.toThrow();
    expect(readdirSync(s.backupDir)).toEqual([]);
    expect(existsSync(join(s.dataDir, DB_FILE))).toBe(true);
  });
});
