// npm run ingest -- <file or folder>... [--type handreiking] [--region ijssel-vecht] [--url https://…] [--forget <folder>]
// Adds files or folders to the index beside the built-in knowledge; later runs (and `npm start`) rescan them.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readEnv } from '../server/env.js';
import { ingest } from '../server/ingest/ingest.js';
import { DOC_TYPES } from '../server/index/passage.js';
import { analyzerFor } from '../server/index/analyzers.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import { createEmbeddings } from '../server/retrieve/embeddings.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string' },
    region: { type: 'string' },
    url: { type: 'string' },
    forget: { type: 'string', multiple: true },
  },
});

const type = z.enum(DOC_TYPES).optional().safeParse(values.type);
if (!type.success) {
  console.error(`Onbekend type '${values.type}'. Kies uit: ${DOC_TYPES.join(', ')}.`);
  process.exit(2);
}

const env = readEnv();
const analyzer = analyzerFor(env.KNOWLEDGE_DIR);
const embeddings = createEmbeddings(env, analyzer);
const started = performance.now();
const report = await ingest({
  dataDir: env.DATA_DIR,
  knowledgeDir: env.KNOWLEDGE_DIR,
  embeddings,
  analyzer,
  add: positionals.map((p) => ({ path: resolve(p), type: type.data, region: values.region, url: values.url })),
  forget: values.forget,
  onFile: (file, status) => {
    if (status !== 'ongewijzigd') console.log(`${status.padEnd(12)} ${file}`);
  },
});
// The search structures beside the database are brought up to date now, so the next start opens them at once.
const index = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir: env.DATA_DIR, embeddings, skipIngest: true, alwaysSnapshot: true });
index.close();

for (const s of report.skipped) console.error(`overgeslagen ${s.file}: ${s.reason}`);
for (const w of report.warnings) console.error(`let op       ${w.file}: ${w.reason}`);
if (index.report.open.rebuilt) console.error(`Zoekindex opnieuw opgebouwd: ${index.report.open.rebuilt}.`);
console.log(
  `${report.added.length} nieuw, ${report.updated.length} gewijzigd, ${report.unchanged} ongewijzigd, ` +
    `${report.removed.length} verwijderd, ${report.skipped.length} overgeslagen; ` +
    `${report.files} bestanden, ${report.passages} passages` +
    (report.written ? ', index bijgewerkt' : ', index was al actueel') +
    ` in ${Math.round(performance.now() - started)} ms.`,
);
process.exitCode = report.skipped.length ? 1 : 0;
