/**
 * Edits a copy of an EXIF block (the TIFF structure after "Exif\0\0") so that it
 * describes the blurred picture it will travel with: orientation 1 (the blurred
 * pixels are already upright), the new pixel size, and no thumbnail (the
 * original's thumbnail shows the faces unblurred). Values are changed in place,
 * so every offset in the block stays valid. Throws on a block it cannot follow.
 */
const ORIENTATION = 0x0112;
const EXIF_IFD = 0x8769;
const PIXEL_X = 0xa002;
const PIXEL_Y = 0xa003;
const SHORT = 3;
const LONG = 4;
const THUMBNAIL_OFFSET = 0x0201;
const THUMBNAIL_LENGTH = 0x0202;
const STRIP_OFFSETS = 0x0111;
const STRIP_BYTE_COUNTS = 0x0117;

interface Tiff {
  b: Uint8Array;
  little: boolean;
}

const u16 = ({ b, little }: Tiff, at: number): number => (little ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1]);
const u32 = ({ b, little }: Tiff, at: number): number =>
  (little ? b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24) : (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

function put(tiff: Tiff, at: number, value: number, bytes: 2 | 4): void {
  for (let i = 0; i < bytes; i++) {
    const shift = 8 * (tiff.little ? i : bytes - 1 - i);
    tiff.b[at + i] = (value >>> shift) & 0xff;
  }
}

interface Entry {
  tag: number;
  type: number;
  /** Where the entry's 4-byte value-or-offset field is. */
  value: number;
}

function entries(tiff: Tiff, ifd: number): { list: Entry[]; next: number } {
  if (ifd + 2 > tiff.b.length) throw new Error('damaged EXIF');
  const count = u16(tiff, ifd);
  if (ifd + 2 + count * 12 + 4 > tiff.b.length) throw new Error('damaged EXIF');
  const list = Array.from({ length: count }, (_, i) => {
    const at = ifd + 2 + i * 12;
    return { tag: u16(tiff, at), type: u16(tiff, at + 2), value: at + 8 };
  });
  return { list, next: ifd + 2 + count * 12 };
}

function setSize(tiff: Tiff, entry: Entry | undefined, size: number): void {
  if (entry?.type === SHORT) put(tiff, entry.value, size, 2);
  if (entry?.type === LONG) put(tiff, entry.value, size, 4);
}

/** The EXIF block, edited in place, for a blurred picture `width` x `height` shown upright. */
export function exifForBlurred(exif: Uint8Array, width: number, height: number): void {
  const byteOrder = String.fromCharCode(exif[0], exif[1]);
  if (byteOrder !== 'II' && byteOrder !== 'MM') throw new Error('damaged EXIF');
  const tiff: Tiff = { b: exif, little: byteOrder === 'II' };
  const ifd0 = entries(tiff, u32(tiff, 4));
  const find = (list: Entry[], tag: number) => list.find((entry) => entry.tag === tag);
  const orientation = find(ifd0.list, ORIENTATION);
  if (orientation?.type === SHORT) put(tiff, orientation.value, 1, 2);
  const exifIfd = find(ifd0.list, EXIF_IFD);
  if (exifIfd) {
    const sub = entries(tiff, u32(tiff, exifIfd.value)).list;
    setSize(tiff, find(sub, PIXEL_X), width);
    setSize(tiff, find(sub, PIXEL_Y), height);
  }
  const ifd1 = u32(tiff, ifd0.next);
  if (ifd1 === 0) return;
  const thumbnail = entries(tiff, ifd1).list;
  for (const [offsetTag, lengthTag] of [[THUMBNAIL_OFFSET, THUMBNAIL_LENGTH], [STRIP_OFFSETS, STRIP_BYTE_COUNTS]]) {
    const offset = find(thumbnail, offsetTag);
    const length = find(thumbnail, lengthTag);
    if (offset && length) {
      const start = u32(tiff, offset.value);
      const size = length.type === SHORT ? u16(tiff, length.value) : u32(tiff, length.value);
      exif.fill(0, Math.min(start, exif.length), Math.min(start + size, exif.length));
    }
  }
  // Unlinked as well as blanked, so that no reader looks for the thumbnail.
  put(tiff, ifd0.next, 0, 4);
}
