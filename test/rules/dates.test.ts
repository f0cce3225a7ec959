import { describe, expect, it } from 'vitest';
import { todayIso } from '../../server/rules/dates.js';

describe('todayIso', () => {
  it.each([
    ['2026-11-21T23:30:00Z', '2026-11-22'], // 00:30 in winter time
    ['2026-07-14T22:30:00Z', '2026-07-15'], // 00:30 in summer time
    ['2026-07-14T21:30:00Z', '2026-07-14'],
  ])('gives the Dutch date at %s', (utc, dutch) => {
    expect(todayIso(new Date(utc))).toBe(dutch);
  });
});
