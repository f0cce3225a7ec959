// npm run eval:answers [-- --file test/eval-open-answers-2.jsonl] [-- --verbose] [-- --json out.json]
// Grades open questions in the format of ../shared/eval/eval.mjs, in-process (the ask pipeline over a fresh index,
// no server), with the same checks (decision fields, mustMention, mustCite, mustNotSay, dangling markers, verbatim
// quotes) and one more: `expected.lead`, alternatives of which one must stand in the answer's first sentence, so
// that "the first sentence answers" (Ja/Nee/…, or the article for a legal-ground question) is measured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createAskPipeline } from '../server/ask/pipeline.js';
import type { AskResponse } from '../server/ask/types.js';
import { persona } from '../server/ask/types.js';
import { readEnv } from '../server/env.js';
import { openKnowledgeIndex } from '../server/index/knowledge-index.js';
import { redactText } from '../server/privacy/redact.js';

const alternatives = z.array(z.string().min(1)).min(1);
const caseSchema = z.object({
  id: z.string(),
  kind: z.string().optional(),
  persona: persona.optional(),
  region: z.string().optional(),
  question: z.string().min(1),
  expected: z
    .object({
      melding: z.string().optional(),
      beslisser: z.string().optional(),
      toegestaan: z.union([z.boolean(), z.literal('afhankelijk')]).optional(),
      leerplichtig: z.string().optional(),
      mustMention: z.array(alternatives).optional(),
      mustCite: z.array(z.string()).optional(),
      mustNotSay: z.array(z.string()).optional(),
      lead: alternatives.optional(),
    })
    .default({}),
});
type Case = z.infer<typeof caseSchema>;

const { values } = parseArgs({
  options: {
    file: { type: 'string', multiple: true, default: ['test/eval-open-answers-2.jsonl'] },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

const cases: Case[] = values.file!.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('//'))
    .map((l, i) => {
      const parsed = caseSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file} regel ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    }),
);

// Normalisation and citation patterns as in eval.mjs, so both evaluators agree on a pass.
const norm = (s: string) =>
  s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function citePatterns(ref: string): RegExp[] {
  const m = /^([a-z]+):(\d+(?:\.\d+)*)([a-z]?)$/.exec(ref);
  if (m) {
    const [, , rawNum, letter] = m;
    const num = rawNum!.replace(/\./g, '\\.');
    const art = `(?:artikel|art\\.?|art)\\s*${num}`;
    if (!letter) return [new RegExp(`${art}(?![0-9])`), new RegExp(`\\b${escape(ref)}\\b`)];
    return [
      new RegExp(`${art}(?![0-9])[^;\\n]{0,30}?(?:onder|sub)\\s*(?:letter\\s*)?\\(?${letter}\\)?(?![a-z])`),
      new RegExp(`${art}${letter}(?![0-9a-z])`),
      new RegExp(`\\b${num}\\s*(?:onder|sub)\\s*${letter}\\b`),
      new RegExp(`\\b${escape(ref)}\\b`),
    ];
  }
  const words: Record<string, RegExp[]> = {
    protocol: [/protocol/],
    mas: [/methodische aanpak schoolverzuim/, /\bmas\b/],
    'beleidsregel-verlof': [/beleidsregel/, /gewichtige omstandigheden/],
    mazl: [/m@zl/, /mazl/, /medische advisering/],
    duo: [/\bduo\b/, /verzuimloket/],
  };
  return words[ref] ?? [new RegExp(escape(ref))];
}

/**
 * The answer's first sentence: its first line (after a letter's salutation and thanks, for the helpdesk) without emphasis and
 * markers, up to a full stop that ends a sentence.
 */
function firstSentence(answer: string): string {
  const line = (answer.split('\n').find((l) => l.trim() && !/^(geachte|beste)\b.*,\s*$|^dank voor uw vraag\b/i.test(l.trim())) ?? '').replace(/\*\*/g, '').replace(/\s*\[\d+\]/g, '');
  // "art. 14", "8.14" and "1.000" do not end a sentence.
  const end = /(?<!\bart|\d)[.?!](?=\s+\p{Lu}|\s*$)/u.exec(line);
  return end ? line.slice(0, end.index + 1) : line;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

function grade(c: Case, r: AskResponse, sourceText: (id: string) => string | undefined): Check[] {
  const checks: Check[] = [];
  const add = (name: string, ok: boolean, detail = '') => checks.push({ name, ok, detail });
  const answer = norm(r.answer);
  const d = r.decision;
  const citeText = norm(
    [r.answer, ...(d?.legalBasis ?? []).map((l) => `${l.id} ${l.label}`), ...r.citations.map((x) => `${x.title} ${x.section ?? ''} ${x.id}`)].join(' \n '),
  );
  const e = c.expected;
  if (e.melding !== undefined) add('melding', d?.melding === e.melding, `got ${d?.melding ?? '-'} want ${e.melding}`);
  if (e.beslisser !== undefined) add('beslisser', d?.beslisser === e.beslisser, `got ${d?.beslisser ?? '-'} want ${e.beslisser}`);
  if (e.toegestaan !== undefined) add('toegestaan', d?.toegestaan === e.toegestaan, `got ${d?.toegestaan ?? '-'} want ${e.toegestaan}`);
  if (e.leerplichtig !== undefined) add('leerplichtig', d?.status === e.leerplichtig, `got ${d?.status ?? '-'} want ${e.leerplichtig}`);
  for (const group of e.mustMention ?? []) add('mention', group.some((alt) => answer.includes(norm(alt))), group.join(' | '));
  for (const ref of e.mustCite ?? []) add('cite', citePatterns(ref).some((re) => re.test(citeText)), ref);
  for (const bad of e.mustNotSay ?? []) add('mustNotSay', !answer.includes(norm(bad)), bad);
  if (e.lead) {
    const lead = norm(firstSentence(r.answer));
    const hit = e.lead.some((alt) => new RegExp(`(?<![\\p{L}\\d])${escape(norm(alt))}(?![\\p{L}\\d])`, 'u').test(lead));
    add('lead', hit, `${e.lead.join(' | ')} — eerste zin: "${lead.slice(0, 140)}"`);
  }
  const known = new Set(r.citations.map((x) => x.n));
  const dangling = [...r.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])).filter((n) => !known.has(n));
  add('markers', dangling.length === 0, dangling.length ? `dangling [${[...new Set(dangling)].join(',')}]` : '');
  for (const x of r.citations) {
    const src = sourceText(x.id);
    const ok = src !== undefined && norm(src).includes(norm(x.quote).replace(/^\W+|\W+$/g, ''));
    add('quote', ok, ok ? '' : `citaat niet letterlijk in ${x.id}`);
  }
  return checks;
}

const env = readEnv();
const dataDir = mkdtempSync(join(tmpdir(), 'ww-eval-answers-'));
const knowledge = await openKnowledgeIndex({ knowledgeDir: env.KNOWLEDGE_DIR, dataDir, env });
const pipeline = createAskPipeline({ knowledge, analyze: (t) => knowledge.analyze(t), redact: redactText });
const sourceText = (id: string) => knowledge.get(id)?.text;

const results: Array<{ id: string; kind?: string; pass: boolean; chars: number; hedge: boolean; checks: Check[]; answer: string }> = [];
for (const c of cases) {
  const r = await pipeline.ask({ question: c.question, ...(c.persona && { persona: c.persona }), ...(c.region && { region: c.region }) });
  const checks = grade(c, r, sourceText);
  // Quotes are measured apart (faithfulness), as in eval.mjs; they do not decide a pass.
  const pass = checks.filter((k) => k.name !== 'quote').every((k) => k.ok);
  results.push({ id: c.id, kind: c.kind, pass, chars: r.answer.length, hedge: /ik weet niet zeker/i.test(r.answer), checks, answer: r.answer });
  if (values.verbose || !pass) {
    const bad = checks.filter((k) => !k.ok).map((k) => `${k.name}: ${k.detail}`);
    console.log(`${pass ? 'PASS' : 'FAIL'} ${c.id}${bad.length ? `\n    ${bad.join('\n    ')}` : ''}`);
    if (values.verbose) console.log(`    ${r.answer.slice(0, 400).replace(/\n/g, '\n    ')}`);
  }
}

// Latency from a second round: the first fills the caches (analysed passages, stems) that a running server has warm.
const latencies: number[] = [];
for (const c of cases) {
  const t0 = performance.now();
  await pipeline.ask({ question: c.question, ...(c.persona && { persona: c.persona }), ...(c.region && { region: c.region }) });
  latencies.push(performance.now() - t0);
}
rmSync(dataDir, { recursive: true, force: true });

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const checks = results.flatMap((r) => r.checks);
const by = (name: string) => checks.filter((k) => k.name === name);
const share = (name: string) => pct(by(name).filter((k) => k.ok).length, by(name).length);
const summary: Record<string, string | number> = {
  cases: results.length,
  passed: `${results.filter((r) => r.pass).length}/${results.length} (${pct(results.filter((r) => r.pass).length, results.length)})`,
  leadAnswers: share('lead'),
  keyPointCoverage: share('mention'),
  citeCoverage: share('cite'),
  wrongClaims: by('mustNotSay').filter((k) => !k.ok).length,
  danglingMarkers: by('markers').filter((k) => !k.ok).length,
  quoteFaithfulness: share('quote'),
  blanketHedges: results.filter((r) => r.hedge).length,
  answerCharsP50: q(results.map((r) => r.chars), 0.5),
  latencyP95ms: Math.round(q(latencies, 0.95) * 10) / 10,
};
for (const kind of [...new Set(results.map((r) => r.kind ?? 'ask'))]) {
  const rs = results.filter((r) => (r.kind ?? 'ask') === kind);
  summary[`pass_${kind}`] = `${rs.filter((r) => r.pass).length}/${rs.length}`;
}
console.log(JSON.stringify(summary, null, 1));
if (values.json) writeFileSync(values.json, JSON.stringify({ summary, results }, null, 1));
