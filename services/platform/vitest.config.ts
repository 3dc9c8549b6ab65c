import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the platform's modules, beside the code.
export default defineConfig({
  test: { name: 'platform', dir: fileURLToPath(new URL('./src', import.meta.url)) },
});
