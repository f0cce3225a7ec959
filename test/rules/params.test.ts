import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalLabel, legalUrl, param, ruleData } from '../../server/rules/index.js';
import { fixtures } from './load-fixtures.js';

// Tree checks: every parameter has a source and a geldigVanaf; every rule file cites an article.

describe('parameters', () => {
  const data = ruleData();
  it('heeft voor elke parameter een bron met artikel en URL en een geldigVanaf', () => {
    expect(data.parameters.size).toBeGreaterThan(20);
    for (const p of data.parameters.values()) {
      expect(p.bron.artikel, p.id).toMatch(/^(lpw|web|wvo|wpo|wrod|awb|duo|beleidsregel-verlof)/);
      expect(p.bron.url, p.id).toMatch(/^https:\/\//);
      for (const w of p.waarden) expect(w.geldigVanaf, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it.each([
    ['2025-12-31', 23],
    ['2026-01-01', 27],
  ])('leest de 18-plus-grens per peildatum (%s → %i)', (peildatum, verwacht) => {
    expect(param('doorstroompunt.leeftijdTot', peildatum)).toBe(verwacht);
  });
  it('noemt bij de richtlijnen van verlof de Beleidsregel als bron', () => {
    expect(data.beleidsregel.bron.artikel).toBe('beleidsregel-verlof');
    expect(data.beleidsregel.richtlijnen.find((r) => r.omstandigheid === 'huwelijk')?.dagenBuitenland).toBe(5);
    expect(data.beleidsregel.richtlijnen.find((r) => r.omstandigheid === 'levensbedreigende-ziekte')?.dagen).toBe(10);
  });
  it('heeft een regio IJssel-Vecht met sectieverwijzingen en kalenderregio noord', () => {
    const r = data.regions.get('ijssel-vecht')!;
    expect(r.kalenderregio).toBe('noord');
    for (const n of r.interventies.niveaus) expect(n.sectie).toMatch(/§7/);
    expect(r.mazl.ziekmeldingen).toBe(4);
    expect(r.mazl.aaneengeslotenDagen).toBe(7);
  });
  it('heeft vakanties voor 2025-2026 en 2026-2027 in alle drie regio’s, van vóór tot', () => {
    for (const sj of ['2025-2026', '2026-2027']) {
      const jaar = data.kalender.schooljaren.find((s) => s.schooljaar === sj)!;
      for (const regio of ['noord', 'midden', 'zuid']) {
        const zomer = jaar.vakanties.find((v) => v.naam === 'zomervakantie' && [v.regio].flat().includes(regio as 'noord'));
        expect(zomer, `${sj} ${regio}`).toBeDefined();
      }
      for (const v of jaar.vakanties) expect(v.van <= v.tot).toBe(true);
    }
  });
});

describe('regels citeren hun artikel', () => {
  const dir = new URL('../../server/rules/', import.meta.url);
  it.each(['melding.ts', 'verlof.ts', 'leerplicht.ts', 'verzuim.ts'])('%s verwijst naar artikelen', (f) => {
    const src = readFileSync(new URL(f, dir), 'utf8');
    expect(src).toMatch(/ref\('lpw:/);
  });
});

interface LabelCase {
  id: string;
  lid?: number;
  label?: string;
  labelBevat?: string;
  url?: string;
}
describe('legalLabel en legalUrl', () => {
  it.each(fixtures<LabelCase>('legal.yaml').map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const label = legalLabel(c.id, c.lid);
    if (c.label) expect(label).toBe(c.label);
    if (c.labelBevat) expect(label).toContain(c.labelBevat);
    if (c.url) expect(legalUrl(c.id)).toBe(c.url);
  });
});
