import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../server/ingest/ingest.js';
import { readIndex } from '../../server/index/store.js';
import { createAnalyzer } from '../../server/retrieve/analysis.js';
import { HashingEmbeddings } from '../../server/retrieve/embeddings.js';

// The shared seed documents live outside the repository (../shared); without them there is nothing to ingest.
const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe.skipIf(!existsSync(seeds))('ingesting ../shared/seeds', () => {
  it('ingests every seed with sections from its numbered chapters', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ww-seeds-'));
    const report = await ingest({
      dataDir,
      embeddings: new HashingEmbeddings(createAnalyzer({ groups: [], lexicon: [] })),
      add: [{ path: seeds, type: 'protocol' }],
    });
    expect(report.skipped).toEqual([]);
    expect(report.added).toHaveLength(5);
    const protocol = Object.values(readIndex(dataDir)!.files).find((f) => f.documentId.startsWith('002'))!;
    const sections = new Set(protocol.passages.map((p) => p.section));
    expect(sections).toContain('8. Uitschrijven van leerlingen');
    expect(protocol.passages.every((p) => p.type === 'protocol' && p.text.length <= 1200)).toBe(true);
  });
});
