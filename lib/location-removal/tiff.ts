import { CannotClean, DAMAGED, ensure, u16, u32 } from './bytes';
import { MAKER_NOTE_TAG, makerNotePlaces, type MakerPlace } from '../photos/maker-notes';
import { EditPlan } from './edit-plan';
import { photoshopIptcRange } from '../photos/iptc';
import { planIptcPlaceRemoval } from './iptc-places';
import { planXmpGpsRemoval } from './xmp-gps';

export const GPS_IN_EXIF = 'GPS in EXIF';
export const PLACE_IN_MAKER_NOTE = 'place name in the camera maker’s own record';

const GPS_POINTER = 0x8825;
const GPS_VERSION = 0x0000;
const XMP_PACKET = 0x02bc;
const IPTC_RECORDS = 0x83bb;
const PHOTOSHOP_RESOURCES = 0x8649;
/** Exif, Interoperability and SubIFDs pointers: directories whose bytes must survive. */
const SUB_DIRECTORIES = new Set([0x8769, 0xa005, 0x014a]);
/** Offset tag and byte-count tag of strips, tiles and the Exif thumbnail: the pictures themselves. */
const IMAGE_DATA: ReadonlyArray<readonly [number, number]> = [
  [0x0111, 0x0117],
  [0x0144, 0x0145],
  [0x0201, 0x0202],
];
/** Bytes per value for TIFF field types 1 to 13 (13 being an IFD offset). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

const SHARED_SPACE = 'Its GPS data shares space with other metadata, so it cannot be removed without harming the photo.';
const BIGTIFF = 'It is a BigTIFF file, which cannot be checked for a location or cleaned of one.';

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Absolute offset of the value: inside the entry when it fits in four bytes. */
  valueAt: number;
  size: number;
}

interface Directory {
  at: number;
  end: number;
  entries: Entry[];
}

interface Range {
  start: number;
  end: number;
}

class Tiff {
  readonly littleEndian: boolean;

  constructor(
    readonly b: Uint8Array,
    readonly base: number,
    readonly end: number,
  ) {
    const order = u16(b, base);
    ensure(order === 0x4949 || order === 0x4d4d);
    this.littleEndian = order === 0x4949;
    const magic = this.u16(base + 2);
    if (magic === 43) throw new CannotClean(BIGTIFF);
    ensure(magic === 42);
  }

  u16(at: number): number {
    ensure(at + 2 <= this.end);
    return u16(this.b, at, this.littleEndian);
  }

  u32(at: number): number {
    ensure(at + 4 <= this.end);
    return u32(this.b, at, this.littleEndian);
  }

  contains(range: Range): boolean {
    return range.start >= this.base && range.end <= this.end;
  }

  directory(offset: number): Directory {
    const at = this.base + offset;
    ensure(offset >= 8);
    const count = this.u16(at);
    const end = at + 2 + 12 * count + 4;
    ensure(end <= this.end);
    const entries: Entry[] = [];
    for (let e = at + 2; e < end - 4; e += 12) {
      const type = this.u16(e + 2);
      const count = this.u32(e + 4);
      const size = (TYPE_SIZE[type] ?? 0) * count;
      entries.push({ tag: this.u16(e), type, count, size, valueAt: size <= 4 ? e + 8 : this.base + this.u32(e + 8) });
    }
    return { at, end, entries };
  }

  /** Integer values of a SHORT, LONG or IFD entry: offsets, byte counts. */
  numbers(entry: Entry): number[] {
    if (entry.type !== 3 && entry.type !== 4 && entry.type !== 13) return [];
    const width = entry.type === 3 ? 2 : 4;
    const values: number[] = [];
    for (let i = 0; i < entry.count; i++) {
      const at = entry.valueAt + i * width;
      values.push(width === 2 ? this.u16(at) : this.u32(at));
    }
    return values;
  }

  outOfLine(entry: Entry): Range | undefined {
    const range = { start: entry.valueAt, end: entry.valueAt + entry.size };
    return entry.size > 4 && this.contains(range) ? range : undefined;
  }
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** What one walk of a TIFF structure found: its directories, its GPS directories, and what could not be read. */
interface TiffWalk {
  tiff: Tiff;
  directories: Directory[];
  gpsDirectories: Directory[];
  /** A side directory (Interoperability, SubIFDs) that could not be read: nothing near it can be zeroed safely. */
  unreadable: boolean;
  /** Where a broken thumbnail directory (IFD1) claims to be: kept whole, as it may hold anything from there on. */
  brokenThumbnailAt?: number;
  xmp: Range[];
  iptc: Range[];
  /** Place names in a camera maker's own record (MakerNote). */
  makerPlaces: MakerPlace[];
}

/**
 * Walks the directories of the TIFF structure in `b[base, end)`. A broken
 * thumbnail directory or side directory is passed over as exiftool and
 * cameras' own software do (a Sony's GPS sits beside a broken thumbnail), and
 * remembered, so a cleaner never zeroes bytes it could not account for.
 */
function walkTiff(b: Uint8Array, base: number, end: number): TiffWalk {
  const tiff = new Tiff(b, base, end);
  const walk: TiffWalk = { tiff, directories: [], gpsDirectories: [], unreadable: false, xmp: [], iptc: [], makerPlaces: [] };
  const gpsOffsets = new Set<number>();
  const seen = new Set<number>();
  const queue = [{ offset: tiff.u32(base + 4), main: true }];
  while (queue.length > 0) {
    const { offset, main } = queue.pop()!;
    if (offset === 0 || seen.has(offset)) continue;
    ensure(seen.size < 512);
    seen.add(offset);
    let directory: Directory;
    try {
      directory = tiff.directory(offset);
    } catch (error) {
      if (main && walk.directories.length === 0) throw error;
      if (main) walk.brokenThumbnailAt = base + offset;
      else walk.unreadable = true;
      continue;
    }
    walk.directories.push(directory);
    queue.push({ offset: tiff.u32(directory.end - 4), main });
    for (const entry of directory.entries) {
      if (entry.tag === GPS_POINTER) for (const value of tiff.numbers(entry)) gpsOffsets.add(value);
      if (SUB_DIRECTORIES.has(entry.tag)) for (const value of tiff.numbers(entry)) queue.push({ offset: value, main: false });
      const range = { start: entry.valueAt, end: entry.valueAt + entry.size };
      if (main && tiff.contains(range)) {
        if (entry.tag === XMP_PACKET) walk.xmp.push(range);
        if (entry.tag === IPTC_RECORDS) walk.iptc.push(range);
        if (entry.tag === PHOTOSHOP_RESOURCES) {
          const inner = photoshopIptcRange(b.subarray(range.start, range.end));
          if (inner) walk.iptc.push({ start: range.start + inner.start, end: range.start + inner.end });
        }
      }
    }
  }
  walk.gpsDirectories = [...gpsOffsets].map((offset) => tiff.directory(offset));
  walk.makerPlaces = walk.directories.flatMap((directory) => directory.entries).flatMap((entry) => {
    const note = entry.tag === MAKER_NOTE_TAG ? tiff.outOfLine(entry) : undefined;
    return note ? makerNotePlaces(b, base, note.start, note.end, tiff.littleEndian) : [];
  });
  return walk;
}

/** GPSLatitudeRef, GPSLatitude, GPSLongitudeRef and GPSLongitude. */
const GPS_TAGS = { latitudeRef: 1, latitude: 2, longitudeRef: 3, longitude: 4 } as const;

const XP_KEYWORDS = 0x9c9e;

/** What the reader needs from a TIFF structure when exifr gives up on it: the GPS position and Windows' keywords (UTF-16). */
export interface TiffFacts {
  position?: { latitude: number; longitude: number };
  xpKeywords?: Uint8Array;
  /** Place names a camera maker's own record gives. */
  places: string[];
}

/**
 * The position in a TIFF structure's GPS directory and IFD0's Windows
 * keywords, read by the same walk the cleaner uses: the reader falls back on
 * it when exifr gives up on a damaged block, so a location the cleaner would
 * remove is never missed, nor a keyword exiftool lists.
 */
export function tiffFacts(b: Uint8Array, base = 0, end = b.length): TiffFacts {
  const { tiff, directories, gpsDirectories, makerPlaces } = walkTiff(b, base, end);
  const facts: TiffFacts = { places: makerPlaces.map(({ name }) => name) };
  const xp = directories[0]?.entries.find((entry) => entry.tag === XP_KEYWORDS);
  if (xp && tiff.contains({ start: xp.valueAt, end: xp.valueAt + xp.size })) facts.xpKeywords = b.subarray(xp.valueAt, xp.valueAt + xp.size);
  for (const gps of gpsDirectories) {
    const entry = (tag: number) => gps.entries.find((candidate) => candidate.tag === tag);
    const angle = (tag: number, refTag: number): number => {
      const value = entry(tag);
      if (!value || value.type !== 5 || value.count < 3) return NaN;
      const [d, m, s] = [0, 8, 16].map((o) => tiff.u32(value.valueAt + o) / tiff.u32(value.valueAt + o + 4));
      const ref = entry(refTag);
      const negative = ref !== undefined && (b[ref.valueAt] === 0x53 || b[ref.valueAt] === 0x57);
      return (negative ? -1 : 1) * (d + m / 60 + s / 3600);
    };
    const latitude = angle(GPS_TAGS.latitude, GPS_TAGS.latitudeRef);
    const longitude = angle(GPS_TAGS.longitude, GPS_TAGS.longitudeRef);
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) return { ...facts, position: { latitude, longitude } };
  }
  return facts;
}

/**
 * Plans the removal of the GPS directory from the TIFF structure in `b[base, end)`:
 * an Exif block or a whole TIFF file. Nothing moves: the GPSInfo pointer is taken out
 * of its directory's entry table in place, and the GPS directory and its values are
 * zeroed, so every other offset stays valid and no coordinate is left behind in the
 * bytes. Also blanks GPS and place names in the XMP packet and IPTC records held in
 * the TIFF's own tags.
 */
export function planTiffGpsRemoval(b: Uint8Array, base: number, end: number, plan: EditPlan): void {
  const walk = walkTiff(b, base, end);
  const { tiff, directories, gpsDirectories } = walk;
  for (const range of walk.xmp) planXmpGpsRemoval(b, range.start, range.end, plan);
  for (const range of walk.iptc) planIptcPlaceRemoval(b, range.start, range.end, plan);
  for (const range of walk.makerPlaces) {
    // Zeros keep the entry and its length; readers find an empty name.
    plan.zero(range.start, range.end - range.start);
    plan.removed.add(PLACE_IN_MAKER_NOTE);
  }
  if (!gpsDirectories.some((gps) => gps.entries.some((entry) => entry.tag !== GPS_VERSION))) return;
  if (walk.unreadable) throw new CannotClean(DAMAGED);

  const kept: Range[] = [];
  if (walk.brokenThumbnailAt !== undefined) kept.push({ start: walk.brokenThumbnailAt, end });
  for (const directory of directories) {
    kept.push({ start: directory.at, end: directory.end });
    for (const entry of directory.entries) {
      const value = tiff.outOfLine(entry);
      if (value) kept.push(value);
    }
    for (const [offsetTag, lengthTag] of IMAGE_DATA) {
      const offsets = directory.entries.find((entry) => entry.tag === offsetTag);
      const lengths = directory.entries.find((entry) => entry.tag === lengthTag);
      if (!offsets || !lengths) continue;
      const lengthValues = tiff.numbers(lengths);
      tiff.numbers(offsets).forEach((offset, i) => kept.push({ start: base + offset, end: base + offset + (lengthValues[i] ?? 0) }));
    }
  }

  const cleared: Range[] = [];
  for (const gps of gpsDirectories) {
    cleared.push({ start: gps.at, end: gps.end });
    for (const entry of gps.entries) {
      const value = tiff.outOfLine(entry);
      if (value) cleared.push(value);
    }
  }
  for (const range of mergeRanges(cleared)) {
    if (kept.some((other) => overlaps(range, other))) throw new CannotClean(SHARED_SPACE);
    plan.zero(range.start, range.end - range.start);
  }

  for (const directory of directories) {
    if (directory.entries.some((entry) => entry.tag === GPS_POINTER)) plan.overwrite(directory.at, withoutGpsPointer(tiff, directory));
  }
  plan.removed.add(GPS_IN_EXIF);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, c) => a.start - c.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The directory's table with the GPSInfo entries taken out, the rest moved up and the tail zeroed. */
function withoutGpsPointer(tiff: Tiff, directory: Directory): Uint8Array {
  const { b, littleEndian } = tiff;
  const table = new Uint8Array(directory.end - directory.at);
  let write = 2;
  directory.entries.forEach((entry, i) => {
    if (entry.tag === GPS_POINTER) return;
    const at = directory.at + 2 + 12 * i;
    table.set(b.subarray(at, at + 12), write);
    write += 12;
  });
  const count = (write - 2) / 12;
  table[littleEndian ? 0 : 1] = count & 0xff;
  table[littleEndian ? 1 : 0] = count >> 8;
  table.set(b.subarray(directory.end - 4, directory.end), write);
  return table;
}
