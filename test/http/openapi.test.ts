import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meldingInput } from '../../server/rules/schemas.js';
import { dutchIssue, validationError } from '../../server/http/errors.js';
import { ROUTES } from '../../server/http/openapi.js';
import { setup } from '../helpdesk/harness.js';
import { fullApp } from '../support/full-app.js';

// /api/openapi.json is a valid OpenAPI 3.1 document (checked by a well-kept validator), names every route the app
// mounts, and the responses of real requests — the contract's routes, good and bad input — validate against it.

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }>; $ref?: string }> }>>; components: { responses: Record<string, { content: Record<string, { schema: unknown }> }>; schemas: Record<string, unknown> } };

let doc: Doc;
let app: Awaited<ReturnType<typeof fullApp>>['app'];

beforeAll(async () => {
  ({ app } = await fullApp());
  doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
}, 60_000);

/** The operation for a concrete request path: /api/sources/abc matches /api/sources/{id}. */
function operation(method: string, path: string) {
  const bare = path.split('?')[0]!;
  for (const [template, ops] of Object.entries(doc.paths)) {
    const re = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
    if (re.test(bare) && ops[method.toLowerCase()]) return ops[method.toLowerCase()]!;
  }
  return undefined;
}

/** The JSON schema the document gives for this response, resolved; references into components are inlined. */
function responseSchema(method: string, path: string, status: number, type: string): unknown {
  const op = operation(method, path);
  expect(op, `${method} ${path} staat in de beschrijving`).toBeDefined();
  let res = op!.responses[String(status)];
  expect(res, `${method} ${path} beschrijft status ${status}`).toBeDefined();
  if (res!.$ref) res = doc.components.responses[res!.$ref.split('/').at(-1)!];
  const content = res!.content?.[type];
  expect(content, `${method} ${path} ${status} beschrijft ${type}`).toBeDefined();
  const resolve = (s: unknown): unknown =>
    s && typeof s === 'object'
      ? '$ref' in s
        ? resolve(doc.components.schemas[String((s as { $ref: string }).$ref).split('/').at(-1)!])
        : Array.isArray(s) ? s.map(resolve) : Object.fromEntries(Object.entries(s).map(([k, v]) => [k, resolve(v)]))
      : s;
  return resolve(content!.schema);
}

async function check(method: string, path: string, init: { body?: unknown; raw?: string; type?: string } = {}) {
  const res = await app.request(path, {
    method,
    ...(init.body !== undefined || init.raw !== undefined ? { headers: { 'content-type': init.type ?? 'application/json' }, body: init.raw ?? JSON.stringify(init.body) } : {}),
  });
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const schema = responseSchema(method, path, res.status, type);
  if (type === 'application/json') {
    const body = await res.json();
    const parsed = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(body);
    expect(parsed.success, `${method} ${path} ${res.status}: ${parsed.error?.message}`).toBe(true);
  }
  return res.status;
}

describe('OpenAPI-beschrijving', () => {
  it('is een geldig OpenAPI 3.1-document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('beschrijft elke route die de server aanbiedt, ook helpdesk en accounts, en geen route die er niet is', async () => {
    const { app: full } = await setup();
    const mounted = new Set(
      full.routes
        .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
    );
    const described = new Set(ROUTES.map((r) => `${r.method} ${r.path}`));
    expect([...mounted].filter((r) => !described.has(r)), 'routes zonder beschrijving').toEqual([]);
    expect([...described].filter((r) => !mounted.has(r)), 'beschreven routes die niet bestaan').toEqual([]);
  });

  it('alle antwoorden op de contractroutes passen bij de beschrijving, goed en fout', async () => {
    const statuses = [
      await check('GET', '/api/health'),
      await check('POST', '/api/ask', { body: { question: 'Een leerling van 15 in havo 3 heeft 17 lesuren ongeoorloofd gemist in 4 weken. Moet ik melden?', persona: 'school' } }),
      await check('POST', '/api/ask', { body: { question: 'Mag mijn kind een dag vrij voor de bruiloft van een oom?' } }),
      await check('POST', '/api/ask', { body: { question: 'Wat is de hoofdstad van Peru?' } }),
      await check('POST', '/api/ask', { body: { question: '' } }),
      await check('POST', '/api/ask', { body: { question: 'x', onbekend: 1 } }),
      await check('POST', '/api/ask', { raw: '{"question": ' }),
      await check('POST', '/api/ask', { raw: 'vraag', type: 'text/plain' }),
      await check('POST', '/api/ask/stream', { body: { question: 'Wie beslist over 11 dagen verlof?' } }),
      await check('GET', '/api/sources/bestaat-niet'),
      await check('GET', '/api/search?q=luxe%20verzuim&k=3'),
      await check('GET', '/api/search?k=3'),
      await check('GET', '/api/documents'),
      await check('POST', '/api/melding', { body: { leeftijd: 14, onderwijssoort: 'vo', soortVerzuim: 'ongeoorloofd', ongeoorloofdeUren: 16 } }),
      await check('POST', '/api/melding', { body: {} }),
      await check('POST', '/api/melding', { body: { leeftijd: 'veertien' } }),
      await check('POST', '/api/verlof', { body: { soort: 'gewichtige-omstandigheden', omstandigheid: 'levensbedreigende-ziekte', graad: 2, dagen: 15 } }),
      await check('POST', '/api/verlof', { body: { soort: 'vakantie-beroep', dagen: 15 } }),
      await check('POST', '/api/leerplicht', { body: { geboortedatum: '2021-01-20', peildatum: '2026-01-27' } }),
      await check('POST', '/api/leerplicht', { body: { geboortedatum: '2021-02-30' } }),
      await check('POST', '/api/verzuim/evaluate', {
        body: { leerling: { onderwijssoort: 'vo', geboortedatum: '2012-05-05' }, regio: 'ijssel-vecht', registraties: [{ datum: '2026-01-12', uren: 8, soort: 'ongeoorloofd' }, { datum: '2026-01-13', uren: 8, soort: 'ongeoorloofd' }] },
      }),
      await check('GET', '/api/verzuim/template.csv'),
      await check('POST', '/api/verzuim/evaluate-csv?regio=ijssel-vecht', { raw: 'leerling;onderwijssoort;datum;uren;soort\nL1;vo;2026-01-12;8;ongeoorloofd\nL1;vo;2026-01-13;9;ongeoorloofd\n', type: 'text/csv' }),
      await check('POST', '/api/verzuim/evaluate-csv', { raw: '{}', type: 'application/json' }),
      await check('GET', '/api/docs'),
    ];
    // Both sides were exercised: successes and every kind of client error the contract names.
    expect(new Set(statuses)).toEqual(new Set([200, 400, 404, 415]));
  });

  const sourceId = async () => ((await (await app.request('/api/search?q=verlof&k=1')).json()) as { hits: { id: string }[] }).hits[0]!.id;
  it('een bestaande bron past bij de beschrijving', async () => {
    expect(await check('GET', `/api/sources/${encodeURIComponent(await sourceId())}`)).toBe(200);
  });

  it('de leesbare documentatie noemt elke route en laadt niets van buiten (strikte CSP)', async () => {
    const html = await (await app.request('/api/docs')).text();
    for (const r of ROUTES.filter((x) => x.tag === 'Regels' || x.tag === 'Vragen')) expect(html).toContain(`${r.method.toUpperCase()} ${r.path}`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!wetten)/);
  });
});

describe('foutmeldingen in gewoon Nederlands', () => {
  const message = (raw: unknown, schema: z.ZodType = meldingInput) => {
    const parsed = schema.safeParse(raw);
    expect(parsed.success).toBe(false);
    return validationError(parsed.error!).message;
  };

  it.each([
    [{ onbekend: 1 }, /Onbekend veld 'onbekend'\. Laat het weg/],
    [{ leeftijd: 'veertien' }, /veld 'leeftijd': Stuur hier een getal\./],
    [{ leeftijd: 120 }, /veld 'leeftijd': Te groot: hoogstens 99\./],
    [{ leeftijd: -1 }, /Te klein: minstens 0\./],
    [{ onderwijssoort: 'havo' }, /Kies een van: 'po', 'so', 'vo'/],
    [{ leeftijd: 14.5 }, /een heel getal/],
    [{ peildatum: '2026-02-30' }, /Deze datum bestaat niet\./],
  ])('%j → %s', (raw, expected) => {
    const text = message(raw);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/key|expected|received|Invalid|verwacht/i);
  });

  it('geeft voor elke soort zod-fout een Nederlandse zin, nooit de Engelse tekst', () => {
    const cases: z.ZodType[] = [z.string().email(), z.string().url(), z.number().multipleOf(5), z.union([z.string(), z.number()]), z.record(z.enum(['a']), z.string()), z.array(z.string()).max(1), z.literal('x'), z.set(z.string()).min(2), z.object({}).strict()];
    const inputs: unknown[] = ['geen-mail', 'geen url', 7, true, { b: 'x' }, ['a', 'b'], 'y', new Set(['a']), { a: 1 }];
    cases.forEach((schema, i) => {
      const issue = schema.safeParse(inputs[i]).error!.issues[0]!;
      expect(issue.message, JSON.stringify(issue)).toMatch(/^[A-Z'][^]*[.]$/);
      expect(issue.message).not.toMatch(/Invalid|expected|received|key\b/i);
    });
    expect(typeof dutchIssue).toBe('function');
  });
});
