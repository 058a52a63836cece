import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import { fileSource } from '../../lib/photos/node-file-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { measurePair, row } from './measure';

/** A 24-megapixel JPEG with GPS and keywords, made once with ImageMagick and exiftool and cached in the temp folder. */
export function bigJpeg(): string | undefined {
  const dir = join(tmpdir(), 'ask-yourself-bench');
  const path = join(dir, 'camera-24mp.jpg');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('/usr/bin/convert', ['-size', '6000x4000', 'plasma:', '-quality', '90', path]);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=53.8', '-GPSLatitudeRef=N', '-GPSLongitude=1.55',
      '-GPSLongitudeRef=W', '-Keywords=#consentgiven', '-Make=Bench', '-Model=Camera', path]);
    return path;
  } catch {
    return undefined;
  }
}

/** Reading one photo's metadata beside one bare exifr read of the same file. */
export async function benchPhotos(): Promise<string[]> {
  const path = bigJpeg();
  if (!path) return ['Photos: skipped (needs ImageMagick and exiftool: apt-get install imagemagick libimage-exiftool-perl).'];
  const [floor, ours] = await measurePair(() => exifr.parse(path), async () => readPhotoSummary(await fileSource(path)), 400);
  return [
    'Photos, per photo (24-megapixel JPEG with location and keywords):',
    row('bare exifr read', floor),
    row('Ask Yourself metadata check', ours, floor),
  ];
}
