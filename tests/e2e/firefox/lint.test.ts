import { spawnSync } from 'node:child_process';
import { expect, inject, test } from 'vitest';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

test('Mozilla’s own linter (web-ext lint) finds no error in the built Firefox add-on', () => {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', inject('firefoxExtensionDir'), '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as { errors: LintMessage[]; summary: { errors: number } };
  expect(report.errors.map(({ code, file, message }) => `${code} ${file ?? ''}: ${message}`)).toEqual([]);
  expect(run.status).toBe(0);
});
