import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fileSource } from '../../../lib/photos/node-file-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { FIXTURES, missingTools, run } from './photo-files';

const missing = missingTools();
const out = mkdtempSync(join(tmpdir(), 'ask-yourself-photos-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// The faces and writing photos have folders of their own, made by their own scripts.
const photosIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'make-photos.sh')
    .map((entry) => entry.name)
    .sort();
const summaryOf = async (dir: string, file: string) => readPhotoSummary(await fileSource(join(dir, file)));

// The committed files are what the other tests read; this keeps them and the script that made them in step.
describe.skipIf(missing.length > 0)(`make-photos.sh${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
  test('makes the committed files again, which read the same', async () => {
    run('bash', [join(FIXTURES, 'make-photos.sh'), out]);
    expect(photosIn(out)).toEqual(photosIn(FIXTURES));
    for (const file of photosIn(FIXTURES)) {
      expect(await summaryOf(out, file), file).toEqual(await summaryOf(FIXTURES, file));
    }
  }, 120_000);
});
