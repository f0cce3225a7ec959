import { describe, expect, it } from 'vitest';
import { urenHeldOut } from './uren-grammatica-heldout.fixture.js';
import { urenFailures } from './uren-grammatica-meten.js';

// The held-out amounts of absence per class (uren-grammatica-heldout.fixture.ts): hours or weeks read and the report.

describe('held-out amounts of absence per class', () => {
  it.each(urenHeldOut.map((c) => [c.klasse, c.q, c] as const))('%s: %s', (_k, _q, c) => {
    expect(urenFailures(c)).toEqual([]);
  });
});
