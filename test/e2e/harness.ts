import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

// Drives the real page in Debian's Chromium against the real server (`tsx server/main.ts`).

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('geen poort'))));
    });
  });
}

/**
 * Builds the page so the test sees the current source, in its own process: vitest sets NODE_ENV=test, which would
 * give a development build (bigger, with debug code) instead of the one users get.
 */
export function buildPage(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

export interface RunningServer {
  url: string;
  /** The server's own data folder (absent for an external E2E_BASE_URL server): tests add accounts there. */
  dataDir?: string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts `tsx server/main.ts` on a free port; E2E_BASE_URL points the tests at a server that already runs instead. */
export async function startServer(): Promise<RunningServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/+$/, ''), output: () => '', stop: async () => undefined };
  const port = await freePort();
  let log = '';
  // Offline answers only (the test must not depend on an LLM that happens to be configured), and a data folder
  // of its own, so the test never touches the index or drafts of a server running from this checkout.
  const dataDir = mkdtempSync(join(tmpdir(), 'wegwijzer-e2e-data-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  for (const k of ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'LLM_MODEL', 'EMBEDDINGS_MODEL']) delete env[k];
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a shared machine the first index build (embedding every passage) can take minutes.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De server stopte meteen:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`De server startte niet binnen 240 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        });
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'wegwijzer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function ensureDir(dir: string): string {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Bytes of JS and CSS that the first load fetches (the assets index.html names; views loaded later with a dynamic
 * import, such as the helpdesk, are not part of it), raw and gzipped.
 */
export function firstLoadSize(): { raw: number; gzip: number; files: string[] } {
  const dir = join(ROOT, 'web', 'dist', 'assets');
  const html = readFileSync(join(ROOT, 'web', 'dist', 'index.html'), 'utf8');
  const files = readdirSync(dir).filter((f) => /\.(js|css)$/.test(f) && html.includes(`/assets/${f}`));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/** Serious or critical WCAG 2.1 A/AA violations in the current state of the page (empty = accessible). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Full-page screenshots at 1280 and 375 px; returns how far the page sticks out sideways at 320 px. */
export async function screenshots(page: Page, name: string): Promise<number> {
  ensureDir(SCREENSHOTS);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-375.png`), fullPage: true });
  // Nothing may stick out sideways, down to 320 px (tables scroll inside their own box).
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 900 });
  return overflow;
}

/**
 * The checks every browser suite runs on its page: axe (no serious or critical WCAG 2.1 A/AA violation, findings kept
 * in `axeFindings` for the report) and screenshots at 1280 and 375 px with nothing sticking out at 320 px.
 */
export function pageChecks(page: () => Page, axeFindings: Record<string, string[]>) {
  return {
    async expectAccessible(name: string): Promise<void> {
      const bad = await seriousAxeViolations(page());
      axeFindings[name] = bad;
      expect(bad, `axe op ${name}`).toEqual([]);
    },
    async shoot(name: string): Promise<void> {
      expect(await screenshots(page(), name), `${name} is breder dan 320 px`).toBeLessThanOrEqual(0);
    },
  };
}

/**
 * The browser's page for a test suite: 10 s timeouts, clipboard access, and every CSP violation or script error
 * collected in `problems` (the server sends a CSP without 'unsafe-inline'; the page must run under it cleanly).
 */
export async function openPage(browser: Browser, server: RunningServer, problems: string[]): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`scriptfout: ${e.message}`));
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  return page;
}
