import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closingLine, runVitest, stepTally, tallyVitest, unloadedFiles } from './tally';

/** A tiny vitest set-up of its own, outside the repository, with test files written for the occasion. */
function suiteWith(files: Record<string, string>, config = 'export default { test: { include: ["*.test.mjs"], globals: true } };'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-runner-'));
  made.push(dir);
  writeFileSync(join(dir, 'vitest.config.mjs'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return ['--root', dir, '--config', join(dir, 'vitest.config.mjs')];
}
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PASSES = 'test("adds", () => expect(1 + 1).toBe(2));';

describe('the closing line of npm test', () => {
  test('a test file that throws as it loads counts as failed, beside the tests that passed', () => {
    const { tally, report } = runVitest(
      suiteWith({ 'passes.test.mjs': PASSES, 'broken.test.mjs': 'throw new Error("cannot load");\ntest("never runs", () => {});' }),
      { quiet: true },
    );
    expect(closingLine([tally])).toBe('1 passed, 1 failed');
    expect(unloadedFiles(report)).toEqual([expect.stringMatching(/broken\.test\.mjs: cannot load/)]);
  }, 60_000);

  test('a hook that breaks after every test passed counts as failed', () => {
    const { tally } = runVitest(suiteWith({ 'hook.test.mjs': `${PASSES}\nafterAll(() => { throw new Error("teardown broke"); });` }), { quiet: true });
    expect(closingLine([tally])).toBe('1 passed, 1 failed');
  }, 60_000);

  test('a vitest that cannot start at all counts as failed', () => {
    const { tally } = runVitest(suiteWith({ 'passes.test.mjs': PASSES }, 'throw new Error("broken config");'), { quiet: true });
    expect(tally.failed).toBeGreaterThanOrEqual(1);
    expect(closingLine([stepTally(true), tally])).toMatch(/^1 passed, [1-9]\d* failed$/);
  }, 60_000);

  test('failed tests count one each, and the type check counts as one', () => {
    const report = {
      numPassedTests: 3,
      numPendingTests: 1,
      numTodoTests: 0,
      testResults: [
        { name: 'a.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'failed' }, { status: 'passed' }] },
        { name: 'b.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'skipped' }] },
      ],
    };
    expect(closingLine([stepTally(false), tallyVitest(report, 1)])).toBe('3 passed, 3 failed, 1 skipped');
    expect(closingLine([stepTally(true), tallyVitest(undefined, null)])).toBe('1 passed, 1 failed');
  });
});
