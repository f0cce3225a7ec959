import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local OpenAI-compatible server for tests: chat completions (plain and streaming) with a scripted reply.

export type StubBehaviour =
  | { kind: 'reply'; content: string }
  | { kind: 'hang' } // never answers: exercises the client timeout
  | { kind: 'garbage' } // not JSON
  | { kind: 'status'; status: number };

export interface LlmStub {
  url: string;
  requests: unknown[];
  set(b: StubBehaviour): void;
  close(): Promise<void>;
}

export async function startLlmStub(initial: StubBehaviour): Promise<LlmStub> {
  let behaviour = initial;
  const requests: unknown[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      try {
        requests.push(JSON.parse(body));
      } catch {
        requests.push(body);
      }
      const b = behaviour;
      if (b.kind === 'hang') return; // leave the socket open
      if (b.kind === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"choices": [ niet-json');
      }
      if (b.kind === 'status') {
        res.writeHead(b.status, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: 'stub fout' } }));
      }
      const streaming = (requests.at(-1) as { stream?: boolean })?.stream === true;
      if (streaming) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const piece of b.content.match(/.{1,12}/gs) ?? []) {
          res.write(`data: ${JSON.stringify({ id: 's', object: 'chat.completion.chunk', created: 0, model: 'stub', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
        }
        res.write('data: [DONE]\n\n');
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'stub',
          object: 'chat.completion',
          created: 0,
          model: 'stub',
          choices: [{ index: 0, message: { role: 'assistant', content: b.content }, finish_reason: 'stop' }],
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    set: (b) => (behaviour = b),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
