/**
 * Node's way to turn a photo's bytes into Pixels (the browser's is
 * createImageBitmap): sharp, whose prebuilt libvips decodes JPEG, PNG, WebP,
 * GIF, TIFF and AVIF, turns the picture upright by its EXIF orientation and
 * shrinks JPEGs while decoding, so a 12 MP photo costs little. A HEIC, which
 * that libvips cannot decode (it has no HEVC decoder), is decoded by libheif's
 * WebAssembly build from node_modules. Used by the command-line checker and the
 * tests; never bundled into the extension.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { decodeHeif, isHeif, type Libheif } from './decode-other-formats';
import type { Pixels } from './pixels';

// The command-line build is CommonJS, where import.meta is empty but __filename is set.
const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;

let libheif: Promise<Libheif> | undefined;

/** libheif-js's WebAssembly build, loaded once, with its .wasm read from where npm put it. */
function nodeLibheif(): Promise<Libheif> {
  libheif ??= (async () => {
    const require = createRequire(here);
    const factory = require('libheif-js/libheif-wasm/libheif.js') as (options: { wasmBinary: Uint8Array }) => Promise<Libheif>;
    return factory({ wasmBinary: await readFile(require.resolve('libheif-js/libheif-wasm/libheif.wasm')) });
  })();
  libheif.catch(() => (libheif = undefined));
  return libheif;
}

const fitInside = (image: sharp.Sharp, longestSide: number): sharp.Sharp =>
  image.resize({ width: longestSide, height: longestSide, fit: 'inside', withoutEnlargement: true });

async function raw(image: sharp.Sharp): Promise<Pixels> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}

/**
 * The picture as shown (orientation applied), scaled down so its longest side
 * is at most `longestSide`; never scaled up. Rejects with sharp's reason when
 * the bytes are not a picture it can decode, nor a HEIC libheif can.
 */
export async function decodePixels(bytes: Uint8Array, longestSide: number): Promise<Pixels> {
  if (isHeif(bytes)) {
    const shown = await decodeHeif(bytes, await nodeLibheif());
    return raw(fitInside(sharp(shown.data, { raw: { width: shown.width, height: shown.height, channels: 4 } }), longestSide));
  }
  return raw(fitInside(sharp(bytes, { failOn: 'error' }).rotate(), longestSide));
}
