import { CannotClean, DAMAGED } from './bytes';
import { MAKER_NOTE_TAG, makerNotePlaces } from '../photos/maker-notes';
import { EditPlan } from './edit-plan';
import { check, walkBytes, type Walk } from '../structure/byte-walk';
import { directoryAt, isWithin, numbersOf, outOfLine, tiffU32, walkTiff, type Range, type TiffDirectory, type TiffEntry, type TiffFrame, type TiffLayout } from '../structure/tiff';
import { planIptcPlaceRemoval } from './iptc-places';
import { planXmpGpsRemoval } from './xmp-gps';

export const GPS_IN_EXIF = 'GPS in EXIF';
export const PLACE_IN_MAKER_NOTE = 'place name in the camera maker’s own record';

/** Offset tag and byte-count tag of strips, tiles and the Exif thumbnail: the pictures themselves. */
const IMAGE_DATA: ReadonlyArray<readonly [number, number]> = [
  [0x0111, 0x0117],
  [0x0144, 0x0145],
  [0x0201, 0x0202],
];
const GPS_POINTER = 0x8825;
const GPS_VERSION = 0x0000;

const SHARED_SPACE = 'Its GPS data shares space with other metadata, so it cannot be removed without harming the photo.';
const BIGTIFF = 'It is a BigTIFF file, which cannot be checked for a location or cleaned of one.';

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The value bytes of an entry, wherever they lie in the structure. */
function* valueOf(frame: TiffFrame, entry: TiffEntry): Walk<Uint8Array> {
  check(isWithin(frame, { start: entry.valueAt, end: entry.valueAt + entry.size }));
  const bytes = yield { start: entry.valueAt, length: entry.size };
  check(bytes.length === entry.size);
  return bytes;
}

/**
 * The place names in the camera makers' own records (lib/photos/maker-notes.ts
 * knows their layouts): each record is read whole, as its values lie inside it.
 */
function* makerPlacesIn(frame: TiffFrame, directories: TiffDirectory[]): Walk<{ range: Range; text: string }[]> {
  const places: { range: Range; text: string }[] = [];
  for (const entry of directories.flatMap((directory) => directory.entries)) {
    const note = entry.tag === MAKER_NOTE_TAG ? outOfLine(frame, entry) : undefined;
    if (!note || !isWithin(frame, note)) continue;
    const bytes = yield { start: note.start, length: note.end - note.start };
    check(bytes.length === note.end - note.start);
    for (const place of makerNotePlaces(bytes, frame.base - note.start, 0, bytes.length, frame.little)) {
      places.push({ range: { start: note.start + place.start, end: note.start + place.end }, text: place.name });
    }
  }
  return places;
}

/** What the walk found, with a Panasonic's place names: the layout the cleaner plans by and the reader reads by. */
export interface TiffWalk extends TiffLayout {
  makerPlaces: { range: Range; text: string }[];
}

/** The TIFF walk (lib/structure/tiff.ts) and the maker note's places; a BigTIFF is refused. */
function* walkTiffAndPlaces(base: number, end: number): Walk<TiffWalk> {
  const layout = yield* walkTiff(base, end);
  if (layout.bigTiff) throw new CannotClean(BIGTIFF);
  return { ...layout, makerPlaces: yield* makerPlacesIn(layout, layout.directories) };
}

/** GPSLatitudeRef, GPSLatitude, GPSLongitudeRef and GPSLongitude. */
const GPS_TAGS = { latitudeRef: 1, latitude: 2, longitudeRef: 3, longitude: 4 } as const;

const XP_KEYWORDS = 0x9c9e;

/** What the reader needs from a TIFF structure: the GPS position, Windows' keywords (UTF-16), and the walk itself. */
export interface TiffFacts {
  position?: { latitude: number; longitude: number };
  xpKeywords?: Uint8Array;
  /** Place names a camera maker's own record gives. */
  places: string[];
  walk: TiffWalk;
}

/**
 * The position in a TIFF structure's GPS directory and IFD0's Windows
 * keywords, read by the same walk the cleaner uses, over the bytes held or
 * slices of a TIFF file: the reader reads TIFF files by it, and falls back on
 * it when exifr gives up on a damaged EXIF block, so a location the cleaner
 * would remove is never missed, nor a keyword exiftool lists.
 */
export function* walkTiffFacts(base: number, end: number): Walk<TiffFacts> {
  const walk = yield* walkTiffAndPlaces(base, end);
  const facts: TiffFacts = { walk, places: walk.makerPlaces.map(({ text }) => text) };
  const xp = walk.directories[0]?.entries.find((entry) => entry.tag === XP_KEYWORDS);
  if (xp && isWithin(walk, { start: xp.valueAt, end: xp.valueAt + xp.size })) facts.xpKeywords = yield* valueOf(walk, xp);
  for (const gps of walk.gpsDirectories) {
    const entry = (tag: number) => gps.entries.find((candidate) => candidate.tag === tag);
    const angle = function* (tag: number, refTag: number): Walk<number> {
      const value = entry(tag);
      if (!value || value.type !== 5 || value.count < 3) return NaN;
      const bytes = yield* valueOf(walk, { ...value, size: 24 });
      const [d, m, s] = [0, 8, 16].map((o) => tiffU32(walk, bytes, o) / tiffU32(walk, bytes, o + 4));
      const ref = entry(refTag);
      const letter = ref && isWithin(walk, { start: ref.valueAt, end: ref.valueAt + 1 }) ? (yield* valueOf(walk, { ...ref, size: 1 }))[0] : 0;
      const negative = letter === 0x53 || letter === 0x57;
      return (negative ? -1 : 1) * (d + m / 60 + s / 3600);
    };
    const latitude = yield* angle(GPS_TAGS.latitude, GPS_TAGS.latitudeRef);
    const longitude = yield* angle(GPS_TAGS.longitude, GPS_TAGS.longitudeRef);
    if (Number.isFinite(latitude) && Number.isFinite(longitude)) return { ...facts, position: { latitude, longitude } };
  }
  return facts;
}

/** The same, over an EXIF block held in memory. */
export const tiffFacts = (b: Uint8Array, base = 0, end = b.length): TiffFacts => walkBytes(walkTiffFacts(base, end), b);

/**
 * Plans the removal of the GPS directory from the TIFF structure in `b[base, end)`:
 * an Exif block or a whole TIFF file. Nothing moves: the GPSInfo pointer is taken out
 * of its directory's entry table in place, and the GPS directory and its values are
 * zeroed, so every other offset stays valid and no coordinate is left behind in the
 * bytes. Also blanks GPS and place names in the XMP packet and IPTC records held in
 * the TIFF's own tags.
 */
export function planTiffGpsRemoval(b: Uint8Array, base: number, end: number, plan: EditPlan): void {
  const walk = walkBytes(walkTiffAndPlaces(base, end), b);
  const { directories, gpsDirectories } = walk;
  const numbers = (entry: TiffEntry) => walkBytes(numbersOf(walk, entry), b);
  for (const range of walk.xmp) planXmpGpsRemoval(b, range.start, range.end, plan);
  for (const range of walk.iptc) planIptcPlaceRemoval(b, range.start, range.end, plan);
  for (const { range } of walk.makerPlaces) {
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
      const value = outOfLine(walk, entry);
      if (value) kept.push(value);
    }
    for (const [offsetTag, lengthTag] of IMAGE_DATA) {
      const offsets = directory.entries.find((entry) => entry.tag === offsetTag);
      const lengths = directory.entries.find((entry) => entry.tag === lengthTag);
      if (!offsets || !lengths) continue;
      const lengthValues = numbers(lengths);
      numbers(offsets).forEach((offset, i) => kept.push({ start: base + offset, end: base + offset + (lengthValues[i] ?? 0) }));
    }
  }

  const cleared: Range[] = [];
  for (const gps of gpsDirectories) {
    cleared.push({ start: gps.at, end: gps.end });
    for (const entry of gps.entries) {
      const value = outOfLine(walk, entry);
      if (value) cleared.push(value);
    }
  }
  for (const range of mergeRanges(cleared)) {
    if (kept.some((other) => overlaps(range, other))) throw new CannotClean(SHARED_SPACE);
    plan.zero(range.start, range.end - range.start);
  }

  for (const directory of directories) {
    if (directory.entries.some((entry) => entry.tag === GPS_POINTER)) plan.overwrite(directory.at, withoutGpsPointer(b, walk.little, directory));
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
function withoutGpsPointer(b: Uint8Array, littleEndian: boolean, directory: TiffDirectory): Uint8Array {
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
