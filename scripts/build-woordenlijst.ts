// `npx tsx scripts/build-woordenlijst.ts [/usr/share/dict/dutch]`: writes knowledge/lexicon/woorden-opentaal.yaml, the
// everyday Dutch words (OpenTaal word list, BSD or CC BY 3.0) that lie within the typo corrector's reach of one of its
// targets. Those words are words, not slips ("gebeld" is no "gemeld"); words farther away are never corrected anyway,
// so only these need to ship. Run again after the knowledge or the lexicon changes (a test says when).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { correctionTargets, editDistance, maxEdits, WOORDENLIJST } from '../server/ask/understand/noisy.js';

const source = process.argv[2] ?? '/usr/share/dict/dutch';
const out = fileURLToPath(new URL(`../knowledge/${WOORDENLIJST}`, import.meta.url));
const plain = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const targets = [...correctionTargets().keys()];
const byKey = new Map<string, string[]>();
for (const t of targets) for (let n = t.length - 2; n <= t.length + 2; n++) byKey.set(`${t[0]}${n}`, [...(byKey.get(`${t[0]}${n}`) ?? []), t]);
const near = new Set<string>();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const w = plain(line.trim());
  if (!/^\p{L}+$/u.test(w) || targets.includes(w)) continue;
  const max = maxEdits(w.length);
  if (max === 0) continue;
  if ((byKey.get(`${w[0]}${w.length}`) ?? []).some((t) => editDistance(w, t, max) <= max)) near.add(w);
}
const woorden: Record<string, string> = {};
for (const w of [...near].sort()) woorden[w[0]!] = woorden[w[0]!] ? `${woorden[w[0]!]} ${w}` : w;
const header = `# Gewone Nederlandse woorden die dicht bij een woord liggen waarin de typfoutcorrectie verbetert
# (server/ask/understand/noisy.ts): het zijn woorden, geen tikfouten ("gebeld" is geen "gemeld").
# Gemaakt met scripts/build-woordenlijst.ts uit de woordenlijst van OpenTaal (https://www.opentaal.org),
# (c) OpenTaal, onder BSD of Creative Commons Naamsvermelding 3.0 naar keuze. Niet met de hand bewerken.
`;
writeFileSync(out, header + stringify({ bron: 'OpenTaal woordenlijst (BSD / CC BY 3.0), via scripts/build-woordenlijst.ts', datum: new Date().toISOString().slice(0, 10), woorden }, { lineWidth: 0 }));
console.log(`${near.size} woorden bij ${targets.length} doelwoorden → ${out}`);
