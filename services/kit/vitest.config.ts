import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the kit's pure logic, beside the code.
export default defineConfig({
  test: { name: 'kit', dir: fileURLToPath(new URL('./src', import.meta.url)) },
});
