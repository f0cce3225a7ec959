// `npm run eval`: starts the server on a free port and grades it with ../shared/eval/eval.mjs
// on the shared dev set and on our own question set (test/eval-set.jsonl).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const evaluator = `${root}../shared/eval/eval.mjs`;
const sets = [`${root}../shared/eval/dev-set.jsonl`, `${root}test/eval-set.jsonl`].filter((p) => existsSync(p));

if (!existsSync(evaluator)) {
  console.error('../shared/eval/eval.mjs ontbreekt: zet de map shared naast het project.');
  process.exit(2);
}

const port = await new Promise<number>((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('De server kwam niet op binnen 120 seconden.');
}

let failed = false;
try {
  await waitForHealth();
  for (const set of sets) {
    console.log(`\n== ${set.replace(root, '')}`);
    const args = [evaluator, '--base', base, ...process.argv.slice(2), set];
    const code = await new Promise<number>((r) => spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', (c) => r(c ?? 1)));
    if (code !== 0) failed = true;
  }
} finally {
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
