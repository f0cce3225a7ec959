import { defineConfig } from 'vitest/config';

// `npm run test:robust`: the slow robustness suites (HTTP fuzz, ingest faults) plus the fast privacy and property
// suites with many more fast-check runs. Not part of `npm test`.
export default defineConfig({
  test: {
    include: ['test/robust/**/*.robust.ts', 'test/privacy/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    env: { FC_RUNS: process.env.FC_RUNS ?? '5000' },
  },
});
