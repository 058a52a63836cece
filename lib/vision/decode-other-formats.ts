/**
 * Decoders for the photo formats a browser cannot draw: HEIC/HEIF (what an
 * iPhone takes) with libheif compiled to WebAssembly (libheif-js), and TIFF
 * with UTIF (utif2). The same code runs in the vision worker, only for a
 * picture createImageBitmap refused, and in Node for a HEIC sharp cannot open
 * (its prebuilt libvips has no HEVC decoder). The host hands over how to load
 * libheif (its .wasm file is read from the extension or from node_modules,
 * never downloaded). Pixels come out as shown: libheif applies a HEIC's turn
 * and mirror; a TIFF's orientation tag is applied here.
 */
import type { Pixels } from './pixels';

/** The part of libheif-js's module used here: its decoder, which lists a file's top-level images. */
export interface Libheif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
}

interface HeifImage {
  get_width(): number;
  get_height(): number;
  is_primary(): boolean;
  display(target: { data: Uint8ClampedArray; width: number; height: number }, done: (shown: { data: Uint8ClampedArray } | null) => void): void;
  free(): void;
}

/** An ISO media file's `ftyp` brands that say it holds HEIF images (HEVC, or libheif's other codecs). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1', 'mif2']);

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** Whether the bytes are a HEIF file, by the brands its `ftyp` box names. */
export function isHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxEnd = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0));
  for (let at = 8; at + 4 <= boxEnd; at += 4) if (HEIF_BRANDS.has(ascii(bytes, at, at + 4))) return true;
  return false;
}

/** Whether the bytes are a TIFF file (either byte order). */
export const isTiff = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42));

/** The primary image of a HEIF file, decoded by libheif. Rejects when there is none or it cannot be decoded. */
export async function decodeHeif(bytes: Uint8Array, libheif: Libheif): Promise<Pixels> {
  const images = new libheif.HeifDecoder().decode(bytes);
  try {
    const image = images.find((candidate) => candidate.is_primary()) ?? images[0];
    if (!image) throw new Error('the HEIF file holds no image');
    const width = image.get_width();
    const height = image.get_height();
    const data = new Uint8ClampedArray(width * height * 4);
    const shown = await new Promise<{ data: Uint8ClampedArray } | null>((resolve) => image.display({ data, width, height }, resolve));
    if (!shown) throw new Error('the HEIF image could not be decoded');
    return { width, height, data };
  } finally {
    for (const image of images) image.free();
  }
}

/** UTIF's calls used here (utif2 ships no types). */
interface Utif {
  decode(buffer: ArrayBuffer): TiffPage[];
  decodeImage(buffer: ArrayBuffer, page: TiffPage): void;
  toRGBA8(page: TiffPage): Uint8Array;
}

interface TiffPage {
  width?: number;
  height?: number;
  /** The orientation tag (274), as EXIF numbers it. */
  t274?: number[];
}

/** The first page of a TIFF, decoded by UTIF and turned upright by its orientation tag. */
export async function decodeTiff(bytes: Uint8Array): Promise<Pixels> {
  const loaded = (await import('utif2')) as Partial<Utif> & { default?: Utif };
  const utif = loaded.default ?? (loaded as Utif);
  const buffer = bytes.slice().buffer;
  const [page] = utif.decode(buffer);
  if (!page) throw new Error('the TIFF file holds no image');
  utif.decodeImage(buffer, page);
  const { width = 0, height = 0 } = page;
  if (width === 0 || height === 0) throw new Error('the TIFF image could not be decoded');
  return orient({ width, height, data: new Uint8ClampedArray(utif.toRGBA8(page).buffer) }, page.t274?.[0] ?? 1);
}

/**
 * Pixels stored under EXIF orientation `orientation` (1 to 8) as they are
 * shown: each shown pixel read from where that orientation stored it.
 */
export function orient(stored: Pixels, orientation: number): Pixels {
  if (orientation < 2 || orientation > 8) return stored;
  const sideways = orientation >= 5;
  const width = sideways ? stored.height : stored.width;
  const height = sideways ? stored.width : stored.height;
  const data = new Uint8ClampedArray(width * height * 4);
  const words = new Uint32Array(data.buffer);
  const from = new Uint32Array(stored.data.buffer, stored.data.byteOffset, stored.width * stored.height);
  const right = stored.width - 1;
  const bottom = stored.height - 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Where shown pixel (x, y) sits in the stored picture.
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2: sx = right - x; sy = y; break;
        case 3: sx = right - x; sy = bottom - y; break;
        case 4: sx = x; sy = bottom - y; break;
        case 5: sx = y; sy = x; break;
        case 6: sx = y; sy = bottom - x; break;
        case 7: sx = right - y; sy = bottom - x; break;
        default: sx = right - y; sy = x;
      }
      words[y * width + x] = from[sy * stored.width + sx];
    }
  }
  return { width, height, data };
}

/**
 * A HEIF or TIFF picture's pixels as shown; rejects for anything else, or
 * what cannot be decoded. `loadLibheif` is called only for a HEIF file.
 */
export async function decodeOtherFormat(bytes: Uint8Array, loadLibheif: () => Promise<Libheif>): Promise<Pixels> {
  if (isHeif(bytes)) return decodeHeif(bytes, await loadLibheif());
  if (isTiff(bytes)) return decodeTiff(bytes);
  throw new Error('not a picture this decoder knows');
}
