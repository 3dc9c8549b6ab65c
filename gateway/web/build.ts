import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { webDistDir, webRoot } from './paths.js';

/** What the build is made from: the sources and the files that configure it. */
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'package.json'];
const HASH_FILE = '.source-hash';

function filesUnder(entry: string): string[] {
  const full = path.join(webRoot, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((file) => statSync(path.join(webRoot, file)).isFile());
}

/** A content hash of everything the build is made from (paths and bytes). */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    hash
      .update(file.split(path.sep).join('/'))
      .update('\0')
      .update(readFileSync(path.join(webRoot, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/app holds a build of the current sources. */
export function webBuildIsFresh(): boolean {
  const marker = path.join(webDistDir, HASH_FILE);
  return existsSync(path.join(webDistDir, 'index.html')) && existsSync(marker) && readFileSync(marker, 'utf8') === webSourceHash();
}

/**
 * Builds the web app (vite) when its build is missing or older than its sources; `npm start`,
 * `npm test` and the browser tests call it. Returns the folder the gateway serves.
 */
export async function ensureWebBuild(log: (line: string) => void = console.log, force = false): Promise<string> {
  if (!force && webBuildIsFresh()) return webDistDir;
  const hash = webSourceHash();
  const started = Date.now();
  log('Building the web app (vite) … กำลังสร้างหน้าเว็บ');
  // Always React's production build, whatever NODE_ENV the calling process has (vitest sets "test",
  // which Vite would otherwise pass on to the bundle).
  await build({
    configFile: path.join(webRoot, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  });
  writeFileSync(path.join(webDistDir, HASH_FILE), hash);
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), webDistDir) || webDistDir}`);
  return webDistDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureWebBuild(console.log, process.argv.includes('--force'));
}
