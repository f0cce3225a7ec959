import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ymd } from './dates.js';
import { isoDate, kalenderRegioCode, onderwijssoort, regio, verzuimEvaluateInput, verzuimSoortRegistratie, type VerzuimRegistratie } from './schemas.js';
import { evaluateVerzuim, type VerzuimEvaluation } from './verzuim.js';

// CSV upload of absence registrations: one row per registration, several pupils per file. Every problem is
// reported per row in Dutch; the parser never throws on user input.

export const VERZUIM_CSV_TEMPLATE = [
  'leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag',
  '1234;2012-03-14;vo;2026-02-02;2;lesuur;ongeoorloofd;nee',
  '1234;2012-03-14;vo;2026-02-03;0,25;lesuur;te-laat;nee',
  '5678;2016-09-01;po;2026-02-02;5,5;klokuur;ongeoorloofd;ja',
  '5678;2016-09-01;po;2026-02-09;5,5;klokuur;ziek;ja',
  '',
].join('\n');

export const csvOpties = z
  .object({ regio: regio.optional(), kalenderRegio: kalenderRegioCode.optional(), peildatum: isoDate.optional(), spreekuurAfspraken: z.boolean().optional() })
  .strict();
export type CsvOpties = z.infer<typeof csvOpties>;

export interface CsvFout {
  regel: number;
  melding: string;
}

export interface CsvLeerlingResultaat {
  leerling: string;
  fouten: CsvFout[];
  resultaat?: VerzuimEvaluation;
}

export interface CsvResultaat {
  leerlingen: CsvLeerlingResultaat[];
  /** Problems with the file as a whole (no header, unknown columns). */
  fouten: CsvFout[];
  regels: number;
}

export const MAX_CSV_REGELS = 20000;
const VERPLICHT = ['leerling', 'onderwijssoort', 'datum', 'uren', 'soort'] as const;
const BEKEND = new Set([...VERPLICHT, 'geboortedatum', 'eenheid', 'heledag', 'startkwalificatie']);

/** "2026-02-02", "2-2-2026" or "02/02/2026" → ISO; undefined when it is not a real date. */
function datum(s: string): string | undefined {
  const t = s.trim();
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) iso = ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  // The years the calendar arithmetic is meant for; anything else is a typo.
  return iso && isoDate.safeParse(iso).success && iso >= '1900-01-01' && iso <= '2100-12-31' ? iso : undefined;
}

function jaNee(s: string | undefined): boolean | undefined | 'fout' {
  const t = (s ?? '').trim().toLowerCase();
  if (t === '') return undefined;
  if (['ja', 'j', 'true', '1', 'yes'].includes(t)) return true;
  if (['nee', 'n', 'false', '0', 'no'].includes(t)) return false;
  return 'fout';
}

export function parseVerzuimCsv(text: string, opties: CsvOpties = {}): CsvResultaat {
  const fouten: CsvFout[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const eersteRegel = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = eersteRegel.includes(';') ? ';' : eersteRegel.includes('\t') ? '\t' : ',';
  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        fouten.push({ regel: (err as { lines?: number } | undefined)?.lines ?? 0, melding: 'Deze regel kan niet worden gelezen (aanhalingstekens of scheidingstekens kloppen niet) en is overgeslagen.' });
        return undefined;
      },
      trim: true,
      bom: true,
      to: MAX_CSV_REGELS + 2,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { leerlingen: [], fouten: [{ regel: line ?? 1, melding: 'Het CSV-bestand kan niet worden gelezen. Controleer aanhalingstekens en scheidingstekens (puntkomma of komma).' }], regels: 0 };
  }
  const header = rows[0]?.map((h) => h.trim().toLowerCase().replace(/\s+/g, ''));
  if (!header || header.length < 2) return { leerlingen: [], fouten: [{ regel: 1, melding: 'Het bestand is leeg of heeft geen kopregel.' }], regels: 0 };
  const ontbreekt = VERPLICHT.filter((c) => !header.includes(c));
  if (ontbreekt.length) {
    return { leerlingen: [], fouten: [{ regel: 1, melding: `De kopregel mist de kolom(men): ${ontbreekt.join(', ')}. Gebruik het sjabloon (GET /api/verzuim/template.csv).` }], regels: 0 };
  }
  const onbekend = header.filter((h) => h && !BEKEND.has(h));
  if (onbekend.length) fouten.push({ regel: 1, melding: `Onbekende kolom(men) worden genegeerd: ${onbekend.join(', ')}.` });
  if (rows.length - 1 > MAX_CSV_REGELS) fouten.push({ regel: MAX_CSV_REGELS + 2, melding: `Het bestand heeft meer dan ${MAX_CSV_REGELS} regels; alleen de eerste ${MAX_CSV_REGELS} zijn gelezen.` });

  interface Acc {
    fouten: CsvFout[];
    regs: VerzuimRegistratie[];
    geboortedatum?: string;
    onderwijssoort?: z.infer<typeof onderwijssoort>;
    startkwalificatie?: boolean;
  }
  const per = new Map<string, Acc>();
  const col = (row: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? (row[i] ?? '').trim() : undefined;
  };
  rows.slice(1, MAX_CSV_REGELS + 1).forEach((row, idx) => {
    const regel = idx + 2;
    const id = col(row, 'leerling') ?? '';
    if (!id) {
      fouten.push({ regel, melding: "De kolom 'leerling' is leeg." });
      return;
    }
    if (id.length > 100) {
      fouten.push({ regel, melding: "De waarde in 'leerling' is langer dan 100 tekens." });
      return;
    }
    const acc = per.get(id) ?? { fouten: [], regs: [] };
    per.set(id, acc);
    const fout = (melding: string) => acc.fouten.push({ regel, melding });

    const soortRaw = (col(row, 'onderwijssoort') ?? '').toLowerCase();
    const os = onderwijssoort.safeParse(soortRaw);
    if (!os.success) return fout(`Onbekende onderwijssoort '${soortRaw}'. Gebruik po, so, vo, vso, pro, mbo of vavo.`);
    if (acc.onderwijssoort && acc.onderwijssoort !== os.data) return fout(`De onderwijssoort wijkt af van een eerdere regel van deze leerling (${acc.onderwijssoort}).`);
    acc.onderwijssoort = os.data;

    const gebRaw = col(row, 'geboortedatum');
    if (gebRaw) {
      const g = datum(gebRaw);
      if (!g) return fout(`De geboortedatum '${gebRaw}' is geen geldige datum. Gebruik JJJJ-MM-DD of DD-MM-JJJJ.`);
      if (acc.geboortedatum && acc.geboortedatum !== g) return fout('De geboortedatum wijkt af van een eerdere regel van deze leerling.');
      acc.geboortedatum = g;
    }
    const sk = jaNee(col(row, 'startkwalificatie'));
    if (sk === 'fout') return fout("Vul bij 'startkwalificatie' ja of nee in.");
    if (sk !== undefined) acc.startkwalificatie = sk;

    const datumRaw = col(row, 'datum') ?? '';
    const d = datum(datumRaw);
    if (!d) return fout(`De datum '${datumRaw}' is geen geldige datum. Gebruik JJJJ-MM-DD of DD-MM-JJJJ.`);
    const urenRaw = (col(row, 'uren') ?? '').replace(',', '.');
    const uren = Number(urenRaw);
    if (urenRaw === '' || !Number.isFinite(uren) || uren < 0 || uren > 24) return fout(`Het aantal uren '${col(row, 'uren')}' is geen getal tussen 0 en 24.`);
    const soortReg = verzuimSoortRegistratie.safeParse((col(row, 'soort') ?? '').toLowerCase());
    if (!soortReg.success) return fout(`Onbekende soort '${col(row, 'soort')}'. Gebruik ongeoorloofd, te-laat, ziek, vakantie-zonder-verlof of geoorloofd.`);
    const eenheidRaw = (col(row, 'eenheid') ?? '').toLowerCase();
    if (eenheidRaw && eenheidRaw !== 'lesuur' && eenheidRaw !== 'klokuur') return fout(`Onbekende eenheid '${eenheidRaw}'. Gebruik lesuur of klokuur.`);
    const hele = jaNee(col(row, 'heledag'));
    if (hele === 'fout') return fout("Vul bij 'heledag' ja of nee in.");
    if (acc.regs.length >= 5000) return fout('Meer dan 5000 registraties voor één leerling; de rest is overgeslagen.');
    acc.regs.push({
      datum: d,
      uren,
      soort: soortReg.data,
      ...(eenheidRaw ? { eenheid: eenheidRaw as 'lesuur' | 'klokuur' } : {}),
      ...(hele !== undefined ? { heleDag: hele } : {}),
    });
  });

  const leerlingen: CsvLeerlingResultaat[] = [];
  for (const [id, acc] of per) {
    if (!acc.onderwijssoort) {
      leerlingen.push({ leerling: id, fouten: acc.fouten });
      continue;
    }
    const input = verzuimEvaluateInput.safeParse({
      leerling: { id, onderwijssoort: acc.onderwijssoort, ...(acc.geboortedatum ? { geboortedatum: acc.geboortedatum } : {}), ...(acc.startkwalificatie !== undefined ? { startkwalificatie: acc.startkwalificatie } : {}) },
      ...(opties.regio ? { regio: opties.regio } : {}),
      ...(opties.kalenderRegio ? { kalender: { regio: opties.kalenderRegio } } : {}),
      ...(opties.peildatum ? { peildatum: opties.peildatum } : {}),
      ...(opties.spreekuurAfspraken !== undefined ? { spreekuurAfspraken: opties.spreekuurAfspraken } : {}),
      registraties: acc.regs,
    });
    if (!input.success) {
      leerlingen.push({ leerling: id, fouten: [...acc.fouten, { regel: 0, melding: `De gegevens van deze leerling zijn ongeldig: ${input.error.issues[0]?.message ?? 'onbekende fout'}.` }] });
      continue;
    }
    leerlingen.push({ leerling: id, fouten: acc.fouten, resultaat: evaluateVerzuim(input.data) });
  }
  return { leerlingen, fouten, regels: Math.max(0, Math.min(rows.length - 1, MAX_CSV_REGELS)) };
}
