import { ensureWebBuild } from '@sesao28/web/build';

/** vitest globalSetup of the browser tests: the gateway serves the built app, so build it once if stale. */
export default async function setup(): Promise<void> {
  await ensureWebBuild((line) => console.log(line));
}
