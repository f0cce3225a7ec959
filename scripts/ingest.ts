// npm run ingest -- <file or folder>... [--type handreiking] [--region ijssel-vecht] [--url https://…] [--forget <folder>]
// Adds files or folders to the index beside the built-in knowledge; later runs (and `npm start`) rescan them.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { readEnv } from '../server/env.js';
import { ingest } from '../server/ingest/ingest.js';
import { DOC_TYPES } from '../server/index/passage.js';
import { createAnalyzer, loadLexicon } from '../server/retrieve/analysis.js';
import { createEmbeddings } from '../server/retrieve/embeddings.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
const synonyms = join(env.KNOWLEDGE_DIR, 'synonyms.yaml');
const analyzer = createAnalyzer(existsSync(synonyms) ? loadLexicon(synonyms) : { groups: [], lexicon: [] });
const started = performance.now();
const report = await ingest({
  dataDir: env.DATA_DIR,
  knowledgeDir: env.KNOWLEDGE_DIR,
  embeddings: createEmbeddings(env, analyzer),
  add: positionals.map((p) => ({ path: resolve(p), type: type.data, region: values.region, url: values.url })),
  forget: values.forget,
  onFile: (file, status) => {
    if (status !== 'ongewijzigd') console.log(`${status.padEnd(12)} ${file}`);
  },
});

for (const s of report.skipped) console.error(`overgeslagen ${s.file}: ${s.reason}`);
for (const w of report.warnings) console.error(`let op       ${w.file}: ${w.reason}`);
if (report.recovered) console.error(`${report.recovered} De index is opnieuw opgebouwd.`);
const passages = Object.values(report.index.files).reduce((n, d) => n + d.passages.length, 0);
console.log(
  `${report.added.length} nieuw, ${report.updated.length} gewijzigd, ${report.unchanged} ongewijzigd, ` +
    `${report.removed.length} verwijderd, ${report.skipped.length} overgeslagen; ` +
    `${Object.keys(report.index.files).length} bestanden, ${passages} passages` +
    (report.written ? `, index geschreven (${((report.bytes ?? 0) / 1024).toFixed(0)} kB)` : ', index was al actueel') +
    ` in ${Math.round(performance.now() - started)} ms.`,
);
process.exitCode = report.skipped.length ? 1 : 0;
