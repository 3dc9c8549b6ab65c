import { defineConfig } from 'vitest/config';

// The whole suite: each project keeps its own settings. Unit packages are covered by the
// contract suite in tests/ (over the unit registry) and also run alone with `pnpm --filter`.
export default defineConfig({
  test: {
    projects: ['services/kit', 'schema', 'gateway', 'tests'],
  },
});
