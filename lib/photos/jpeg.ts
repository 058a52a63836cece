import { concat, startsWith } from './binary';
import type { ByteReader } from './byte-reader';
import { afcpEntryCount, afcpIptc, afcpStart, AFCP_TRAILER_BYTES } from './afcp';
import { nothingFound, type Embedded } from './embedded';
import { EXTENDED_XMP_HEADER_BYTES, EXTENDED_XMP_ID, extendedPackets, extendedXmpPieceOf, type ExtendedXmpPiece } from './extended-xmp';
import { flirGpsRecords, flirPieceOf, flirPosition, FLIR_HEADER_BYTES, inOrder, type FlirPiece } from './flir';
import { photoshopIptc } from './iptc';
import { PROBLEM, Unreadable } from './problems';
import { readIsoFile } from './iso-file';
import { motionVideo } from './motion-photo';
import { MAX_XMP_BYTES } from './xmp';
import { walkSlices } from '../structure/byte-walk';
import { isApp, walkJpeg, type JpegLayout } from '../structure/jpeg';

const EXIF_ID = 'Exif\0\0';
export const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';
const PHOTOSHOP_ID = 'Photoshop 3.0\0';
/** Some writers damage the namespace before an XMP packet; the packet itself still says what it is (audit L4). */
export const XMP_ROOT = '<x:xmpmeta';

/** How the notice names what a camera maker kept in its own record: "a location (…) in its camera maker’s data". */
export const MAKER_SOURCE = 'camera maker’s';

/** Where an APP1 segment's XMP packet starts within its body: after Adobe's namespace, or wherever the packet itself starts. */
export function xmpStart(body: Uint8Array): number | undefined {
  if (startsWith(body, XMP_ID)) return XMP_ID.length;
  if (startsWith(body, EXIF_ID) || startsWith(body, EXTENDED_XMP_ID)) return undefined;
  const head = body.subarray(0, 256);
  for (let at = head.indexOf(0x3c); at >= 0; at = head.indexOf(0x3c, at + 1)) {
    if (startsWith(body, XMP_ROOT, at) || startsWith(body, '<?xpacket', at)) return at;
  }
  return undefined;
}

type Piece = FlirPiece & { bytes: Uint8Array };
type ExtendedPiece = ExtendedXmpPiece & { bytes: Uint8Array };

/** Blocks that come in pieces over several segments, joined once the walk is done. */
interface Pieces {
  flir: Piece[];
  extendedXmp: ExtendedPiece[];
  /** Bytes of extended XMP read so far, held to the most any packet may have. */
  extendedBytes: number;
}

async function collect(reader: ByteReader, marker: number, bodyAt: number, length: number, found: Embedded, pieces: Pieces): Promise<void> {
  const id = await reader.bytes(bodyAt, Math.min(length, EXTENDED_XMP_HEADER_BYTES));
  const flirPiece = marker === 0xe1 ? flirPieceOf(id) : undefined;
  const extended = marker === 0xe1 ? extendedXmpPieceOf(id, length) : undefined;
  if (flirPiece) {
    pieces.flir.push({ ...flirPiece, bytes: await reader.exactly(bodyAt + FLIR_HEADER_BYTES, length - FLIR_HEADER_BYTES) });
  } else if (extended) {
    pieces.extendedBytes += extended.length;
    if (pieces.extendedBytes > MAX_XMP_BYTES) throw new Unreadable(PROBLEM.tooLarge);
    const bytes = await reader.exactly(bodyAt + EXTENDED_XMP_HEADER_BYTES, extended.length);
    // Extended XMP is metadata, not picture, however long (a depth map runs to megabytes): it is not held to the read budget.
    reader.forgive(bytes.length);
    pieces.extendedXmp.push({ ...extended, bytes });
  } else if (marker === 0xe1 && startsWith(id, EXIF_ID)) {
    found.exif.push(await reader.exactly(bodyAt + EXIF_ID.length, length - EXIF_ID.length));
  } else if (marker === 0xe1 && !startsWith(id, EXTENDED_XMP_ID)) {
    const body = await reader.exactly(bodyAt, length);
    const start = xmpStart(body);
    if (start !== undefined) found.xmp.push(body.subarray(start));
  } else if (marker === 0xed && startsWith(id, PHOTOSHOP_ID)) {
    const iptc = photoshopIptc(await reader.exactly(bodyAt + PHOTOSHOP_ID.length, length - PHOTOSHOP_ID.length));
    if (iptc) found.iptc.push(iptc);
  }
}

/**
 * Each whole extended XMP packet, joined from its pieces. One whose pieces do
 * not make it whole is read by no one (exiftool warns and passes it by), so it
 * is passed by here too; the cleaner refuses such a file.
 */
function readExtendedXmp(pieces: ExtendedPiece[], found: Embedded): void {
  for (const packet of extendedPackets(pieces).whole) found.xmp.push(concat(packet.map(({ bytes }) => bytes)));
}

/** The positions in a FLIR thermal camera's own GPS record, once its pieces are joined. */
function readFlir(pieces: Piece[], found: Embedded): void {
  const sorted = inOrder(pieces);
  if (!sorted) return;
  const block = concat(sorted.map(({ bytes }) => bytes));
  for (const record of flirGpsRecords(block)) {
    const gps = flirPosition(block.subarray(record.start, record.end));
    if (gps) found.locations.push({ gps, source: MAKER_SOURCE });
  }
}

/**
 * A motion photo's video, where the picture's XMP (or a Samsung trailer) says
 * it starts: its location keys, tracks and XMP count as the photo's. A video
 * that cannot be read there is passed by (the cleaner, which looks through
 * the whole file, refuses it).
 */
async function readMotionVideo(reader: ByteReader, found: Embedded): Promise<void> {
  const span = await motionVideo(reader, found.xmp);
  if (!span) return;
  let video: Embedded;
  try {
    video = await readIsoFile(reader.from(span.start, span.end));
  } catch {
    return;
  }
  found.locations.push(...video.locations);
  found.places.push(...video.places);
  found.xmp.push(...video.xmp);
}

/** IPTC kept after the image in an AFCP trailer, which some archive software writes. */
async function readAfcp(reader: ByteReader, found: Embedded): Promise<void> {
  if (reader.size < AFCP_TRAILER_BYTES * 2) return;
  const trailer = afcpStart(await reader.bytes(reader.size - AFCP_TRAILER_BYTES, AFCP_TRAILER_BYTES));
  if (!trailer) return;
  const count = afcpEntryCount(await reader.bytes(trailer.start, 12), trailer.little);
  if (count === undefined) return;
  const iptc = afcpIptc(await reader.bytes(trailer.start + 12, count * 12), trailer.little);
  if (iptc) found.iptc.push(await reader.exactly(iptc.start, iptc.end - iptc.start));
}

/**
 * Metadata sits in APPn segments before the image tables, so a file cut short
 * after those tables has kept its metadata; one cut inside an APPn segment, or
 * before any table, has not. Damage is damage wherever it is.
 */
function keptItsMetadata({ segments, stop }: JpegLayout): boolean {
  if (!stop) return true;
  if (stop.why !== 'cut-short' || (stop.marker !== undefined && isApp(stop.marker))) return false;
  return stop.marker !== undefined || segments.some(({ marker }) => !isApp(marker));
}

/**
 * Reads a JPEG's segments up to the image data (SOS), by the walk the cleaner
 * makes, then the bodies of EXIF, XMP, extended XMP and FLIR (APP1) and IPTC
 * (APP13) segments only, then an AFCP trailer.
 */
export async function readJpeg(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  const pieces: Pieces = { flir: [], extendedXmp: [], extendedBytes: 0 };
  const layout = await walkSlices(walkJpeg(reader.size), (start, length) => reader.bytes(start, length));
  if (!keptItsMetadata(layout)) throw new Unreadable(layout.stop?.why === 'cut-short' ? PROBLEM.cutShort : PROBLEM.damaged);
  for (const { marker, body, end } of layout.segments) {
    if (isApp(marker)) await collect(reader, marker, body, end - body, found, pieces);
  }
  readFlir(pieces.flir, found);
  readExtendedXmp(pieces.extendedXmp, found);
  await readMotionVideo(reader, found);
  await readAfcp(reader, found);
  return found;
}
