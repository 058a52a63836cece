import type { GeoPosition } from '../types';
import { fromDms, position } from './geo';
import { PROBLEM, Unreadable } from './problems';
import { scanXmp, type XmpScan } from './xmp-scan';

/** No photo's XMP comes near this (a depth map in extended XMP is a few megabytes); a bigger packet is refused, not walked. */
export const MAX_XMP_BYTES = 16 * 1024 * 1024;

/** An XMP packet as text whose every character stands for one or two bytes, so offsets found in it point back into the bytes. */
export interface XmpText {
  text: string;
  /** Bytes per character: 1 for UTF-8 (read byte by byte), 2 for UTF-16. */
  width: 1 | 2;
  littleEndian: boolean;
}

const bytewise = new TextDecoder('latin1');
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });
const utf8 = new TextDecoder('utf-8');

/** XMP may be UTF-8 or UTF-16 (the packet says so by its byte-order mark or its first character). */
export function xmpTextOf(bytes: Uint8Array): XmpText {
  if (bytes.length > MAX_XMP_BYTES) throw new Unreadable(PROBLEM.tooLarge);
  const big = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c);
  const little = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0);
  if (big || little) {
    const even = bytes.subarray(0, bytes.length & ~1);
    return { text: (little ? utf16le : utf16be).decode(even), width: 2, littleEndian: little };
  }
  return { text: bytewise.decode(bytes), width: 1, littleEndian: false };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
    const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** XMP writes "DDD,MM,SSk" or "DDD,MM.mmk" (k one of N, S, E, W); others give plain signed degrees. */
const ANGLE = /^([+-]?\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])?$/i;

function angle(text: string): number | undefined {
  const parts = ANGLE.exec(text.trim());
  if (!parts) return undefined;
  const degrees = Number(parts[1]);
  const value = fromDms(Math.abs(degrees), Number(parts[2] ?? 0), Number(parts[3] ?? 0), parts[4] ?? '');
  return degrees < 0 ? -value : value;
}

/** What an XMP packet says about where a photo was taken and how it was tagged. */
export interface XmpFacts {
  gps?: GeoPosition;
  /** The first place name it gives ("Moore family farm"), if any. */
  place?: string;
  keywords: string[];
  /** The packet breaks off inside a location or keyword property. */
  broken: boolean;
}

/** Reads the location, place names and keywords from an XMP packet's bytes, in one pass. */
export function readXmp(bytes: Uint8Array): XmpFacts {
  const xmp = xmpTextOf(bytes);
  const scan: XmpScan = scanXmp(xmp.text);
  const value = (start: number, end: number): string =>
    decodeEntities(xmp.width === 1 ? utf8.decode(bytes.subarray(start, end)) : xmp.text.slice(start, end)).trim();
  let latitude: number | undefined;
  let longitude: number | undefined;
  let place: string | undefined;
  let code: string | undefined;
  for (const location of scan.locations) {
    if (location.what === 'place') {
      // A structure (LocationShown) holds its parts as elements; its text is theirs.
      const text = value(location.valueStart, location.valueEnd).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() || undefined;
      if (location.code) code ??= text;
      else place ??= text;
    } else if (location.axis === 'latitude') latitude ??= angle(value(location.valueStart, location.valueEnd));
    else if (location.axis === 'longitude') longitude ??= angle(value(location.valueStart, location.valueEnd));
  }
  const gps = latitude === undefined || longitude === undefined ? undefined : position(latitude, longitude);
  return {
    gps,
    place: place ?? code,
    keywords: scan.keywords.map(({ start, end }) => value(start, end)).filter(Boolean),
    broken: scan.broken,
  };
}
