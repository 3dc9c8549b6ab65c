import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'schema', dir: fileURLToPath(new URL('./test', import.meta.url)), testTimeout: 60_000 },
});
