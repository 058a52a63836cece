import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { removeLocation } from '../../lib/location-removal/remove-location';
import { blobSource } from '../../lib/photos/photo-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { craftedFiles } from '../lib/photos/crafted-files';
import { ms } from './measure';

const dir = join(tmpdir(), 'ask-yourself-bench');
const gps = ['-GPSLatitude=53.8', '-GPSLatitudeRef=N', '-GPSLongitude=1.55', '-GPSLongitudeRef=W', '-Keywords=#consentgiven'];

/** Makes a file once with the given command and caches it in the temp folder. */
function cached(name: string, make: (path: string) => void): string | undefined {
  const path = join(dir, name);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  try {
    make(path);
    return path;
  } catch {
    return undefined;
  }
}

/** A camera-sized JPEG with GPS and keywords; noise does not compress, so it is as big as a phone's. */
const jpeg = (megapixels: number, size: string) =>
  cached(`camera-${megapixels}mp.jpg`, (path) => {
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=orange:s=${size},noise=alls=40:allf=u`, '-frames:v', '1', '-q:v', '3', path]);
    execFileSync('exiftool', ['-q', '-overwrite_original', ...gps, path]);
  });

export const bigJpeg = () => jpeg(24, '6000x4000');

/**
 * A 4K phone video of about 500 MB, iPhone style (location among the mdta keys, and a timed location track
 * whose samples follow the footage, movie box last): two seconds encoded, then looped without re-encoding.
 */
const bigVideo = () =>
  cached('phone-4k-500mb-timed.mov', (path) => {
    const clip = join(dir, 'clip-4k.mov');
    const looped = join(dir, 'phone-4k-500mb-untimed.mov');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=3840x2160:rate=30:duration=2', '-c:v', 'libx264',
      '-preset', 'ultrafast', '-b:v', '200M', '-minrate', '200M', '-maxrate', '200M', '-bufsize', '50M', clip]);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-stream_loop', '13', '-i', clip, '-c', 'copy', '-movflags', 'use_metadata_tags',
      '-metadata', 'com.apple.quicktime.location.ISO6709=+53.8008-001.5491+042.000/', looped]);
    execFileSync(process.execPath, [addTimedLocation, looped, path]);
    rmSync(looped);
  });

const task = fileURLToPath(new URL('photo-bench-task.ts', import.meta.url));
const addTimedLocation = fileURLToPath(new URL('../fixtures/location/add-timed-location.mjs', import.meta.url));

/** One task in a fresh process: its time, and its peak memory above an idle process's. */
function measure(name: string, path: string): { ms: number; peakMb: number } {
  const run = (which: string) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', task, which, path], { encoding: 'utf8' })) as { ms: number; peakMb: number };
  const idle = run('nothing');
  const runs = [run(name), run(name), run(name)].sort((a, b) => a.ms - b.ms);
  return { ms: runs[1].ms, peakMb: Math.max(...runs.map((r) => r.peakMb)) - idle.peakMb };
}

const line = (label: string, { ms: time, peakMb }: { ms: number; peakMb: number }) =>
  `    ${label.padEnd(34)} ${ms(time).padStart(10)}   peak memory +${peakMb.toFixed(0)} MB`;

/** Reading and cleaning big files, each beside a bare exifr read, and the worst time for a crafted file. */
export async function benchPhotos(): Promise<string[]> {
  const lines = ['Photos and videos, median of 3 runs each in a fresh process (memory above an idle process):'];
  const files = [
    ['24-megapixel JPEG', bigJpeg()],
    ['50-megapixel JPEG', jpeg(50, '8660x5775')],
    ['4K video with location keys and a timed location track', bigVideo()],
  ] as const;
  for (const [label, path] of files) {
    if (!path) {
      lines.push(`  ${label}: skipped (needs ffmpeg and exiftool).`);
      continue;
    }
    lines.push(`  ${label} (${(statSync(path).size / 1024 / 1024).toFixed(0)} MB):`);
    if (!path.endsWith('.mov')) lines.push(line('bare exifr read', measure('exifr', path)));
    lines.push(line('Ask Yourself read (check)', measure('read', path)));
    lines.push(line('Ask Yourself clean (and write out)', measure('clean', path)));
  }
  let worst = { name: '', read: 0, clean: 0 };
  for (const { name, bytes } of craftedFiles()) {
    const times = { read: Infinity, clean: Infinity };
    for (let run = 0; run < 5; run++) {
      let started = performance.now();
      await readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), name));
      times.read = Math.min(times.read, performance.now() - started);
      started = performance.now();
      removeLocation(bytes, name);
      times.clean = Math.min(times.clean, performance.now() - started);
    }
    if (times.read + times.clean > worst.read + worst.clean) worst = { name, ...times };
  }
  lines.push(`  Crafted files of the security review (${craftedFiles().length}), the worst: ${worst.name}, read ${ms(worst.read)}, clean ${ms(worst.clean)}`);
  return lines;
}
