// The suite in tiers, so a change is checked at the speed it needs: `npm test -- fast` (no database,
// seconds), `database` (each unit and the kit's parts on a real PostgreSQL), `e2e` (the whole
// federation over HTTP), `browser` (real Chromium), `slow` (processes killed, outages, replicas).
// `npm test` runs them all. A file's tier comes from where it lives and what it starts: one that
// starts a database is never fast (and the fast tier has no PostgreSQL, so one placed wrongly fails).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const TIERS = ['fast', 'database', 'e2e', 'browser', 'slow'];

/** Whole-system tests that stop processes, cut the database off or run replicas: minutes, not seconds. */
const SLOW = new Set(['tests/e2e/failure.test.ts', 'tests/e2e/supervisor.test.ts', 'tests/e2e/replicas.test.ts']);

/** What a test file calls to get a real PostgreSQL (the kit's testing helpers and the stack's). */
const STARTS_A_DATABASE = /\b(startTestUnit|startTestStack|createTestDatabase|describeUnitContract|describeKitBehaviour)\b/;

const SKIPPED = new Set(['node_modules', 'dist', '.git', '.test-results', '__generated__']);

function testFiles(root, dir = '') {
  const files = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...testFiles(root, relative));
    else if (/\.test\.tsx?$/.test(entry.name)) files.push(relative);
  }
  return files;
}

export function tierOf(file, source) {
  if (file.startsWith('tests/browser/')) return 'browser';
  if (SLOW.has(file)) return 'slow';
  if (file.startsWith('tests/e2e/')) return 'e2e';
  return STARTS_A_DATABASE.test(source) ? 'database' : 'fast';
}

/** The test files of one tier, relative to the root. */
export function filesOfTier(root, tier) {
  return testFiles(root)
    .filter((file) => tierOf(file, readFileSync(path.join(root, file), 'utf8')) === tier)
    .sort();
}
