import { startsWith } from '../photos/binary';
import { check } from './byte-walk';

/** Application extension identifier of XMP in a GIF: "XMP Data" and the authentication code "XMP". */
const XMP_APPLICATION = 'XMP DataXMP';
/** Writers end the XMP with a 258-byte "magic trailer" (1, 255, 254 … 1, 0, 0) so a decoder's sub-block walk lands on the terminator. */
const MAGIC_TRAILER_BYTES = 257;

/** What a GIF's blocks hold: the ranges of its XMP packets. */
export interface GifBlocks {
  xmp: { start: number; end: number }[];
}

export const isGif = (b: Uint8Array): boolean => startsWith(b, 'GIF87a') || startsWith(b, 'GIF89a');

const colourTableBytes = (packed: number): number => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);

/** Hops over data sub-blocks from `at` to just past their zero terminator. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  let o = at;
  while (o < b.length && b[o] !== 0) o += b[o] + 1;
  check(o < b.length);
  return o + 1;
}

/**
 * Walks a GIF (still or animated) block by block, to its trailer, finding its
 * XMP application extensions (comments and the rest are hopped over). Each step moves forwards by at
 * least one byte, so the walk is linear in the file's length. Shared by the
 * reader and the cleaner, so both see the same blocks; throws StructureDamage
 * where the blocks break off or make no sense.
 */
export function walkGif(b: Uint8Array): GifBlocks {
  check(isGif(b) && b.length >= 13);
  const blocks: GifBlocks = { xmp: [] };
  let at = 13 + colourTableBytes(b[10]);
  for (;;) {
    check(at < b.length);
    const introducer = b[at];
    if (introducer === 0x3b) return blocks;
    if (introducer === 0x2c) {
      check(at + 11 <= b.length);
      // Image descriptor, local colour table, LZW code size, then the image data.
      at = skipSubBlocks(b, at + 10 + colourTableBytes(b[at + 9]) + 1);
    } else if (introducer === 0x21) {
      const label = b[at + 1];
      const data = at + 2;
      const end = skipSubBlocks(b, data);
      if (label === 0xff && b[data] === 11 && startsWith(b, XMP_APPLICATION, data + 1)) {
        const start = data + 12;
        const trailerAt = end - 1 - MAGIC_TRAILER_BYTES;
        const hasTrailer = trailerAt >= start && b[trailerAt] === 1 && b[trailerAt + 1] === 0xff;
        blocks.xmp.push({ start, end: hasTrailer ? trailerAt : end - 1 });
      }
      at = end;
    } else {
      check(false);
    }
  }
}
