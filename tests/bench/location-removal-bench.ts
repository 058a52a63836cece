import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeLocation } from '../../lib/location-removal/remove-location';
import { measurePair, row } from './measure';
import { bigJpeg } from './photo-bench';

/**
 * A 50 MB phone video, iPhone style (the location among QuickTime's mdta keys,
 * the movie box first), made once with ffmpeg and kept in the temp folder.
 */
function bigVideo(): string | undefined {
  const dir = join(tmpdir(), 'ask-yourself-bench');
  const path = join(dir, 'phone-50mb.mov');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30:duration=22', '-f', 'lavfi', '-i',
      'sine=frequency=440:duration=22', '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '20M', '-minrate', '20M', '-maxrate', '20M',
      '-bufsize', '4M', '-c:a', 'aac', '-shortest', '-movflags', 'use_metadata_tags+faststart',
      '-metadata', 'com.apple.quicktime.location.ISO6709=+53.8008-001.5491+042.000/', '-metadata', 'com.apple.quicktime.keywords=consentgiven', path]);
    return path;
  } catch {
    return undefined;
  }
}

// As the page does: the file's bytes read once into memory, then cleaned into one copy.
const read = async (path: string) => new Uint8Array(await readFile(path));

async function timeCleaning(label: string, path: string, runs: number): Promise<string[]> {
  const [floor, ours] = await measurePair(
    () => read(path),
    async () => {
      if (removeLocation(await read(path), path).status !== 'cleaned') throw new Error(`${path} was not cleaned`);
    },
    runs,
  );
  return [`  ${label}:`, row('  read the file once', floor), row('  read it and remove the location', ours, floor)];
}

/** Removing the location from a big photo and a long video, each beside reading the same file once. */
export async function benchLocationRemoval(): Promise<string[]> {
  const jpeg = bigJpeg();
  const video = bigVideo();
  const lines = ['Location removal, per file attached (on the device, no re-encoding):'];
  if (jpeg) lines.push(...(await timeCleaning('24-megapixel JPEG with GPS in EXIF', jpeg, 100)));
  else lines.push('  24-megapixel JPEG: skipped (needs ImageMagick and exiftool: apt-get install imagemagick libimage-exiftool-perl).');
  if (video) lines.push(...(await timeCleaning('50 MB MOV video with its location in QuickTime keys', video, 40)));
  else lines.push('  50 MB video: skipped (needs ffmpeg: apt-get install ffmpeg).');
  return lines;
}
