import { Hono } from 'hono';
import { z } from 'zod';
import { askInput, persona } from '../ask/types.js';
import { DOC_TYPES } from '../index/passage.js';
import {
  isoDate,
  leerplichtInput,
  leerplichtStatus,
  legalRef,
  meldingCode,
  meldingInput,
  missingFact,
  verlofInput,
  verzuimEvaluateInput,
} from '../rules/schemas.js';

// The API described in OpenAPI 3.1, built from the zod schemas the routes validate with (z.toJSONSchema) and a
// route table below, so the route files stay as they are. Responses are described here from the contract
// (../shared/contract.md); test/http/openapi.test.ts checks that every mounted route is in the table and that the
// responses of real requests validate against this document.

// ---------- response shapes (contract) ----------

export const errorResponse = z
  .object({ error: z.object({ code: z.string().regex(/^[a-z0-9-]+$/), message: z.string().min(1), details: z.unknown().optional() }) })
  .meta({ title: 'Fout', description: 'Elke fout: een code en een Nederlandse melding die zegt wat er anders moet.' });

const health = z.object({ status: z.literal('ok'), version: z.string(), documents: z.int().min(0), chunks: z.int().min(0), llm: z.enum(['uit', 'aan']) });

const citation = z.object({
  n: z.int().min(1),
  id: z.string(),
  title: z.string(),
  section: z.string().optional(),
  page: z.number().optional(),
  url: z.string().optional(),
  quote: z.string(),
}).meta({ title: 'Citaat' });

const decision = z.object({
  type: z.enum(['melding', 'verlof', 'vrijstelling', 'leerplicht']),
  melding: meldingCode.optional(),
  toegestaan: z.union([z.boolean(), z.literal('afhankelijk')]).optional(),
  beslisser: z.enum(['directeur', 'leerplichtambtenaar', 'niemand']).optional(),
  status: leerplichtStatus.optional(),
  legalBasis: z.array(legalRef),
  steps: z.array(z.string()),
}).meta({ title: 'Beslissing' });

const askResponse = z.object({
  answer: z.string(),
  citations: z.array(citation),
  decision: decision.optional(),
  followUp: z.array(missingFact).optional(),
  confidence: z.enum(['hoog', 'midden', 'laag']),
  conversationId: z.string().optional(),
}).meta({ title: 'Antwoord' });

const sourceFields = {
  id: z.string(),
  documentId: z.string(),
  title: z.string(),
  section: z.string().optional(),
  page: z.number().optional(),
  url: z.string().optional(),
  type: z.enum(DOC_TYPES).optional(),
  region: z.string().optional(),
  geldigVanaf: z.string().optional(),
  geldigTot: z.string().optional(),
  laatstGecontroleerd: z.string().optional(),
  text: z.string(),
};
const source = z.object(sourceFields).meta({ title: 'Bron' });

const search = z.object({
  query: z.string(),
  hits: z.array(z.object({ ...sourceFields, legalIds: z.array(z.string()).optional(), score: z.number(), scores: z.record(z.string(), z.number()).optional() })),
});

const documents = z.object({
  documents: z.array(z.object({
    id: z.string(),
    title: z.string(),
    type: z.enum(DOC_TYPES),
    region: z.string().optional(),
    url: z.string().optional(),
    geldigVanaf: z.string().optional(),
    laatstGecontroleerd: z.string().optional(),
    sections: z.array(z.object({ id: z.string(), section: z.string().optional(), page: z.number().optional() })),
  })),
});

const uitkomst = { legalBasis: z.array(legalRef), steps: z.array(z.string()), missing: z.array(missingFact) };

// Rules outcomes carry more fields than these (deadlines, actions per role, regional triggers); a new field is
// an extension, not a break, so the objects stay open.
const meldingResult = z.looseObject({ melding: meldingCode.optional(), verplicht: z.boolean(), aan: z.string(), termijn: z.string(), ...uitkomst }).meta({ title: 'MeldingUitkomst' });
const verlofResult = z.looseObject({
  toegestaan: z.union([z.boolean(), z.literal('afhankelijk')]),
  beslisser: z.string(),
  maxDagen: z.number().optional(),
  bezwaar: z.string(),
  ...uitkomst,
}).meta({ title: 'VerlofUitkomst' });
const leerplichtResult = z.looseObject({
  status: leerplichtStatus,
  peildatum: isoDate,
  leerplichtStart: isoDate,
  leerplichtEinde: isoDate,
  kwalificatieplichtEinde: isoDate.nullable(),
  ...uitkomst,
}).meta({ title: 'LeerplichtUitkomst' });
const verzuimMelding = z.looseObject({ melding: meldingCode, verplicht: z.boolean(), aan: z.string(), begindatum: isoDate, einddatum: isoDate.nullable(), datum: isoDate });
const verzuimResult = z.looseObject({
  peildatum: isoDate,
  totaalOngeoorloofdeUren: z.number(),
  meldingen: z.array(verzuimMelding),
  regionaal: z.array(z.looseObject({ id: z.string(), datum: isoDate, omschrijving: z.string() })),
  mazl: z.array(z.looseObject({ id: z.string(), datum: isoDate, omschrijving: z.string() })),
  waarschuwingen: z.array(z.string()),
  ...uitkomst,
}).meta({ title: 'VerzuimUitkomst' });
const csvFout = z.object({ regel: z.int().min(0), melding: z.string() });
const csvResult = z.object({
  leerlingen: z.array(z.looseObject({ leerling: z.string(), fouten: z.array(csvFout), resultaat: verzuimResult.optional() })),
  fouten: z.array(csvFout),
  regels: z.int().min(0),
});

const searchQuery = z.object({
  q: z.string().min(1).max(500).describe('Zoektekst'),
  k: z.int().min(1).max(50).optional().describe('Aantal resultaten (standaard 8)'),
  type: z.string().optional().describe(`Komma-lijst van soorten: ${DOC_TYPES.join(', ')}`),
  region: z.string().optional(),
  validOn: isoDate.optional().describe('Alleen bronnen die op deze datum gelden'),
  legalId: z.string().optional().describe('Alleen passages bij deze juridische id, bijvoorbeeld lpw:14'),
});
const csvQuery = z.object({
  regio: z.string().optional(),
  kalenderRegio: z.enum(['noord', 'midden', 'zuid']).optional(),
  peildatum: isoDate.optional(),
  spreekuurAfspraken: z.enum(['ja', 'nee', 'true', 'false']).optional(),
});

/** An object whose fields this document does not fix (helpdesk and account routes, described by their own tests). */
const jsonObject = z.looseObject({});

// ---------- the route table ----------

interface Body {
  type: string;
  schema: z.ZodType;
}
type Responses = Record<number, { description: string; body?: Body }>;
export interface RouteDoc {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path, with {param}. */
  path: string;
  summary: string;
  tag: string;
  login?: string;
  query?: z.ZodObject;
  body?: Body;
  responses: Responses;
}

const json = (schema: z.ZodType): Body => ({ type: 'application/json', schema });
const ok = (schema: z.ZodType, description = 'Gelukt'): Responses => ({ 200: { description, body: json(schema) } });
const csv: Body = { type: 'text/csv', schema: z.string() };

const tabel: RouteDoc[] = [
  { method: 'get', path: '/api/health', summary: 'Draait de server, en met welke kennis', tag: 'Algemeen', responses: ok(health) },
  { method: 'get', path: '/api/openapi.json', summary: 'Deze beschrijving (OpenAPI 3.1)', tag: 'Algemeen', responses: ok(jsonObject) },
  { method: 'get', path: '/api/docs', summary: 'Leesbare API-documentatie', tag: 'Algemeen', responses: { 200: { description: 'HTML-pagina', body: { type: 'text/html', schema: z.string() } } } },
  { method: 'post', path: '/api/ask', summary: 'Een vraag beantwoorden met bronnen en, waar de regels beslissen, een beslissing', tag: 'Vragen', body: json(askInput), responses: ok(askResponse) },
  {
    method: 'post',
    path: '/api/ask/stream',
    summary: 'Dezelfde vraag als server-sent events: decision, citations, delta, done, error',
    tag: 'Vragen',
    body: json(askInput),
    responses: { 200: { description: 'Een stroom van events', body: { type: 'text/event-stream', schema: z.string() } } },
  },
  { method: 'get', path: '/api/sources/{id}', summary: 'De passage waar een citaat naar wijst', tag: 'Bronnen', responses: ok(source) },
  { method: 'get', path: '/api/search', summary: 'Passages gerangschikt bij een zoektekst (BM25 + vectoren)', tag: 'Bronnen', query: searchQuery, responses: ok(search) },
  { method: 'get', path: '/api/documents', summary: 'Alle documenten met hun secties', tag: 'Bronnen', responses: ok(documents) },
  { method: 'post', path: '/api/melding', summary: 'Welke verzuimmelding, wanneer, aan wie', tag: 'Regels', body: json(meldingInput), responses: ok(meldingResult) },
  { method: 'post', path: '/api/verlof', summary: 'Mag dit verlof of deze vrijstelling, en wie beslist', tag: 'Regels', body: json(verlofInput), responses: ok(verlofResult) },
  { method: 'post', path: '/api/leerplicht', summary: 'Leerplichtig of kwalificatieplichtig, en de grensdatums', tag: 'Regels', body: json(leerplichtInput), responses: ok(leerplichtResult) },
  { method: 'post', path: '/api/verzuim/evaluate', summary: 'Alle meldingen en protocolsignalen uit verzuimregistraties', tag: 'Regels', body: json(verzuimEvaluateInput), responses: ok(verzuimResult) },
  { method: 'post', path: '/api/verzuim/evaluate-csv', summary: 'Een verzuimlijst (CSV) per leerling beoordelen', tag: 'Regels', query: csvQuery, body: csv, responses: ok(csvResult) },
  { method: 'get', path: '/api/verzuim/template.csv', summary: 'Voorbeeldbestand voor de verzuimlijst', tag: 'Regels', responses: { 200: { description: 'CSV', body: csv } } },
  // Helpdesk and accounts: login with a session cookie or a bearer token; bodies and answers are described by
  // their route tests, here only what they are for.
  ...(
    [
      ['post', '/api/auth/login', 'Inloggen (zet een sessiecookie)', 'Accounts', undefined],
      ['post', '/api/auth/logout', 'Uitloggen', 'Accounts', 'ingelogd'],
      ['get', '/api/auth/me', 'Wie is ingelogd', 'Accounts', 'ingelogd'],
      ['post', '/api/auth/password', 'Eigen wachtwoord wijzigen', 'Accounts', 'ingelogd'],
      ['post', '/api/auth/totp', 'Tweestapsverificatie (TOTP) instellen', 'Accounts', 'ingelogd'],
      ['post', '/api/auth/totp/bevestig', 'Tweestapsverificatie bevestigen met een code', 'Accounts', 'ingelogd'],
      ['post', '/api/auth/totp/uit', 'Tweestapsverificatie uitzetten', 'Accounts', 'ingelogd'],
      ['get', '/api/users', 'Accounts bekijken', 'Accounts', 'beheer'],
      ['post', '/api/users', 'Account aanmaken', 'Accounts', 'beheer'],
      ['patch', '/api/users/{id}', 'Account wijzigen', 'Accounts', 'beheer'],
      ['post', '/api/users/{id}/bevestig', 'Een helpdeskrol bevestigen die beheer gaf', 'Accounts', 'helpdesk'],
      ['get', '/api/tokens', 'Eigen API-tokens', 'Accounts', 'ingelogd'],
      ['post', '/api/tokens', 'API-token maken', 'Accounts', 'ingelogd'],
      ['delete', '/api/tokens/{id}', 'API-token intrekken', 'Accounts', 'ingelogd'],
      ['post', '/api/drafts', 'Concept-antwoord maken', 'Helpdesk', 'helpdesk'],
      ['get', '/api/drafts', 'Concepten zoeken', 'Helpdesk', 'helpdesk'],
      ['get', '/api/drafts/{id}', 'Eén concept', 'Helpdesk', 'helpdesk'],
      ['patch', '/api/drafts/{id}', 'Concept bewerken (tekst en bronnen)', 'Helpdesk', 'helpdesk'],
      ['get', '/api/drafts/{id}/revisions', 'Versies van een concept', 'Helpdesk', 'helpdesk'],
      ['post', '/api/drafts/{id}/status', 'Status van een concept (review, goedkeuren)', 'Helpdesk', 'helpdesk'],
      ['get', '/api/drafts/{id}/export', 'Concept als Markdown of tekst', 'Helpdesk', 'helpdesk'],
      ['get', '/api/kennisbank', 'Gepubliceerde antwoorden', 'Kennisbank', 'helpdesk of beheer'],
      ['get', '/api/kennisbank/review', 'Antwoorden die opnieuw gecontroleerd moeten worden', 'Kennisbank', 'helpdesk of beheer'],
      ['get', '/api/kennisbank/{number}', 'Eén kennisbankantwoord', 'Kennisbank', 'helpdesk of beheer'],
      ['post', '/api/kennisbank/{number}/withdraw', 'Antwoord intrekken', 'Kennisbank', 'helpdesk'],
      ['post', '/api/kennisbank/{number}/checked', 'Antwoord als gecontroleerd markeren', 'Kennisbank', 'helpdesk'],
      ['post', '/api/kennisbank/{number}/revise', 'Nieuw concept uit een antwoord', 'Kennisbank', 'helpdesk'],
      ['post', '/api/feedback', 'Een antwoord beoordelen (zonder login)', 'Feedback', undefined],
      ['get', '/api/feedback', 'Beoordelingen bekijken', 'Feedback', 'helpdesk'],
      ['get', '/api/feedback/export.csv', 'Beoordelingen als CSV', 'Feedback', 'helpdesk'],
      ['post', '/api/feedback/{id}/draft', 'Concept maken uit een beoordeling', 'Feedback', 'helpdesk'],
      ['post', '/api/privacy/wissen', 'Gegevens van een persoon wissen (AVG)', 'Beheer', 'beheer'],
      ['get', '/api/audit', 'Logboek', 'Beheer', 'beheer'],
    ] as const
  ).map(([method, path, summary, tag, login]): RouteDoc => ({
    method,
    path,
    summary,
    tag,
    login,
    ...(method === 'post' || method === 'patch' ? { body: json(jsonObject) } : {}),
    responses: path.endsWith('.csv') ? { 200: { description: 'CSV', body: csv } } : { 200: { description: 'Gelukt', body: json(jsonObject) }, 201: { description: 'Aangemaakt', body: json(jsonObject) }, 204: { description: 'Gelukt, geen inhoud' } },
  })),
];

export const ROUTES: readonly RouteDoc[] = tabel;

// ---------- building the document ----------

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // `unrepresentable: 'any'`: refinements (a date that exists) and transforms cannot be said in JSON Schema; the
  // server still checks them and answers 400 with a Dutch message.
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  delete out.$schema;
  return out;
}

const ERRORS: Record<number, string> = {
  400: 'Ongeldige invoer; de melding noemt het veld en wat er anders moet',
  401: 'Niet ingelogd',
  403: 'Geen toegang met deze rol',
  404: 'Niet gevonden',
  413: 'Te groot',
  415: 'Verkeerd inhoudstype',
  429: 'Te veel verzoeken; wacht even',
  500: 'Fout op de server',
  503: 'Tijdelijk te druk of niet beschikbaar; probeer het opnieuw na Retry-After seconden',
};

function operation(r: RouteDoc): JsonSchema {
  const params: JsonSchema[] = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (r.query) {
    const q = schemaOf(r.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) {
      params.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) });
    }
  }
  const errorCodes = [400, 404, 413, 415, 429, 500, 503, ...(r.login ? [401, 403] : [])];
  const responses: JsonSchema = {};
  for (const [status, res] of Object.entries(r.responses)) {
    responses[status] = { description: res.description, ...(res.body ? { content: { [res.body.type]: { schema: schemaOf(res.body.schema, 'output') } } } : {}) };
  }
  for (const status of errorCodes) responses[status] = { $ref: `#/components/responses/Fout${status}` };
  return {
    operationId: `${r.method}${r.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    summary: r.summary,
    tags: [r.tag],
    ...(r.login ? { description: `Vereist een login (${r.login}).`, security: [{ sessie: [] }, { token: [] }] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(r.body ? { requestBody: { required: true, content: { [r.body.type]: { schema: schemaOf(r.body.schema, 'input') } } } } : {}),
    responses,
  };
}

export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const r of ROUTES) (paths[r.path] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wegwijzer API',
      version,
      description: 'Kennisassistent voor leerplicht, kwalificatieplicht en schoolverzuim: beslisregels als code, hybride zoeken en geciteerde antwoorden. Elke fout is {"error": {"code", "message"}} met een Nederlandse melding.',
      license: { name: 'Open source' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(ROUTES.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Fout: schemaOf(errorResponse, 'output') },
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([status, description]) => [`Fout${status}`, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Fout' } } } }]),
      ),
      securitySchemes: {
        sessie: { type: 'apiKey', in: 'cookie', name: 'ww_sessie' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}

/** A reference page without scripts from elsewhere (the CSP allows only this origin): every route, its fields. */
function docsPage(doc: JsonSchema): string {
  const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const paths = doc.paths as Record<string, Record<string, { summary: string; description?: string; requestBody?: { content: Record<string, { schema: JsonSchema }> }; parameters?: { name: string; in: string; required: boolean }[] }>>;
  const fields = (schema: JsonSchema | undefined) => {
    const props = (schema?.properties ?? {}) as Record<string, JsonSchema>;
    const required = (schema?.required ?? []) as string[];
    const rows = Object.entries(props).map(([k, v]) => `<li><code>${esc(k)}</code>${required.includes(k) ? ' (verplicht)' : ''}${v.description ? ` — ${esc(v.description)}` : ''}</li>`);
    return rows.length ? `<ul>${rows.join('')}</ul>` : '';
  };
  const sections = Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
      const params = op.parameters?.map((p) => `<li><code>${esc(p.name)}</code> (${p.in === 'path' ? 'in het adres' : 'zoekparameter'}${p.required ? ', verplicht' : ''})</li>`).join('') ?? '';
      return `<section><h2><code>${method.toUpperCase()} ${esc(path)}</code></h2><p>${esc(op.summary)}${op.description ? ` ${esc(op.description)}` : ''}</p>${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}${body ? `<h3>Inhoud (${esc(body[0])})</h3>${fields(body[1].schema)}` : ''}</section>`;
    }),
  );
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Wegwijzer API</title></head><body><main><h1>Wegwijzer API</h1><p>${esc((doc.info as { description: string }).description)}</p><p>De volledige beschrijving, voor tools als Scalar, Swagger UI of een codegenerator: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${sections.join('')}</main></body></html>`;
}

export function openApiRoutes(version: string) {
  const doc = openApiDocument(version);
  const page = docsPage(doc);
  return new Hono().get('/openapi.json', (c) => c.json(doc)).get('/docs', (c) => c.html(page));
}
