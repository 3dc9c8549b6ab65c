#!/usr/bin/env node
// The README's commands start here, with nothing but Node 20 and npm on the machine:
// install the workspace with a pinned pnpm (through npx) when needed, then run the task.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = 'pnpm@10.34.9';
const root = fileURLToPath(new URL('..', import.meta.url));
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

const task = process.argv[2];
ensureInstalled();
if (task === 'start') {
  process.exit(run(bin('tsx'), ['infra/src/start.ts']));
} else if (task === 'generate') {
  process.exit(run(bin('tsx'), ['schema/src/generate.ts']));
} else if (task === 'test') {
  const { runTests } = await import('./run-tests.mjs');
  process.exit(runTests({ root, run, bin, pnpm }));
} else {
  console.error('usage: node infra/bootstrap.mjs start|test|generate');
  process.exit(2);
}
