import { unzlibSync, zlibSync } from 'fflate';
import { CannotClean, DAMAGED, ensure, latin1, startsWith } from './bytes';
import { walkBytes } from '../structure/byte-walk';
import { PNG_SIGNATURE, walkPng, type PngChunk } from '../structure/png';
import { isPlaceName } from '../photos/xmp-names';
import { crc32 } from './crc32';
import { applyEdits, EditPlan } from './edit-plan';
import { planRawProfileGpsRemoval } from './raw-profile';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

export const GPS_IN_PNG_TEXT = 'GPS in PNG text';
export const PLACE_IN_PNG_TEXT = 'place name in PNG text';

const XMP_KEYWORD = 'XML:com.adobe.xmp';
const RAW_PROFILE = /^Raw profile type (exif|app1|xmp|iptc|8bim)$/i;

type Chunk = PngChunk;

type BlockCleaner = (b: Uint8Array, start: number, end: number, plan: EditPlan) => void;

/**
 * Plans the removal of GPS from a PNG: the eXIf chunk, XMP in text chunks, and the
 * text chunks ImageMagick writes (`exif:GPSLatitude`, raw Exif and XMP profiles).
 * PNG chunks are self-contained, so a chunk that is all location is dropped and a
 * compressed one is rewritten; every edited chunk gets its CRC recomputed. IDAT is
 * never touched.
 */
export function planPngLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  ensure(startsWith(b, 0, PNG_SIGNATURE));
  const layout = walkBytes(walkPng(b.length), b);
  ensure(!layout.stop);
  for (const chunk of layout.chunks) {
    if (chunk.type === 'eXIf') {
      const tiff = startsWith(b, chunk.data, 'Exif\0\0') ? chunk.data + 6 : chunk.data;
      editInPlace(b, chunk, plan, (local) => planTiffGpsRemoval(b, tiff, chunk.end, local));
    }
    if (chunk.type === 'tEXt' || chunk.type === 'zTXt' || chunk.type === 'iTXt') planTextChunk(b, chunk, plan);
  }
}

function planTextChunk(b: Uint8Array, chunk: Chunk, plan: EditPlan): void {
  const keywordEnd = nul(b, chunk.data, chunk.end);
  const keyword = latin1(b, chunk.data, keywordEnd);
  // ImageMagick copies a photo's GPS tags and XMP place names into text chunks of their own.
  if (/gps/i.test(keyword) || isPlaceName(keyword)) {
    plan.replace(chunk.start, chunk.end + 4 - chunk.start, new Uint8Array(0));
    plan.removed.add(isPlaceName(keyword) ? PLACE_IN_PNG_TEXT : GPS_IN_PNG_TEXT);
    return;
  }
  const profile = RAW_PROFILE.exec(keyword)?.[1].toLowerCase();
  const cleaner: BlockCleaner | undefined =
    keyword === XMP_KEYWORD
      ? planXmpGpsRemoval
      : profile
        ? (bytes, start, end, local) => planRawProfileGpsRemoval(bytes, start, end, local, profile)
        : undefined;
  if (!cleaner) return;
  let text = keywordEnd + 1;
  let compressed = false;
  if (chunk.type === 'zTXt') {
    text = keywordEnd + 2;
    compressed = true;
  } else if (chunk.type === 'iTXt') {
    compressed = b[keywordEnd + 1] === 1;
    text = nul(b, nul(b, keywordEnd + 3, chunk.end) + 1, chunk.end) + 1;
  }
  ensure(text <= chunk.end);
  if (compressed) planCompressedText(b, chunk, text, cleaner, plan);
  else editInPlace(b, chunk, plan, (local) => cleaner(b, text, chunk.end, local));
}

function nul(b: Uint8Array, from: number, end: number): number {
  const at = b.indexOf(0, from);
  ensure(at !== -1 && at < end);
  return at;
}

/** Same-length edits inside one chunk, then its CRC. */
function editInPlace(b: Uint8Array, chunk: Chunk, plan: EditPlan, planEdits: (local: EditPlan) => void): void {
  const local = new EditPlan();
  planEdits(local);
  if (local.edits.length === 0) return;
  const typeAndData = b.slice(chunk.start + 4, chunk.end);
  for (const edit of local.edits) typeAndData.set(edit.bytes, edit.at - chunk.start - 4);
  plan.overwrite(chunk.start + 4, typeAndData);
  plan.overwrite(chunk.end, bigEndian(crc32(typeAndData)));
  for (const word of local.removed) plan.removed.add(word);
}

/** A compressed text is inflated, cleaned and deflated again as a new chunk of its own length. */
function planCompressedText(b: Uint8Array, chunk: Chunk, text: number, cleaner: BlockCleaner, plan: EditPlan): void {
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(b.subarray(text, chunk.end));
  } catch {
    throw new CannotClean(DAMAGED);
  }
  const local = new EditPlan();
  cleaner(inflated, 0, inflated.length, local);
  if (local.edits.length === 0) return;
  const deflated = zlibSync(applyEdits(inflated, local.edits));
  const header = b.subarray(chunk.data, text);
  const rebuilt = new Uint8Array(12 + header.length + deflated.length);
  rebuilt.set(bigEndian(header.length + deflated.length), 0);
  rebuilt.set(b.subarray(chunk.start + 4, chunk.data), 4);
  rebuilt.set(header, 8);
  rebuilt.set(deflated, 8 + header.length);
  rebuilt.set(bigEndian(crc32(rebuilt.subarray(4, rebuilt.length - 4))), rebuilt.length - 4);
  plan.replace(chunk.start, chunk.end + 4 - chunk.start, rebuilt);
  for (const word of local.removed) plan.removed.add(word);
}

function bigEndian(value: number): Uint8Array {
  return Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
}
