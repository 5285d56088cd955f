import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension (.output/chrome-mv3).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
