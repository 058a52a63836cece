import type { GeoPosition } from '../types';
import { fromDms, position } from './geo';

/** What an XMP packet says about where a photo was taken and how it was tagged. */
export interface XmpFacts {
  gps?: GeoPosition;
  keywords: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10))
      : ENTITIES[name.toLowerCase()],
  );

/**
 * One coordinate property, as an element or an attribute, under any prefix:
 * exif:GPSLatitude from ExifTool and Adobe, Iptc4xmpExt:GPSLatitude in IPTC
 * locations, and drone makers' own GpsLatitude.
 */
const COORDINATE = {
  Latitude: /:GPSLatitude(?:\s*=\s*(["'])([^"']*)\1|\s*>([^<]*)<)/i,
  Longitude: /:GPSLongitude(?:\s*=\s*(["'])([^"']*)\1|\s*>([^<]*)<)/i,
};

/** XMP writes "DDD,MM,SSk" or "DDD,MM.mmk" (k one of N, S, E, W); some writers give plain signed degrees. */
const ANGLE = /^([+-]?\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?(?:,(\d+(?:\.\d+)?))?\s*([NSEW])?$/i;

function coordinate(xmp: string, name: keyof typeof COORDINATE): number | undefined {
  const match = COORDINATE[name].exec(xmp);
  const parts = ANGLE.exec((match?.[2] ?? match?.[3] ?? '').trim());
  if (!parts) return undefined;
  const degrees = Number(parts[1]);
  const value = fromDms(Math.abs(degrees), Number(parts[2] ?? 0), Number(parts[3] ?? 0), parts[4] ?? '');
  return degrees < 0 ? -value : value;
}

/** Keywords are dc:subject, an rdf:Bag of rdf:li items. */
function subjects(xmp: string): string[] {
  const keywords: string[] = [];
  if (!xmp.includes('subject')) return keywords;
  for (const bag of xmp.matchAll(/<[\w-]+:subject\b[^>]*>([\s\S]*?)<\/[\w-]+:subject>/gi)) {
    for (const item of bag[1].matchAll(/<rdf:li\b[^>]*>([^<]*)<\/rdf:li>/gi)) {
      const keyword = decodeEntities(item[1]).trim();
      if (keyword) keywords.push(keyword);
    }
  }
  return keywords;
}

/** Reads the location and keywords from an XMP packet. No XML parser: lib/ also runs in Node, which has no DOMParser. */
export function readXmp(xmp: string): XmpFacts {
  const latitude = coordinate(xmp, 'Latitude');
  const longitude = coordinate(xmp, 'Longitude');
  const gps = latitude === undefined || longitude === undefined ? undefined : position(latitude, longitude);
  return { gps, keywords: subjects(xmp) };
}
