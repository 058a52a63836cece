import type { GeoPosition, PhotoSummary } from '../types';
import { startsWith } from './binary';
import { ByteReader } from './byte-reader';
import type { Embedded } from './embedded';
import { readExif } from './exif';
import { readIsoFile } from './iso-file';
import { StructureCutShort } from '../structure/byte-walk';
import { looksIso } from '../structure/iso-boxes';
import { readIptc } from './iptc';
import { MAKER_SOURCE, readJpeg } from './jpeg';
import type { PhotoSource } from './photo-source';
import { isBmp, isGif, isMatroska, isSvg, readBmp, readGif, readMatroska, readSvg } from './plain-formats';
import { readPng } from './png';
import { PROBLEM, Unreadable } from './problems';
import { readTiffFile } from './tiff-file';
import { readWebp } from './webp';
import { readXmp } from './xmp';

/** Long enough for a slow disk or a phone's cloud-backed file, short enough that a held post is not left waiting. */
export const DEFAULT_TIMEOUT_MS = 4000;

/** Options for reading one photo or video. */
export interface ReadPhotoOptions {
  /** Give up and report the file as unread after this many milliseconds. */
  timeoutMs?: number;
}

/** Picks the reader by the file's first bytes, never by its name: a renamed file is still what it is. */
function readerFor(head: Uint8Array): ((reader: ByteReader) => Promise<Embedded>) | undefined {
  if (head[0] === 0xff && head[1] === 0xd8) return readJpeg;
  if (startsWith(head, '\x89PNG\r\n\x1a\n')) return readPng;
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return readWebp;
  if (startsWith(head, 'II*\0') || startsWith(head, 'MM\0*')) return readTiffFile;
  if (looksIso(head)) return readIsoFile;
  if (isGif(head)) return readGif;
  if (isBmp(head)) return readBmp;
  if (isMatroska(head)) return readMatroska;
  if (isSvg(head)) return readSvg;
  return undefined;
}

const unreadable = (name: string, problem: string): PhotoSummary => ({ name, readable: false, problem, keywords: [] });

/** Keeps the first spelling of each keyword, ignoring case. */
function distinct(keywords: string[]): string[] {
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const key = keyword.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Decodes the blocks a file holds into one summary. EXIF is preferred for the location, as cameras write it there first. */
async function summarise(name: string, found: Embedded): Promise<PhotoSummary> {
  const exif = await Promise.all(found.exif.map(readExif));
  const xmp = found.xmp.map(readXmp);
  const iptc = found.iptc.map(readIptc);
  const located: { gps?: GeoPosition; source: string }[] = [
    ...exif.map(({ gps }) => ({ gps, source: 'EXIF' })),
    ...found.locations,
    ...xmp.map(({ gps }) => ({ gps, source: 'XMP' })),
  ];
  const location = located.find(({ gps }) => gps);
  const places = [
    ...exif.flatMap((facts) => facts.places.map((place) => ({ name: place, source: MAKER_SOURCE }))),
    ...iptc.flatMap((facts) => facts.places.map((place) => ({ name: place, source: 'IPTC' }))),
    ...xmp.flatMap(({ place }) => (place ? [{ name: place, source: 'XMP' }] : [])),
    ...found.places,
  ];
  // A packet that breaks off inside a location or keyword property leaves the rest of it unknown.
  if (!location && places.length === 0 && xmp.some(({ broken }) => broken)) throw new Unreadable(PROBLEM.damaged);
  return {
    name,
    readable: true,
    kind: found.kind,
    ...(location && { gps: location.gps, gpsSource: location.source }),
    ...(places.length > 0 && { place: places[0].name, placeSource: places[0].source }),
    keywords: distinct([
      ...xmp.flatMap((facts) => facts.keywords),
      ...iptc.flatMap((facts) => facts.keywords),
      ...exif.flatMap((facts) => facts.keywords),
      ...found.keywords,
    ]),
  };
}

async function read(source: PhotoSource): Promise<PhotoSummary> {
  try {
    const reader = new ByteReader(source);
    const readFormat = readerFor(await reader.bytes(0, 1024));
    if (!readFormat) return unreadable(source.name, PROBLEM.unknown);
    return await summarise(source.name, await readFormat(reader));
  } catch (error) {
    // Anything else thrown here comes from bytes that broke a reader's or exifr's expectations.
    const problem = error instanceof Unreadable ? error.problem : error instanceof StructureCutShort ? PROBLEM.cutShort : PROBLEM.damaged;
    return unreadable(source.name, problem);
  }
}

/**
 * What a photo or video's metadata says about where it was taken and how it was
 * tagged, read from the head of the file (and the few places its structure
 * points to), never the whole picture. Never throws: a file that cannot be read
 * comes back with `readable: false` and the problem in plain words.
 */
export async function readPhotoSummary(source: PhotoSource, options: ReadPhotoOptions = {}): Promise<PhotoSummary> {
  if (!(source.size > 0)) return unreadable(source.name, PROBLEM.empty);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<PhotoSummary>((resolve) => {
    timer = setTimeout(() => resolve(unreadable(source.name, PROBLEM.tooSlow)), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read(source), tooSlow]);
  } finally {
    clearTimeout(timer);
  }
}
