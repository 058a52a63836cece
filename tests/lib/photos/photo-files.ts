import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fileSource } from '../../../lib/photos/node-file-source';
import type { PhotoSource } from '../../../lib/photos/photo-source';

/** The committed photos and videos, made by make-photos.sh in the same folder. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/photos/', import.meta.url));

export const fixture = (name: string): Promise<PhotoSource> => fileSource(`${FIXTURES}${name}`);

/** A source that counts the bytes asked of it, to show how little of a file is read. */
export function counting(source: PhotoSource): PhotoSource & { bytesRead: () => number; reads: () => number } {
  let bytes = 0;
  let reads = 0;
  return {
    ...source,
    read(start, end) {
      reads += 1;
      bytes += Math.min(end, source.size) - start;
      return source.read(start, end);
    },
    bytesRead: () => bytes,
    reads: () => reads,
  };
}

/** The tools make-photos.sh needs; tests that make files skip, saying which is missing, without them. */
const TOOLS = ['exiftool', '/usr/bin/convert', 'heif-enc', 'cwebp', 'ffmpeg'];

export function missingTools(): string[] {
  return TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

/** Runs a command, failing the test with its own error output when it fails. */
export function run(command: string, args: string[], cwd?: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
}
