// `npm test`: typecheck, the schema check, the whole vitest suite on a throwaway real PostgreSQL, and one
// unit's tests alone (proving a unit needs none of the other eight); `npm test -- <tier>` runs one
// tier's tests only (infra/test-tiers.mjs). Ends with one plain "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { filesOfTier, TIERS } from './test-tiers.mjs';

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A run that failed without a failing test (a file that did not load) still counts as one failure.
  return { passed: report.numPassedTests, failed: report.numFailedTests || (report.success ? 0 : 1) };
}

/** One tier's files through vitest (the same projects and settings as the whole suite). */
function runTier({ root, run, bin }, tier, out) {
  const files = filesOfTier(root, tier);
  console.log(`\n== Tier ${tier}: ${files.length} test files`);
  const file = path.join(out, `${tier}.json`);
  run(bin('vitest'), ['run', '--configLoader', 'runner', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...files], {
    env: { ...process.env, TEST_TIER: tier },
  });
  const { passed, failed } = vitestCounts(file);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

export function runTests({ root, run, bin, pnpm }, tier) {
  const out = path.join(root, '.test-results');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (tier !== undefined) {
    if (!TIERS.includes(tier)) {
      console.error(`Unknown tier "${tier}": one of ${TIERS.join(', ')} (or none for the whole suite) / ไม่รู้จักชุดทดสอบนี้`);
      return 2;
    }
    return runTier({ root, run, bin }, tier, out);
  }
  let passed = 0;
  let failed = 0;
  const check = (name, ok) => {
    console.log(`${ok ? '✓' : '✗'} ${name}`);
    if (ok) passed++;
    else failed++;
  };

  console.log('\n== Typecheck (tsc -b)');
  check('typecheck', run(bin('tsc'), ['-b']) === 0);

  console.log('\n== Lint (eslint)');
  check('lint', run(bin('eslint'), ['.']) === 0);

  console.log('\n== Format (prettier --check; `npm run format` rewrites)');
  check('format', run(bin('prettier'), ['--check', '--log-level', 'warn', '**/*.{ts,tsx,mjs,js}']) === 0);

  console.log('\n== Import cycles (dpdm, type imports included)');
  check(
    'no import cycles',
    run(bin('dpdm'), [
      '--no-tree',
      '--no-warning',
      '--exit-code',
      'circular:1',
      'services/*/src/**/*.ts',
      'gateway/src/**/*.ts',
      'gateway/web/src/**/*.{ts,tsx}',
      'schema/src/**/*.ts',
      'infra/src/**/*.ts',
      'tests/**/*.ts',
    ]) === 0,
  );

  console.log('\n== Schema check (npm run schema:check)');
  check('schema check', run(bin('tsx'), ['schema/src/check.ts']) === 0);

  console.log('\n== Test suite (vitest, real PostgreSQL, headless Chromium)');
  const suiteFile = path.join(out, 'suite.json');
  run(bin('vitest'), ['run', '--configLoader', 'runner', '--reporter=default', '--reporter=json', `--outputFile.json=${suiteFile}`]);
  const suite = vitestCounts(suiteFile);
  passed += suite.passed;
  failed += suite.failed;

  console.log('\n== One unit alone (pnpm --filter @sesao28/unit-internal-audit test)');
  const unitFile = path.join(out, 'unit-alone.json');
  pnpm([
    '--filter',
    '@sesao28/unit-internal-audit',
    'exec',
    'vitest',
    'run',
    '--configLoader',
    'runner',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitFile}`,
  ]);
  const alone = vitestCounts(unitFile);
  passed += alone.passed;
  failed += alone.failed;

  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
