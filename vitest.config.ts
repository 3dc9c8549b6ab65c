import { databaseTestSettings } from './services/kit/src/testing/vitest.js';
import { defineConfig } from 'vitest/config';

// The whole suite: each project keeps its own settings. Every unit passes the contract suite
// in tests/ (over the unit registry) and also runs alone with `pnpm --filter`; what a unit
// tests beyond the contract runs here once, in the `units` project.
export default defineConfig({
  test: {
    projects: [
      'services/kit',
      'schema',
      'gateway',
      'tests',
      {
        test: {
          name: 'units',
          include: ['services/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'services/*/test/contract.test.ts'],
          ...databaseTestSettings,
        },
      },
    ],
  },
});
