import type { Stop, Walk } from './byte-walk';

/** One marker segment of a JPEG: its marker byte and where it lies. */
export interface JpegSegment {
  marker: number;
  /** Where the segment starts: the 0xFF just before its marker (fill bytes before it left out). */
  start: number;
  /** Where its contents begin, after the marker and length. */
  body: number;
  end: number;
}

/** What one walk of a JPEG's header found, up to its first scan. */
export interface JpegLayout {
  /** The segments up to and including the first start of scan (SOS). */
  segments: JpegSegment[];
  /** Where the compressed picture starts (after SOS), when the walk reached it. */
  scan?: number;
  /** Where the walk stopped making sense, when it did. */
  stop?: Stop & { marker?: number };
}

export interface JpegWalkOptions {
  /** Where the JPEG starts (its SOI): 0, or an image embedded further on. */
  from?: number;
  /**
   * Stray bytes between segments are skipped, as every decoder skips them, up
   * to MAX_STRAY_BYTES. A walk testing whether bytes that look like a JPEG are
   * one does not skip them.
   */
  skipStrayBytes?: boolean;
}

const SOI = 0xd8;
const SOS = 0xda;
const EOI = 0xd9;
/** Decoders skip stray bytes between segments; this far and no further, so a file of junk is not walked byte by byte. */
const MAX_STRAY_BYTES = 64 * 1024;

/** Markers that stand alone, with no length: RST0-RST7, TEM and a repeated SOI. */
const isStandalone = (marker: number): boolean => (marker >= 0xd0 && marker <= 0xd8) || marker === 0x01;

/** APP0 to APP15: where metadata lives. */
export const isApp = (marker: number): boolean => marker >= 0xe0 && marker <= 0xef;

/** APP0 to APP15 and COM: the segments that hold metadata rather than the picture. */
export const isMetadataMarker = (marker: number): boolean => isApp(marker) || marker === 0xfe;

/** Whether the bytes start like a JPEG. */
export const isJpeg = (b: Uint8Array): boolean => b.length > 3 && b[0] === 0xff && b[1] === SOI && b[2] === 0xff;

/**
 * Walks a JPEG's marker segments from its SOI to the first scan, in a file
 * of `size` bytes, reading only each segment's marker and length. Each step
 * moves forwards, so the walk is linear in the header's length. Nothing is
 * decided here about a stop: the reader may keep what came before it, the
 * cleaner refuses the file.
 */
export function* walkJpeg(size: number, options: JpegWalkOptions = {}): Walk<JpegLayout> {
  const { from = 0, skipStrayBytes = true } = options;
  const layout: JpegLayout = { segments: [] };
  const stop = (at: number, why: Stop['why'], marker?: number): JpegLayout => ({ ...layout, stop: { at, why, marker } });
  const head = yield { start: from, length: 2 };
  if (head.length < 2 || head[0] !== 0xff || head[1] !== SOI) return stop(from, 'damaged');
  let at = from + 2;
  for (;;) {
    if (at + 4 > size) return stop(at, 'cut-short');
    const bytes = yield { start: at, length: 4 };
    if (bytes[0] !== 0xff) {
      if (!skipStrayBytes) return stop(at, 'damaged');
      const stray = (yield { start: at, length: MAX_STRAY_BYTES }).indexOf(0xff);
      if (stray < 0) return stop(at, 'damaged');
      at += stray;
      continue;
    }
    const marker = bytes[1];
    if (marker === 0xff) {
      at += 1; // a fill byte before a marker
      continue;
    }
    // An end of image before any scan: a header with no picture, which has no scan to give.
    if (marker === EOI) return layout;
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    const length = (bytes[2] << 8) | bytes[3];
    const end = at + 2 + length;
    if (length < 2) return stop(at, 'damaged', marker);
    if (end > size) return stop(at, 'cut-short', marker);
    layout.segments.push({ marker, start: at, body: at + 4, end });
    if (marker === SOS) return { ...layout, scan: end };
    at = end;
  }
}
