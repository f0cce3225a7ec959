import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: only the browser tests (test/e2e), with room for the server start and the page build.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 120000,
    pool: 'forks',
  },
});
