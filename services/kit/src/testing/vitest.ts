import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export const globalSetupFile = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/** Test settings shared by every package whose tests use a real PostgreSQL. */
export const databaseTestSettings = {
  globalSetup: [globalSetupFile],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

/** A unit package's vitest config: its own tests, its own throwaway PostgreSQL. */
export function unitTestConfig(packageUrl: string) {
  return defineConfig({
    test: {
      dir: fileURLToPath(new URL('./test', packageUrl)),
      ...databaseTestSettings,
    },
  });
}
