import { read } from '../../test/ask/understand/read-question.js';
import { passes, SCOPE_CASES } from '../../test/ask/understand/achttien-scope.fixture.js';

// Measures the scope wordings (dev and held-out apart): npx tsx scripts/probe/achttien.ts [-v]
const verbose = process.argv.includes('-v');
for (const part of [false, true]) {
  const set = SCOPE_CASES.filter((c) => Boolean(c.heldOut) === part);
  let ok = 0;
  for (const c of set) {
    const p = passes(c);
    if (p) ok++;
    if (verbose || !p) {
      const r = read(c.q);
      console.log(`${p ? 'PASS' : 'FAIL'} [${c.expect}] ${c.q}\n   -> ${r.decision?.type}/${r.decision?.type === 'melding' ? r.decision.melding : ''} followUp=${r.followUp} | ${r.lead.slice(0, 160)}`);
    }
  }
  console.log(`${part ? 'held-out' : 'dev'}: ${ok}/${set.length}`);
}
