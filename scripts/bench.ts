// npm run bench — latency of top-8 retrieval over the built-in knowledge (fresh index in a temporary folder).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../server/env.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import { indexDiskBytes } from '../server/index/snapshot.js';
import type { SearchMode } from '../server/retrieve/hybrid.js';

const env = readEnv();
const dataDir = mkdtempSync(join(tmpdir(), 'ww-bench-'));
let t = performance.now();
const index = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir, env });
const buildMs = performance.now() - t;
const bytes = indexDiskBytes(dataDir);
index.close();
t = performance.now();
const reopened = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir, env });
const loadMs = performance.now() - t;

const queries = readFileSync('test/retrieval-eval.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

const percentile = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ROUNDS = 10;
const { documents, chunks } = reopened.stats();
console.log(`Ingebouwde kennis: ${documents} documenten, ${chunks} passages; index ${(bytes / 1024).toFixed(0)} kB op schijf.`);
console.log(`Opbouwen (inlezen, knippen, embedden, schrijven): ${buildMs.toFixed(0)} ms; openen van een actuele index: ${loadMs.toFixed(0)} ms.`);
console.log(`${queries.length} vragen × ${ROUNDS} rondes, top 8, offline embedder.\n`);
console.log('| retrieval | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- |');
for (const mode of ['bm25', 'dense', 'hybrid'] as SearchMode[]) {
  for (const q of queries) reopened.searchSync(q, { k: 8, mode }); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const start = performance.now();
      reopened.searchSync(q, { k: 8, mode });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(2);
  console.log(`| ${mode} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(percentile(times, 99))} | ${f(times[times.length - 1]!)} |`);
}
console.log(`\nGeheugen (heap) na laden: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB.`);
rmSync(dataDir, { recursive: true, force: true });
