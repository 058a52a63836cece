/**
 * Blurs faces on a picture's pixels, for the `faces: blur` policy: each face's
 * box, widened to take in hair, ears and chin, is pixelated into a few large
 * blocks and then blurred across them, so the face cannot be recognised and
 * cannot be sharpened back (the detail is averaged away, not hidden). Pure, on
 * Pixels, so it runs the same in Node and in a browser Worker; pixels outside
 * the widened boxes are copied unchanged.
 *
 *   const blurred = blurFaces(pixels, faces); // a new Pixels; `pixels` is not changed
 */
import type { FaceBox } from '../types';
import type { Pixels } from './pixels';

/** How far each box is widened on every side, as a share of its own size: detectors box the face tightly. */
export const FACE_MARGIN = 0.3;

/** How many blocks fit across a face: a few, so that no feature survives. */
const BLOCKS_ACROSS = 6;

/** A box in whole pixels, clamped to the picture. */
export interface PixelRegion {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The pixels a face box covers once widened by FACE_MARGIN, within the picture. */
export function blurRegion(box: FaceBox, width: number, height: number): PixelRegion {
  const marginX = box.width * FACE_MARGIN;
  const marginY = box.height * FACE_MARGIN;
  return {
    left: Math.max(0, Math.floor((box.x - marginX) * width)),
    top: Math.max(0, Math.floor((box.y - marginY) * height)),
    right: Math.min(width, Math.ceil((box.x + box.width + marginX) * width)),
    bottom: Math.min(height, Math.ceil((box.y + box.height + marginY) * height)),
  };
}

/** A copy of the picture with every face pixelated and blurred beyond recognition. */
export function blurFaces(pixels: Pixels, faces: readonly FaceBox[]): Pixels {
  const out: Pixels = { width: pixels.width, height: pixels.height, data: new Uint8ClampedArray(pixels.data) };
  for (const face of faces) {
    const region = blurRegion(face, pixels.width, pixels.height);
    if (region.right <= region.left || region.bottom <= region.top) continue;
    const block = Math.max(2, Math.ceil(Math.max(region.right - region.left, region.bottom - region.top) / BLOCKS_ACROSS));
    pixelate(out, region, block);
    boxBlur(out, region, Math.ceil(block / 2));
  }
  return out;
}

/** Fills each block of the region with its average colour. */
function pixelate({ width, data }: Pixels, region: PixelRegion, block: number): void {
  for (let top = region.top; top < region.bottom; top += block) {
    const bottom = Math.min(region.bottom, top + block);
    for (let left = region.left; left < region.right; left += block) {
      const right = Math.min(region.right, left + block);
      const sum = [0, 0, 0, 0];
      for (let y = top; y < bottom; y++) {
        for (let x = left, at = (y * width + left) * 4; x < right; x++, at += 4) {
          for (let channel = 0; channel < 4; channel++) sum[channel] += data[at + channel];
        }
      }
      const count = (bottom - top) * (right - left);
      for (let y = top; y < bottom; y++) {
        for (let x = left, at = (y * width + left) * 4; x < right; x++, at += 4) {
          for (let channel = 0; channel < 4; channel++) data[at + channel] = sum[channel] / count;
        }
      }
    }
  }
}

/** A box blur of the given radius within the region, across then down, reading only the region's own pixels. */
function boxBlur(pixels: Pixels, region: PixelRegion, radius: number): void {
  const across = region.right - region.left;
  const down = region.bottom - region.top;
  for (let y = region.top; y < region.bottom; y++) blurLine(pixels.data, (y * pixels.width + region.left) * 4, 4, across, radius);
  for (let x = region.left; x < region.right; x++) blurLine(pixels.data, (region.top * pixels.width + x) * 4, pixels.width * 4, down, radius);
}

/** Averages each of `count` pixels, `step` bytes apart from `start`, with its neighbours within `radius` on the line. */
function blurLine(data: Uint8ClampedArray, start: number, step: number, count: number, radius: number): void {
  const line = new Float64Array(count * 4);
  for (let i = 0; i < count; i++) for (let channel = 0; channel < 4; channel++) line[i * 4 + channel] = data[start + i * step + channel];
  const prefix = new Float64Array((count + 1) * 4);
  for (let i = 0; i < count; i++) for (let channel = 0; channel < 4; channel++) prefix[(i + 1) * 4 + channel] = prefix[i * 4 + channel] + line[i * 4 + channel];
  for (let i = 0; i < count; i++) {
    const from = Math.max(0, i - radius);
    const to = Math.min(count, i + radius + 1);
    for (let channel = 0; channel < 4; channel++) {
      data[start + i * step + channel] = (prefix[to * 4 + channel] - prefix[from * 4 + channel]) / (to - from);
    }
  }
}
