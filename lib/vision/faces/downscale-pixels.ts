import type { Pixels } from '../pixels';

/**
 * The picture scaled so its longest side is at most `longest`, each new pixel
 * the average of the pixels it covers (so fine detail does not alias into
 * face-like patterns); the picture itself when it is already small enough.
 */
export function downscalePixels(pixels: Pixels, longest: number): Pixels {
  const { width, height, data } = pixels;
  const scale = longest / Math.max(width, height);
  if (scale >= 1) return pixels;
  const outWidth = Math.max(1, Math.round(width * scale));
  const outHeight = Math.max(1, Math.round(height * scale));
  const sums = new Float64Array(outWidth * outHeight * 4);
  const counts = new Uint32Array(outWidth * outHeight);
  const columns = Uint32Array.from({ length: width }, (_, x) => Math.min(outWidth - 1, Math.floor((x * outWidth) / width)));
  for (let y = 0; y < height; y++) {
    const row = Math.min(outHeight - 1, Math.floor((y * outHeight) / height)) * outWidth;
    for (let x = 0, source = y * width * 4; x < width; x++, source += 4) {
      const cell = row + columns[x];
      const target = cell * 4;
      sums[target] += data[source];
      sums[target + 1] += data[source + 1];
      sums[target + 2] += data[source + 2];
      sums[target + 3] += data[source + 3];
      counts[cell]++;
    }
  }
  const out = new Uint8ClampedArray(sums.length);
  for (let cell = 0; cell < counts.length; cell++) {
    for (let channel = 0; channel < 4; channel++) out[cell * 4 + channel] = sums[cell * 4 + channel] / counts[cell];
  }
  return { width: outWidth, height: outHeight, data: out };
}
