// npm run eval:retrieval [-- --verbose] [-- --file test/retrieval-everyday.jsonl] — recall@3, recall@5 and MRR of
// BM25 alone, dense alone and hybrid (the default) over a query set (default test/retrieval-eval.jsonl; the everyday-
// wording set is test/retrieval-everyday.jsonl), against the built-in knowledge. Expected passages are named by legal id or by
// document + section, so passage ids may change without breaking the set. `-- --data DIR` searches an index ingested
// before (e.g. a bench:scale corpus, `--cache DIR/100000/data`): whether the built-in passages still come up among
// 100,000 look-alikes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readEnv } from '../server/env.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import type { Passage } from '../server/index/passage.js';
import type { SearchMode } from '../server/retrieve/hybrid.js';
import { legalRefs } from '../server/retrieve/legal-refs.js';
import { searchReranked } from '../server/retrieve/rerank.js';

const expectation = z.union([
  z.object({ legalId: z.string() }),
  z.object({ doc: z.string(), section: z.string().optional() }),
]);
const caseSchema = z.object({ q: z.string().min(1), expect: z.array(expectation).min(1) });
type Expectation = z.infer<typeof expectation>;

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, file: { type: 'string', default: 'test/retrieval-eval.jsonl' }, data: { type: 'string' } },
});
const cases = readFileSync(values.file!, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l, i) => {
    const parsed = caseSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${values.file} regel ${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const matches = (p: Passage, e: Expectation) =>
  'legalId' in e ? p.legalIds.includes(e.legalId) : p.documentId === e.doc && (!e.section || fold(p.section ?? '').includes(fold(e.section)));

const env = readEnv();
const dataDir = values.data ?? mkdtempSync(join(tmpdir(), 'ww-eval-'));
const index = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir, env, skipIngest: values.data !== undefined });
for (const s of [...index.report.skipped, ...index.report.warnings]) console.warn(`${s.file}: ${s.reason}`);

// Every expectation must point at something that exists, or the set measures nothing.
const all = index.passages();
for (const c of cases) {
  for (const e of c.expect) if (!all.some((p) => matches(p, e))) console.warn(`Geen passage voor ${JSON.stringify(e)} (vraag: ${c.q})`);
}

// 'rerank' is what /api/ask uses: the expanded query's hybrid top 30 reranked by server/retrieve/rerank.ts.
type Mode = SearchMode | 'rerank';
const modes: Mode[] = ['bm25', 'dense', 'hybrid', 'rerank'];
const rows: Array<{ mode: Mode; recall3: number; recall5: number; mrr: number }> = [];
for (const mode of modes) {
  let hits3 = 0;
  let hits5 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const ranked =
      mode === 'rerank'
        ? await searchReranked(index, c.q, (t) => index.analyze(t), { k: 10, articles: legalRefs(c.q) })
        : await index.search(c.q, { k: 10, mode });
    const rank = ranked.findIndex((h) => c.expect.some((e) => matches(h.passage, e)));
    if (rank >= 0 && rank < 3) hits3++;
    if (rank >= 0 && rank < 5) hits5++;
    else misses.push(`  ${rank < 0 ? '-' : rank + 1}  ${c.q}  → ${ranked.slice(0, 3).map((h) => h.passage.id).join(', ')}`);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  rows.push({ mode, recall3: hits3 / cases.length, recall5: hits5 / cases.length, mrr: rr / cases.length });
  if (values.verbose && misses.length) console.log(`\nMissers ${mode} (rang, vraag → top 3):\n${misses.join('\n')}`);
}
if (!values.data) rmSync(dataDir, { recursive: true, force: true });

const { documents, chunks } = index.stats();
console.log(`\n${cases.length} vragen, ${documents} documenten, ${chunks} passages\n`);
console.log('| retrieval | recall@3 | recall@5 | MRR@10 |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.mode}${r.mode === 'hybrid' ? ' (standaard)' : r.mode === 'rerank' ? ' (hybride + herordening, /api/ask)' : ''} | ${r.recall3.toFixed(3)} | ${r.recall5.toFixed(3)} | ${r.mrr.toFixed(3)} |`);
const hybrid = rows.find((r) => r.mode === 'hybrid')!;
const best = rows.every((r) => r.mode === 'rerank' || (hybrid.recall5 >= r.recall5 && hybrid.mrr >= r.mrr));
const ok = best && hybrid.recall5 >= 0.9 && cases.length >= 60;
console.log(ok ? '\nDe standaardinstelling (hybrid) is de beste en haalt recall@5 ≥ 0,9.' : '\nNIET gehaald: hybrid moet de beste zijn, recall@5 ≥ 0,9, minstens 60 vragen.');
process.exitCode = ok ? 0 : 1;
