import { isValidElement, type VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { meldingInput } from '../../server/rules/schemas.js';
import { FACTS, parseFact, showFact } from '../../web/src/facts.js';
import { Markdown, plainText, splitOnQuote } from '../../web/src/markdown.js';
import { rowsOf, toCsv } from '../../web/src/views/verzuimlijst.js';

/** Every node of a rendered vnode tree, depth first (function components are called). */
function walk(node: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (isValidElement(node)) {
    const v = node as VNode<{ children?: unknown }>;
    out.push(v);
    if (typeof v.type === 'function') walk((v.type as (p: unknown) => unknown)(v.props), out);
    else walk(v.props.children, out);
  } else if (node !== null && node !== undefined && node !== false) out.push(node);
  return out;
}

describe('Markdown: alleen een veilige deelverzameling, servertekst blijft tekst', () => {
  const markers: number[] = [];
  const tree = walk(
    Markdown({
      text: '**Ja.** Meld het <script>alert(1)</script> [1]\n- punt <b>een</b> [2]\n- punt twee\n\n1. stap',
      marker: (n) => {
        markers.push(n);
        return `#${n}`;
      },
    }),
  );
  const elements = tree.filter(isValidElement) as VNode<Record<string, unknown>>[];

  it('maakt alleen alinea’s, lijsten en vet', () => {
    const tags = new Set(elements.map((e) => e.type).filter((t) => typeof t === 'string'));
    expect([...tags].sort()).toEqual(['li', 'ol', 'p', 'strong', 'ul']);
  });

  it('zet HTML uit de server nooit als HTML neer', () => {
    expect(elements.some((e) => 'dangerouslySetInnerHTML' in e.props)).toBe(false);
    expect(tree.filter((n) => typeof n === 'string').join('')).toContain('<script>alert(1)</script>');
  });

  it('maakt van [n] een bronverwijzing', () => {
    expect(markers).toEqual([1, 2]);
  });
});

describe('citaat terugvinden in de passage', () => {
  it.each([
    ['exact', 'De school meldt binnen 5 werkdagen.', 'meldt binnen 5', ['De school ', 'meldt binnen 5', ' werkdagen.']],
    ['andere witruimte', 'De school\n meldt  binnen 5 werkdagen.', 'school meldt binnen', ['De ', 'school\n meldt  binnen', ' 5 werkdagen.']],
    ['tekens uit een regex', 'Artikel 11 (onder g) geldt.', '11 (onder g)', ['Artikel ', '11 (onder g)', ' geldt.']],
  ])('%s', (_name, text, quote, parts) => {
    expect(splitOnQuote(text, quote)).toEqual(parts);
  });

  it('geeft niets terug als het citaat er niet staat', () => {
    expect(splitOnQuote('Iets anders.', 'niet aanwezig')).toBeUndefined();
  });

  it('plainText haalt vet weg en houdt [n]', () => {
    expect(plainText('## Kop\n**Ja** [1]')).toBe('Kop\nJa [1]');
  });
});

describe('feiten in de beslisboom-URL', () => {
  it.each([
    ['leeftijd', '15', 15],
    ['leeftijd', '150', undefined],
    ['ongeoorloofdeUren', '15.5', 15.5],
    ['ingeschreven', 'ja', true],
    ['ingeschreven', 'misschien', undefined],
    ['onderwijssoort', 'vo', 'vo'],
    ['onderwijssoort', 'havo', undefined],
    ['peildatum', '2026-11-22', '2026-11-22'],
  ])('%s=%s', (fact, raw, value) => {
    expect(parseFact(fact, raw)).toEqual(value);
  });

  it('toont antwoorden leesbaar', () => {
    expect(showFact('onderwijssoort', 'vo')).toBe('Voortgezet onderwijs (vo)');
    expect(showFact('ongeoorloofdeUren', '17')).toBe('17 uur');
  });
});

describe('verzuimlijst als CSV', () => {
  const result = {
    leerlingen: [
      {
        leerling: 'L1',
        resultaat: {
          meldingen: [{ melding: '16-uur-in-4-weken', verplicht: true, aan: 'leerplichtambtenaar', begindatum: '2026-02-02', einddatum: '2026-02-05', datum: '2026-02-05', toelichting: '=HYPERLINK("x")' }],
          mazl: [{ id: 'm', datum: '2026-02-01', omschrijving: '4e ziekmelding', sectie: '7.3' }],
        },
      },
      { leerling: 'L2', fouten: [{ regel: 3, melding: 'Onbekende soort; verzuim' }] },
      { leerling: 'L3', resultaat: { meldingen: [] } },
    ],
  };

  it('een regel per melding of signaal, op datum, en een regel voor wie niets hoeft', () => {
    expect(rowsOf(result).map((r) => [r.leerling, r.wat])).toEqual([
      ['L1', 'M@ZL: 4e ziekmelding'],
      ['L1', 'Melding 16 uur in 4 weken (ongeoorloofd verzuim)'],
      ['L2', 'Fout in het bestand'],
      ['L3', 'Geen melding nodig'],
    ]);
  });

  it('schrijft ; als scheiding, zet aanhalingstekens waar nodig en maakt formules onschadelijk', () => {
    const lines = toCsv(rowsOf(result)).split('\r\n');
    expect(lines[0]).toBe('leerling;wat;datum;periode;aan;toelichting');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain('"Regel 3: Onbekende soort; verzuim"');
  });
});

describe('de invoer in de beslisboom past bij het schema van de regels', () => {
  // A fact the server asks for must get an input of the right kind, or the answer would be rejected with a 400.
  const shape = meldingInput.shape as Record<string, { unwrap(): { def: { type: string }; options?: string[] } }>;
  it.each(Object.keys(shape))('%s', (fact) => {
    const inner = shape[fact]!.unwrap();
    const kind = FACTS[fact]?.input;
    expect(kind, `geen invoer voor ${fact}`).toBeDefined();
    const expected = { boolean: ['boolean'], number: ['number'], enum: ['choice'], string: ['date', 'text'] }[inner.def.type];
    expect(expected).toContain(kind!.kind);
    if (kind!.kind === 'choice') expect(kind!.options.map(([v]) => v).sort()).toEqual([...inner.options!].sort());
  });
});
