import { existsSync } from 'node:fs';
import { loadConfig } from '@sesao28/kit';

/** The Chromium the browser tests drive (CHROMIUM_PATH, default Debian's /usr/bin/chromium). */
export const chromiumPath = (): string => loadConfig().chromiumPath;

/** Why the browser tests cannot run here and how to fix it, or null when Chromium is there. */
export function chromiumMissing(path = chromiumPath()): string | null {
  if (existsSync(path)) return null;
  return (
    `Chromium not found at ${path}: the browser tests (tests/browser) need it. ` +
    'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this), ' +
    'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
  );
}
