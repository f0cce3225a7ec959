// Every call to the server goes through here, so every failure becomes one Dutch message shown in place.

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const OFFLINE = 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.';

function fallbackMessage(status: number): string {
  if (status === 429) return 'U heeft veel vragen achter elkaar gesteld. Wacht even en probeer het opnieuw.';
  if (status === 413) return 'Wat u verstuurt is te groot. Maak het kleiner en probeer het opnieuw.';
  if (status >= 500) return 'Er ging iets mis op de server. Probeer het later opnieuw.';
  return 'De aanvraag kon niet worden verwerkt. Controleer wat u heeft ingevuld.';
}

/** Turns a non-2xx response into an ApiFailure, using the server's Dutch message when it sent one. */
export async function failureFrom(res: Response): Promise<ApiFailure> {
  let code = `http-${res.status}`;
  let message = fallbackMessage(res.status);
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string' && body.error.message.trim()) message = body.error.message;
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the generic Dutch message.
  }
  return new ApiFailure(message, res.status, code);
}

export async function send(path: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiFailure(OFFLINE, 0, 'offline');
  }
  if (!res.ok) throw await failureFrom(res);
  return res;
}

async function json<T>(res: Response): Promise<T> {
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiFailure('Het antwoord van de server was onleesbaar. Probeer het opnieuw.', res.status, 'onleesbaar');
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return json<T>(await send(path, { headers: { Accept: 'application/json' }, signal }));
}

/** A JSON body to the API, JSON back. */
async function sendJson<T>(method: 'POST' | 'PATCH', path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const res = await send(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  return json<T>(res);
}

export const postJson = <T>(path: string, body: unknown, signal?: AbortSignal) => sendJson<T>('POST', path, body, signal);
export const patchJson = <T>(path: string, body: unknown, signal?: AbortSignal) => sendJson<T>('PATCH', path, body, signal);

export function errorText(err: unknown): string {
  if (err instanceof ApiFailure) return err.message;
  return 'Er ging iets mis in de pagina. Laad de pagina opnieuw en probeer het nog eens.';
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads a text/event-stream body (POST, so EventSource cannot be used) and yields parsed events. */
export async function* readSse(res: Response): AsyncGenerator<SseEvent> {
  if (!res.body) return;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value.replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length === 0) continue;
      const raw = data.join('\n');
      let parsed: unknown = raw;
      try {
        parsed = JSON.parse(raw);
      } catch {
        // A plain-text data line: pass it on as a string.
      }
      yield { event, data: parsed };
    }
    if (done) return;
  }
}
