import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openKnowledgeIndex } from '../../server/index/knowledge-index.js';
import { LEGAL_ID_LIMIT } from '../../server/retrieve/hybrid.js';

// The answer composer reads at most LEGAL_ID_LIMIT passages per legal id (so its work stays bounded at 100,000
// passages). The built-in knowledge must stay under that cap, or answers would silently lose citable passages: when
// this fails, raise the cap (and measure `npm run bench:scale`) or split the legal id.

it(`the built-in knowledge has at most ${LEGAL_ID_LIMIT} passages per legal id, so it is never cut off`, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ww-legal-limit-'));
  const index = await openKnowledgeIndex({ knowledgeDir: fileURLToPath(new URL('../../knowledge', import.meta.url)), dataDir });
  try {
    const counts = new Map<string, number>();
    for (const p of index.passages()) for (const id of new Set(p.legalIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const over = [...counts].filter(([, n]) => n > LEGAL_ID_LIMIT);
    expect(over).toEqual([]);
    // And the lookup returns every one of them.
    for (const [id, n] of counts) expect(index.byLegalId(id)).toHaveLength(n);
  } finally {
    index.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
