/**
 * Gives a blurred photo its original's metadata back, for the `faces: blur`
 * policy: the re-encoded JPEG (OffscreenCanvas.convertToBlob in the extension,
 * sharp in Node) has none, but the date, camera, consent keywords (XMP, IPTC),
 * colour profile (ICC) and comments belong to the photo the person chose.
 * Everything is kept except what must not travel with a blurred photo:
 * - the location (lib/location-removal, as for every attached photo);
 * - every preview of the original picture, which shows the faces unblurred
 *   (the EXIF thumbnail, previews in maker notes, Photoshop and XMP thumbnails);
 * - the multi-picture index (MPF), whose other pictures are not carried over.
 * EXIF's orientation becomes 1, as the blurred pixels are already upright, and
 * its pixel size the blurred picture's. The ICC profile still describes the
 * pixels only if they were decoded without colour conversion (in the browser,
 * createImageBitmap with colorSpaceConversion: 'none').
 *
 *   const bytes = spliceMetadata(originalJpeg, blurredJpeg);
 *
 * Pure, on bytes, for Node and the browser alike. Throws, with a reason a member
 * of staff can read, when the original's location cannot be removed or either
 * file is damaged: the photo is then held back, never sent with its location.
 */
import { removeLocation } from '../location-removal/remove-location';
import { exifForBlurred } from './exif-for-blurred';
import { walkBytes } from '../structure/byte-walk';
import { isJpeg, isMetadataMarker, walkJpeg, type JpegSegment } from '../structure/jpeg';

const APP1 = 0xe1;
const APP2 = 0xe2;
const EXIF = 'Exif\0\0';
const MPF = 'MPF\0';
const ICC = 'ICC_PROFILE\0';
/** The start of a JPEG, and its start written in base64 (as XMP keeps thumbnails). */
const JPEG_START = [0xff, 0xd8, 0xff];
const BASE64_JPEG = /\/9j\/[A-Za-z0-9+/=\s]*(?:&#xA;[A-Za-z0-9+/=\s]*)*/g;

const startsWith = (b: Uint8Array, at: number, text: string): boolean =>
  at + text.length <= b.length && [...text].every((char, i) => b[at + i] === char.charCodeAt(0));

/**
 * The header segments of a JPEG up to and including its first scan, by the
 * walk the reader and cleaner make. Throws when the header is damaged: a
 * picture that cannot be parsed is never passed on.
 */
function jpegHeaderSegments(b: Uint8Array): JpegSegment[] {
  const layout = walkBytes(walkJpeg(b.length), b);
  if (layout.stop || layout.scan === undefined) throw new Error('damaged JPEG header');
  return layout.segments;
}

/** The blurred photo with the original's metadata, less its location and previews. */
export function spliceMetadata(original: Uint8Array, blurred: Uint8Array): Uint8Array {
  if (!isJpeg(blurred)) throw new Error('The blurred copy of the photo is not a JPEG, so it was held back.');
  if (!isJpeg(original)) return blurred;
  const cleaned = removeLocation(original);
  if (cleaned.status === 'failed') throw new Error(cleaned.reason);
  const source = cleaned.bytes;
  const blurredHeader = jpegHeaderSegments(blurred);
  const size = frameSize(blurred, blurredHeader);
  const picture = blurredHeader.find((segment) => !isMetadataMarker(segment.marker));
  if (!picture || !size) throw new Error('The blurred copy of the photo is damaged, so it was held back.');
  const kept = jpegHeaderSegments(source)
    .filter((segment) => isMetadataMarker(segment.marker) && !(segment.marker === APP2 && startsWith(source, segment.body, MPF)))
    .map((segment) => forBlurred(source, segment, size));
  const parts = [new Uint8Array([0xff, 0xd8]), ...kept, blurred.subarray(picture.start)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

/** A copy of one metadata segment, fit to travel with the blurred picture. */
function forBlurred(b: Uint8Array, segment: JpegSegment, size: { width: number; height: number }): Uint8Array {
  const copy = b.slice(segment.start, segment.end);
  const body = segment.body - segment.start;
  if (segment.marker === APP2 && startsWith(copy, body, ICC)) return copy;
  if (segment.marker === APP1 && startsWith(copy, body, EXIF)) exifForBlurred(copy.subarray(body + EXIF.length), size.width, size.height);
  blankEmbeddedJpegs(copy, body);
  blankBase64Jpegs(copy, body);
  return copy;
}

/** Zeroes every JPEG stream inside the segment (thumbnails and previews of the unblurred picture). */
function blankEmbeddedJpegs(copy: Uint8Array, from: number): void {
  for (let at = copy.indexOf(0xff, from); at !== -1 && at + 2 < copy.length; at = copy.indexOf(0xff, at + 1)) {
    if (copy[at + 1] !== JPEG_START[1] || copy[at + 2] !== JPEG_START[2]) continue;
    let end = at + 2;
    while (end + 1 < copy.length && !(copy[end] === 0xff && copy[end + 1] === 0xd9)) end++;
    copy.fill(0, at, Math.min(copy.length, end + 2));
    at = end;
  }
}

/** Blanks base64 JPEGs in XMP text (xmpGImg:image thumbnails) with spaces, keeping every length. */
function blankBase64Jpegs(copy: Uint8Array, from: number): void {
  // One character a byte, so that indices in the text are offsets in the segment.
  const text = new TextDecoder('latin1').decode(copy.subarray(from));
  for (const match of text.matchAll(BASE64_JPEG)) copy.fill(0x20, from + match.index, from + match.index + match[0].length);
}

/** The picture's size from its start-of-frame segment. */
function frameSize(b: Uint8Array, header: JpegSegment[]): { width: number; height: number } | undefined {
  const frame = header.find(({ marker }) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker));
  if (!frame) return undefined;
  return { height: (b[frame.body + 1] << 8) | b[frame.body + 2], width: (b[frame.body + 3] << 8) | b[frame.body + 4] };
}
