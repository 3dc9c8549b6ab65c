import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import packedChromium from '@sparticuz/chromium';
import { loadConfig } from '@sesao28/kit';

/** The Chromium's version line, or null when the binary is missing or does not run (a half-unpacked file). */
function chromiumVersion(binary: string): string | null {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, otherwise the headless Chromium inside
 * the npm package @sparticuz/chromium, unpacked once into the temp folder (nothing to install by hand).
 * Call it once per run (the browser project's globalSetup), not from parallel workers: unpacking is not atomic.
 */
export async function resolveChromium(log: (line: string) => void = console.log): Promise<string> {
  const configured = loadConfig().chromiumPath;
  if (configured) {
    if (chromiumVersion(configured)) return configured;
    throw new Error(
      `CHROMIUM_PATH=${configured} does not run: point it at a Chromium or Chrome binary, or unset it to use the one from npm.`,
    );
  }
  let binary = await packedChromium.executablePath();
  if (!chromiumVersion(binary)) {
    // A file left by an interrupted unpack (or another version's): unpack again.
    log(`Unpacking Chromium from @sparticuz/chromium into ${binary} …`);
    rmSync(binary, { force: true });
    binary = await packedChromium.executablePath();
  }
  const version = chromiumVersion(binary);
  if (!version) {
    throw new Error(
      `The Chromium from @sparticuz/chromium (${binary}) does not start here: it needs libnss3 ` +
        '(`apt-get install -y libnss3`), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  log(`Browser tests drive ${version} (${binary}).`);
  return binary;
}
