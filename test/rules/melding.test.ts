import { describe, expect, it } from 'vitest';
import { decideMelding } from '../../server/rules/index.js';
import { meldingInput } from '../../server/rules/schemas.js';
import { expectCitations, expectFields, fixtures } from './load-fixtures.js';

interface Case {
  naam: string;
  input: unknown;
  verwacht: {
    melding: string | null;
    verplicht?: boolean;
    aan?: string;
    urenEenheid?: string;
    cites?: string[];
    missing?: string[];
    triggers?: string[];
    extra?: number;
  };
}

const cases = fixtures<Case>('melding.yaml');

describe('decideMelding (fixtures)', () => {
  it.each(cases.map((c) => [c.naam, c] as const))('%s', (_naam, c) => {
    const r = decideMelding(meldingInput.parse(c.input));
    const v = c.verwacht;
    expectCitations(r.legalBasis);
    expect(r.melding ?? null).toBe(v.melding);
    expectFields(r, v, ['verplicht', 'aan', 'urenEenheid']);
    for (const id of v.cites ?? []) expect(r.legalBasis.map((l) => l.id)).toContain(id);
    if (v.missing !== undefined) expect(r.missing.map((m) => m.fact)).toEqual(v.missing);
    if (v.triggers !== undefined) expect(r.regionaal?.triggers.map((t) => t.id) ?? []).toEqual(v.triggers);
    if (v.extra !== undefined) expect(r.extraMeldingen).toHaveLength(v.extra);
    // Every decision explains itself: a path, sources, and for a real report at least one action.
    expect(r.steps.length + r.missing.length).toBeGreaterThan(0);
    for (const m of r.missing) expect(m.question).toMatch(/\?$/);
    if (r.melding && r.melding !== 'geen-melding') expect(r.acties.school.length).toBeGreaterThan(0);
    if (r.melding) expect(r.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('decideMelding (vorm)', () => {
  it('geeft de Inspectie-termijn bij een verplichte melding en noemt die lezing in de uitleg', () => {
    const r = decideMelding({ leeftijd: 14, onderwijssoort: 'vo', soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16 });
    expect(r.termijn).toMatch(/5 werkdagen/);
    expect(r.uitleg.join(' ')).toMatch(/lezing van de Inspectie/);
    expect(r.uitleg.join(' ')).not.toMatch(/open twijfel/i);
    expect(r.einddatumRegel).toMatch(/dag na de einddatum/);
  });
  it('noemt het 18-plus-verschil tussen 23 en 27 jaar', () => {
    const r = decideMelding({ leeftijd: 24, onderwijssoort: 'mbo', soortVerzuim: 'ongeoorloofd', startkwalificatie: false, aaneengeslotenWekenAfwezig: 5, peildatum: '2026-03-01' });
    expect(r.uitleg.join(' ')).toMatch(/27 jaar/);
  });
  it('vertelt de school bij schorsing de Inspectie schriftelijk te informeren', () => {
    const r = decideMelding({ leeftijd: 14, onderwijssoort: 'vo', soortVerzuim: 'schorsing' });
    expect(r.acties.school.join(' ')).toMatch(/Inspectie/);
  });
});

describe('Wet terugdringen schoolverzuim (parameter, in werking bij koninklijk besluit)', () => {
  it('zegt dat de wet nog niet geldt en wat die zou veranderen, en schakelt om op de datum uit de parameter', async () => {
    const { ruleData } = await import('../../server/rules/params.js');
    const input = { leeftijd: 13, onderwijssoort: 'vo', soortVerzuim: 'ziek', zorgen: true, peildatum: '2026-11-20' } as const;
    expect(decideMelding(input).uitleg.join(' ')).toMatch(/koninklijk besluit/);
    const p = ruleData().parameters.get('wetTerugdringenSchoolverzuim.inWerking')!;
    const origineel = p.waarden;
    p.waarden = [...origineel, { geldigVanaf: '2026-09-01', waarde: 'ja' }];
    try {
      expect(decideMelding(input).uitleg.join(' ')).toMatch(/Sinds de inwerkingtreding/);
      expect(decideMelding({ ...input, peildatum: '2026-08-31' }).uitleg.join(' ')).toMatch(/koninklijk besluit/);
    } finally {
      p.waarden = origineel;
    }
  });
});
