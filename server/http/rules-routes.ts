import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { VERZUIM_CSV_TEMPLATE, csvOpties } from '../rules/index.js';
import { inThreadRules, type RuleRunner } from '../rules/jobs.js';
import { leerplichtInput, meldingInput, verlofRequest, verzuimEvaluateInput } from '../rules/schemas.js';
import { ApiError, parseWith, readJson } from './errors.js';
import { requestSignal } from './middleware/deadline.js';

// Thin HTTP layer over the rules: validate at the edge (a bad input is refused here, cheaply), let the runner compute
// (the answering threads in the server, so a heavy CSV never holds up /api/health), return its JSON as is.

const MAX_CSV_BYTES = 2_000_000;
const EERSTE_JAAR = 1900;
const LAATSTE_JAAR = 2100;

/** Dates far outside the working range are valid ISO but meaningless here; refuse them with the field named. */
function checkDates(value: unknown, path: string[] = []): void {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const y = Number(value.slice(0, 4));
    if (y < EERSTE_JAAR || y > LAATSTE_JAAR) {
      throw new ApiError(400, 'ongeldige-invoer', `Ongeldige invoer in de aanvraag: veld '${path.join('.') || '(hoofdniveau)'}': gebruik een datum tussen ${EERSTE_JAAR} en ${LAATSTE_JAAR}.`);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => checkDates(v, [...path, String(i)]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkDates(v, [...path, k]);
}

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const data = await readJson(c, schema);
  checkDates(data);
  return data;
}

const ja = z
  .enum(['ja', 'nee', 'true', 'false'])
  .transform((v) => v === 'ja' || v === 'true')
  .optional();
const csvQuery = z
  .object({ regio: z.string().optional(), kalenderRegio: z.string().optional(), peildatum: z.string().optional(), spreekuurAfspraken: ja })
  .strict();

async function csvText(c: Context): Promise<{ text: string; velden: Record<string, string> }> {
  const type = c.req.header('content-type') ?? '';
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_CSV_BYTES) throw new ApiError(413, 'te-groot', `Het bestand is groter dan ${MAX_CSV_BYTES / 1_000_000} MB. Splits het in kleinere bestanden.`);
  if (/^multipart\/form-data\b/i.test(type)) {
    let form: Record<string, string | File | (string | File)[]>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      throw new ApiError(400, 'ongeldig-formulier', 'Het formulier kan niet worden gelezen. Stuur het bestand in het veld \'bestand\'.');
    }
    const bestand = form.bestand;
    const file = Array.isArray(bestand) ? bestand[0] : bestand;
    if (!(file instanceof File)) throw new ApiError(400, 'ongeldige-invoer', "Ongeldige invoer: veld 'bestand': kies een CSV-bestand om te uploaden.");
    if (file.size > MAX_CSV_BYTES) throw new ApiError(413, 'te-groot', `Het bestand is groter dan ${MAX_CSV_BYTES / 1_000_000} MB. Splits het in kleinere bestanden.`);
    const velden: Record<string, string> = {};
    for (const k of ['regio', 'kalenderRegio', 'peildatum', 'spreekuurAfspraken']) {
      const v = form[k];
      if (typeof v === 'string' && v !== '') velden[k] = v;
    }
    return { text: await file.text(), velden };
  }
  if (/^text\/(csv|plain)\b/i.test(type)) {
    const text = await c.req.text();
    if (text.length > MAX_CSV_BYTES) throw new ApiError(413, 'te-groot', `Het bestand is groter dan ${MAX_CSV_BYTES / 1_000_000} MB. Splits het in kleinere bestanden.`);
    return { text, velden: {} };
  }
  throw new ApiError(415, 'verkeerd-inhoudstype', "Stuur het CSV-bestand als 'Content-Type: text/csv' of als formulier (multipart/form-data) met het veld 'bestand'.");
}

/** The runner's JSON text with the headers `c.json` would send. */
const jsonText = (c: Context, text: string) => c.body(text, 200, { 'content-type': 'application/json' });

export function rulesRoutes(rules: RuleRunner = inThreadRules) {
  return new Hono()
    .post('/melding', async (c) => jsonText(c, await rules.rule('melding', await body(c, meldingInput), requestSignal(c))))
    .post('/verlof', async (c) => jsonText(c, await rules.rule('verlof', await body(c, verlofRequest), requestSignal(c))))
    .post('/leerplicht', async (c) => jsonText(c, await rules.rule('leerplicht', await body(c, leerplichtInput), requestSignal(c))))
    .post('/verzuim/evaluate', async (c) => jsonText(c, await rules.rule('verzuim', await body(c, verzuimEvaluateInput), requestSignal(c))))
    .post('/verzuim/evaluate-csv', async (c) => {
      const { text, velden } = await csvText(c);
      const q = parseWith(csvQuery, { ...c.req.query(), ...velden }, 'query');
      const opties = parseWith(csvOpties, Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)), 'query');
      checkDates(opties);
      return jsonText(c, await rules.rule('verzuim-csv', { text, opties }, requestSignal(c)));
    })
    .get('/verzuim/template.csv', (c) =>
      c.body(VERZUIM_CSV_TEMPLATE, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="verzuim-sjabloon.csv"' }),
    );
}
