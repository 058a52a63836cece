import type { Pixels } from '../pixels';
import { CELL_PIXELS, type NetworkInput } from './tiny-face-network';

/**
 * Black cells left beyond the picture. face-api pads every picture to a
 * square; the network's outputs for the picture's cells were found the same
 * (to a millionth) with two cells of black beyond it as with the whole square,
 * on every photo and screenshot the tests use, while one cell moved scores at
 * the picture's edge. The rest of the square is work saved.
 */
const MARGIN_CELLS = 2;

/**
 * The picture scaled (bilinearly) so its longest side is the network's input
 * size, with black beyond it to whole cells and MARGIN_CELLS more (never past
 * the square), as RGB from 0 to 1 less the network's mean colour: what face-api
 * would make of it, less the rest of the square it would pad it to, made in
 * one pass since tfjs's wasm backend pads and concatenates slowly.
 */
export function networkInput(picture: Pixels, size: number, mean: readonly number[]): NetworkInput & { width: number; height: number } {
  const scale = size / Math.max(picture.width, picture.height);
  const width = Math.max(1, Math.round(picture.width * scale));
  const height = Math.max(1, Math.round(picture.height * scale));
  const columns = Math.min(size, (Math.ceil(width / CELL_PIXELS) + MARGIN_CELLS) * CELL_PIXELS);
  const rows = Math.min(size, (Math.ceil(height / CELL_PIXELS) + MARGIN_CELLS) * CELL_PIXELS);
  const [padRed, padGreen, padBlue] = mean.map((value) => -value / 255);
  const rgb = new Float32Array(rows * columns * 3);
  for (let y = 0; y < rows; y++) {
    for (let at = (y * columns + (y < height ? width : 0)) * 3, end = (y + 1) * columns * 3; at < end; at += 3) {
      rgb[at] = padRed;
      rgb[at + 1] = padGreen;
      rgb[at + 2] = padBlue;
    }
  }
  const { data } = picture;
  const rowBytes = picture.width * 4;
  // Where each output column and row falls between two source pixels, and how far towards the second.
  const source = (offset: number, limit: number): number => Math.min(limit - 1, Math.max(0, (offset + 0.5) / scale - 0.5));
  const lefts = new Int32Array(width);
  const rights = new Int32Array(width);
  const alongs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const position = source(x, picture.width);
    lefts[x] = Math.floor(position) * 4;
    rights[x] = Math.min(picture.width - 1, Math.floor(position) + 1) * 4;
    alongs[x] = position - Math.floor(position);
  }
  const [meanRed, meanGreen, meanBlue] = mean;
  for (let y = 0; y < height; y++) {
    const position = source(y, picture.height);
    const top = Math.floor(position) * rowBytes;
    const bottom = Math.min(picture.height - 1, Math.floor(position) + 1) * rowBytes;
    const down = position - Math.floor(position);
    for (let x = 0, at = y * columns * 3; x < width; x++, at += 3) {
      const along = alongs[x];
      const topLeft = top + lefts[x];
      const topRight = top + rights[x];
      const bottomLeft = bottom + lefts[x];
      const bottomRight = bottom + rights[x];
      const upperRed = data[topLeft] + (data[topRight] - data[topLeft]) * along;
      const lowerRed = data[bottomLeft] + (data[bottomRight] - data[bottomLeft]) * along;
      const upperGreen = data[topLeft + 1] + (data[topRight + 1] - data[topLeft + 1]) * along;
      const lowerGreen = data[bottomLeft + 1] + (data[bottomRight + 1] - data[bottomLeft + 1]) * along;
      const upperBlue = data[topLeft + 2] + (data[topRight + 2] - data[topLeft + 2]) * along;
      const lowerBlue = data[bottomLeft + 2] + (data[bottomRight + 2] - data[bottomLeft + 2]) * along;
      rgb[at] = (upperRed + (lowerRed - upperRed) * down - meanRed) / 255;
      rgb[at + 1] = (upperGreen + (lowerGreen - upperGreen) * down - meanGreen) / 255;
      rgb[at + 2] = (upperBlue + (lowerBlue - upperBlue) * down - meanBlue) / 255;
    }
  }
  return { rgb, rows, columns, width, height };
}
