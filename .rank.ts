import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeIndex } from './server/index/knowledge-index.js';
const index = await openKnowledgeIndex({ knowledgeDir: 'knowledge', dataDir: process.env.RANK_DATA ?? mkdtempSync(join(tmpdir(), 'rank-')) });
for (const q of process.argv.slice(2)) {
  const hits = await index.search(q, { k: Number(process.env.K ?? 6) });
  console.log(`\n# ${q}`);
  hits.forEach((h, i) => console.log(`${i + 1}. ${h.passage.documentId} :: ${h.passage.section?.slice(0, 110)}`));
}
