import type { UrenCase } from './uren-grammatica-heldout.fixture.js';
import { read } from './read-question.js';

const MANDATORY = new Set(['16-uur-in-4-weken', 'langdurig-relatief-verzuim']);

// What is wrong in a held-out case of amounts of absence: the hours or weeks read and the report given.
export function urenFailures(c: UrenCase): string[] {
  const r = read(c.q);
  const out: string[] = [];
  const inRange = (v: unknown, [lo, hi]: [number, number]) => typeof v === 'number' && v >= lo - 1e-9 && v <= hi + 1e-9;
  const bereik = (r.facts.bereik ?? {}) as Record<string, { van: number; tot: number }>;
  if (c.uren) {
    const b = bereik.ongeoorloofdeUren;
    if (!inRange(r.facts.ongeoorloofdeUren, c.uren) && !(b && inRange(b.van, c.uren) && inRange(b.tot, c.uren))) out.push(`uren=${JSON.stringify(r.facts.ongeoorloofdeUren ?? b)}`);
  }
  if (c.weken) {
    const b = bereik.aaneengeslotenWekenAfwezig;
    if (!inRange(r.facts.aaneengeslotenWekenAfwezig, c.weken) && !(b && inRange(b.van, c.weken) && inRange(b.tot, c.weken))) out.push(`weken=${JSON.stringify(r.facts.aaneengeslotenWekenAfwezig ?? b)}`);
  }
  if (c.melding && r.decision?.melding !== c.melding) out.push(`melding=${String(r.decision?.melding)}`);
  // Under 18 the reports '16 uur in 4 weken' and LRV are mandatory; below the threshold the rules decide too (overig verzuim).
  if (c.verplicht !== undefined && (r.decision?.melding === undefined || MANDATORY.has(r.decision.melding) !== c.verplicht)) out.push(`verplicht: ${String(r.decision?.melding)}`);
  if (c.open && r.decision?.melding !== undefined && !(r.followUp ?? []).length) out.push(`decided ${String(r.decision?.melding)}`);
  return out;
}

