import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileSource } from '../../../lib/photos/node-file-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { FIXTURES, counting, missingTools, run } from './photo-files';

/*
 * Camera-sized files are made here, in a temporary folder, rather than committed.
 * Each is read through a source that counts the bytes asked for: the metadata
 * must be found from a few kilobytes, never by reading the picture.
 */
const missing = missingTools();
const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-large-'));
const gps = ['-GPSLatitude=53.8', '-GPSLatitudeRef=N', '-GPSLongitude=1.55', '-GPSLongitudeRef=W'];
const exiftool = (...args: string[]) => run('exiftool', ['-q', '-overwrite_original', ...args]);
const path = (name: string) => join(dir, name);

async function readCounting(name: string) {
  const source = counting(await fileSource(path(name)));
  return { summary: await readPhotoSummary(source), bytesRead: source.bytesRead(), size: statSync(path(name)).size };
}

describe.skipIf(missing.length > 0)(`large files${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
  beforeAll(() => {
    // Noise does not compress, so these are as big as a phone's photos and videos.
    const noise = (size: string) => `color=c=orange:s=${size},noise=alls=60:allf=u`;
    run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', noise('6000x4000'), '-frames:v', '1', '-q:v', '4', path('24mp.jpg')]);
    exiftool(...gps, '-XMP-dc:Subject=consentgiven', path('24mp.jpg'));
    run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', noise('1280x720'), '-t', '2', '-c:v', 'libx264', '-b:v', '20M',
      '-metadata', 'location=+53.8000-001.5500/', path('moov-last.mp4')]);
    run('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', noise('2000x1500'), '-frames:v', '1', '-q:v', '2', path('noise.jpg')]);
    exiftool(...gps, path('noise.jpg'));
    // ImageMagick writes a PNG's EXIF after the image data, and a TIFF's directory after the image.
    run('/usr/bin/convert', [path('noise.jpg'), path('exif-last.png')]);
    run('/usr/bin/convert', [`${FIXTURES}keywords-iptc.jpg`, '-resize', '3000x2000!', '-compress', 'none', path('directory-last.tif')]);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a 24-megapixel JPEG is read from its first 64 KB (and its last 12 bytes, where an AFCP trailer would be)', async () => {
    const { summary, bytesRead, size } = await readCounting('24mp.jpg');
    expect(summary).toMatchObject({ readable: true, gpsSource: 'EXIF', keywords: ['consentgiven'] });
    expect(size).toBeGreaterThan(5_000_000);
    expect(bytesRead).toBeLessThanOrEqual(64 * 1024 + 12);
  });

  test('a video with its index after the footage is read from its head and the index', async () => {
    const { summary, bytesRead, size } = await readCounting('moov-last.mp4');
    expect(summary).toMatchObject({ readable: true, kind: 'video', gpsSource: '3GPP' });
    expect(size).toBeGreaterThan(1_000_000);
    expect(bytesRead).toBeLessThan(128 * 1024);
  });

  test('a PNG with its EXIF after the image data is read from its head and its end', async () => {
    const { summary, bytesRead, size } = await readCounting('exif-last.png');
    expect(summary).toMatchObject({ readable: true, gpsSource: 'EXIF' });
    expect(size).toBeGreaterThan(2_000_000);
    expect(bytesRead).toBeLessThanOrEqual(128 * 1024);
  });

  test('a TIFF with its directory after the image is read where the directory is', async () => {
    const { summary, bytesRead, size } = await readCounting('directory-last.tif');
    expect(summary).toMatchObject({ readable: true, keywords: ['consentgiven', 'Forest School'] });
    expect(size).toBeGreaterThan(10_000_000);
    expect(bytesRead).toBeLessThan(128 * 1024);
  });
});
