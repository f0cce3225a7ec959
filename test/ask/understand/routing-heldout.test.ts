import { describe, expect, it } from 'vitest';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';
import { read } from './read-question.js';
import { HELD_OUT, type HeldOut } from './routing-heldout.fixture.js';

// Issue 10 held-out wordings (written before the change): each must meet its class's legal reading.

export function failures(h: HeldOut): string[] {
  const u = understand(h.q, { today: TODAY });
  const r = read(h.q);
  const out: string[] = [];
  const sv = u.melding.soortVerzuim as string | undefined;
  if (h.notVerzuim?.includes(sv ?? '')) out.push(`soortVerzuim ${sv}`);
  if (h.verzuim && sv !== h.verzuim) out.push(`soortVerzuim ${sv} ≠ ${h.verzuim}`);
  if (h.notSoort?.includes(String(u.verlof.soort))) out.push(`soort ${u.verlof.soort}`);
  for (const i of h.notIntent ?? []) if (u.intents.includes(i as never)) out.push(`intent ${i}`);
  if (h.noDecision && r.decision) out.push(`decision ${r.decision.type}`);
  if (h.notAllowed && r.decision && 'toegestaan' in r.decision && r.decision.toegestaan === true) out.push('toegestaan true');
  return out;
}

describe('issue 10 held-out wordings', () => {
  it.each(HELD_OUT.filter((h) => !h.open).map((h) => [h.cls, h.q, h] as const))('class %i: %s', (_c, _q, h) => {
    expect(failures(h)).toEqual([]);
  });
  it.each(HELD_OUT.filter((h) => h.open).map((h) => [h.cls, h.q, h] as const))('open, class %i: %s', (_c, _q, h) => {
    expect(failures(h).length).toBeGreaterThan(0);
  });
});
