import { defineConfig } from 'vitest/config';

// Pure logic of the pages (CSV, formatting); the pages themselves run in tests/browser.
export default defineConfig({
  test: { name: 'web', include: ['src/**/*.test.ts'] },
});
