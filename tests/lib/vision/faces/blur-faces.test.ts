import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blurFaces, blurRegion, type PixelRegion } from '../../../../lib/vision/blur-faces';
import { decodePixels } from '../../../../lib/vision/decode-node';
import { FACE_PIXELS_LONGEST_SIDE, type FaceDetector } from '../../../../lib/vision/faces/face-detector';
import { createNodeFaceDetector } from '../../../../lib/vision/faces/node-face-detector';
import type { Pixels } from '../../../../lib/vision/pixels';
import { spliceMetadata } from '../../../../lib/vision/splice-metadata';
import type { FaceBox } from '../../../../lib/types';
import { FACE_FIXTURES } from './face-photos';

/** A picture of random noise: every pixel differs from its neighbours, as fine detail does. */
function noise(width: number, height: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 14;
  for (let i = 0; i < data.length; i++) data[i] = i % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23;
  return { width, height, data };
}

const inside = (x: number, y: number, regions: PixelRegion[], slack = 0): boolean =>
  regions.some((r) => x >= r.left - slack && x < r.right + slack && y >= r.top - slack && y < r.bottom + slack);

/** The mean absolute difference per channel between two pictures, inside or outside the regions. */
function meanDifference(a: Pixels, b: Pixels, regions: PixelRegion[], where: 'inside' | 'outside', slack = 0): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (inside(x, y, regions, where === 'inside' ? 0 : slack) !== (where === 'inside')) continue;
      const at = (y * a.width + x) * 4;
      for (let channel = 0; channel < 3; channel++) sum += Math.abs(a.data[at + channel] - b.data[at + channel]);
      count += 3;
    }
  }
  return sum / count;
}

describe('blurring faces on pixels', () => {
  const face: FaceBox = { x: 0.4, y: 0.3, width: 0.2, height: 0.25, score: 0.9 };
  const picture = noise(200, 160);
  const before = new Uint8ClampedArray(picture.data);
  const blurred = blurFaces(picture, [face]);
  const region = blurRegion(face, 200, 160);

  test('changes every part of the widened face and not one pixel outside it', () => {
    expect(picture.data).toEqual(before);
    expect(meanDifference(picture, blurred, [region], 'outside')).toBe(0);
    expect(meanDifference(picture, blurred, [region], 'inside')).toBeGreaterThan(30);
  });

  test('takes in hair, ears and chin around the tight box', () => {
    expect(region.left).toBeLessThan(0.4 * 200);
    expect(region.right).toBeGreaterThan(0.6 * 200);
    expect(region.top).toBeLessThan(0.3 * 160);
    expect(region.bottom).toBeGreaterThan(0.55 * 160);
  });

  test('leaves no fine detail: neighbouring pixels in the face are nearly the same', () => {
    let step = 0;
    let steps = 0;
    for (let y = region.top; y < region.bottom; y++) {
      for (let x = region.left + 1; x < region.right; x++) {
        step += Math.abs(blurred.data[(y * 200 + x) * 4] - blurred.data[(y * 200 + x - 1) * 4]);
        steps++;
      }
    }
    expect(step / steps).toBeLessThan(3);
  });

  test('a box at the picture\'s edge is clamped to it', () => {
    const corner = blurFaces(picture, [{ x: 0.9, y: 0.9, width: 0.2, height: 0.2, score: 0.8 }]);
    expect(corner.data.length).toBe(picture.data.length);
    expect(meanDifference(picture, corner, [blurRegion({ x: 0.9, y: 0.9, width: 0.2, height: 0.2, score: 0.8 }, 200, 160)], 'outside')).toBe(0);
  });
});

const hasExiftool = spawnSync('exiftool', ['-ver']).status === 0;

describe.skipIf(!hasExiftool)('a blurred copy of a real photo, with its metadata spliced back', () => {
  let detector: FaceDetector;
  const dir = mkdtempSync(join(tmpdir(), 'blurred-'));
  beforeAll(async () => {
    detector = await createNodeFaceDetector();
  }, 60_000);
  afterAll(() => detector.dispose());

  /** What the extension does on `faces: blur`: detect, blur at full size, re-encode, splice. */
  async function blurredCopy(file: string): Promise<{ original: Pixels; result: Pixels; regions: PixelRegion[]; path: string }> {
    const bytes = readFileSync(`${FACE_FIXTURES}${file}`);
    const faces = await detector.detect(await decodePixels(bytes, FACE_PIXELS_LONGEST_SIDE));
    expect(faces.length).toBeGreaterThan(0);
    const original = await decodePixels(bytes, 10_000);
    const blurred = blurFaces(original, faces);
    const jpeg = await sharp(blurred.data, { raw: { width: blurred.width, height: blurred.height, channels: 4 } }).jpeg({ quality: 92 }).toBuffer();
    const path = join(dir, file);
    writeFileSync(path, spliceMetadata(bytes, jpeg));
    const result = await decodePixels(readFileSync(path), 10_000);
    return { original, result, regions: faces.map((face) => blurRegion(face, original.width, original.height)), path };
  }

  const tags = (path: string): Record<string, unknown> => {
    const run = spawnSync('exiftool', ['-j', '-a', '-G1', '-n', path], { encoding: 'utf8' });
    return JSON.parse(run.stdout)[0];
  };
  /** Tags that describe the file or the encoding rather than the photo, so are expected to change. */
  const ABOUT_THE_FILE = /^(System|File|Composite|ExifTool|JFIF|ICC-header):|^SourceFile$/;

  test('faces differ from the original; nothing outside them does beyond re-encoding', async () => {
    const { original, result, regions } = await blurredCopy('faces-with-metadata.jpg');
    expect([result.width, result.height]).toEqual([original.width, original.height]);
    expect(meanDifference(original, result, regions, 'inside')).toBeGreaterThan(8);
    // A JPEG block (8 pixels, 16 with subsampling) past the edge may carry the blur's colours.
    expect(meanDifference(original, result, regions, 'outside', 16)).toBeLessThan(2);
  });

  test('exiftool finds every piece of metadata kept but the location and the unblurred thumbnail', async () => {
    const { path } = await blurredCopy('faces-with-metadata.jpg');
    const before = tags(`${FACE_FIXTURES}faces-with-metadata.jpg`);
    const after = tags(path);
    const isLocation = (tag: string) => /GPS|:City$/.test(tag);
    const isThumbnail = (tag: string) => tag.startsWith('IFD1:');
    const expected = Object.entries(before).filter(([tag]) => !ABOUT_THE_FILE.test(tag) && !isLocation(tag) && !isThumbnail(tag));
    expect(expected.length).toBeGreaterThan(20);
    for (const [tag, value] of expected) expect(after[tag], tag).toEqual(value);
    expect(Object.keys(after).filter((tag) => isLocation(tag) || isThumbnail(tag))).toEqual([]);
    expect(after['XMP-dc:Subject']).toBe('#consentgiven');
    expect(after['IPTC:Keywords']).toBe('consentgiven');
    expect(after['File:Comment']).toBe('Taken in the Sunflower Room');
    expect(after['ICC_Profile:ProfileDescription']).toBe('Artifex Software sRGB ICC Profile');
  });

  test('a photo stored sideways comes out upright, orientation 1, with no thumbnail', async () => {
    const { original, result, regions, path } = await blurredCopy('faces-sideways-exif.jpg');
    expect(original.width).toBeGreaterThan(original.height);
    expect([result.width, result.height]).toEqual([original.width, original.height]);
    expect(meanDifference(original, result, regions, 'outside', 16)).toBeLessThan(2);
    const after = tags(path);
    expect(after['IFD0:Orientation']).toBe(1);
    expect(after['ExifIFD:ExifImageWidth'] ?? original.width).toBe(original.width);
    expect(Object.keys(after).filter((tag) => tag.startsWith('IFD1:'))).toEqual([]);
    // The thumbnail's bytes are gone, not just unlinked: the only JPEG in the file is the blurred picture.
    const bytes = readFileSync(path);
    expect(bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff]), 1)).toBe(-1);
  });
});

describe('splicing metadata onto a blurred JPEG', () => {
  test('a damaged original is refused with a reason, never passed on half-cleaned', async () => {
    const blurred = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'grey' } }).jpeg().toBuffer();
    const original = readFileSync(`${FACE_FIXTURES}faces-with-metadata.jpg`).subarray(0, 300);
    expect(() => spliceMetadata(original, blurred)).toThrow(/\w+/);
  });

  test('a blurred copy that is not a JPEG is refused', () => {
    expect(() => spliceMetadata(readFileSync(`${FACE_FIXTURES}faces-with-metadata.jpg`), new Uint8Array([1, 2, 3, 4]))).toThrow(/held back/);
  });

  test('an original that is not a JPEG gives the blurred copy as it is, carrying nothing of the original', async () => {
    const blurred = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'grey' } }).jpeg().toBuffer();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'grey' } }).png().toBuffer();
    expect(spliceMetadata(png, blurred)).toBe(blurred);
  });
});
