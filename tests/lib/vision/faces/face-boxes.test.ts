import { describe, expect, test } from 'vitest';
import { downscalePixels } from '../../../../lib/vision/faces/downscale-pixels';
import { mergeFaceBoxes } from '../../../../lib/vision/faces/merge-face-boxes';
import { photosWithFaces, quotedFileList } from '../../../../lib/vision/faces/photos-with-faces';
import type { FaceBox, PhotoSummary } from '../../../../lib/types';

const box = (x: number, y: number, size: number, score: number): FaceBox => ({ x, y, width: size, height: size, score });

describe('merging the passes\' boxes', () => {
  test('one face seen at two scales is one box, the better scored', () => {
    expect(mergeFaceBoxes([box(0.1, 0.1, 0.2, 0.6), box(0.12, 0.11, 0.17, 0.8)])).toEqual([box(0.12, 0.11, 0.17, 0.8)]);
  });

  test('neighbours stay apart, best first', () => {
    expect(mergeFaceBoxes([box(0.1, 0.1, 0.2, 0.6), box(0.35, 0.1, 0.2, 0.9)])).toEqual([box(0.35, 0.1, 0.2, 0.9), box(0.1, 0.1, 0.2, 0.6)]);
  });

  test('a weaker box drawn across two neighbours\' faces is dropped', () => {
    const merged = mergeFaceBoxes([box(0.1, 0.1, 0.2, 0.9), box(0.3, 0.1, 0.2, 0.85), box(0.2, 0.1, 0.2, 0.6)]);
    expect(merged.map((face) => face.score)).toEqual([0.9, 0.85]);
  });
});

describe('scaling pixels down', () => {
  test('averages what each new pixel covers, keeping the shape', () => {
    // A 4 x 2 checkerboard of black and white becomes grey.
    const data = new Uint8ClampedArray(4 * 2 * 4);
    for (let i = 0; i < 8; i++) data.fill((i + Math.floor(i / 4)) % 2 ? 255 : 0, i * 4, i * 4 + 3).fill(255, i * 4 + 3, i * 4 + 4);
    const small = downscalePixels({ width: 4, height: 2, data }, 2);
    expect([small.width, small.height]).toEqual([2, 1]);
    expect([...small.data]).toEqual([128, 128, 128, 255, 128, 128, 128, 255]);
  });

  test('a picture already small enough is the same picture', () => {
    const pixels = { width: 3, height: 2, data: new Uint8ClampedArray(24) };
    expect(downscalePixels(pixels, 10)).toBe(pixels);
  });
});

describe('photos with faces, as messages name them', () => {
  const photo = (name: string, faces?: number): PhotoSummary => ({
    name,
    readable: true,
    keywords: [],
    ...(faces === undefined ? {} : { sight: { faces: Array.from({ length: faces }, () => box(0.1, 0.1, 0.2, 0.9)) } }),
  });

  test('only photos where a face was seen', () => {
    expect(photosWithFaces([photo('a.jpg', 0), photo('b.jpg', 2), photo('c.jpg')]).map((p) => p.name)).toEqual(['b.jpg']);
  });

  test('quoted and joined in plain English', () => {
    expect(quotedFileList([photo('a.jpg')])).toBe('“a.jpg”');
    expect(quotedFileList([photo('a.jpg'), photo('b.jpg'), photo('c.jpg')])).toBe('“a.jpg”, “b.jpg” and “c.jpg”');
  });
});
