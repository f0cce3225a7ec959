import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the browser tests (test/e2e/*.e2e.ts, ~45 s: too slow for `npm test`), with room for the
// server start and the page build.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60000,
    hookTimeout: 360000,
    pool: 'forks',
    // One file at a time: each builds web/dist (emptyOutDir) and starts a server and a Chromium on 2 shared cores.
    fileParallelism: false,
  },
});
