/**
 * Blurs faces on a picture's pixels, for the `faces: blur` policy: each face's
 * box, widened to take in hair, ears and chin, is reduced to a few large blocks
 * of its average colours (pixelated), and the blocks are then blended smoothly
 * into one another (blurred). What is left is a handful of colours, so the face
 * cannot be recognised and cannot be sharpened back: the detail is averaged
 * away, not hidden. Pure, on Pixels, so it runs the same in Node and in a
 * browser Worker; pixels outside the widened boxes are copied unchanged.
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
  const out: Pixels = { width: pixels.width, height: pixels.height, data: pixels.data.slice() };
  for (const face of faces) {
    const region = blurRegion(face, pixels.width, pixels.height);
    if (region.right <= region.left || region.bottom <= region.top) continue;
    const block = Math.max(2, Math.ceil(Math.max(region.right - region.left, region.bottom - region.top) / BLOCKS_ACROSS));
    blend(out, region, blockAverages(out, region, block), block);
  }
  return out;
}

/** The average colour of each block of the region, row by row, four channels each. */
interface BlockGrid {
  columns: number;
  rows: number;
  averages: Float64Array;
}

function blockAverages({ width, data }: Pixels, region: PixelRegion, block: number): BlockGrid {
  const columns = Math.ceil((region.right - region.left) / block);
  const rows = Math.ceil((region.bottom - region.top) / block);
  const averages = new Float64Array(columns * rows * 4);
  const counts = new Float64Array(columns * rows);
  for (let y = region.top; y < region.bottom; y++) {
    const row = Math.floor((y - region.top) / block) * columns;
    for (let x = region.left, at = (y * width + region.left) * 4; x < region.right; x++, at += 4) {
      const cell = row + Math.floor((x - region.left) / block);
      for (let channel = 0; channel < 4; channel++) averages[cell * 4 + channel] += data[at + channel];
      counts[cell]++;
    }
  }
  for (let cell = 0; cell < counts.length; cell++) for (let channel = 0; channel < 4; channel++) averages[cell * 4 + channel] /= counts[cell];
  return { columns, rows, averages };
}

/** Where a pixel falls between block centres: the two blocks either side and how far towards the second. */
function between(offset: number, block: number, count: number): [number, number, number] {
  const position = Math.min(count - 1, Math.max(0, (offset + 0.5) / block - 0.5));
  const first = Math.floor(position);
  return [first, Math.min(count - 1, first + 1), position - first];
}

/** Fills the region by blending the block averages bilinearly, centre to centre. */
function blend({ width, data }: Pixels, region: PixelRegion, { columns, rows, averages }: BlockGrid, block: number): void {
  const across = region.right - region.left;
  const lefts = new Int32Array(across);
  const rights = new Int32Array(across);
  const alongs = new Float64Array(across);
  for (let offset = 0; offset < across; offset++) {
    const [left, right, along] = between(offset, block, columns);
    lefts[offset] = left * 4;
    rights[offset] = right * 4;
    alongs[offset] = along;
  }
  for (let y = region.top; y < region.bottom; y++) {
    const [top, bottom, down] = between(y - region.top, block, rows);
    const upperRow = top * columns * 4;
    const lowerRow = bottom * columns * 4;
    for (let offset = 0, at = (y * width + region.left) * 4; offset < across; offset++, at += 4) {
      const along = alongs[offset];
      for (let channel = 0; channel < 4; channel++) {
        const a = averages[upperRow + lefts[offset] + channel];
        const upper = a + (averages[upperRow + rights[offset] + channel] - a) * along;
        const c = averages[lowerRow + lefts[offset] + channel];
        const lower = c + (averages[lowerRow + rights[offset] + channel] - c) * along;
        data[at + channel] = upper + (lower - upper) * down;
      }
    }
  }
}
