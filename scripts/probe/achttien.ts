import { read } from '../../test/ask/understand/read-question.js';
import { SCOPE_CASES, type ScopeCase } from '../../test/ask/understand/achttien-scope.fixture.js';

// Measures the scope wordings (dev and held-out apart): npx tsx scripts/probe/achttien.ts [-v]
export function passes(c: ScopeCase): boolean {
  const r = read(c.q);
  const d = r.decision;
  const lead = r.lead;
  switch (c.expect) {
    case 'achttienplus':
      return d?.type === 'melding' && d.melding === '18-plus-verzuim' && !/^Ja, dat klopt/.test(lead) && !/niet verplicht/.test(lead);
    case 'geen-melding':
      return d?.type === 'melding' && d.melding === 'geen-melding';
    case 'vraag-diploma':
      return d?.type === 'melding' && d.melding !== 'geen-melding' && (d.melding === '18-plus-verzuim' ? false : (r.followUp ?? []).includes('startkwalificatie'));
    case 'verlof-buiten-lpw':
      return /Leerplichtwet gelden niet|Leerplichtwet geldt niet/.test(lead) && !/luxe verzuim/i.test(lead);
    case 'geen-luxe':
      return !(d?.type === 'melding' && d.melding === 'luxe-verzuim') && !/luxe verzuim:? .*meld/i.test(lead) && /18/.test(lead + (d?.steps ?? []).join(' '));
    case 'kwalificatieplicht':
      return !/^Ja\b/.test(lead) && /kwalificatieplicht/.test(lead);
  }
}

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
