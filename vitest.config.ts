import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'seed/**/*.test.ts', 'web/src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Migrates and seeds once; every test file's database is a copy of that one.
    globalSetup: ['src/platform/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers than that only makes the embedded databases fight for them.
    maxWorkers: 2,
  },
});
