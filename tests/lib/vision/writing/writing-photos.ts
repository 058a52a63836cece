import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Pixels } from '../../../../lib/vision/pixels';

/** The committed photos with and without writing, made by tests/tools/make-writing-photos.sh. */
export const WRITING_PHOTOS = fileURLToPath(new URL('../../../fixtures/photos/writing/', import.meta.url));

/** A photo's pixels as shown (EXIF orientation applied), decoded by ImageMagick. */
export function photoPixels(name: string): Pixels {
  const path = `${WRITING_PHOTOS}${name}`;
  const [width, height] = execFileSync('/usr/bin/convert', [path, '-auto-orient', '-format', '%w %h', 'info:']).toString().split(' ').map(Number);
  const rgba = execFileSync('/usr/bin/convert', [path, '-auto-orient', '-depth', '8', 'rgba:-'], { maxBuffer: 256 * 1024 * 1024 });
  return { width, height, data: new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length) };
}
