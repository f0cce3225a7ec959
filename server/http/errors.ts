import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

// Plain Dutch for every kind of zod issue, saying what to send instead (zod's own nl locale says "Onbekende key"
// or "Ongeldige invoer: verwacht number"). A message written on a schema itself still comes first.

const TYPE: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  object: 'een object ({…})',
  array: 'een lijst ([…])',
  date: 'een datum',
  bigint: 'een heel getal',
  null: 'null',
};

const FORMAT: Record<string, string> = {
  email: 'een geldig e-mailadres',
  url: 'een volledige URL (https://…)',
  date: 'een datum als JJJJ-MM-DD',
  datetime: 'een datum en tijd als JJJJ-MM-DDTUU:MM:SSZ',
  time: 'een tijd als UU:MM',
  uuid: 'een UUID',
  regex: 'tekst in de gevraagde vorm',
};

const plural = (n: unknown, one: string, many: string) => `${String(n)} ${Number(n) === 1 ? one : many}`;
const list = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');

function sizeText(origin: unknown, n: unknown): string {
  if (origin === 'string') return plural(n, 'teken', 'tekens');
  if (origin === 'array' || origin === 'set') return plural(n, 'item', 'items');
  return String(n);
}

export const dutchIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit veld ontbreekt; vul het in.';
      return `Stuur hier ${TYPE[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `Onbekend veld ${list(issue.keys)}. Laat ${issue.keys.length === 1 ? 'het' : 'ze'} weg of controleer de spelling.`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Dit veld is leeg; vul het in.'
        : `Te klein: ${issue.inclusive === false ? 'meer dan' : 'minstens'} ${sizeText(issue.origin, issue.minimum)}.`;
    case 'too_big':
      return `Te groot: ${issue.inclusive === false ? 'minder dan' : 'hoogstens'} ${sizeText(issue.origin, issue.maximum)}.`;
    case 'invalid_format':
      return `Stuur hier ${FORMAT[issue.format] ?? `tekst in de vorm ${issue.format}`}.`;
    case 'not_multiple_of':
      return `Gebruik een veelvoud van ${String(issue.divisor)}.`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Gebruik ${list(issue.values)}.` : `Kies een van: ${list(issue.values)}.`;
    case 'invalid_union':
      return 'Deze waarde past bij geen van de toegestane vormen; controleer het type en de schrijfwijze.';
    case 'invalid_key':
      return 'Een sleutel in dit object is ongeldig.';
    case 'invalid_element':
      return 'Een element in deze lijst is ongeldig.';
    case 'custom':
      return issue.message ?? 'Deze waarde is ongeldig.';
    default:
      return 'Deze waarde is ongeldig.';
  }
};

z.config({ customError: dutchIssue });

/** An error that reaches the client as `{error: {code, message, details?}}` (contract, "Errors"). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * Work given up because its request ended first: the client went away, or the request timed out and was answered.
 * Nobody reads the answer, so it is neither sent nor logged as an error.
 */
export class RequestCancelled extends Error {
  constructor() {
    super('De aanvraag is afgebroken voordat het antwoord klaar was.');
    this.name = 'RequestCancelled';
  }
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function sendError(c: Context, err: ApiError) {
  // A 503 is passing (a full queue of questions, a write that may work again): say when to try again.
  if (err.status === 503) c.header('Retry-After', '2');
  return c.json(errorBody(err.code, err.message, err.details), err.status);
}

const pathLabel = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : '(hoofdniveau)');

/** Turns a zod failure into a 400 whose message names each field that is wrong. */
export function validationError(error: z.ZodError, where: 'body' | 'query' | 'pad' = 'body'): ApiError {
  const issues = error.issues.slice(0, 10).map((i) => ({ veld: pathLabel(i.path), melding: i.message }));
  const first = issues[0];
  const message = first
    ? `Ongeldige invoer in ${where === 'body' ? 'de aanvraag' : where === 'query' ? 'de zoekparameters' : 'het adres'}: veld '${first.veld}': ${first.melding}`
    : 'Ongeldige invoer.';
  return new ApiError(400, 'ongeldige-invoer', message, issues);
}

/** Reads a JSON body and validates it; every failure is an ApiError with a Dutch message. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, 'verkeerd-inhoudstype', "Stuur de gegevens als JSON met de header 'Content-Type: application/json'.");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'ongeldige-json', 'De aanvraag is geen geldige JSON. Controleer aanhalingstekens, komma’s en haakjes.');
  }
  return parseWith(schema, raw, 'body');
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, where: 'body' | 'query' | 'pad' = 'body'): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, where);
  return parsed.data;
}
