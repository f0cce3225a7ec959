import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARS, chunkDocument } from '../../server/ingest/chunk.js';
import { LoadError } from '../../server/ingest/document.js';
import { loadFile } from '../../server/ingest/load.js';

const dir = mkdtempSync(join(tmpdir(), 'ww-formats-'));
const write = (name: string, content: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const chunks = async (file: string, defaults = {}) => chunkDocument(await loadFile(file, defaults));

const MARKDOWN = `---
id: lpw-1969
title: Leerplichtwet 1969
type: wet
bron: https://wetten.overheid.nl/BWBR0002628/2026-08-01
geldigVanaf: 2026-08-01
laatstGecontroleerd: 2026-11-22
legalIds: [lpw]
---

# Leerplichtwet 1969

## Artikel 14 — Verlof wegens gewichtige omstandigheden {lpw:14, lpw:11g}

De directeur beslist over verlof tot en met 10 schooldagen.

### Meer dan 10 dagen

Boven de 10 schooldagen beslist de leerplichtambtenaar.

## Tabel van meldingen

| melding | wanneer |
| --- | --- |
| 16 uur | binnen 4 weken |
| LRV | na 4 weken |
`;

describe('markdown in our knowledge format', () => {
  it('splits at headings, strips {ids} and keeps the metadata', async () => {
    const ps = await chunks(write('lpw.md', MARKDOWN));
    expect(ps.map((p) => p.id)).toEqual([
      'lpw-1969:artikel-14-verlof-wegens-gewichtige-omstandigheden:1',
      'lpw-1969:meer-dan-10-dagen:1',
      'lpw-1969:tabel-van-meldingen:1',
    ]);
    expect(ps[0]).toMatchObject({
      documentId: 'lpw-1969',
      title: 'Leerplichtwet 1969',
      section: 'Artikel 14 — Verlof wegens gewichtige omstandigheden',
      type: 'wet',
      url: 'https://wetten.overheid.nl/BWBR0002628/2026-08-01',
      geldigVanaf: '2026-08-01',
      laatstGecontroleerd: '2026-11-22',
      legalIds: ['lpw', 'lpw:14', 'lpw:11g'],
      text: 'De directeur beslist over verlof tot en met 10 schooldagen.',
    });
    // A subsection inherits the ids and the heading path of its parent.
    expect(ps[1]).toMatchObject({ section: 'Artikel 14 — Verlof wegens gewichtige omstandigheden › Meer dan 10 dagen', legalIds: ['lpw', 'lpw:14', 'lpw:11g'] });
    expect(ps[2]!.text).toBe('| melding | wanneer |\n| 16 uur | binnen 4 weken |\n| LRV | na 4 weken |');
  });

  it('rejects invalid front matter with the field named in Dutch', async () => {
    const file = write('fout.md', '---\nid: Fout Id\ntitle: x\ntype: roman\n---\n\n## Kop\n\nTekst.\n');
    await expect(loadFile(file)).rejects.toThrow(/veld 'id'.*veld 'type'/);
  });
});

describe('size cap', () => {
  it('never cuts a table row and keeps chunks under the cap', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| rij ${i} | ${'verzuim '.repeat(5)}|`).join('\n');
    const para = Array.from({ length: 80 }, (_, i) => `Zin nummer ${i} gaat over verzuim.`).join(' ');
    const ps = await chunks(write('groot.md', `## Tabel\n\n${rows}\n\n## Lang\n\n${para}\n`));
    for (const p of ps) expect(p.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    const tableRows = ps.filter((p) => p.section === 'Tabel').flatMap((p) => p.text.split('\n'));
    expect(tableRows).toHaveLength(60);
    for (const row of tableRows) expect(row).toMatch(/^\| rij \d+ \| (verzuim ){5}\|$/);
    const long = ps.filter((p) => p.section === 'Lang');
    expect(long.length).toBeGreaterThan(1);
    expect(long.map((p) => p.id)).toEqual(long.map((_, i) => `groot:lang:${i + 1}`));
    expect(long.map((p) => p.text).join(' ')).toBe(para);
  });
});

describe('plain text', () => {
  it('uses numbered sections, articles and Q&A pairs as boundaries', async () => {
    const txt = [
      '1. Inleiding',
      '',
      'Dit protocol gaat over verzuim.',
      '',
      '3.2 Thuiszitters',
      'Een thuiszitter is een leerplichtige jongere zonder school.',
      '',
      'Artikel 14',
      'Verlof wegens gewichtige omstandigheden.',
      '',
      'Vraag: Mag een leerling eerder op vakantie?',
      'Antwoord: Nee, dat is luxeverzuim.',
    ].join('\n');
    const ps = await chunks(write('protocol-zwolle.txt', txt), { type: 'protocol', region: 'ijssel-vecht', url: 'https://example.org/p' });
    expect(ps.map((p) => p.section)).toEqual([
      '1. Inleiding',
      '1. Inleiding › 3.2 Thuiszitters',
      '1. Inleiding › Artikel 14',
      '1. Inleiding › Artikel 14 › Vraag: Mag een leerling eerder op vakantie?',
    ]);
    expect(ps[3]!.text).toBe('Antwoord: Nee, dat is luxeverzuim.');
    expect(ps[0]).toMatchObject({ title: 'Protocol zwolle', type: 'protocol', region: 'ijssel-vecht', url: 'https://example.org/p' });
  });
});

describe('HTML', () => {
  it('keeps headings, list items and table rows', async () => {
    const html = `<html><head><title>Verzuimkaart</title><script>x()</script></head><body>
      <h1>Verzuimkaart</h1><p>Inleiding over verzuim.</p>
      <h2>Meldingen</h2><ul><li>16 uur in 4 weken</li><li>Luxeverzuim</li></ul>
      <table><tr><th>Soort</th><th>Termijn</th></tr><tr><td>LRV</td><td>4 weken</td></tr></table></body></html>`;
    const ps = await chunks(write('kaart.html', html));
    expect(ps.map((p) => [p.title, p.section, p.text])).toEqual([
      ['Verzuimkaart', 'Verzuimkaart', 'Inleiding over verzuim.'],
      ['Verzuimkaart', 'Verzuimkaart › Meldingen', '- 16 uur in 4 weken\n\n- Luxeverzuim\n\n| Soort | Termijn |\n| LRV | 4 weken |'],
    ]);
    expect(ps[0]!.type).toBe('handreiking');
  });
});

describe('PDF', () => {
  it('keeps the page each chunk starts on', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const pages = [
      ['1. Inleiding', 'De school meldt verzuim bij DUO.', 'Dit is de tweede regel van de alinea.'],
      ['2. Luxeverzuim', 'Extra vakantie buiten de schoolvakanties is luxeverzuim.', '2.1 Wat doet de school', 'De school meldt het direct.'],
      ['Vervolg van 2.1: de leerplichtambtenaar maakt proces-verbaal op.'],
    ];
    for (const lines of pages) {
      const page = pdf.addPage([595, 842]);
      lines.forEach((l, i) => page.drawText(l, { x: 50, y: 780 - i * 18, size: 12, font }));
    }
    const ps = await chunks(write('verzuimkaart.pdf', await pdf.save()));
    expect(ps.map((p) => [p.section, p.page])).toEqual([
      ['1. Inleiding', 1],
      ['2. Luxeverzuim', 2],
      ['2. Luxeverzuim › 2.1 Wat doet de school', 2],
    ]);
    expect(ps[2]!.text).toBe('De school meldt het direct.\n\nVervolg van 2.1: de leerplichtambtenaar maakt proces-verbaal op.');
    expect(ps[0]!.title).toBe('Verzuimkaart');
  });
});

describe('DOCX', () => {
  it('reads headings and keeps table rows whole', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Handreiking verlof', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Vakantieverlof', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('De directeur beslist over vakantieverlof.'),
            new Table({
              rows: [
                new TableRow({ children: ['Dagen', 'Wie beslist'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
                new TableRow({ children: ['tot 10', 'directeur'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              ],
            }),
          ],
        },
      ],
    });
    const ps = await chunks(write('verlof.docx', await Packer.toBuffer(doc)));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      title: 'Handreiking verlof',
      section: 'Handreiking verlof › Vakantieverlof',
      text: 'De directeur beslist over vakantieverlof.\n\n| Dagen | Wie beslist |\n| tot 10 | directeur |',
    });
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['leeg.txt', '', /leeg/],
    ['spaties.md', '   \n\n  ', /leeg of bevat geen tekst/],
    ['kapot.pdf', '%PDF-1.7 dit is geen echte pdf', /PDF is beschadigd/],
    ['kapot.docx', 'geen zip', /Word-bestand is beschadigd/],
    ['binair.txt', 'a\u0000b', /binaire gegevens/],
    ['tabel.xlsx', 'x', /wordt niet ondersteund/],
  ])('%s is refused with a Dutch reason', async (name, content, reason) => {
    const file = write(name, content);
    const err = await loadFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).file).toBe(file);
    expect((err as LoadError).reason).toMatch(reason);
  });

  it('reports a PDF without a text layer', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const err = (await loadFile(write('scan.pdf', await pdf.save())).catch((e: unknown) => e)) as LoadError;
    expect(err.reason).toMatch(/geen tekstlaag/);
  });

  it('reports a missing file', async () => {
    const err = (await loadFile(join(dir, 'weg.txt')).catch((e: unknown) => e)) as LoadError;
    expect(err.reason).toMatch(/bestaat niet/);
  });
});
