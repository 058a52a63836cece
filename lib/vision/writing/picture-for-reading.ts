import type { Pixels } from '../pixels';

/**
 * The size OCR reads best at: writing a photo shows is usually large in the
 * picture, so a phone's 12 MP is more than it needs (and four times slower),
 * while a small picture's letters are too few pixels high until enlarged.
 */
export const LONGEST_SIDE = { min: 1200, max: 2000 } as const;

/** Bounds for a picture's longest side. */
export interface SideLimits {
  min: number;
  max: number;
}

/** The scale that brings a picture's longest side within the limits. */
export function readingScale(width: number, height: number, limits: SideLimits = LONGEST_SIDE): number {
  const longest = Math.max(width, height);
  if (longest > limits.max) return limits.max / longest;
  if (longest < limits.min) return limits.min / longest;
  return 1;
}

/** Luma of each pixel (over white where it is see-through), averaged over the source pixels each output pixel covers (or sampled between them when enlarging). */
function greyscaled({ width, height, data }: Pixels, scale: number): { width: number; height: number; grey: Uint8Array } {
  const outW = Math.max(1, Math.round(width * scale));
  const outH = Math.max(1, Math.round(height * scale));
  const luma = new Float32Array(width * height);
  // Transparent pixels are read as on white paper: a PNG's clear background is often stored black, as its writing is.
  for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
    const alpha = data[p + 3] / 255;
    luma[i] = (0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2]) * alpha + 255 * (1 - alpha);
  }
  const grey = new Uint8Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    const y0 = Math.min(height - 1, Math.floor(y / scale));
    const y1 = Math.min(height, Math.max(y0 + 1, Math.floor((y + 1) / scale)));
    for (let x = 0; x < outW; x++) {
      const x0 = Math.min(width - 1, Math.floor(x / scale));
      const x1 = Math.min(width, Math.max(x0 + 1, Math.floor((x + 1) / scale)));
      let sum = 0;
      for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += luma[sy * width + sx];
      grey[y * outW + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width: outW, height: outH, grey };
}

/** The grey picture turned by `degrees` about its centre, on white, grown to hold all of it. */
function turned({ width, height, grey }: { width: number; height: number; grey: Uint8Array }, degrees: number) {
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const outW = Math.round(Math.abs(width * cos) + Math.abs(height * sin));
  const outH = Math.round(Math.abs(width * sin) + Math.abs(height * cos));
  const out = new Uint8Array(outW * outH).fill(255);
  for (let y = 0; y < outH; y++) {
    const dy = y - outH / 2;
    for (let x = 0; x < outW; x++) {
      const dx = x - outW / 2;
      const sx = Math.round(cos * dx + sin * dy + width / 2);
      const sy = Math.round(-sin * dx + cos * dy + height / 2);
      if (sx >= 0 && sy >= 0 && sx < width && sy < height) out[y * outW + x] = grey[sy * width + sx];
    }
  }
  return { width: outW, height: outH, grey: out };
}

/**
 * The picture as OCR reads it: grey, at the size it reads best (within
 * `limits`), turned by `degrees` when asked, as a binary PGM (the simplest
 * format tesseract's image library reads, the same in a browser Worker and in
 * Node, with nothing to compress or decode).
 */
export function pictureForReading(pixels: Pixels, limits: SideLimits = LONGEST_SIDE, degrees = 0): Uint8Array {
  if (pixels.width < 1 || pixels.height < 1 || pixels.data.length < pixels.width * pixels.height * 4) {
    throw new Error('the picture has no pixels to read');
  }
  const upright = greyscaled(pixels, readingScale(pixels.width, pixels.height, limits));
  const { width, height, grey } = degrees === 0 ? upright : turned(upright, degrees);
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + grey.length);
  pgm.set(header);
  pgm.set(grey, header.length);
  return pgm;
}
