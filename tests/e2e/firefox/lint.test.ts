import { spawnSync } from 'node:child_process';
import { expect, inject, test } from 'vitest';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

// The linter reads every file of a 22 MB add-on (the models and OCR data): about 30 s of CPU, far longer on a busy machine.
const LINT_MS = 170_000;

test('Mozilla’s own linter (web-ext lint) finds no error in the built Firefox add-on', () => {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', inject('firefoxExtensionDir'), '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    timeout: LINT_MS,
  });
  const report = JSON.parse(run.stdout) as { errors: LintMessage[]; summary: { errors: number } };
  expect(report.errors.map(({ code, file, message }) => `${code} ${file ?? ''}: ${message}`)).toEqual([]);
  expect(run.status).toBe(0);
}, LINT_MS + 10_000);
