/**
 * One measured task in a process of its own, so its peak memory is its own:
 * `tsx photo-bench-task.ts exifr|read|clean|nothing FILE` prints
 * {"ms": …, "peakMb": …}. Run by photo-bench.ts.
 */
import { createWriteStream, openAsBlob } from 'node:fs';
import { devNull } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import exifr from 'exifr';
import { removeLocationFromFile } from '../../lib/location-removal/clean-file';
import { fileSource } from '../../lib/photos/node-file-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';

const [task, path] = process.argv.slice(2);
const tasks: Record<string, () => Promise<unknown>> = {
  nothing: async () => undefined,
  exifr: () => exifr.parse(path),
  read: async () => readPhotoSummary(await fileSource(path)),
  // Cleaning includes writing the cleaned file out, as the cleaning command does.
  clean: async () => {
    const result = await removeLocationFromFile(await openAsBlob(path));
    if (result.status !== 'cleaned') throw new Error(`${path} was not cleaned: ${JSON.stringify(result)}`);
    await pipeline(Readable.fromWeb(result.file.stream() as unknown as WebReadableStream<Uint8Array>), createWriteStream(devNull));
  },
};
const started = performance.now();
await tasks[task]();
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
