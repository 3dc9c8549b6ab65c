import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '@sesao28/web/build';
import { resolveChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

/** vitest globalSetup of the browser tests: the web app built once if stale, and the Chromium to drive found once. */
export default async function setup(project: TestProject): Promise<void> {
  await ensureWebBuild((line) => console.log(line));
  project.provide('chromiumPath', await resolveChromium());
}
