import type { GeoPosition } from '../types';

/** A location a container format holds in its own structure (video boxes, a TIFF file's GPS directory). */
export interface FoundLocation {
  gps: GeoPosition;
  /** Where it was, in the words PhotoSummary.gpsSource uses. */
  source: string;
}

/** The metadata blocks a file holds, gathered by the reader for its format before any is decoded. */
export interface Embedded {
  kind: 'photo' | 'video';
  /** TIFF structures (EXIF), each self-contained, for exifr. */
  exif: Uint8Array[];
  /** XMP packets, as bytes: UTF-8 or UTF-16. */
  xmp: Uint8Array[];
  /** IPTC-IIM records. */
  iptc: Uint8Array[];
  locations: FoundLocation[];
  /** Place names a format keeps in its own structure. */
  places: { name: string; source: string }[];
  keywords: string[];
}

export const nothingFound = (kind: Embedded['kind'] = 'photo'): Embedded => ({
  kind,
  exif: [],
  xmp: [],
  iptc: [],
  locations: [],
  places: [],
  keywords: [],
});
