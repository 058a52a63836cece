import { describe, expect, test } from 'vitest';
import { LONGEST_SIDE, pictureForReading } from '../../../../lib/vision/writing/picture-for-reading';

const header = (pgm: Uint8Array) => new TextDecoder().decode(pgm.slice(0, 24)).split('\n').slice(0, 3);
const solid = (width: number, height: number, rgb: [number, number, number]) => {
  const pixel = new Uint8ClampedArray([...rgb, 255]);
  const data = new Uint8ClampedArray(width * height * 4);
  new Uint32Array(data.buffer).fill(new Uint32Array(pixel.buffer)[0]);
  return { width, height, data };
};

describe('the picture OCR reads', () => {
  test('a 12 MP photo is shrunk so its longest side is the most OCR needs, keeping its shape', () => {
    expect(header(pictureForReading(solid(4000, 3000, [0, 0, 0])))).toEqual(['P5', `${LONGEST_SIDE.max} 1500`, '255']);
  });

  test('a small picture is enlarged so its letters are tall enough to read', () => {
    expect(header(pictureForReading(solid(300, 600, [0, 0, 0])))).toEqual(['P5', `600 ${LONGEST_SIDE.min}`, '255']);
  });

  test('colours become their brightness, one byte a pixel', () => {
    const pgm = pictureForReading(solid(1500, 1000, [255, 255, 255]));
    const pixels = pgm.slice(pgm.length - 1500 * 1000);
    expect(pixels.every((value) => value === 255)).toBe(true);
    const dark = pictureForReading(solid(1500, 1000, [200, 0, 0]));
    expect(dark[dark.length - 1]).toBe(60);
  });

  test('see-through pixels are read as white paper, so black writing on a clear background stays visible', () => {
    const clear = solid(1500, 1000, [0, 0, 0]);
    clear.data.fill(0);
    const pgm = pictureForReading(clear);
    expect(pgm[pgm.length - 1]).toBe(255);
  });

  test('a turned picture grows to hold all of it, on white', () => {
    const [, size] = header(pictureForReading(solid(1000, 500, [0, 0, 0]), { min: 1000, max: 1000 }, 90));
    expect(size).toBe('500 1000');
    const turned = pictureForReading(solid(1000, 1000, [0, 0, 0]), { min: 1000, max: 1000 }, 45);
    expect(header(turned)[1]).toBe('1414 1414');
    expect(turned[turned.length - 1]).toBe(255);
  });

  test('a picture with no pixels is refused with a reason', () => {
    expect(() => pictureForReading({ width: 0, height: 0, data: new Uint8ClampedArray() })).toThrow('no pixels');
    expect(() => pictureForReading({ width: 10, height: 10, data: new Uint8ClampedArray(8) })).toThrow('no pixels');
  });
});
