/**
 * `npm test`: the type check, then every vitest project (the checker, the
 * components, and the extension in real Chromium), ending with one line that
 * totals them all, so a run that tested nothing shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-tests-'));
const report = join(dir, 'vitest.json');
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const typecheckFailed = run('npx', ['tsc', '--noEmit', '-p', '.']) === 0 ? 0 : 1;
if (typecheckFailed) console.error('The type check failed (see above).');

const vitestStatus = run('npx', [
  'vitest', 'run', '--config', 'tests/vitest.config.ts',
  '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = typecheckFailed ? 0 : 1;
let failed = typecheckFailed;
let skipped = 0;
try {
  const totals = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  passed += totals.numPassedTests;
  failed += totals.numFailedTests + (vitestStatus !== 0 && totals.numFailedTests === 0 ? Math.max(1, totals.numFailedTestSuites) : 0);
  skipped += totals.numPendingTests + totals.numTodoTests;
} catch {
  console.error('Vitest did not finish, so its tests count as failed.');
  failed += 1;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
