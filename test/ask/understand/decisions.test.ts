import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '../../../server/ask/decide.js';
import { understand } from '../../../server/ask/understand/index.js';
import { TODAY } from './expect.js';

// The facts understood from each dev question, fed to the rules, must give the graded decision.
// The dev set lives in ../shared, outside this repository; skip when it is absent.
const DEV_SET = new URL('../../../../shared/eval/dev-set.jsonl', import.meta.url);

interface Row {
  id: string;
  persona: 'school' | 'leerplichtambtenaar' | 'helpdesk';
  question: string;
  expected: { melding?: string; toegestaan?: boolean | string; beslisser?: string; leerplichtig?: string };
}

describe.skipIf(!existsSync(DEV_SET))('understand → rules on ../shared/eval/dev-set.jsonl', () => {
  const rows: Row[] = existsSync(DEV_SET) ? readFileSync(DEV_SET, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row) : [];
  const decided = rows.filter((r) => r.expected.melding ?? r.expected.toegestaan ?? r.expected.leerplichtig);

  it.each(decided)('$id', ({ question, persona, expected }) => {
    const u = understand(question, { today: TODAY });
    const outcome = decide(u.intents, { ...u.melding, ...u.verlof, ...u.leerplicht }, { region: u.regio, persona, today: TODAY });
    const d = outcome?.decision;
    if (expected.melding) expect(d?.melding).toBe(expected.melding);
    if (expected.toegestaan !== undefined) expect(d?.toegestaan).toBe(expected.toegestaan);
    if (expected.beslisser) expect(d?.beslisser).toBe(expected.beslisser);
    if (expected.leerplichtig) expect(d?.status).toBe(expected.leerplichtig);
  });
});
