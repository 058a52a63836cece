import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one step of `npm test` counted. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** The parts of vitest's JSON report that the total needs. */
export interface VitestReport {
  numPassedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

/** A step that either worked or did not: the type check, building the commands. */
export const stepTally = (ok: boolean): Tally => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

/**
 * Counts a vitest run. A file that failed with no failing test in it (it did
 * not load, or a hook before or after its tests broke) counts as one failure,
 * and so does a run that exited non-zero with nothing counted against it (an
 * unhandled error, a crash) or that left no report at all: vitest's own totals
 * count only the tests it got as far as running.
 */
export function tallyVitest(report: VitestReport | undefined, exitStatus: number | null): Tally {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  let failed = 0;
  for (const file of report.testResults) {
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed').length;
    failed += file.status === 'failed' ? Math.max(1, failedTests) : failedTests;
  }
  if (exitStatus !== 0 && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

/** The files that failed without a failing test, with the reason vitest gave, for the summary above the total. */
export const unloadedFiles = (report: VitestReport | undefined): string[] =>
  (report?.testResults ?? [])
    .filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'))
    .map((file) => `${file.name}: ${file.message || 'failed outside its tests'}`);

/** Runs vitest with `args` (from the repository's root), with its usual report on screen and its JSON report read back. */
export function runVitest(args: string[], { quiet = false, env = process.env } = {}): { tally: Tally; report?: VitestReport } {
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-tests-'));
  const reportPath = join(dir, 'vitest.json');
  const result = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`, ...args], {
    stdio: quiet ? 'ignore' : 'inherit',
    env,
  });
  let report: VitestReport | undefined;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport;
  } catch {
    report = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  return { tally: tallyVitest(report, result.status), report };
}

/** The closing line, `N passed, N failed`, summing every step. */
export function closingLine(tallies: Tally[]): string {
  const sum = (key: keyof Tally) => tallies.reduce((total, tally) => total + tally[key], 0);
  const skipped = sum('skipped');
  return `${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
