import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'contracts/**/*.test.ts', 'web/**/*.test.ts', 'test/**/*.test.ts'],
    env: { TZ: 'UTC' },
    setupFiles: ['server/test-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
