import { CannotClean, DAMAGED, ensure, startsWith, u32 } from './bytes';
import { afcpEntryCount, afcpIptc, afcpStart, AFCP_TRAILER_BYTES } from '../photos/afcp';
import { photoshopIptcRange } from '../photos/iptc';
import { xmpStart } from '../photos/jpeg';
import { walkBytes } from '../structure/byte-walk';
import { walkJpeg } from '../structure/jpeg';
import { EditPlan } from './edit-plan';
import { planFlirLocationRemoval, type FlirExtent } from './flir';
import { flirPieceOf, FLIR_HEADER_BYTES } from '../photos/flir';
import { EXTENDED_XMP_HEADER_BYTES, extendedPackets, extendedXmpPieceOf, type ExtendedXmpPiece } from '../photos/extended-xmp';
import { planIptcPlaceRemoval } from './iptc-places';
import { planAppendedVideoLocationRemoval } from './iso-media';
import { gather, scatter, type Extent } from './scattered';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

const EXIF = 'Exif\0\0';
const PHOTOSHOP = 'Photoshop 3.0\0';

type ExtendedPiece = ExtendedXmpPiece & Extent;

/**
 * Plans the removal of GPS from a JPEG: the Exif and XMP segments of the main image,
 * then those of every image embedded after it (the second frames of an MPO, gain maps,
 * previews in maker trailers) and of a video appended to it (motion photos), which
 * carry their own metadata.
 */
export function planJpegLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  const scan = planHeaders(b, 0, plan);
  planEmbeddedImages(b, scan, plan);
  planAppendedVideos(b, scan, plan);
  planAfcp(b, plan);
}

/** IPTC kept in an AFCP trailer after the image, found as the reader finds it. */
function planAfcp(b: Uint8Array, plan: EditPlan): void {
  if (b.length < AFCP_TRAILER_BYTES * 2) return;
  const trailer = afcpStart(b.subarray(b.length - AFCP_TRAILER_BYTES));
  if (!trailer) return;
  const count = afcpEntryCount(b.subarray(trailer.start, trailer.start + 12), trailer.little);
  if (count === undefined) return;
  const iptc = afcpIptc(b.subarray(trailer.start + 12, trailer.start + 12 + count * 12), trailer.little);
  if (!iptc) return;
  ensure(iptc.end <= b.length);
  planIptcPlaceRemoval(b, iptc.start, iptc.end, plan);
}

function planEmbeddedImages(b: Uint8Array, from: number, plan: EditPlan): void {
  let at = from;
  // Inside compressed image data 0xFF is always followed by 0x00 or a restart marker,
  // so FF D8 FF after the first scan can only start another image.
  while ((at = b.indexOf(0xff, at)) !== -1 && at + 2 < b.length) {
    const start = at;
    const scan = b[at + 1] === 0xd8 && b[at + 2] === 0xff ? planIgnoringFalseStarts(plan, (local) => planHeaders(b, start, local)) : undefined;
    at = scan ?? at + 1;
  }
}

/** An MP4 after the picture starts with a small `ftyp` box; its movie box may carry a location. */
function planAppendedVideos(b: Uint8Array, from: number, plan: EditPlan): void {
  for (let at = b.indexOf(0x66, from + 4); at !== -1; at = b.indexOf(0x66, at + 1)) {
    if (!startsWith(b, at, 'ftyp')) continue;
    const size = u32(b, at - 4);
    if (size < 16 || size > 256) continue;
    planIgnoringFalseStarts(plan, (local) => planAppendedVideoLocationRemoval(b, at - 4, local));
  }
}

/**
 * Plans what follows the main picture. Bytes that only look like the start of an image
 * or video are not one, so damage there is passed over; but a real one whose location
 * cannot be removed must still hold the whole file back.
 */
function planIgnoringFalseStarts<T>(plan: EditPlan, planPart: (local: EditPlan) => T): T | undefined {
  const local = new EditPlan();
  try {
    const result = planPart(local);
    plan.adopt(local);
    return result;
  } catch (error) {
    if (error instanceof CannotClean && error.message !== DAMAGED) throw error;
    return undefined;
  }
}

/**
 * Plans the header segments of the JPEG whose SOI is at `start`, by the walk
 * the reader makes; returns where the scan data begins. Stray bytes between
 * the main image's segments are skipped, as decoders and the reader skip them;
 * anywhere else they mean the bytes were not an image after all.
 */
function planHeaders(b: Uint8Array, start: number, plan: EditPlan): number {
  const layout = walkBytes(walkJpeg(b.length, { from: start, skipStrayBytes: start === 0 }), b);
  ensure(!layout.stop && layout.scan !== undefined);
  const extended: ExtendedPiece[] = [];
  const flir: FlirExtent[] = [];
  for (const { marker, body, end } of layout.segments) {
    if (marker === 0xe1) {
      const xmp = xmpStart(b.subarray(body, end));
      const piece = flirPieceOf(b.subarray(body, end));
      const extendedPiece = extendedXmpPieceOf(b.subarray(body, end), end - body);
      if (piece) flir.push({ ...piece, at: body + FLIR_HEADER_BYTES, length: end - body - FLIR_HEADER_BYTES });
      else if (extendedPiece) extended.push({ ...extendedPiece, at: body + EXTENDED_XMP_HEADER_BYTES });
      else if (startsWith(b, body, EXIF)) planTiffGpsRemoval(b, body + EXIF.length, end, plan);
      else if (xmp !== undefined) planXmpGpsRemoval(b, body + xmp, end, plan);
    }
    if (marker === 0xed && startsWith(b, body, PHOTOSHOP)) {
      const resources = body + PHOTOSHOP.length;
      const iptc = photoshopIptcRange(b.subarray(resources, end));
      if (iptc) planIptcPlaceRemoval(b, resources + iptc.start, resources + iptc.end, plan);
    }
  }
  planExtendedXmp(b, extended, plan);
  planFlirLocationRemoval(b, flir, plan);
  return layout.scan;
}

/** Extended XMP is one packet split over several segments: join, clean, and write back piece by piece. */
function planExtendedXmp(b: Uint8Array, pieces: ExtendedPiece[], plan: EditPlan): void {
  const { whole, broken } = extendedPackets(pieces);
  // A packet with a piece missing cannot be read whole, so what it says cannot be known.
  ensure(!broken);
  for (const packet of whole) {
    const local = new EditPlan();
    const joined = gather(b, packet);
    planXmpGpsRemoval(joined, 0, joined.length, local);
    scatter(local, packet, plan);
  }
}
