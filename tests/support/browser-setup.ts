import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentWith } from '@sesao28/kit';
import type { TestProject } from 'vitest/node';
import { resolveChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * vitest globalSetup of the browser tests: the web app built once if stale, and the Chromium to drive
 * found once. The build runs in its own process: under vitest NODE_ENV is "test", and Vite's React
 * plugin would bundle React's development JSX runtime, which the production React then lacks.
 */
export default async function setup(project: TestProject): Promise<void> {
  const built = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['gateway/web/build.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: environmentWith({ NODE_ENV: 'production' }),
  });
  if (built.status !== 0) throw new Error('Building the web app failed; see the messages above.');
  project.provide('chromiumPath', await resolveChromium());
}
