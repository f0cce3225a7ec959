import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devFixture } from './dev-fixture.js';
import { check, devExpected } from './expect.js';

const DEV_SET = new URL('../../../../shared/eval/dev-set.jsonl', import.meta.url);

describe('understand: own copy of 15 dev questions', () => {
  it.each(devFixture)('$id', ({ id, question }) => {
    check(question, devExpected[id]!);
  });
});

// The full dev set lives in ../shared, which is not part of this repository; skip when it is absent.
describe.skipIf(!existsSync(DEV_SET))('understand: every question in ../shared/eval/dev-set.jsonl', () => {
  const rows = existsSync(DEV_SET)
    ? readFileSync(DEV_SET, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; question: string })
    : [];

  it('has an expectation for every question', () => {
    expect(rows.map((r) => r.id).filter((id) => !devExpected[id])).toEqual([]);
  });

  it.each(rows)('$id', ({ id, question }) => {
    check(question, devExpected[id] ?? {});
  });
});
