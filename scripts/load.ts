// Load run: starts the real server (server/main.ts) on loopback with a throw-away data folder, then drives
// /api/ask and the rules endpoints with autocannon, one endpoint at a time, and prints requests/s, p50/p99 latency
// and errors, and the latency of /api/health probed meanwhile. Bounded: LOAD_CONNECTIONS (50) connections for
// LOAD_DURATION (30) seconds per endpoint; LOAD_ONLY=verzuim,regels runs only the targets whose label contains one of
// the words. The last target saturates all rule endpoints at once: the health p99 meanwhile is checked against the
// goal of issue 14 (10 ms); LOAD_STRICT=1 makes a miss fail the run (off by default: a shared machine's load shows).
// Not part of `npm test`. Run: npm run load   (or: npx tsx scripts/load.ts)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const duration = Number(process.env.LOAD_DURATION ?? 30);

const only = (process.env.LOAD_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const strict = process.env.LOAD_STRICT === '1';
const HEALTH_GOAL_MS = 10;

type LoadRequest = { method: 'POST'; path?: string; headers: Record<string, string>; body: string };
const json = (body: unknown, path?: string): LoadRequest => ({ method: 'POST', ...(path && { path }), headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const day = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString().slice(0, 10);
/** A school's export of 50 pupils × 20 registrations (about 56 kB, ~0.1 s of rule work): the heaviest rule input. */
const VERZUIM_CSV = [
  'leerling;geboortedatum;onderwijssoort;datum;uren;eenheid;soort;heledag',
  ...Array.from({ length: 1000 }, (_, i) => `${1000 + Math.floor(i / 20)};2012-03-14;vo;${day((i % 20) * 3)};2;lesuur;${i % 7 ? 'ongeoorloofd' : 'te-laat'};nee`),
].join('\n');
const csv = (path: string): LoadRequest => ({ method: 'POST', path, headers: { 'content-type': 'text/csv' }, body: VERZUIM_CSV });

const RULES = {
  melding: json({ soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16, onderwijssoort: 'vo', leeftijd: 14, regio: 'ijssel-vecht' }, '/api/melding'),
  verlof: json({ soort: 'vakantie-beroep', werkgeversverklaring: true, eerderVakantieverlofDitSchooljaar: false, dagen: 2, startdatum: '2026-08-31', kalender: { vakanties: [{ naam: 'zomervakantie', van: '2026-07-11', tot: '2026-08-23' }] } }, '/api/verlof'),
  leerplicht: json({ geboortedatum: '2012-03-01', peildatum: '2026-11-22' }, '/api/leerplicht'),
  verzuim: json({
    leerling: { onderwijssoort: 'vo', geboortedatum: '2012-03-01' },
    peildatum: '2026-11-20',
    registraties: Array.from({ length: 20 }, (_, i) => ({ datum: `2026-11-${String(2 + i).padStart(2, '0')}`, uren: 2, soort: 'ongeoorloofd' })),
  }, '/api/verzuim/evaluate'),
  csv: csv('/api/verzuim/evaluate-csv?peildatum=2026-12-01'),
};
const RULES_LABEL = 'regels samen (melding, verlof, leerplicht, verzuim, CSV)';

const TARGETS: Array<{ path: string; label?: string; requests: LoadRequest[] }> = [
  {
    path: '/api/ask',
    requests: [
      json({ question: 'Een leerling uit havo 2 heeft 16 lesuren ongeoorloofd verzuim in 3 weken. Moet ik melden?', persona: 'school' }),
      json({ question: 'Mag een leerling 2 dagen extra verlof voor de bruiloft van haar zus?', persona: 'helpdesk' }),
      json({ question: 'Tot wanneer is een jongere kwalificatieplichtig?', persona: 'leerplichtambtenaar', region: 'ijssel-vecht' }),
    ],
  },
  {
    // Worst inputs of issue 14: 4,000 characters of repetition and of distinct words; bounded, and in the answer threads.
    path: '/api/ask',
    label: '/api/ask (zware vragen)',
    requests: [
      json({ question: 'a b '.repeat(1000).trim() }),
      json({ question: Array.from({ length: 1100 }, (_, i) => String(i)).join(' ').slice(0, 4000) }),
      json({ question: Array.from({ length: 520 }, (_, i) => ['leerplicht', 'verzuim', 'melding', 'verlof', 'directeur', 'vrijstelling', 'lesuren', 'huwelijk', 'termijn', 'bezwaar', 'ambtenaar'][(i * 7) % 11]! + (i % 13)).join(' ').slice(0, 4000) }),
    ],
  },
  { path: '/api/melding', requests: [json({ soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16, onderwijssoort: 'vo', leeftijd: 14, regio: 'ijssel-vecht' })] },
  { path: '/api/verlof', requests: [json({ soort: 'gewichtige-omstandigheden', omstandigheid: 'huwelijk', graad: 2, dagen: 2 })] },
  { path: '/api/leerplicht', requests: [json({ geboortedatum: '2012-03-01', peildatum: '2026-11-22' })] },
  { path: RULES.verzuim.path!, requests: [RULES.verzuim] },
  { path: RULES.csv.path!, label: '/api/verzuim/evaluate-csv (1000 regels)', requests: [RULES.csv] },
  // Every rule endpoint at once, the CSV one in one request of five.
  { path: '/api/melding', label: RULES_LABEL, requests: Object.values(RULES) },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`De server antwoordde niet binnen ${ms / 1000} s op /api/health.`);
}

/**
 * /api/health every 50 ms on its own connection while a target is under load: whether the server stays responsive
 * (the answer threads keep heavy questions off the HTTP thread). Failed probes count as errors of the run.
 */
function probeHealth(base: string) {
  const times: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      try {
        const res = await fetch(`${base}/api/health`);
        await res.text();
        if (res.ok) times.push(performance.now() - start);
        else failed++;
      } catch {
        failed++;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const pct = (p: number) => {
    const sorted = [...times].sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10 : '-';
  };
  return {
    async stop() {
      running = false;
      await loop;
      if (failed) healthFailures += failed;
      return { p50: pct(0.5), p99: pct(0.99) };
    },
  };
}
let healthFailures = 0;

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'ww-load-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};

try {
  await waitForHealth(base, 120_000);
  console.log(`Belasting: ${connections} verbindingen, ${duration} s per adres, server op ${base}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  const rows: Array<Record<string, string | number>> = [];
  let rulesHealth: number | string | undefined;
  for (const t of TARGETS) {
    const label = t.label ?? t.path;
    if (only.length && !only.some((w) => label.includes(w))) continue;
    const probe = await fetch(base + (t.requests[0]!.path ?? t.path), t.requests[0]);
    if (probe.status === 404) {
      rows.push({ adres: t.path, 'verz/s': '-', 'p50 ms': '-', 'p99 ms': '-', fouten: 'route ontbreekt (404)' });
      continue;
    }
    const healthProbe = probeHealth(base);
    const r = await autocannon({ url: base + t.path, connections, duration, requests: t.requests, timeout: 30 });
    const health = await healthProbe.stop();
    if (label === RULES_LABEL) rulesHealth = health.p99;
    const errors = r.errors + r.timeouts + r.non2xx;
    rows.push({
      adres: label,
      'verz/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      verzoeken: r.requests.total,
      fouten: errors === 0 ? 0 : `${errors} (non-2xx ${r.non2xx}, fouten ${r.errors}, time-outs ${r.timeouts})`,
      'health p50 ms': health.p50,
      'health p99 ms': health.p99,
    });
  }
  console.table(rows);
  const health = await fetch(`${base}/api/health`);
  console.log(`Gezondheid na afloop: ${health.status} ${JSON.stringify(await health.json())}`);
  if (healthFailures) console.log(`Gezondheidscheck mislukt tijdens de belasting: ${healthFailures} keer`);
  const missed = typeof rulesHealth === 'number' && rulesHealth > HEALTH_GOAL_MS;
  if (rulesHealth !== undefined) {
    console.log(`/api/health p99 tijdens volle regelbelasting: ${rulesHealth} ms (doel ≤ ${HEALTH_GOAL_MS} ms): ${missed ? 'niet gehaald' : 'gehaald'}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  }
  process.exitCode = rows.some((r) => typeof r.fouten !== 'number' || r.fouten > 0 || !health.ok) || healthFailures || (strict && missed) ? 1 : 0;
} finally {
  stop();
}
