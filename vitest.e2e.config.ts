import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (dist/) loaded, one file at a time
// because each file launches its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
