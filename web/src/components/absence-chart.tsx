import { addDaysIso, dateLong, dateWeek, mondayOf, numberNl, parseDateNl, parseNumberNl } from '../format.js';

// A picture of one pupil's absence: unexcused hours per week (bars), the sum over the last 4 weeks (line)
// against the 16-hour line of Lpw art. 21a, and the weeks where the regional protocol's count thresholds were
// reached (from the server's evaluation). Hand-made SVG (no chart library, first load stays small), with a data
// table of the same numbers beside it. The server's evaluation decides; this only shows the numbers.

/** Lpw art. 21a lid 1: 16 uur binnen 4 aaneengesloten lesweken (knowledge/params/lpw.yaml, melding.zestienUren). */
export const GRENS_UREN = 16;
const VENSTER = 4;
const MIN_WEKEN = 8;
/** The kinds that count toward the 16 hours (server/rules/verzuim.ts, TELT). */
const TELT = new Set(['ongeoorloofd', 'te-laat']);

export interface Registratie {
  leerling: string;
  datum: string;
  uren: number;
  soort: string;
}

/** The rows of a verzuim CSV the chart needs (leerling, datum, uren, soort); the server reads the rest. */
export function registratiesUitCsv(text: string): Registratie[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  const first = lines[0] ?? '';
  const sep = first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
  const cells = (l: string) => l.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const head = cells(first).map((h) => h.toLowerCase().replace(/\s+/g, ''));
  const col = (n: string) => head.indexOf(n);
  const [li, di, ui, si] = [col('leerling'), col('datum'), col('uren'), col('soort')];
  if ([li, di, ui, si].some((i) => i < 0)) return [];
  const out: Registratie[] = [];
  for (const line of lines.slice(1)) {
    const c = cells(line);
    const datum = parseDateNl(c[di] ?? '');
    const uren = parseNumberNl(c[ui] ?? '');
    if (!c[li] || !datum || uren === undefined) continue;
    out.push({ leerling: c[li]!, datum, uren, soort: (c[si] ?? '').toLowerCase() });
  }
  return out;
}

export interface Week {
  maandag: string;
  uren: number;
  som: number;
  keer: number;
  signalen: string[];
}

/** Hours per week up to the last registration (at least 8 weeks), the 4-week sum, and the running count of times. */
export function weken(regs: readonly Registratie[], signalen: readonly { datum: string; omschrijving: string }[] = []): Week[] {
  const telt = regs.filter((r) => TELT.has(r.soort));
  if (telt.length === 0) return [];
  const perWeek = new Map<string, { uren: number; keer: number }>();
  for (const r of telt) {
    const w = perWeek.get(mondayOf(r.datum)) ?? { uren: 0, keer: 0 };
    w.uren += r.uren;
    w.keer += r.soort === 'te-laat' ? 1 : Math.ceil(r.uren);
    perWeek.set(mondayOf(r.datum), w);
  }
  const mondays = [...perWeek.keys()].sort();
  // At least 8 weeks on the axis: the weeks before the first registration had no unexcused absence.
  const last = mondays.at(-1)!;
  const first = [mondays[0]!, addDaysIso(last, -7 * (MIN_WEKEN - 1))].sort()[0]!;
  const out: Week[] = [];
  let keer = 0;
  for (let m = first; m <= last; m = addDaysIso(m, 7)) {
    const w = perWeek.get(m) ?? { uren: 0, keer: 0 };
    keer += w.keer;
    const uren = Math.round(w.uren * 100) / 100;
    const som = Math.round((out.slice(-(VENSTER - 1)).reduce((s, x) => s + x.uren, 0) + uren) * 100) / 100;
    out.push({ maandag: m, uren, som, keer, signalen: signalen.filter((s) => mondayOf(s.datum) === m).map((s) => s.omschrijving) });
  }
  return out;
}

const W = 640;
const H = 260;
const PAD = { top: 16, right: 16, bottom: 40, left: 40 };

export function AbsenceChart({ leerling, weeks, id }: { leerling: string; weeks: Week[]; id: string }) {
  if (weeks.length === 0) return null;
  const max = Math.max(GRENS_UREN + 4, ...weeks.map((w) => w.som)) * 1.05;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / weeks.length;
  const x = (i: number) => PAD.left + step * i + step / 2;
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const top = weeks.reduce((a, b) => (b.som > a.som ? b : a));
  const over = weeks.filter((w) => w.som >= GRENS_UREN);
  const signals = weeks.filter((w) => w.signalen.length);
  const labelEvery = Math.ceil(weeks.length / 8);
  const ticks = [0, 4, 8, 12, 16, 20, 24, 32, 40, 60, 80].filter((t) => t <= max);
  const summary = `${weeks.length} weken. Hoogste som over 4 weken: ${numberNl(top.som)} uur, in de week van ${dateLong(top.maandag)}. ${over.length ? `De grens van ${GRENS_UREN} uur is bereikt in ${over.length} ${over.length === 1 ? 'week' : 'weken'}, voor het eerst in de week van ${dateLong(over[0]!.maandag)}.` : `De grens van ${GRENS_UREN} uur is niet bereikt.`}${signals.length ? ` Drempels van het regionale protocol bereikt in ${signals.length} ${signals.length === 1 ? 'week' : 'weken'}.` : ''}`;
  return (
    <section class="absence" aria-labelledby={`${id}-titel`}>
      <h4 class="utrecht-heading-4" id={`${id}-titel`}>Verzuim van leerling {leerling} per week</h4>
      <figure class="absence__figure">
        <svg class="absence__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-svg-titel ${id}-svg-uitleg`}>
          <title id={`${id}-svg-titel`}>Ongeoorloofde uren per week en de som over 4 weken van leerling {leerling}</title>
          <desc id={`${id}-svg-uitleg`}>{summary}</desc>
          {ticks.map((t) => (
            <g key={t}>
              <line class="absence__axis" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} opacity={t === 0 ? 1 : 0.35} />
              <text x={PAD.left - 6} y={y(t) + 4} text-anchor="end">{t}</text>
            </g>
          ))}
          {weeks.map((w, i) => (
            <rect key={w.maandag} class="absence__bar" x={x(i) - Math.min(step * 0.3, 14)} width={Math.min(step * 0.6, 28)} y={y(w.uren)} height={Math.max(0, y(0) - y(w.uren))} />
          ))}
          {signals.map((w) => {
            const i = weeks.indexOf(w);
            return <line key={`s-${w.maandag}`} class="absence__signal" x1={x(i)} x2={x(i)} y1={PAD.top} y2={y(0)} />;
          })}
          <line class="absence__limit" x1={PAD.left} x2={W - PAD.right} y1={y(GRENS_UREN)} y2={y(GRENS_UREN)} />
          <text x={W - PAD.right} y={y(GRENS_UREN) - 5} text-anchor="end">grens {GRENS_UREN} uur</text>
          <polyline class="absence__sum" points={weeks.map((w, i) => `${x(i)},${y(w.som)}`).join(' ')} />
          {weeks.map((w, i) => <circle key={`d-${w.maandag}`} class={`absence__dot${w.som >= GRENS_UREN ? ' absence__dot--over' : ''}`} cx={x(i)} cy={y(w.som)} r={4} />)}
          {weeks.map((w, i) => (i % labelEvery === 0 ? <text key={`l-${w.maandag}`} x={x(i)} y={H - PAD.bottom + 18} text-anchor="middle">{dateWeek(w.maandag)}</text> : null))}
          <text x={PAD.left} y={H - 6}>week van (maandag)</text>
        </svg>
        <figcaption>
          <ul class="absence__legend">
            <li><span class="absence__key absence__key--bar" aria-hidden="true" />uren in de week</li>
            <li><span class="absence__key absence__key--sum" aria-hidden="true" />som over 4 weken</li>
            <li><span class="absence__key absence__key--limit" aria-hidden="true" />grens van {GRENS_UREN} uur (art. 21a)</li>
            {signals.length ? <li><span class="absence__key absence__key--signal" aria-hidden="true" />drempel regionaal protocol</li> : null}
          </ul>
          <p class="utrecht-paragraph absence__note">{summary} Vakantieweken staan hier als weken zonder uren; de meldingen in de tabel erboven houden wel rekening met de schoolvakanties.</p>
        </figcaption>
      </figure>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-tabel`}>
        <table class="utrecht-table utrecht-table--html-table">
          <caption class="utrecht-table__caption" id={`${id}-tabel`}>De cijfers van de grafiek, leerling {leerling}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">Week van</th>
              <th class="utrecht-table__header-cell" scope="col">Uren</th>
              <th class="utrecht-table__header-cell" scope="col">Som 4 weken</th>
              <th class="utrecht-table__header-cell" scope="col">Keer (totaal)</th>
              <th class="utrecht-table__header-cell" scope="col">Regionaal protocol</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {weeks.map((w) => (
              <tr class="utrecht-table__row" key={w.maandag}>
                <th class="utrecht-table__header-cell" scope="row">{dateLong(w.maandag)}</th>
                <td class="utrecht-table__cell">{numberNl(w.uren)}</td>
                <td class="utrecht-table__cell">{numberNl(w.som)}{w.som >= GRENS_UREN ? ' (grens bereikt)' : ''}</td>
                <td class="utrecht-table__cell">{w.keer}</td>
                <td class="utrecht-table__cell">{w.signalen.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The Beslisboom knows only totals (hours in the last 4 lesweken, times this school year): one bar each against its
 * line, with the numbers in a table beside it. Count thresholds come from the server's regional triggers.
 */
export function AbsenceTotals({ uren, keer, drempels }: { uren?: number; keer?: number; drempels: readonly { keer: number; omschrijving: string }[] }) {
  if (uren === undefined && keer === undefined) return null;
  const bars: { label: string; value: number; line: number; lineLabel: string }[] = [];
  if (uren !== undefined) bars.push({ label: 'Uren in 4 lesweken', value: uren, line: GRENS_UREN, lineLabel: `grens ${GRENS_UREN} uur (art. 21a)` });
  const maxDrempel = Math.max(0, ...drempels.map((d) => d.keer));
  if (keer !== undefined && maxDrempel) bars.push({ label: 'Keer dit schooljaar', value: keer, line: maxDrempel, lineLabel: `${maxDrempel} keer (regionaal protocol)` });
  const W = 640;
  const rowH = 56;
  const left = 170;
  const H = bars.length * rowH + 10;
  return (
    <section class="absence" aria-labelledby="totalen-titel">
      <h3 class="utrecht-heading-3" id="totalen-titel">Het verzuim tegen de grenzen</h3>
      <svg class="absence__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="totalen-svg-titel">
        <title id="totalen-svg-titel">{bars.map((b) => `${b.label}: ${numberNl(b.value)}, ${b.lineLabel}`).join('. ')}</title>
        {bars.map((b, i) => {
          // Room on the right for the line's label.
          const max = Math.max(b.line, b.value) * 1.5;
          const x = (v: number) => left + (v / max) * (W - left - 20);
          const y = 10 + i * rowH;
          return (
            <g key={b.label}>
              <text x={0} y={y + 22}>{b.label}</text>
              <rect class="absence__bar" x={left} y={y + 6} width={Math.max(0, x(b.value) - left)} height={22} />
              <text x={x(b.value) + 6} y={y + 23}>{numberNl(b.value)}</text>
              <line class="absence__limit" x1={x(b.line)} x2={x(b.line)} y1={y} y2={y + 36} />
              {i === 1 ? drempels.filter((d) => d.keer !== b.line).map((d) => <line key={d.keer} class="absence__signal" x1={x(d.keer)} x2={x(d.keer)} y1={y} y2={y + 36} />) : null}
              <text x={x(b.line)} y={y + 50} text-anchor="middle">{b.lineLabel}</text>
            </g>
          );
        })}
      </svg>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="totalen-tabel">
      <table class="utrecht-table utrecht-table--html-table absence__totals">
        <caption class="utrecht-table__caption" id="totalen-tabel">De cijfers van de grafiek</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Wat</th>
            <th class="utrecht-table__header-cell" scope="col">Nu</th>
            <th class="utrecht-table__header-cell" scope="col">Grens</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {uren !== undefined ? (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">Ongeoorloofde uren in 4 lesweken</th>
              <td class="utrecht-table__cell">{numberNl(uren)}</td>
              <td class="utrecht-table__cell">{GRENS_UREN} uur (Leerplichtwet, art. 21a){uren >= GRENS_UREN ? ': bereikt' : ''}</td>
            </tr>
          ) : null}
          {keer !== undefined ? (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">Keer ongeoorloofd afwezig dit schooljaar</th>
              <td class="utrecht-table__cell">{keer}</td>
              <td class="utrecht-table__cell">{drempels.length ? drempels.map((d) => `${d.keer} keer${keer >= d.keer ? ' (bereikt)' : ''}`).join(', ') : 'geen regionale drempels (kies een regio)'}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      </div>
    </section>
  );
}
