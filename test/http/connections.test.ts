import { request, Agent, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { readEdgeConfig } from '../../server/http/middleware/config.js';
import { guardConnections, nodeServerOptions } from '../../server/http/middleware/node-server.js';
import { emptyIndex } from '../support/empty-index.js';

// The edge over real sockets (issue 14, finding 5): a 413 closes its connection cleanly, so the next request on a
// keep-alive agent gets a fresh one; slow headers and slow bodies get a Dutch 408 instead of holding a socket.

const edge = readEdgeConfig({ HEADERS_TIMEOUT_MS: '400', BODY_TIMEOUT_MS: '800', BODY_LIMIT_JSON_KB: '4' });
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  const app = createApp({ version: 't', knowledge: emptyIndex(), llmEnabled: false, edge });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: nodeServerOptions(edge) });
  guardConnections(server);
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function send(agent: Agent, method: string, path: string, body?: string): Promise<{ status: number; headers: IncomingMessage['headers']; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Raw bytes over one socket; resolves with everything the server sent before it closed. */
function raw(chunks: Array<{ data: string; afterMs: number }>): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d.toString()));
    socket.on('close', () => resolve(got));
    socket.on('error', () => undefined);
    for (const c of chunks) setTimeout(() => socket.writable && socket.write(c.data), c.afterMs);
  });
}

describe('connections', () => {
  it('closes the connection after a 413; the next request on the same keep-alive agent gets a clean answer', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = JSON.stringify({ question: 'x'.repeat(6000) });
    let refused = 0;
    for (let i = 0; i < 10; i++) {
      const tooBig = await send(agent, 'POST', '/api/ask', big).catch((err: NodeJS.ErrnoException) => ({ status: 0, headers: {} as IncomingMessage['headers'], text: err.code ?? '' }));
      if (tooBig.status) {
        expect(tooBig.status).toBe(413);
        expect(tooBig.headers.connection).toBe('close');
        refused++;
      }
      const next = await send(agent, 'GET', '/api/health');
      expect(next.status).toBe(200);
    }
    // The client saw the 413 itself (not a reset) every time.
    expect(refused).toBe(10);
    agent.destroy();
  });

  it('answers slow headers with a Dutch 408 and closes', async () => {
    const got = await raw([{ data: 'GET /api/health HTTP/1.1\r\nHost: x\r\n', afterMs: 0 }, { data: 'X-Traag: 1\r\n', afterMs: 300 }]);
    expect(got).toMatch(/^HTTP\/1.1 408 /);
    expect(got).toMatch(/Connection: close/);
    expect(got).toMatch(/"code":"te-traag"/);
  });

  it('answers a slow body with 408, not a 504 from the handler', async () => {
    const head = 'POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n';
    const got = await raw([{ data: head, afterMs: 0 }, { data: '{"question":"', afterMs: 100 }, { data: 'Wie', afterMs: 500 }]);
    expect(got).toMatch(/^HTTP\/1.1 408 /);
    expect(got).not.toMatch(/504/);
  });
});
