import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

// Dutch validation messages from zod's own locale, so every 400 names the field in Dutch.
z.config(z.locales.nl());

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

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function sendError(c: Context, err: ApiError) {
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
