#!/usr/bin/env node
// The README's commands start here, with nothing but Node 20 and npm on the machine:
// install the workspace with a pinned pnpm (through npx) when needed, then run the task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The pnpm release pinned once, in package.json's packageManager field (what Corepack reads too).
const PNPM = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const marker = path.join(root, 'node_modules', '.sesao28-installed');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpm(args) {
  return run('npx', ['-y', PNPM, ...args]);
}

/** Installs when node_modules is missing or older than the lockfile. */
function ensureInstalled() {
  const lock = path.join(root, 'pnpm-lock.yaml');
  const fresh = existsSync(marker) && readFileSync(marker, 'utf8') === String(statSync(lock).mtimeMs);
  if (fresh) return;
  console.log('Installing dependencies (pnpm, from the lockfile) … กำลังติดตั้ง');
  if (pnpm(['install', '--frozen-lockfile']) !== 0) {
    console.error('Installing dependencies failed; see the messages above.');
    process.exit(1);
  }
  writeFileSync(marker, String(statSync(lock).mtimeMs));
}

/** Builds the web app the gateway serves at `/` when its build is missing or older than its sources. */
function ensureWebBuilt() {
  if (run(bin('tsx'), ['gateway/web/build.ts']) !== 0) {
    console.error('Building the web app failed; see the messages above.');
    process.exit(1);
  }
}

const task = process.argv[2];
ensureInstalled();
if (task === 'start') {
  ensureWebBuilt();
  process.exit(run(bin('tsx'), ['infra/src/start.ts']));
} else if (task === 'generate') {
  process.exit(run(bin('tsx'), ['schema/src/generate.ts']));
} else if (task === 'bench') {
  process.exit(run(bin('tsx'), ['infra/src/bench/run.ts']));
} else if (task === 'keys') {
  process.exit(run(bin('tsx'), ['infra/src/keys.ts', ...process.argv.slice(3)]));
} else if (task === 'schema:check') {
  process.exit(run(bin('tsx'), ['schema/src/check.ts']));
} else if (task === 'new-unit') {
  // Writes the unit's folder and runs the generator; then links the new workspace package.
  const status = run(bin('tsx'), ['schema/src/scaffold.ts', ...process.argv.slice(3)]);
  if (status !== 0) process.exit(status);
  const installed = pnpm(['install']);
  if (installed === 0) writeFileSync(marker, String(statSync(path.join(root, 'pnpm-lock.yaml')).mtimeMs));
  process.exit(installed);
} else if (task === 'test') {
  const tier = process.argv[3];
  // The pages are built for the tiers that serve them (the whole suite, browser, e2e's web-app checks).
  if (tier === undefined || tier === 'browser' || tier === 'e2e') ensureWebBuilt();
  const { runTests } = await import('./run-tests.mjs');
  process.exit(runTests({ root, run, bin, pnpm }, tier));
} else {
  console.error('usage: node infra/bootstrap.mjs start|test|generate|bench|keys|schema:check|new-unit');
  process.exit(2);
}
