// npm run bench:scale [-- --sizes 1k,10k,50k,100k] [--rounds 3] [--cache DIR] [--skip-langchain] — the index at
// growing size, beside LangChain. With --cache, each size's corpus, ingested data and LangChain store are kept in
// DIR/<size> and reused by later runs (building 100k takes over ten minutes); the build time is then not measured.
// For each size: a synthetic Dutch corpus from knowledge/ (scripts/synthetic-corpus.ts) is ingested with
// `npm run ingest` (build), then fresh processes measure opening, queries (BM25, dense, hybrid, /api/ask end to end
// through the app), publishing one answer, memory and disk; and, on the same passages, LangChain's HNSWLib store
// (build, open, dense queries) and BM25Retriever. Each measurement runs in its own process, so memory and opening
// are measured cold in the process (the files are in the page cache).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Document } from '@langchain/core/documents';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { z } from 'zod';
import { createApp } from '../server/app.js';
import { createAskPipeline } from '../server/ask/pipeline.js';
import { analyzerFor } from '../server/index/analyzers.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import { indexDiskBytes } from '../server/index/snapshot.js';
import { redactText } from '../server/privacy/redact.js';
import { HashingEmbeddings } from '../server/retrieve/embeddings.js';
import { indexText, type SearchMode } from '../server/retrieve/hybrid.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,50k,100k' },
    rounds: { type: 'string', default: '3' },
    role: { type: 'string' },
    data: { type: 'string' },
    store: { type: 'string' },
    knowledge: { type: 'string', default: 'knowledge' },
    cache: { type: 'string' },
    'skip-langchain': { type: 'boolean', default: false },
  },
});
const knowledgeDir = resolve(values.knowledge!);
const rounds = z.coerce.number().int().min(1).parse(values.rounds);
const script = new URL(import.meta.url).pathname;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const median = (xs: number[]) => percentile(xs, 50);
const mb = (bytes: number) => bytes / 1024 / 1024;
const rss = () => mb(process.memoryUsage().rss);
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const retrievalQuestions = lines('test/retrieval-eval.jsonl').map((l) => (JSON.parse(l) as { q: string }).q);
const askQuestions = lines('test/eval-set.jsonl').map((l) => JSON.parse(l) as { question: string; persona?: string });

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

/** CPU time of the process (all threads) spent in `fn`: on a shared machine steadier than wall time. */
async function cpuTimed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const [out, ms] = await timed(fn);
  const used = process.cpuUsage(cpu);
  return [out, ms, (used.user + used.system) / 1000];
}

/** Wall-time p50/p95 per query, and the mean CPU time per query (on a shared machine the steadier figure). */
async function latencies(queries: string[], fn: (q: string) => unknown): Promise<{ p50: number; p95: number; cpu: number }> {
  for (const q of queries.slice(0, 10)) await fn(q); // warm-up
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await fn(q);
      times.push(performance.now() - t);
    }
  }
  const used = process.cpuUsage(cpu);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu: (used.user + used.system) / 1000 / times.length };
}

/** CPU time (ms) of this process's finished children, from /proc (Linux); NaN elsewhere. */
function childrenCpuMs(): number {
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

// ---- roles, each in its own process ----

// Opening is timed for the index alone on both sides: the analyser and embedder are made before the clock starts
// (a full start with them and the folder scan is `startMs`).
async function oursOpen(dataDir: string) {
  const analyzer = analyzerFor(knowledgeDir);
  const emb = new HashingEmbeddings(analyzer);
  const [index, openMs, openCpuMs] = await cpuTimed(() => openKnowledgeIndex({ knowledgeDir, dataDir, analyzer, embeddings: emb, skipIngest: true }));
  const rssMb = rss();
  // Opening leaves the vector graph for its first use: the first hybrid question pays for reading it.
  const [, firstQueryMs, firstQueryCpuMs] = await cpuTimed(async () => index.searchSync(retrievalQuestions[0]!, { k: 8 }));
  const out = { openMs, openCpuMs, firstQueryMs, firstQueryCpuMs, rssMb, passages: index.stats().chunks };
  index.close();
  return out;
}

async function ours(dataDir: string) {
  // As `npm start` does: scan the folders (nothing changed), then open.
  const [index, startMs] = await timed(() => openKnowledgeIndex({ knowledgeDir, dataDir }));
  const search = (mode: SearchMode) => (q: string) => index.searchSync(q, { k: 8, mode });
  const bm25 = await latencies(retrievalQuestions, search('bm25'));
  const dense = await latencies(retrievalQuestions, search('dense'));
  const hybrid = await latencies(retrievalQuestions, search('hybrid'));
  const ask = createAskPipeline({ knowledge: index, analyze: (t) => index.analyze(t), redact: redactText });
  const app = createApp({ version: 'bench', knowledge: index, ask, llmEnabled: false });
  const askTimes = await latencies(
    askQuestions.map((c) => JSON.stringify({ question: c.question, persona: c.persona ?? 'school' })),
    async (body) => {
      const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (res.status !== 200) throw new Error(`/api/ask gaf ${res.status}`);
      await res.text();
    },
  );
  const publish: number[] = [];
  for (let i = 0; i < 7; i++) {
    const [, ms] = await timed(() =>
      index.upsertDocument({
        id: `kb-bench-${i}`,
        title: `Kennisbank, vraag ${i}`,
        legalIds: ['lpw:14'],
        body: `## Mag een leerling vrij voor de bruiloft van een oom?\n\nJa, de directeur kan daarvoor verlof geven wegens gewichtige omstandigheden (vraag ${i}).`,
      }),
    );
    publish.push(ms);
  }
  for (let i = 0; i < 7; i++) await index.removeDocument(`kb-bench-${i}`);
  const out = { startMs, bm25, dense, hybrid, ask: askTimes, publishMs: median(publish), rssMb: rss(), diskMb: mb(indexDiskBytes(dataDir)) };
  index.close();
  return out;
}

function documentsOf(dataDir: string): Promise<Document[]> {
  return openKnowledgeIndex({ knowledgeDir, dataDir, skipIngest: true }).then((index) => {
    const docs = index.passages().map((p) => new Document({ pageContent: indexText(p), metadata: { id: p.id } }));
    index.close();
    return docs;
  });
}

const embeddings = () => new HashingEmbeddings(analyzerFor(knowledgeDir));

async function langchainBuild(dataDir: string, storeDir: string) {
  const docs = await documentsOf(dataDir);
  const [store, buildMs] = await timed(() => HNSWLib.fromDocuments(docs, embeddings()));
  await store.save(storeDir);
  return { buildMs, diskMb: mb(readdirSync(storeDir).reduce((n, f) => n + statSync(join(storeDir, f)).size, 0)) };
}

async function langchainOpen(dataDir: string, storeDir: string) {
  const emb = embeddings();
  const [store, openMs, openCpuMs] = await cpuTimed(() => HNSWLib.load(storeDir, emb));
  const rssMb = rss();
  const dense = await latencies(retrievalQuestions, (q) => store.similaritySearchWithScore(q, 8));
  const docs = await documentsOf(dataDir);
  const retriever = BM25Retriever.fromDocuments(docs, { k: 8 });
  // BM25Retriever scores every document anew per query: a sample of questions at large sizes.
  const sample = retrievalQuestions.slice(0, docs.length > 20_000 ? 5 : 20);
  const times: number[] = [];
  for (const q of sample) {
    const t = performance.now();
    await retriever.invoke(q);
    times.push(performance.now() - t);
  }
  return { openMs, openCpuMs, rssMb, dense, bm25: { p50: percentile(times, 50), p95: percentile(times, 95) } };
}

function child<T>(role: string, env: Record<string, string>, extra: string[] = []): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--role', role, '--knowledge', knowledgeDir, '--rounds', String(rounds), ...extra], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${role} mislukte:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

if (values.role) {
  const data = values.data!;
  const result =
    values.role === 'ours-open' ? await oursOpen(data)
    : values.role === 'ours' ? await ours(data)
    : values.role === 'langchain-build' ? await langchainBuild(data, values.store!)
    : await langchainOpen(data, values.store!);
  console.log(JSON.stringify(result));
  process.exit(0);
}

// ---- the run ----

const sizes = values.sizes!.split(',').map((s) => {
  const m = /^(\d+)(k?)$/i.exec(s.trim());
  if (!m) throw new Error(`Onbekende grootte '${s}': gebruik bijvoorbeeld 1k,10k,50k,100k.`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
});
const f1 = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pair = (l: { p50: number; p95: number }) => `${f1(l.p50)} / ${f1(l.p95)}`;
const ratio = (theirs: number, mine: number) => `${(theirs / mine).toFixed(theirs / mine >= 10 ? 0 : 1)}×`;

console.log(`bench:scale — ${new Date().toISOString().slice(0, 10)}, ${rounds} rondes; tijden in ms, geheugen en schijf in MB.\n`);
const rows: string[] = [];
const cacheDir = values.cache ? resolve(values.cache) : undefined;
const skipLangchain = values['skip-langchain']!;
const none = { p50: NaN, p95: NaN };
for (const size of sizes) {
  const root = cacheDir ? join(cacheDir, String(size)) : mkdtempSync(join(tmpdir(), `ww-scale-${size}-`));
  try {
    const corpus = join(root, 'corpus');
    const dataDir = join(root, 'data');
    const storeDir = join(root, 'langchain');
    const cached = cacheDir !== undefined && existsSync(join(root, 'ingested'));
    const env = { DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir };
    let buildMs = NaN;
    let buildCpuMs = NaN;
    if (!cached) {
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      writeSyntheticCorpus({ out: corpus, passages: size, knowledgeDir });
      const t = performance.now();
      const cpuBefore = childrenCpuMs();
      const ingest = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', corpus], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
      if (ingest.status !== 0) throw new Error(`ingest mislukte:\n${ingest.stderr}`);
      buildMs = performance.now() - t;
      buildCpuMs = childrenCpuMs() - cpuBefore;
      if (cacheDir) mkdirSync(join(root, 'ingested'));
    }
    const open = child<Awaited<ReturnType<typeof oursOpen>>>('ours-open', env, ['--data', dataDir]);
    const mine = child<Awaited<ReturnType<typeof ours>>>('ours', env, ['--data', dataDir]);
    const lcBuild =
      skipLangchain ? { buildMs: NaN, diskMb: NaN }
      : cacheDir && existsSync(storeDir) ? { buildMs: NaN, diskMb: mb(readdirSync(storeDir).reduce((n, f) => n + statSync(join(storeDir, f)).size, 0)) }
      : child<{ buildMs: number; diskMb: number }>('langchain-build', env, ['--data', dataDir, '--store', storeDir]);
    const lc = skipLangchain
      ? { openMs: NaN, openCpuMs: NaN, rssMb: NaN, dense: none, bm25: none }
      : child<Awaited<ReturnType<typeof langchainOpen>>>('langchain-open', env, ['--data', dataDir, '--store', storeDir]);
    const report = {
      passages: open.passages,
      ours: { buildMs, buildCpuMs, openMs: open.openMs, openCpuMs: open.openCpuMs, rssAfterOpenMb: open.rssMb, ...mine },
      langchain: { ...lcBuild, ...lc },
    };
    console.log(JSON.stringify(report));
    rows.push(
      `| ${open.passages.toLocaleString('en')} | ${f1(buildMs / 1000)} s (CPU ${f1(buildCpuMs / 1000)} s) / ${f1(lcBuild.buildMs / 1000)} s | ${f1(open.openMs)} / ${f1(lc.openMs)} (${ratio(lc.openMs, open.openMs)}); CPU ${f1(open.openCpuMs)} / ${f1(lc.openCpuMs)} | ${f1(open.firstQueryMs)}; CPU ${f1(open.firstQueryCpuMs)} | ` +
        `${f1(mine.startMs)} | ${pair(mine.bm25)} / ${pair(lc.bm25)} (${ratio(lc.bm25.p50, mine.bm25.p50)}); CPU ${f1(mine.bm25.cpu)} | ${pair(mine.dense)} / ${pair(lc.dense)}; CPU ${f1(mine.dense.cpu)} | ` +
        `${pair(mine.hybrid)}; CPU ${f1(mine.hybrid.cpu)} | ${pair(mine.ask)}; CPU ${f1(mine.ask.cpu)} | ${f1(mine.publishMs)} | ${f1(open.rssMb)} / ${f1(mine.rssMb)} / ${f1(lc.rssMb)} | ${f1(mine.diskMb)} / ${f1(lcBuild.diskMb)} |`,
    );
  } finally {
    if (!cacheDir) rmSync(root, { recursive: true, force: true });
  }
}
console.log(
  '\n| passages | bouwen (wij / LangChain) | openen (wij / LangChain HNSWLib, factor) | eerste hybride vraag na openen (leest de graaf) | start met scan | BM25 p50 / p95 (wij / BM25Retriever, factor p50); CPU per vraag | ' +
    'vectoren p50 / p95 (wij / HNSWLib); CPU | hybride p50 / p95; CPU | /api/ask p50 / p95; CPU | publiceren | RSS (na openen / na metingen / LangChain) | schijf (wij / LangChain) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
