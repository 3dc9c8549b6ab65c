import { databaseTestSettings } from './services/kit/src/testing/vitest.js';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The whole suite: each project keeps its own settings. Every unit's own tests (its thin contract
// and what it adds) run here once, in the `units` project, and alone with `pnpm --filter`; the kit's
// behaviour in depth runs once, in tests/contract/kit-behaviour.test.ts.
export default defineConfig({
  test: {
    projects: [
      'services/platform',
      'services/kit',
      'schema',
      'gateway',
      'gateway/web',
      'tests',
      {
        test: {
          name: 'units',
          include: ['services/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          ...databaseTestSettings,
        },
      },
      {
        // Real headless Chromium (from npm) against the whole stack; the web app is built once first.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: [...databaseTestSettings.globalSetup, fileURLToPath(new URL('./tests/support/browser-setup.ts', import.meta.url))],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
