import { defineConfig } from 'vitest/config';

// `npm run test:faults`: processes killed mid-write, the database stopped and restarted, two job
// runners at once. FAULTS_SHORT=1 (CI) runs the same checks on smaller files and shorter traffic.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 1_200_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
