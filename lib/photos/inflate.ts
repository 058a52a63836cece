import { concat } from './binary';
import { PROBLEM, Unreadable } from './problems';

/** A compressed text chunk may not grow past this: XMP and EXIF are kilobytes, not megabytes. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024;

/** Inflates zlib data (PNG's compressed text), with the platform's own DecompressionStream in the browser and in Node. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_INFLATED_BYTES) {
      await reader.cancel();
      throw new Unreadable(PROBLEM.tooLarge);
    }
    parts.push(value);
  }
  return concat(parts);
}
