import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium and Firefox.
// One file at a time: each launches a browser, and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
