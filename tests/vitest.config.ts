import { fileURLToPath } from 'node:url';
import { databaseTestSettings } from '@sesao28/kit/testing/vitest';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'tests',
    dir: fileURLToPath(new URL('.', import.meta.url)),
    include: ['{contract,integration,e2e,infra}/**/*.test.ts'],
    ...databaseTestSettings,
  },
});
