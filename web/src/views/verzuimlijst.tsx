import { useEffect, useState } from 'preact/hooks';
import { errorText, send } from '../api.js';
import { Alert, Button, ErrorMessage, Field, Select } from '../components/ui.js';
import { AbsenceChart, registratiesUitCsv, weken, type Registratie } from '../components/absence-chart.js';
import { parseDateNl } from '../format.js';
import { dateNl, label, MELDING } from '../labels.js';

// POST /api/verzuim/evaluate-csv (server/rules/verzuim-csv.ts): the shapes this view reads.
interface CsvFout {
  regel: number;
  melding: string;
}
interface VerzuimMelding {
  melding: string;
  verplicht: boolean;
  aan: string;
  type?: string;
  begindatum: string;
  einddatum: string | null;
  datum: string;
  uren?: number;
  toelichting?: string;
}
interface Signaal {
  id: string;
  datum: string;
  omschrijving: string;
  sectie?: string;
  melding?: string;
}
interface Evaluation {
  meldingen?: VerzuimMelding[];
  regionaal?: Signaal[];
  mazl?: Signaal[];
  waarschuwingen?: string[];
  totaalOngeoorloofdeUren?: number;
  urenEenheid?: string;
}
interface Leerling {
  leerling: string;
  fouten?: CsvFout[];
  resultaat?: Evaluation;
}
interface CsvResultaat {
  leerlingen: Leerling[];
  fouten?: CsvFout[];
  regels?: number;
}

/** One line of the result table and of the downloaded CSV. */
interface Row {
  leerling: string;
  wat: string;
  datum: string;
  periode: string;
  aan: string;
  toelichting: string;
}

const AAN: Record<string, string> = { leerplichtambtenaar: 'Leerplichtambtenaar', doorstroompunt: 'Doorstroompunt', niemand: '' };
const TYPE: Record<string, string> = { eerste: '', vervolg: ' (vervolgmelding)', herhaal: ' (herhaalde melding)' };
const REGIO = [['ijssel-vecht', 'IJssel-Vecht']] as const;
const KALENDER = [['noord', 'Noord'], ['midden', 'Midden'], ['zuid', 'Zuid']] as const;

function period(m: VerzuimMelding): string {
  return `${dateNl(m.begindatum)} tot ${m.einddatum ? dateNl(m.einddatum) : 'de leerling terug is'}`;
}

export function rowsOf(result: CsvResultaat): Row[] {
  const rows: Row[] = [];
  for (const l of result.leerlingen) {
    const r = l.resultaat;
    const own: Row[] = [];
    for (const m of r?.meldingen ?? []) {
      own.push({
        leerling: l.leerling,
        wat: `${label(MELDING, m.melding)}${TYPE[m.type ?? ''] ?? ''}${m.verplicht ? '' : ' (mag, hoeft niet)'}`,
        datum: m.datum,
        periode: period(m),
        aan: AAN[m.aan] ?? m.aan,
        toelichting: m.toelichting ?? '',
      });
    }
    for (const [kind, list] of [['Afspraak regio', r?.regionaal], ['M@ZL', r?.mazl]] as const) {
      for (const s of list ?? []) {
        own.push({ leerling: l.leerling, wat: `${kind}: ${s.omschrijving}`, datum: s.datum, periode: '', aan: s.melding ? label(MELDING, s.melding) : '', toelichting: s.sectie ? `Protocol ${s.sectie}` : '' });
      }
    }
    for (const f of l.fouten ?? []) own.push({ leerling: l.leerling, wat: 'Fout in het bestand', datum: '', periode: '', aan: '', toelichting: `Regel ${f.regel}: ${f.melding}` });
    if (own.length === 0) own.push({ leerling: l.leerling, wat: label(MELDING, 'geen-melding'), datum: '', periode: '', aan: '', toelichting: '' });
    rows.push(...own.sort((a, b) => a.datum.localeCompare(b.datum)));
  }
  return rows;
}

function csvCell(v: string): string {
  // A leading =,+,-,@ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with ; as separator, as Dutch spreadsheet programs expect. */
export function toCsv(rows: Row[]): string {
  const head = ['leerling', 'wat', 'datum', 'periode', 'aan', 'toelichting'] as const;
  return [head.join(';'), ...rows.map((r) => head.map((h) => csvCell(r[h])).join(';'))].join('\r\n') + '\r\n';
}

export function VerzuimlijstView() {
  const [file, setFile] = useState<File>();
  const [regio, setRegio] = useState('');
  const [kalender, setKalender] = useState('');
  const [peildatum, setPeildatum] = useState('');
  const [result, setResult] = useState<CsvResultaat>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<string>();
  const [registraties, setRegistraties] = useState<Registratie[]>([]);

  useEffect(() => () => {
    if (download) URL.revokeObjectURL(download);
  }, [download]);

  async function submit(e: Event) {
    e.preventDefault();
    if (!file) {
      setError('Kies eerst een CSV-bestand.');
      return;
    }
    if (file.size > 2_000_000) {
      setError('Het bestand is groter dan 2 MB. Splits de lijst in kleinere bestanden.');
      return;
    }
    const form = new FormData();
    form.append('bestand', file);
    if (regio) form.append('regio', regio);
    if (kalender) form.append('kalenderRegio', kalender);
    if (peildatum.trim()) {
      const iso = parseDateNl(peildatum);
      if (!iso) {
        setError(`De peildatum ${peildatum.trim()} kunnen we niet lezen. Vul die in als dag-maand-jaar, bijvoorbeeld 02-03-2026, of laat het veld leeg.`);
        return;
      }
      form.append('peildatum', iso);
    }
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    setDownload(undefined);
    try {
      const res = await send('/api/verzuim/evaluate-csv', { method: 'POST', headers: { Accept: 'application/json' }, body: form });
      const body = (await res.json()) as CsvResultaat;
      const parsed = { ...body, leerlingen: Array.isArray(body.leerlingen) ? body.leerlingen : [] };
      // The chart reads the registrations in the browser; the file itself is not kept.
      setRegistraties(registratiesUitCsv(await file.text()));
      setResult(parsed);
      setDownload(URL.createObjectURL(new Blob(['\uFEFF', toCsv(rowsOf(parsed))], { type: 'text/csv;charset=utf-8' })));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const rows = result ? rowsOf(result) : [];
  const warnings = result?.leerlingen.flatMap((l) => (l.resultaat?.waarschuwingen ?? []).map((w) => `${l.leerling}: ${w}`)) ?? [];
  const n = result?.leerlingen.length ?? 0;

  return (
    <>
      <p class="utrecht-paragraph">Laad een lijst met verzuimregistraties (CSV). U ziet per leerling welke meldingen nodig zijn en wanneer. Het bestand wordt alleen gelezen om de uitkomst te berekenen: er wordt niets bewaard.</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/api/verzuim/template.csv" download="verzuim-sjabloon.csv">Download het voorbeeldbestand (CSV)</a>. Gebruik een eigen nummer per leerling, geen naam of BSN.
      </p>
      <form onSubmit={submit} noValidate class="form">
        <Field id="csv" label="CSV-bestand met verzuim">
          <input id="csv" type="file" accept=".csv,text/csv" class="file-input" onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </Field>
        <Field id="csv-regio" label="Regio (voor de afspraken in uw regio)">
          <Select id="csv-regio" value={regio} options={REGIO} placeholder="Geen regio" onChange={setRegio} />
        </Field>
        <Field id="csv-kalender" label="Vakantieregio" description="Voor de schoolvakanties. Zonder keuze tellen alleen de vakanties die overal gelden.">
          <Select id="csv-kalender" value={kalender} options={KALENDER} placeholder="Weet ik niet" onChange={setKalender} />
        </Field>
        <Field id="csv-peildatum" label="Peildatum (niet verplicht)" description="Tot welke dag de lijst telt, als dag-maand-jaar. Standaard is dat vandaag.">
          <input id="csv-peildatum" class="utrecht-textbox utrecht-textbox--html-input textbox--short" inputMode="numeric" placeholder="dd-mm-jjjj" autoComplete="off" value={peildatum} aria-describedby="csv-peildatum-uitleg" onInput={(e) => setPeildatum((e.currentTarget as HTMLInputElement).value)} />
        </Field>
        <ErrorMessage error={error} />
        <Button type="submit" appearance="primary" busy={busy} disabled={busy}>Controleer de lijst</Button>
      </form>
      {result ? (
        <section aria-labelledby="lijst-uitkomst">
          <h2 class="utrecht-heading-2" id="lijst-uitkomst">Uitkomst voor {n} {n === 1 ? 'leerling' : 'leerlingen'}</h2>
          {result.fouten?.length ? (
            <Alert type="warning">
              <p class="utrecht-paragraph">Niet alles in het bestand kon worden gelezen:</p>
              <ul class="utrecht-unordered-list">{result.fouten.map((f, i) => <li class="utrecht-unordered-list__item" key={i}>{f.regel ? `Regel ${f.regel}: ` : ''}{f.melding}</li>)}</ul>
            </Alert>
          ) : null}
          {download ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={download} download="verzuim-uitkomst.csv">Download de uitkomst als CSV</a>
            </p>
          ) : null}
          {rows.length ? (
            <>
              <h3 class="utrecht-heading-3" id="lijst-tabel">Meldingen en signalen per leerling</h3>
              <p class="utrecht-paragraph table-hint">Schuif de tabel opzij om alle kolommen te zien.</p>
              <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="lijst-tabel">
                <table class="utrecht-table utrecht-table--html-table" aria-labelledby="lijst-tabel">
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="col">Leerling</th>
                      <th class="utrecht-table__header-cell" scope="col">Wat</th>
                      <th class="utrecht-table__header-cell" scope="col">Melden vanaf</th>
                      <th class="utrecht-table__header-cell" scope="col">Periode</th>
                      <th class="utrecht-table__header-cell" scope="col">Aan</th>
                      <th class="utrecht-table__header-cell" scope="col">Toelichting</th>
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    {rows.map((r, i) => (
                      <tr class="utrecht-table__row" key={i}>
                        <th class="utrecht-table__header-cell" scope="row">{r.leerling}</th>
                        <td class="utrecht-table__cell">{r.wat}</td>
                        <td class="utrecht-table__cell">{r.datum ? dateNl(r.datum) : ''}</td>
                        <td class="utrecht-table__cell">{r.periode}</td>
                        <td class="utrecht-table__cell">{r.aan}</td>
                        <td class="utrecht-table__cell">{r.toelichting}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {result.leerlingen.some((l) => registraties.some((r) => r.leerling === l.leerling)) ? (
            <>
              <h3 class="utrecht-heading-3">Verzuim per week</h3>
              {result.leerlingen.map((l, i) => (
                <AbsenceChart key={l.leerling} id={`grafiek-${i}`} leerling={l.leerling} weeks={weken(registraties.filter((r) => r.leerling === l.leerling), l.resultaat?.regionaal ?? [])} />
              ))}
            </>
          ) : null}
          {warnings.length ? (
            <>
              <h3 class="utrecht-heading-3">Let op</h3>
              <ul class="utrecht-unordered-list">{warnings.map((w, i) => <li class="utrecht-unordered-list__item" key={i}>{w}</li>)}</ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
