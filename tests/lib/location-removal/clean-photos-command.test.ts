import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { exiftoolTags, isLocationTag, toolWorks } from './inspect-media';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/location');
const hasExiftool = toolWorks('exiftool', ['-ver']);

/** Runs the cleaning command as a person would, through npm's script. */
function cleanPhotos(args: string[]) {
  const result = spawnSync('npm', ['run', 'clean-photos', '--', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'ask-yourself-clean-'));

describe('npm run clean-photos', { timeout: 120_000 }, () => {
  test('writes location-free copies, says per file what went, and leaves the originals alone (exit 1)', () => {
    const out = join(scratch(), 'for-the-website');
    const originals = ['gps.jpg', 'place-names.jpg', 'no-gps.jpg'].map((file) => join(fixtures, file));
    const before = originals.map((path) => readFileSync(path));
    const { code, out: said, err } = cleanPhotos([...originals, '--out', out]);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(said).toContain(`gps.jpg: removed GPS in EXIF, GPS in XMP, written to ${join(out, 'gps.jpg')}.`);
    expect(said).toContain('place-names.jpg: removed place name in IPTC, place name in XMP');
    expect(said).toContain(`no-gps.jpg: no location found, copied unchanged to ${join(out, 'no-gps.jpg')}.`);
    originals.forEach((path, i) => expect(readFileSync(path).equals(before[i])).toBe(true));
    expect(new Uint8Array(readFileSync(join(out, 'gps.jpg')))).toEqual(
      (removeLocation(new Uint8Array(before[0]), 'gps.jpg') as { bytes: Uint8Array }).bytes,
    );
    expect(readFileSync(join(out, 'no-gps.jpg')).equals(before[2])).toBe(true);
    if (hasExiftool) for (const file of ['gps.jpg', 'place-names.jpg']) expect(Object.keys(exiftoolTags(join(out, file))).filter(isLocationTag)).toEqual([]);
  });

  test('refuses with a one-line reason what it cannot clean, and still cleans the rest (exit 2)', () => {
    const dir = scratch();
    const missing = join(dir, 'missing.jpg');
    const { code, out: said, err } = cleanPhotos([join(fixtures, 'bigtiff.tif'), missing, join(fixtures, 'gps.webp'), '--out', join(dir, 'out')]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toEqual([
      `${join(fixtures, 'bigtiff.tif')}: not cleaned: It is a BigTIFF file, which cannot be checked for a location or cleaned of one.`,
      `${missing}: not cleaned: there is no such file.`,
    ]);
    expect(said).toContain('gps.webp: removed GPS in EXIF, GPS in XMP');
    expect(existsSync(join(dir, 'out', 'bigtiff.tif'))).toBe(false);
  });

  test('never writes over an original unless asked; --in-place does, and a second run finds nothing (exit 0)', () => {
    const dir = scratch();
    const photo = join(dir, 'sports-day.heic');
    copyFileSync(join(fixtures, 'gps.heic'), photo);
    const original = readFileSync(photo);
    const refused = cleanPhotos([photo, '--out', dir]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/the original is never overwritten/);
    expect(readFileSync(photo).equals(original)).toBe(true);

    expect(cleanPhotos([photo, '--in-place'])).toMatchObject({ code: 1, out: `${photo}: removed GPS in EXIF, GPS in XMP.\n` });
    expect(readFileSync(photo).length).toBe(original.length);
    expect(cleanPhotos([photo, '--in-place'])).toMatchObject({ code: 0, out: `${photo}: no location found, left as it was.\n` });
  });

  test('a long video is cleaned from its metadata boxes, the footage copied as it is', () => {
    // gps-keys.mov with 80 MB of free space after it: past the size at which only the boxes are read.
    const dir = scratch();
    const video = join(dir, 'long.mov');
    copyFileSync(join(fixtures, 'gps-keys.mov'), video);
    const padding = 80 * 1024 * 1024;
    const fd = openSync(video, 'a');
    const header = Buffer.alloc(8);
    header.writeUInt32BE(padding);
    header.write('free', 4, 'latin1');
    writeSync(fd, header);
    for (let left = padding - 8; left > 0; left -= 1024 * 1024) writeSync(fd, Buffer.alloc(Math.min(left, 1024 * 1024)));
    closeSync(fd);
    const { code } = cleanPhotos([video, '--out', join(dir, 'out')]);
    expect(code).toBe(1);
    const whole = new Uint8Array(readFileSync(video));
    const expected = (removeLocation(whole, 'long.mov') as { bytes: Uint8Array }).bytes;
    // Buffer.equals, not toEqual: a deep comparison of 80 million elements would take minutes.
    expect(readFileSync(join(dir, 'out', 'long.mov')).equals(expected)).toBe(true);
  });

  test('bad usage says how to use it (exit 2)', () => {
    const { code, err } = cleanPhotos([join(fixtures, 'gps.jpg')]);
    expect(code).toBe(2);
    expect(err).toContain('Give either --out FOLDER for cleaned copies, or --in-place');
    expect(err).toContain('Usage: npm run clean-photos -- FILE... (--out DIR | --in-place)');
  });
});
