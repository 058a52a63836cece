import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtCommand } from '../../lib/cli/build';

const root = fileURLToPath(new URL('../../', import.meta.url));
const photo = (name: string) => `tests/fixtures/photos/writing/${name}`;
const policyPath = join(mkdtempSync(join(tmpdir(), 'ask-yourself-ocr-')), 'policy.json');
writeFileSync(
  policyPath,
  JSON.stringify({
    version: 1,
    settingName: 'Little Acorns',
    roster: [
      { name: 'Amelia Hughes', socialMediaConsent: false },
      { name: 'Noah Kowalski', socialMediaConsent: true },
    ],
  }),
);

interface Printed {
  findings: { rule: string; severity: string; evidence: { kind: string; file?: string; found?: string } }[];
}

function check(args: string[], input = '') {
  const result = spawnSync(builtCommand('check'), args, { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, signal: result.signal, out: result.stdout, err: result.stderr };
}

const fromPhotos = ({ findings }: Printed) =>
  findings.filter((f) => f.evidence.kind === 'photo').map((f) => [f.rule, f.evidence.found]);

// Starting the OCR engine takes seconds on a busy 2-core machine; speed is shown by `npm run bench`.
describe('the command-line checker reads the writing in --image photos', { timeout: 150_000 }, () => {
  test('a roster child named on a coat peg, with no consent, blocks the post and names the photo and the words', () => {
    const { code, out } = check(['--policy', policyPath, '--image', photo('coat-peg.jpg'), 'Coats on for forest school']);
    const printed = JSON.parse(out) as Printed;
    expect(fromPhotos(printed)).toEqual([['named-child-without-consent', "in coat-peg.jpg: 'Amelia'"]]);
    expect(printed.findings[0].severity).toBe('block');
    expect(code).toBe(1);
  });

  test('--jsonl reads many posts\' photos with one engine, answers line for line and then ends', () => {
    const lines = [
      { text: 'Star of the week!', images: [photo('certificate.jpg')] },
      { text: 'A lovely party', images: [photo('birthday-cake.jpg'), photo('welcome-sign.jpg')] },
      { text: 'Lunch time', images: [photo('lunchbox-turned.jpg')] },
      { text: 'Out in the garden', images: [photo('garden-no-writing.jpg'), photo('paint-table-no-writing.jpg')] },
      { text: 'Ring 07700 900284' },
    ];
    const { code, signal, out } = check(['--policy', policyPath, '--jsonl'], lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(signal).toBeNull();
    const results = out.trim().split('\n').map((line) => JSON.parse(line) as Printed);
    expect(results.map(fromPhotos)).toEqual([
      [['full-name-with-photo', "in certificate.jpg: 'Oliver Bennett'"]],
      [],
      [
        ['full-name-with-photo', "in lunchbox-turned.jpg: 'Noah Kowalski'"],
        ['child-named-with-photo', "in lunchbox-turned.jpg: 'Noah Kowalski'"],
      ],
      [],
      [],
    ]);
    expect(results[4].findings.map((f) => f.rule)).toEqual(['contact-details']);
    expect(code).toBe(1);
  });

  test('with faces: ask, faces are looked for too, and the writing is still read', () => {
    const facesPolicy = join(mkdtempSync(join(tmpdir(), 'ask-yourself-faces-')), 'policy.json');
    writeFileSync(facesPolicy, JSON.stringify({ version: 1, faces: 'ask' }));
    const lines = [
      { text: 'Story time', images: ['tests/fixtures/photos/faces/face-close-up.jpg'] },
      { text: 'Star of the week!', images: [photo('certificate.jpg')] },
    ];
    const { out } = check(['--policy', facesPolicy, '--jsonl'], lines.map((line) => JSON.stringify(line)).join('\n'));
    const [story, star] = out.trim().split('\n').map((line) => JSON.parse(line) as Printed);
    expect(story.findings.map((f) => [f.rule, f.evidence.file])).toEqual([['identifiable-face', 'face-close-up.jpg']]);
    expect(fromPhotos(star)).toEqual([['full-name-with-photo', "in certificate.jpg: 'Oliver Bennett'"]]);
  });

  test('with faces: ask, a video showing a face is reported unchecked in plain words, never passed: the command line cannot play it', () => {
    const facesPolicy = join(mkdtempSync(join(tmpdir(), 'ask-yourself-faces-')), 'policy.json');
    writeFileSync(facesPolicy, JSON.stringify({ version: 1, faces: 'ask' }));
    const { code, out } = check(['--policy', facesPolicy, '--image', 'tests/fixtures/photos/faces/video-face.mp4', 'Bubbles in the garden']);
    const [finding, ...others] = (JSON.parse(out) as Printed & { findings: { message: string }[] }).findings;
    expect(others).toEqual([]);
    expect([finding.rule, finding.severity, finding.evidence]).toEqual([
      'photo-unchecked',
      'warn',
      { kind: 'photo', file: 'video-face.mp4', found: 'could not be looked at: the command line cannot play videos, so it could not look for faces in its opening frames' },
    ]);
    expect(finding.message).toContain(
      'Ask yourself: have you looked at “video-face.mp4” yourself? Ask Yourself could not look at the picture (the command line cannot play videos, so it could not look for faces in its opening frames), so it could not check it for faces or for names and other writing in it.',
    );
    expect(code).toBe(1);
  });

  test('a photo whose picture cannot be decoded is reported unchecked with the reason, never passed', () => {
    // Its metadata reads, but the picture stops part way through.
    const cutShort = join(mkdtempSync(join(tmpdir(), 'ask-yourself-cut-')), 'cut-short.jpg');
    writeFileSync(cutShort, readFileSync(join(root, 'tests/fixtures/photos/faces/face-close-up.jpg')).subarray(0, 20_000));
    const { code, out } = check(['--image', cutShort, 'Our day']);
    expect(fromPhotos(JSON.parse(out) as Printed)).toEqual([
      ['photo-unchecked', 'could not be looked at: it could not be opened'],
    ]);
    expect(code).toBe(1);
  });

  test('a HEIC, as an iPhone saves a photo, is looked at like any other photo, not reported unchecked', () => {
    const { code, out } = check(['--image', 'tests/fixtures/photos/plain.heic', 'Our day']);
    expect(fromPhotos(JSON.parse(out) as Printed)).toEqual([]);
    expect(code).toBe(0);
  });
});
