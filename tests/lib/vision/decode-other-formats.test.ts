import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { decodeOtherFormat, decodeTiff, isHeif, isTiff } from '../../../lib/vision/decode-other-formats';
import { decodePixels } from '../../../lib/vision/decode-node';
import { FACE_FIXTURES } from './faces/face-photos';

// The decoders the vision worker falls back on when Chromium cannot draw a photo; here checked against sharp's libvips.
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`${FACE_FIXTURES}${name}`));

describe('telling the formats apart', () => {
  test.each([
    ['faces-iphone.heic', true, false],
    ['faces-scanned-sideways.tif', false, true],
    ['face-close-up.jpg', false, false],
  ])('%s: HEIF %s, TIFF %s', (name, heif, tiff) => {
    expect(isHeif(fixture(name))).toBe(heif);
    expect(isTiff(fixture(name))).toBe(tiff);
  });

  test('anything else is refused, and libheif never loaded for it', async () => {
    let loaded = false;
    const load = async () => {
      loaded = true;
      throw new Error('not wanted');
    };
    await expect(decodeOtherFormat(fixture('face-close-up.jpg'), load)).rejects.toThrow();
    await expect(decodeOtherFormat(new TextEncoder().encode('II*\0 but nothing more'), load)).rejects.toThrow();
    expect(loaded).toBe(false);
  });
});

describe('a TIFF, decoded by UTIF as the worker does', () => {
  // A 3 x 2 picture whose six pixels all differ, so any wrong turn or mirror shows.
  const stored = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0, 0, 255, 255, 255, 0, 255]);

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i is shown as sharp shows it', async (orientation) => {
    const tiff = await sharp(stored, { raw: { width: 3, height: 2, channels: 3 } }).withMetadata({ orientation }).tiff({ compression: 'deflate' }).toBuffer();
    const ours = await decodeTiff(new Uint8Array(tiff));
    const theirs = await decodePixels(new Uint8Array(tiff), 100);
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect([...ours.data]).toEqual([...theirs.data]);
  });

  test('a scanner\'s deflate-compressed TIFF stored sideways matches sharp\'s decoding of it', async () => {
    const bytes = fixture('faces-scanned-sideways.tif');
    const ours = await decodeOtherFormat(bytes, () => Promise.reject(new Error('no HEIF here')));
    const theirs = await decodePixels(bytes, 10_000);
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(ours.width).toBeGreaterThan(ours.height);
    let difference = 0;
    for (let i = 0; i < ours.data.length; i++) difference += Math.abs(ours.data[i] - theirs.data[i]);
    expect(difference / ours.data.length).toBeLessThan(1);
  });
});
