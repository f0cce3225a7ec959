import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORST_QUESTIONS } from '../../scripts/worst-questions.js';
import { realApp } from './real-app.js';

// Bounded work per request (issue 14, finding 5), measured on the real app with its answering thread: CPU per
// worst-case question (process-wide, so the thread's work counts), and the health check's latency while those
// questions run. Prints the figures for the README; asserts only correctness
// (no 5xx, health always ok): timings on a shared machine are a benchmark, not a test.

const WORST = WORST_QUESTIONS;

let t: Awaited<ReturnType<typeof realApp>>;
let server: ReturnType<typeof serve>;
let base: string;
beforeAll(async () => {
  t = await realApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await t.cleanup();
});

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const ask = (question: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });

describe('bounded work per question', () => {
  it('measures CPU per worst-case question (median of 7)', async () => {
    await t.app.request('/api/ask', ask('opwarmen: wie beslist over verlof?'));
    const rows: string[] = [];
    for (const [name, q] of Object.entries(WORST)) {
      const cpu: number[] = [];
      for (let i = 0; i < 7; i++) {
        const before = process.cpuUsage();
        const res = await t.app.request('/api/ask', ask(q));
        await res.text();
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
        expect(res.status, name).toBe(200);
      }
      rows.push(`${name.padEnd(28)} cpu mediaan ${pct(cpu, 0.5).toFixed(1)} ms, max ${Math.max(...cpu).toFixed(1)} ms`);
    }
    console.log(`CPU per vraag (4.000 tekens):\n${rows.join('\n')}`);
  });

  it.each([1, 3])('keeps health answering while %i clients send the worst questions', async (clients) => {
    const until = Date.now() + 4000;
    const statuses: number[] = [];
    const questions = Object.values(WORST);
    const load = async (offset: number) => {
      for (let i = offset; Date.now() < until; i++) {
        const res = await fetch(`${base}/api/ask`, ask(questions[i % questions.length]!));
        statuses.push(res.status);
        await res.text();
      }
    };
    const health: number[] = [];
    const probe = async () => {
      while (Date.now() < until) {
        const start = performance.now();
        const res = await fetch(`${base}/api/health`);
        await res.text();
        health.push(performance.now() - start);
        expect(res.status).toBe(200);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await Promise.all([...Array.from({ length: clients }, (_, i) => load(i * 3)), probe()]);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    console.log(`health bij ${clients} client(s) met zware vragen: ${health.length} metingen, p50 ${pct(health, 0.5).toFixed(1)} ms, p95 ${pct(health, 0.95).toFixed(1)} ms, p99 ${pct(health, 0.99).toFixed(1)} ms; ${statuses.length} zware vragen beantwoord`);
  });
});
