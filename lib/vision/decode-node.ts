/**
 * Node's way to turn a photo's bytes into Pixels (the browser's is
 * createImageBitmap): sharp, whose prebuilt libvips decodes JPEG, PNG, WebP,
 * GIF, TIFF and AVIF, turns the picture upright by its EXIF orientation and
 * shrinks JPEGs while decoding, so a 12 MP photo costs little. Used by the
 * command-line checker and the tests; never bundled into the extension.
 */
import sharp from 'sharp';
import type { Pixels } from './pixels';

/**
 * The picture as shown (orientation applied), scaled down so its longest side
 * is at most `longestSide`; never scaled up. Rejects with sharp's reason when
 * the bytes are not a picture it can decode (a HEIC from an iPhone among them:
 * the prebuilt libvips has no HEVC decoder).
 */
export async function decodePixels(bytes: Uint8Array, longestSide: number): Promise<Pixels> {
  const { data, info } = await sharp(bytes, { failOn: 'error' })
    .rotate()
    .resize({ width: longestSide, height: longestSide, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}
