import { readFileSync } from 'node:fs';
import { read } from '../test/ask/understand/read-question.js';

// Held-out questions per kind of leave or exemption (test/ask/understand/fixtures/soort-heldout.jsonl): does the
// question, read the whole way (understand → rules), get the right kind and the right outcome? Prints per kind.
// Usage: npx tsx scripts/eval-soort.ts [file] [--fails]

interface Case { q: string; soort?: string | null; toegestaan?: string[]; intent?: string; status?: string; missing?: string; stem?: string }
const file = process.argv.find((a) => a.endsWith('.jsonl')) ?? 'test/ask/understand/fixtures/soort-heldout.jsonl';
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
const per = new Map<string, { n: number; soort: number; uitkomst: number }>();
const fails: string[] = [];
for (const c of cases) {
  const r = read(c.q);
  const d = r.decision as { type?: string; toegestaan?: unknown; status?: string } | undefined;
  const missing = r.followUp ?? [];
  const key = c.intent ?? String(c.soort);
  const row = per.get(key) ?? { n: 0, soort: 0, uitkomst: 0 };
  row.n++;
  let soortOk: boolean;
  let uitkomstOk: boolean;
  if (c.intent === 'leerplicht') {
    soortOk = d?.type === 'leerplicht';
    uitkomstOk = soortOk && d?.status === c.status;
  } else {
    soortOk = c.soort === null ? r.facts.soort === undefined || !['ziekte'].includes(String(r.facts.soort)) : r.facts.soort === c.soort && (d?.type === 'verlof' || d?.type === 'vrijstelling');
    uitkomstOk = soortOk && (c.toegestaan ?? []).includes(String(d?.toegestaan)) && (!c.missing || missing.includes(c.missing));
  }
  if (soortOk) row.soort++;
  if (uitkomstOk) row.uitkomst++;
  per.set(key, row);
  if (!uitkomstOk) fails.push(`[${key}] soort=${String(r.facts.soort)} type=${d?.type} toegestaan=${String(d?.toegestaan)} status=${d?.status ?? ''} missing=${missing.join(',')}\n   ${c.q}`);
}
let n = 0, s = 0, u = 0;
for (const [k, v] of per) {
  console.log(`${k.padEnd(34)} ${String(v.n).padStart(3)}  soort ${v.soort}/${v.n}  uitkomst ${v.uitkomst}/${v.n}`);
  n += v.n; s += v.soort; u += v.uitkomst;
}
console.log(`${'totaal'.padEnd(34)} ${String(n).padStart(3)}  soort ${s}/${n}  uitkomst ${u}/${n}`);
if (process.argv.includes('--fails')) console.log(fails.join('\n'));
