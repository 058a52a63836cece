import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtCommand } from '../../lib/cli/build';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plainJpeg = 'tests/fixtures/photos/plain.jpg';
const scratch = mkdtempSync(join(tmpdir(), 'ask-yourself-cli-'));

/** Runs the built command-line checker as a person would (the lib project's global setup builds it), and collects what it printed. */
function check(args: string[], input = '', command: [string, string[]] = [builtCommand('check'), []]) {
  const [file, before] = command;
  const result = spawnSync(file, [...before, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const rulesIn = (out: string) => (JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule);

function policyFile(content: string): string {
  const path = join(scratch, `policy-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, content);
  return path;
}

// Each test starts the command afresh; on a machine shared with other work that can take seconds. Speed is shown by
// `npm run bench`, never by a timeout here.
describe('the command-line checker', { timeout: 30_000 }, () => {
  test('a clean post prints no findings and exits 0', () => {
    const { code, out } = check(['We planted sunflowers today!']);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(code).toBe(0);
  });

  test('npm run check runs the same command, printing only its JSON', () => {
    const { code, out } = check(['Ring Kirsty on 07700 900284'], '', ['npm', ['run', 'check', '--']]);
    expect(rulesIn(out)).toEqual(['contact-details']);
    expect(code).toBe(1);
  });

  test('a post with findings prints each with rule, severity, message and evidence, and exits 1', () => {
    const { code, out } = check(['Ring Kirsty on 07700 900284 about the trip']);
    expect(code).toBe(1);
    const [finding] = (JSON.parse(out) as { findings: Record<string, unknown>[] }).findings;
    expect(finding).toMatchObject({ rule: 'contact-details', severity: 'warn', evidence: { kind: 'text', text: '07700 900284' } });
    expect(finding.message).toMatch(/^Ask yourself/);
  });

  test.each([[['-']], [[]]])('the text can come from standard input (arguments %j)', (args) => {
    expect(rulesIn(check(args, 'Ring Kirsty on 07700 900284').out)).toEqual(['contact-details']);
  });

  test('--image attaches a photo, so a full name counts as named beside a photo', () => {
    const { out } = check(['--image', plainJpeg, 'Congratulations to Priya Raman on her new baby brother']);
    expect(rulesIn(out)).toContain('full-name-with-photo');
    expect(rulesIn(out)).not.toContain('full-name');
  });

  test('a rule the policy turns off is not printed', () => {
    const policy = policyFile('{"version":1,"rules":{"contact-details":"off"}}');
    const { code, out } = check(['--policy', policy, 'Ring Kirsty on 07700 900284']);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(code).toBe(0);
  });

  test.each([
    [['--image', 'no-such-photo.jpg', 'Hello'], /no-such-photo\.jpg: there is no such file/],
    [['--policy', 'no-such-policy.json', 'Hello'], /no-such-policy\.json: there is no such file/],
    [['--platform', 'myspace', 'Hello'], /--platform must be one of facebook, instagram, x/],
    [['--colour', 'Hello'], /Unknown option --colour/],
  ])('bad usage or a missing file exits 2 with a message naming the problem: %j', (args, message) => {
    const { code, out, err } = check(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  test('a policy that fails validation is refused, naming the field', () => {
    const { code, err } = check(['--policy', policyFile('{"version":1,"rules":{"profanity":"sometimes"}}'), 'Hello']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/rules\.profanity/);
    expect(check(['--policy', policyFile('{version: 1'), 'Hello']).err).toMatch(/not valid JSON/);
  });

  test('--jsonl checks many posts in one process and answers line for line, in order', () => {
    const lines = [
      { text: 'Ring 07700 900284', images: [], platform: 'x' },
      { text: 'We planted sunflowers', images: [plainJpeg], platform: 'instagram' },
      { text: 'What a fucking day' },
    ];
    const { code, out } = check(['--jsonl'], lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(out.trim().split('\n').map(rulesIn)).toEqual([['contact-details'], [], ['profanity']]);
    expect(code).toBe(1);
  });

  test('--jsonl answers a broken line with an error line and exits 2, still checking the rest', () => {
    const { code, out, err } = check(['--jsonl'], 'not json\n{"text":"Ring 07700 900284"}\n');
    const [first, second] = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({ error: 'Line 1 is not valid JSON.' });
    expect(rulesIn(JSON.stringify(second))).toEqual(['contact-details']);
    expect(err).toMatch(/Line 1/);
    expect(code).toBe(2);
  });
});
