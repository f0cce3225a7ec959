import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { LegalRef } from '../../server/rules/schemas.js';

/** Reads a YAML fixture list from test/rules/fixtures. */
export function fixtures<T>(name: string): T[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const list = parse(text) as T[];
  if (!Array.isArray(list) || list.length === 0) throw new Error(`Fixture ${name} is leeg.`);
  return list;
}

/** Every cited source has a readable label; law articles link to wetten.overheid.nl. */
export function expectCitations(refs: LegalRef[]): void {
  for (const r of refs) {
    expect(r.label.length, r.id).toBeGreaterThan(3);
    if (/^(lpw|wvo|web|wrod|awb):/.test(r.id)) expect(r.url, r.id).toMatch(/^https:\/\/wetten\.overheid\.nl\/BWBR\d+\//);
  }
}

/** The fixture's expectation for each listed field, when it gives one, equals the result's value. */
export function expectFields<R extends object, V extends object>(result: R, verwacht: V, fields: Array<keyof R & keyof V>): void {
  for (const f of fields) if (verwacht[f] !== undefined) expect(result[f], String(f)).toBe(verwacht[f]);
}
