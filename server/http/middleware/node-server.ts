import type { Server, ServerOptions, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerType } from '@hono/node-server';
import { errorBody } from '../errors.js';
import type { EdgeConfig } from './config.js';

// Connection limits of the Node HTTP server itself, below the app: a client that sends its headers or its body
// too slowly holds a socket, and no middleware runs before the headers are complete.

/** Timeouts for `serve({ serverOptions })` of @hono/node-server. */
export function nodeServerOptions(cfg: Pick<EdgeConfig, 'HEADERS_TIMEOUT_MS' | 'BODY_TIMEOUT_MS'>): ServerOptions {
  return {
    headersTimeout: cfg.HEADERS_TIMEOUT_MS,
    requestTimeout: cfg.BODY_TIMEOUT_MS,
    // How often Node looks for expired requests; by default 30 s, which would let a slow client hold on that long.
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(cfg.HEADERS_TIMEOUT_MS / 4))),
  };
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'te-traag', 'De aanvraag kwam te langzaam binnen en is afgebroken. Probeer het opnieuw.'],
  HPE_HEADER_OVERFLOW: [431, 'kopregels-te-groot', 'De kopregels van de aanvraag zijn te groot.'],
};

const STATUS_TEXT: Record<number, string> = { 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Answers errors Node raises before the app sees a request (slow headers or body, malformed HTTP) with a Dutch
 * JSON error and `Connection: close`, instead of Node's plain-text default; then closes the socket.
 */
export function guardConnections(served: ServerType): void {
  // serve() without TLS or HTTP/2 options makes a node:http server.
  (served as Server).on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const [status, code, message] = CLIENT_ERRORS[err.code ?? ''] ?? [400, 'ongeldige-aanvraag', 'De aanvraag is geen geldig HTTP.'];
    const body = JSON.stringify(errorBody(code, message));
    const headers = { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
    // A request whose body is still arriving already has a response object: answer through it, once.
    const pending = (socket as { _httpMessage?: ServerResponse })._httpMessage;
    if (pending && !pending.headersSent && pending.writable) {
      pending.writeHead(status, headers).end(body, () => socket.destroy());
    } else if (!pending && socket.writable) {
      const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n${head}\r\n${body}`);
    } else {
      socket.destroy();
    }
  });
}
