import { describe, expect, it } from 'vitest';
import { contractBeslisser, decideVerlof, ruleData } from '../../server/rules/index.js';
import { verlofInput } from '../../server/rules/schemas.js';
import { expectCitations, expectFields, fixtures } from './load-fixtures.js';

interface Case {
  naam: string;
  input: unknown;
  verwacht: { toegestaan?: boolean | 'afhankelijk'; beslisser?: string; maxDagen?: number | null; richtlijnDagen?: number; cites?: string[]; missing?: string[]; termijnBevat?: string; uitlegBevat?: string };
}

const cases = fixtures<Case>('verlof.yaml');

describe('decideVerlof (fixtures)', () => {
  it.each(cases.map((c) => [c.naam, c] as const))('%s', (_naam, c) => {
    const r = decideVerlof(verlofInput.parse(c.input));
    const v = c.verwacht;
    expectCitations(r.legalBasis);
    expectFields(r, v, ['toegestaan', 'beslisser', 'richtlijnDagen']);
    if (v.maxDagen !== undefined) expect(r.maxDagen ?? null, 'maxDagen').toBe(v.maxDagen);
    for (const id of v.cites ?? []) expect(r.legalBasis.map((l) => l.id)).toContain(id);
    if (v.missing !== undefined) expect(r.missing.map((m) => m.fact)).toEqual(v.missing);
    if (v.termijnBevat !== undefined) expect(r.termijnen.join(' ')).toContain(v.termijnBevat);
    if (v.uitlegBevat !== undefined) expect(r.uitleg.join(' ')).toContain(v.uitlegBevat);
    expect(r.bezwaar).toMatch(/bezwaar/);
    expect(r.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('contractBeslisser', () => {
  it('zet het college om naar de leerplichtambtenaar (mandaat) en laat de rest staan', () => {
    expect(contractBeslisser('college')).toBe('leerplichtambtenaar');
    expect(contractBeslisser('directeur')).toBe('directeur');
    expect(contractBeslisser('niemand')).toBe('niemand');
  });
});

describe('regionale richtlijn-dagen', () => {
  it('gaan voor de landelijke richtlijn als de regio ze opgeeft', () => {
    const regions = ruleData().regions;
    const basis = regions.get('ijssel-vecht')!;
    regions.set('testregio', { ...basis, id: 'testregio', verlofRichtlijnen: [{ omstandigheid: 'verhuizing', omschrijving: 'verhuizing, regionaal 2 dagen', dagen: 2 }] });
    try {
      const input = { soort: 'gewichtige-omstandigheden', omstandigheid: 'verhuizing', dagen: 2, eerderVerlofDagen: 0 } as const;
      expect(decideVerlof(input).toegestaan).toBe('afhankelijk');
      const r = decideVerlof({ ...input, regio: 'testregio' });
      expect(r.toegestaan).toBe(true);
      expect(r.legalBasis.map((l) => l.id)).toContain('protocol:testregio');
    } finally {
      regions.delete('testregio');
    }
  });
});
