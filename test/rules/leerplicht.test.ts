import { describe, expect, it } from 'vitest';
import { decideLeerplicht } from '../../server/rules/index.js';
import { leerplichtInput } from '../../server/rules/schemas.js';
import { expectCitations, expectFields, fixtures } from './load-fixtures.js';

interface Case {
  naam: string;
  input: unknown;
  verwacht: { status?: string; leerplichtStart?: string; leerplichtEinde?: string; kwalificatieplichtEinde?: string | null; doorstroompuntTot?: string | null; missing?: string[] };
}

const cases = fixtures<Case>('leerplicht.yaml');

describe('decideLeerplicht (fixtures)', () => {
  it.each(cases.map((c) => [c.naam, c] as const))('%s', (_naam, c) => {
    const r = decideLeerplicht(leerplichtInput.parse(c.input));
    const v = c.verwacht;
    expectCitations(r.legalBasis);
    expectFields(r, v, ['status', 'leerplichtStart', 'leerplichtEinde', 'kwalificatieplichtEinde', 'doorstroompuntTot']);
    if (v.missing !== undefined) expect(r.missing.map((m) => m.fact)).toEqual(v.missing);
    expect(r.legalBasis.map((l) => l.id)).toContain('lpw:3');
  });
});

describe('decideLeerplicht (uitleg)', () => {
  it('legt de lezing voor 29 februari uit', () => {
    const r = decideLeerplicht({ geboortedatum: '2020-02-29', peildatum: '2025-03-20' });
    expect(r.uitleg.join(' ')).toMatch(/29 februari/);
  });
  it('legt uit waarom de start na het weekend valt', () => {
    const r = decideLeerplicht({ geboortedatum: '2021-01-20', peildatum: '2026-01-27' });
    expect(r.uitleg.join(' ')).toMatch(/1 februari 2026 is geen schooldag/);
  });
});
