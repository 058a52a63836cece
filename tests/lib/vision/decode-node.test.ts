import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodePixels } from '../../../lib/vision/decode-node';
import { FACE_FIXTURES } from './faces/face-photos';

describe('decoding a photo in Node', () => {
  test('a photo stored sideways comes out upright, by its EXIF orientation', async () => {
    // The file's pixels are 728 wide and 1000 high; orientation 6 shows them 1000 wide.
    const pixels = await decodePixels(readFileSync(`${FACE_FIXTURES}faces-sideways-exif.jpg`), 4000);
    expect([pixels.width, pixels.height]).toEqual([1000, 728]);
    expect(pixels.data.length).toBe(1000 * 728 * 4);
  });

  test('the longest side is capped, the shape kept, and a small photo never enlarged', async () => {
    const capped = await decodePixels(readFileSync(`${FACE_FIXTURES}no-face-garden.jpg`), 400);
    expect([capped.width, capped.height]).toEqual([400, 300]);
    const small = await decodePixels(readFileSync(`${FACE_FIXTURES}face-close-up.jpg`), 4000);
    expect(small.width).toBe(600);
  });

  test('bytes that are not a picture are refused', async () => {
    await expect(decodePixels(new TextEncoder().encode('not a photo at all'), 800)).rejects.toThrow();
    await expect(decodePixels(readFileSync(`${FACE_FIXTURES}no-face-garden.jpg`).subarray(0, 2000), 800)).rejects.toThrow();
  });
});

describe('a HEIC, which sharp\'s own libvips cannot decode', () => {
  test('is decoded by libheif, whole and in proportion, its longest side capped', async () => {
    const whole = await decodePixels(readFileSync(`${FACE_FIXTURES}faces-iphone.heic`), 4000);
    const capped = await decodePixels(readFileSync(`${FACE_FIXTURES}faces-iphone.heic`), 450);
    // make-face-photos.sh encodes face-api's 1920 x 1398 sample5.jpg at 900 pixels wide.
    expect(whole.width).toBe(900);
    expect(Math.abs(whole.height - 655)).toBeLessThanOrEqual(1);
    expect(capped.width).toBe(450);
    expect(whole.data.length).toBe(whole.width * whole.height * 4);
  });

  test('a HEIC cut short is refused, not taken for an empty picture', async () => {
    const cut = readFileSync(`${FACE_FIXTURES}faces-iphone.heic`).subarray(0, 3000);
    await expect(decodePixels(cut, 800)).rejects.toThrow();
  });
});
