#!/usr/bin/env node
// Grades what kind of answer Wegwijzer gives and how its first sentence is framed (issue: routing classes).
// Usage: node scripts/eval-routing.mjs --base http://127.0.0.1:3000 [--verbose] test/routing-classes.jsonl
// Each case may name: type (a decision type, "none" for a knowledge answer, or a list), notType, leadStarts,
// notLeadStarts, notLead (substrings), mention (one of), notSay (none of).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base = at >= 0 ? args.splice(at, 2)[1] : 'http://127.0.0.1:3000';
const vi = args.indexOf('--verbose');
const verbose = vi >= 0 && Boolean(args.splice(vi, 1));
const cases = readFileSync(args[0], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const low = (s) => s.toLowerCase();
const list = (x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const byClass = {};
let passed = 0;
for (const c of cases) {
  const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: c.question, persona: c.persona }) });
  const j = await res.json();
  const type = j.decision?.type ?? 'none';
  const lead = String(j.answer ?? '').split('\n')[0].replace(/\*\*/g, '').replace(/\s*\[\d+\]/g, '').trim();
  const answer = low(String(j.answer ?? ''));
  const bad = [];
  if (c.type !== undefined && !list(c.type).includes(type)) bad.push(`type ${type}`);
  if (list(c.notType).includes(type)) bad.push(`type ${type}`);
  for (const s of list(c.notLead)) if (low(lead).includes(low(s))) bad.push(`lead has "${s}"`);
  if (c.leadStarts && !c.leadStarts.some((s) => lead.startsWith(s))) bad.push(`lead not ${c.leadStarts.join('/')}`);
  for (const s of list(c.notLeadStarts)) if (new RegExp(`^${s}\\b`).test(lead)) bad.push(`lead starts "${s}"`);
  if (c.mention && !c.mention.some((s) => answer.includes(low(s)))) bad.push(`no ${c.mention.join('|')}`);
  for (const s of list(c.notSay)) if (answer.includes(low(s))) bad.push(`says "${s}"`);
  const ok = bad.length === 0;
  if (ok) passed++;
  const k = (byClass[c.cls] ??= [0, 0]);
  k[1]++;
  if (ok) k[0]++;
  if (!ok || verbose) console.log(`${ok ? 'PASS' : 'FAIL'} ${c.id} [${type}${j.decision?.toegestaan !== undefined ? ` ${j.decision.toegestaan}/${j.decision.beslisser}` : ''}${j.decision?.melding ? ` ${j.decision.melding}` : ''}] ${bad.join('; ')}\n     ${lead.slice(0, 200)}`);
}
console.log(Object.entries(byClass).map(([k, [p, n]]) => `class ${k}: ${p}/${n}`).join('  '), `— ${passed}/${cases.length}`);
