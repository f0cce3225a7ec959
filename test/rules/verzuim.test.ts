import { describe, expect, it } from 'vitest';
import { evaluateVerzuim, parseVerzuimCsv, VERZUIM_CSV_TEMPLATE } from '../../server/rules/index.js';
import { verzuimEvaluateInput } from '../../server/rules/schemas.js';
import { expectCitations, fixtures } from './load-fixtures.js';

interface VerwachteMelding {
  melding: string;
  datum?: string;
  begindatum?: string;
  einddatum?: string | null;
  verplicht?: boolean;
  aan?: string;
  type?: string;
}
interface Case {
  naam: string;
  input: unknown;
  verwacht: {
    meldingen?: VerwachteMelding[];
    meldingenBevat?: VerwachteMelding[];
    regionaal?: string[];
    regionaalDatum?: Record<string, string>;
    mazl?: string[];
    mazlDatum?: Record<string, string>;
    waarschuwingBevat?: string;
    urenEenheid?: string;
    missing?: string[];
  };
}

const cases = fixtures<Case>('verzuim.yaml');

describe('evaluateVerzuim (fixtures)', () => {
  it.each(cases.map((c) => [c.naam, c] as const))('%s', (_naam, c) => {
    const r = evaluateVerzuim(verzuimEvaluateInput.parse(c.input));
    const v = c.verwacht;
    expectCitations(r.legalBasis);
    if (v.meldingen) {
      expect(r.meldingen).toHaveLength(v.meldingen.length);
      v.meldingen.forEach((m, i) => expect(r.meldingen[i]).toMatchObject(m));
    }
    for (const m of v.meldingenBevat ?? []) expect(r.meldingen).toContainEqual(expect.objectContaining(m));
    if (v.regionaal) expect(r.regionaal.map((s) => s.id)).toEqual(v.regionaal);
    for (const [id, datum] of Object.entries(v.regionaalDatum ?? {})) expect(r.regionaal.find((s) => s.id === id)?.datum).toBe(datum);
    if (v.mazl) expect(r.mazl.map((s) => s.id)).toEqual(v.mazl);
    for (const [id, datum] of Object.entries(v.mazlDatum ?? {})) expect(r.mazl.find((s) => s.id === id)?.datum).toBe(datum);
    if (v.waarschuwingBevat) expect(r.waarschuwingen.join(' ')).toContain(v.waarschuwingBevat);
    if (v.urenEenheid) expect(r.urenEenheid).toBe(v.urenEenheid);
    if (v.missing) expect(r.missing.map((m) => m.fact)).toEqual(v.missing);
    expect(r.legalBasis.map((l) => l.id)).toContain('lpw:21a');
  });
});

describe('parseVerzuimCsv', () => {
  it('leest het sjabloon: twee leerlingen, geen fouten', () => {
    const r = parseVerzuimCsv(VERZUIM_CSV_TEMPLATE, { kalenderRegio: 'noord' });
    expect(r.fouten).toEqual([]);
    expect(r.leerlingen.map((l) => l.leerling)).toEqual(['1234', '5678']);
    expect(r.leerlingen.every((l) => l.resultaat && l.fouten.length === 0)).toBe(true);
    expect(r.regels).toBe(4);
  });

  it('vindt per leerling de 16-urenmelding, met komma als decimaalteken en DD-MM-JJJJ', () => {
    const csv = [
      'leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag',
      'a;14-03-2012;vo;12-01-2026;7,5;lesuur;ongeoorloofd;nee',
      'a;14-03-2012;vo;19-01-2026;8,5;lesuur;ongeoorloofd;nee',
      'b;2016-09-01;po;2026-01-12;3;klokuur;ongeoorloofd;nee',
    ].join('\n');
    const r = parseVerzuimCsv(csv, { regio: 'ijssel-vecht' });
    const a = r.leerlingen.find((l) => l.leerling === 'a')!;
    expect(a.resultaat?.meldingen.map((m) => [m.melding, m.datum])).toEqual([['16-uur-in-4-weken', '2026-01-19']]);
    expect(r.leerlingen.find((l) => l.leerling === 'b')!.resultaat?.meldingen).toEqual([]);
  });

  it('accepteert komma als scheidingsteken', () => {
    const csv = 'leerling,onderwijssoort,datum,uren,soort\nx,vo,2026-01-12,16,ongeoorloofd\n';
    const r = parseVerzuimCsv(csv, { kalenderRegio: 'noord' });
    expect(r.leerlingen[0]?.resultaat?.meldingen[0]?.melding).toBe('16-uur-in-4-weken');
  });

  it.each([
    ['onbekende onderwijssoort', 'x;zz;2026-01-12;1;ongeoorloofd', /onderwijssoort/],
    ['ongeldige datum', 'x;vo;2026-13-01;1;ongeoorloofd', /geen geldige datum/],
    ['datum buiten bereik', 'x;vo;3026-01-01;1;ongeoorloofd', /geen geldige datum/],
    ['geen getal', 'x;vo;2026-01-12;veel;ongeoorloofd', /geen getal/],
    ['te veel uren', 'x;vo;2026-01-12;25;ongeoorloofd', /tussen 0 en 24/],
    ['onbekende soort', 'x;vo;2026-01-12;1;spijbelen', /Onbekende soort/],
  ])('meldt per regel in het Nederlands: %s', (_n, regel, melding) => {
    const r = parseVerzuimCsv(`leerling;onderwijssoort;datum;uren;soort\n${regel}\n`);
    const fouten = r.leerlingen.flatMap((l) => l.fouten);
    expect(fouten[0]?.regel).toBe(2);
    expect(fouten[0]?.melding).toMatch(melding);
  });

  it.each([
    ['leeg', ''],
    ['alleen witruimte', '   \n\n'],
    ['geen kopregel', '1;2;3\n4;5;6'],
    ['binaire rommel', '\u0000\u0001\u0002;\u0003'],
    ['open aanhalingsteken', 'leerling;onderwijssoort;datum;uren;soort\n"x;vo;2026-01-12;1;ongeoorloofd\n'],
  ])('crasht nooit: %s', (_n, tekst) => {
    const r = parseVerzuimCsv(tekst);
    expect(r.fouten.length + r.leerlingen.flatMap((l) => l.fouten).length).toBeGreaterThan(0);
  });

  it('meldt een afwijkende geboortedatum voor dezelfde leerling', () => {
    const r = parseVerzuimCsv('leerling;geboortedatum;onderwijssoort;datum;uren;soort\nx;2012-01-01;vo;2026-01-12;1;ongeoorloofd\nx;2012-01-02;vo;2026-01-13;1;ongeoorloofd\n');
    expect(r.leerlingen[0]?.fouten[0]).toEqual({ regel: 3, melding: expect.stringMatching(/geboortedatum wijkt af/) });
  });
});
