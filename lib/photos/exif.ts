import exifr from 'exifr';
import type { GeoPosition } from '../types';
import { startsWith } from './binary';
import { tiffFacts } from '../location-removal/tiff';
import { position } from './geo';
import { PROBLEM, Unreadable } from './problems';

const EXIF_ID = 'Exif\0\0';

/** The TIFF structure of an EXIF block: some writers keep JPEG's "Exif\0\0" in front of it in PNG and WebP too. */
export const tiffOf = (block: Uint8Array): Uint8Array => (startsWith(block, EXIF_ID) ? block.subarray(EXIF_ID.length) : block);

/** What an EXIF (TIFF) block says about where a photo was taken and how it was tagged. */
export interface ExifFacts {
  gps?: GeoPosition;
  keywords: string[];
  /** Place names in a camera maker's own record, which exifr is not asked to decode. */
  places: string[];
}

/**
 * Only the GPS directory and Windows' keywords, from a TIFF structure already cut
 * out of its file: no maker notes, thumbnails or other segments to decode.
 * Errors are thrown, not collected, so a damaged block is reported as such.
 */
const OPTIONS = {
  tiff: true,
  ifd0: { pick: ['XPKeywords'] },
  gps: { pick: ['GPSLatitudeRef', 'GPSLatitude', 'GPSLongitudeRef', 'GPSLongitude'] },
  exif: false,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  iptc: false,
  icc: false,
  jfif: false,
  ihdr: false,
  mergeOutput: false,
  silentErrors: false,
};

interface ExifrOutput {
  ifd0?: { XPKeywords?: unknown };
  gps?: { latitude?: number; longitude?: number };
}

/** Windows keeps all of a photo's tags in one XPKeywords string, separated by ";". */
export const xpKeywords = (text: string): string[] =>
  text
    .replace(/\0+$/, '')
    .split(';')
    .map((keyword) => keyword.trim())
    .filter(Boolean);

/**
 * exifr gives up on a whole block over one broken directory (a Sony compact's
 * thumbnail directory), dropping the GPS and Windows' keywords beside it. The
 * cleaner's own walk reads past such a directory, as exiftool does, so the
 * reader asks it instead: only a block that walk cannot read either is damaged.
 */
function readPastDamage(tiff: Uint8Array): ExifFacts {
  let found: ReturnType<typeof tiffFacts>;
  try {
    found = tiffFacts(tiff);
  } catch {
    throw new Unreadable(PROBLEM.damaged);
  }
  return {
    gps: found.position && position(found.position.latitude, found.position.longitude),
    keywords: found.xpKeywords ? xpKeywords(new TextDecoder('utf-16le').decode(found.xpKeywords)) : [],
    places: found.places,
  };
}

/** Place names a maker's record holds, by the cleaner's walk; a block that walk cannot read (exifr could) has none it can find. */
function makerPlaces(tiff: Uint8Array): string[] {
  try {
    return tiffFacts(tiff).places;
  } catch {
    return [];
  }
}

/** Reads one EXIF block with exifr. */
export async function readExif(tiff: Uint8Array): Promise<ExifFacts> {
  let output: ExifrOutput;
  try {
    output = ((await exifr.parse(tiff, OPTIONS)) ?? {}) as ExifrOutput;
  } catch {
    return readPastDamage(tiff);
  }
  const { latitude, longitude } = output.gps ?? {};
  const xp = output.ifd0?.XPKeywords;
  return {
    gps: latitude === undefined || longitude === undefined ? undefined : position(latitude, longitude),
    keywords: typeof xp === 'string' ? xpKeywords(xp) : [],
    places: makerPlaces(tiff),
  };
}
