import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/store/db.js';

const writer = fileURLToPath(new URL('./fixtures/draft-writer.ts', import.meta.url));

/** Starts the writer, waits for `acks` acknowledged drafts, kills it with SIGKILL mid-burst; returns the acked ids. */
function burstAndKill(dir: string, acks: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const l of lines) if (l.startsWith('ack ')) acked.push(Number(l.slice(4)));
      if (acked.length >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`Schrijver stopte zelf: ${err}`))));
  });
}

describe('durability', () => {
  it('keeps every acknowledged draft and a consistent database when the writer is killed mid-burst', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-crash-'));
    const first = await burstAndKill(dir, 40);
    const second = await burstAndKill(dir, 40);
    const db = openDatabase(dir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const ids = new Set((db.prepare('SELECT id FROM drafts').all() as { id: number }[]).map((r) => r.id));
    for (const id of [...first, ...second]) expect(ids.has(id)).toBe(true);
    // Every acknowledged draft has both its revisions: an edit is never half applied.
    const broken = db.prepare('SELECT d.id FROM drafts d WHERE d.revision <> (SELECT count(*) FROM draft_revisions r WHERE r.draft_id = d.id)').all();
    expect(broken).toEqual([]);
    db.close();
  }, 20000);
});
