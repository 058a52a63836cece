/** One marker segment of a JPEG's header: its marker byte and where it lies, marker included. */
export interface JpegSegment {
  marker: number;
  start: number;
  end: number;
  /** Where the segment's contents begin, after the marker and length. */
  body: number;
}

const SOS = 0xda;

/** Whether the bytes start like a JPEG. */
export const isJpeg = (b: Uint8Array): boolean => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/**
 * The header segments of a JPEG, from just after SOI up to and including the first
 * start of scan (SOS), whose end is where the compressed picture begins. Throws when
 * the header is damaged: a picture that cannot be parsed is never passed on.
 */
export function jpegHeaderSegments(b: Uint8Array): JpegSegment[] {
  if (!isJpeg(b)) throw new Error('not a JPEG');
  const segments: JpegSegment[] = [];
  let at = 2;
  for (;;) {
    if (at + 4 > b.length || b[at] !== 0xff) throw new Error('damaged JPEG header');
    const start = at;
    while (b[at] === 0xff && at < b.length) at++;
    const marker = b[at++];
    const length = (b[at] << 8) | b[at + 1];
    const end = at + length;
    if (length < 2 || end > b.length) throw new Error('damaged JPEG header');
    segments.push({ marker, start, end, body: at + 2 });
    if (marker === SOS) return segments;
    at = end;
  }
}

/** APP0 to APP15 and COM: the segments that hold metadata rather than the picture. */
export const isMetadataMarker = (marker: number): boolean => (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe;
