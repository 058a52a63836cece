import { be16, be32, le16, le32 } from '../photos/binary';
import { photoshopIptcRange } from '../photos/iptc';
import { check, StructureCutShort, StructureDamage, type Walk } from './byte-walk';

const GPS_POINTER = 0x8825;
const XMP_PACKET = 0x02bc;
const IPTC_RECORDS = 0x83bb;
const PHOTOSHOP_RESOURCES = 0x8649;
/** Exif, Interoperability and SubIFDs pointers: directories whose bytes must survive. */
const SUB_DIRECTORIES = new Set([0x8769, 0xa005, 0x014a]);
/** Bytes per value for TIFF field types 1 to 13 (13 being an IFD offset). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** More directories than any camera writes: a file that claims more is refused rather than walked. */
const MAX_DIRECTORIES = 512;

export interface Range {
  start: number;
  end: number;
}

export interface TiffEntry {
  tag: number;
  type: number;
  count: number;
  /** Where the value is, in the file: inside the entry when it fits in four bytes. */
  valueAt: number;
  size: number;
}

export interface TiffDirectory {
  at: number;
  end: number;
  entries: TiffEntry[];
}

/** Where a TIFF structure lies (an Exif block or a whole TIFF file) and its byte order. */
export interface TiffFrame {
  base: number;
  end: number;
  little: boolean;
}

/** What one walk of a TIFF structure found: its directories, its GPS directories, and what could not be read. */
export interface TiffLayout extends TiffFrame {
  /** A BigTIFF (magic 43), which is not walked. */
  bigTiff: boolean;
  directories: TiffDirectory[];
  gpsDirectories: TiffDirectory[];
  /** A side directory (Interoperability, SubIFDs) that could not be read: nothing near it can be zeroed safely. */
  unreadable: boolean;
  /** Where a broken thumbnail directory (IFD1) claims to be: kept whole, as it may hold anything from there on. */
  brokenThumbnailAt?: number;
  /** XMP packets and IPTC records (also those among the Photoshop resources) held in the main directories' tags. */
  xmp: Range[];
  iptc: Range[];
}

export const isWithin = (frame: TiffFrame, range: Range): boolean => range.start >= frame.base && range.end <= frame.end;

const tiffU16 = (frame: TiffFrame, b: Uint8Array, at: number): number => (frame.little ? le16(b, at) : be16(b, at));
export const tiffU32 = (frame: TiffFrame, b: Uint8Array, at: number): number => (frame.little ? le32(b, at) : be32(b, at));

/** `length` bytes at `at`, which must lie in the structure. */
function* bytesAt(frame: TiffFrame, at: number, length: number): Walk<Uint8Array> {
  check(at >= frame.base);
  if (at + length > frame.end) throw new StructureCutShort();
  const bytes = yield { start: at, length };
  check(bytes.length === length);
  return bytes;
}

/** The directory at `offset` from the TIFF header. */
export function* directoryAt(frame: TiffFrame, offset: number): Walk<TiffDirectory> {
  check(offset >= 8);
  const at = frame.base + offset;
  const count = tiffU16(frame, yield* bytesAt(frame, at, 2), 0);
  const table = yield* bytesAt(frame, at + 2, 12 * count + 4);
  const entries: TiffEntry[] = [];
  for (let e = 0; e < 12 * count; e += 12) {
    const type = tiffU16(frame, table, e + 2);
    const values = tiffU32(frame, table, e + 4);
    const size = (TYPE_SIZE[type] ?? 0) * values;
    const valueAt = size <= 4 ? at + 2 + e + 8 : frame.base + tiffU32(frame, table, e + 8);
    entries.push({ tag: tiffU16(frame, table, e), type, count: values, size, valueAt });
  }
  return { at, end: at + 2 + table.length, entries };
}

/** Integer values of a SHORT, LONG or IFD entry: offsets, byte counts. */
export function* numbersOf(frame: TiffFrame, entry: TiffEntry): Walk<number[]> {
  if (entry.type !== 3 && entry.type !== 4 && entry.type !== 13) return [];
  const width = entry.type === 3 ? 2 : 4;
  const bytes = yield* bytesAt(frame, entry.valueAt, entry.count * width);
  const values: number[] = [];
  for (let at = 0; at < bytes.length; at += width) values.push(width === 2 ? tiffU16(frame, bytes, at) : tiffU32(frame, bytes, at));
  return values;
}

/** The value's place, when it lies outside the entry and inside the structure. */
export function outOfLine(frame: TiffFrame, entry: TiffEntry): Range | undefined {
  const range = { start: entry.valueAt, end: entry.valueAt + entry.size };
  return entry.size > 4 && isWithin(frame, range) ? range : undefined;
}

/**
 * Walks the directories of the TIFF structure in `[base, end)` of a file:
 * an Exif block or a whole TIFF file, reading only directory tables and the
 * values that point onwards. A broken thumbnail directory or side directory
 * is passed over as exiftool and cameras' own software do (a Sony's GPS sits
 * beside a broken thumbnail), and remembered, so a cleaner never zeroes bytes
 * it could not account for. Throws StructureDamage when IFD0 or a GPS
 * directory cannot be read.
 */
export function* walkTiff(base: number, end: number): Walk<TiffLayout> {
  const header = yield* bytesAt({ base, end, little: false }, base, 8);
  const order = be16(header, 0);
  check(order === 0x4949 || order === 0x4d4d);
  const frame: TiffFrame = { base, end, little: order === 0x4949 };
  const layout: TiffLayout = { ...frame, bigTiff: false, directories: [], gpsDirectories: [], unreadable: false, xmp: [], iptc: [] };
  const magic = tiffU16(frame, header, 2);
  if (magic === 43) return { ...layout, bigTiff: true };
  check(magic === 42);
  const gpsOffsets = new Set<number>();
  const seen = new Set<number>();
  const queue = [{ offset: tiffU32(frame, header, 4), main: true }];
  while (queue.length > 0) {
    const { offset, main } = queue.pop()!;
    if (offset === 0 || seen.has(offset)) continue;
    check(seen.size < MAX_DIRECTORIES);
    seen.add(offset);
    let directory: TiffDirectory;
    try {
      directory = yield* directoryAt(frame, offset);
    } catch (error) {
      if (!(error instanceof StructureDamage) || (main && layout.directories.length === 0)) throw error;
      if (main) layout.brokenThumbnailAt = base + offset;
      else layout.unreadable = true;
      continue;
    }
    layout.directories.push(directory);
    queue.push({ offset: tiffU32(frame, yield* bytesAt(frame, directory.end - 4, 4), 0), main });
    for (const entry of directory.entries) {
      if (entry.tag === GPS_POINTER) for (const value of yield* numbersOf(frame, entry)) gpsOffsets.add(value);
      if (SUB_DIRECTORIES.has(entry.tag)) for (const value of yield* numbersOf(frame, entry)) queue.push({ offset: value, main: false });
      const range = { start: entry.valueAt, end: entry.valueAt + entry.size };
      if (!main || !isWithin(frame, range)) continue;
      if (entry.tag === XMP_PACKET) layout.xmp.push(range);
      if (entry.tag === IPTC_RECORDS) layout.iptc.push(range);
      if (entry.tag === PHOTOSHOP_RESOURCES) {
        const inner = photoshopIptcRange(yield* bytesAt(frame, range.start, range.end - range.start));
        if (inner) layout.iptc.push({ start: range.start + inner.start, end: range.start + inner.end });
      }
    }
  }
  for (const offset of gpsOffsets) layout.gpsDirectories.push(yield* directoryAt(frame, offset));
  return layout;
}
