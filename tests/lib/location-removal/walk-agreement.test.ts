import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { concat } from '../../../lib/photos/binary';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, locationValues, scratchFile, toolWorks } from './inspect-media';

/*
 * Issue 11, audit L4: the reader and the cleaner walk a file's structure by
 * the same code, so on malformed files they find the same locations. Where
 * the reader finds a location the cleaner removes it (or refuses the file);
 * where the reader finds none the cleaner removes nothing; and what the cleaner
 * hands over is a file in which exiftool, written apart from us, finds no place.
 */

const hasExiftool = toolWorks('exiftool', ['-ver']);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const photo = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/photos/${name}`, import.meta.url)));

/** A JPEG's segments before its scan, found by a loop written apart from the one under test. */
function jpegSegments(b: Uint8Array): { marker: number; start: number; end: number }[] {
  const segments = [];
  for (let at = 2; b[at + 1] !== 0xda; ) {
    const end = at + 2 + ((b[at + 2] << 8) | b[at + 3]);
    segments.push({ marker: b[at + 1], start: at, end });
    at = end;
  }
  return segments;
}

const isExif = (b: Uint8Array, segment: { marker: number; start: number }) => segment.marker === 0xe1 && String.fromCharCode(...b.subarray(segment.start + 4, segment.start + 8)) === 'Exif';

/** The bytes with `insert` put in at `at`. */
const inserted = (b: Uint8Array, at: number, insert: Uint8Array) => concat([b.subarray(0, at), insert, b.subarray(at)]);

/** The bytes with a big-endian or little-endian 32-bit value written at `at`. */
function with32(b: Uint8Array, at: number, value: number, little = false): Uint8Array {
  const copy = b.slice();
  new DataView(copy.buffer).setUint32(at, value >>> 0, little);
  return copy;
}

/** Where a box of this type starts (its size field), the first one found. */
function boxAt(b: Uint8Array, type: string): number {
  const at = Buffer.from(b).indexOf(type, 0, 'latin1');
  if (at < 4) throw new Error(`no ${type} box`);
  return at - 4;
}

function xmpSegment(packet: string, header = 'http://ns.adobe.com/xap/1.0/\0'): Uint8Array {
  const body = latin1(header + packet);
  return concat([Uint8Array.of(0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff), body]);
}

const gpsPacket = (latitude: string) =>
  `<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>` +
  `<rdf:Description rdf:about='' xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='${latitude}' exif:GPSLongitude='1,33.0W'/>` +
  `</rdf:RDF></x:xmpmeta><?xpacket end='w'?>`;

const gpsJpeg = fixture('gps.jpg');
const exifSegment = jpegSegments(gpsJpeg).find((segment) => isExif(gpsJpeg, segment))!;
const plainJpeg = photo('plain.jpg');
const afterSoi = (b: Uint8Array, insert: Uint8Array) => inserted(b, 2, insert);

/** Each malformed file, and what becomes of it: 'cleaned' or 'refused' (the file is held back). */
const MALFORMED: { name: string; bytes: () => Uint8Array; outcome: 'cleaned' | 'refused' }[] = [
  { name: 'duplicate EXIF APP1.jpg', outcome: 'cleaned', bytes: () => inserted(gpsJpeg, exifSegment.end, gpsJpeg.subarray(exifSegment.start, exifSegment.end)) },
  { name: 'duplicate XMP APP1.jpg', outcome: 'cleaned', bytes: () => afterSoi(plainJpeg, concat([xmpSegment(gpsPacket('53,48.0N')), xmpSegment(gpsPacket('51,30.0N'))])) },
  { name: 'XMP APP1 with a damaged namespace.jpg', outcome: 'cleaned', bytes: () => afterSoi(plainJpeg, xmpSegment(gpsPacket('53,48.0N'), 'http://ns.adobe\x0fcom/xap/1.0/\0')) },
  { name: 'XMP nested in a COM and an APP1.jpg', outcome: 'cleaned', bytes: () => afterSoi(plainJpeg, concat([Uint8Array.of(0xff, 0xfe, 0, 6), latin1('<x:x'), xmpSegment(gpsPacket('53,48.0N'))])) },
  { name: 'stray bytes and fill bytes between segments.jpg', outcome: 'cleaned', bytes: () => inserted(gpsJpeg, exifSegment.end, Uint8Array.of(0, 0x20, 0x55, 0xff, 0xff)) },
  { name: 'EXIF APP1 length past the end.jpg', outcome: 'refused', bytes: () => gpsJpeg.slice(0, exifSegment.end - 10) },
  { name: 'EXIF APP1 length of 1.jpg', outcome: 'refused', bytes: () => concat([gpsJpeg.subarray(0, exifSegment.start + 2), Uint8Array.of(0, 1), gpsJpeg.subarray(exifSegment.start + 4)]) },
  {
    // Past the segment's end its last bytes and the next one's start are stray bytes, skipped as decoders skip them.
    name: 'APP1 overlapping the next segment.jpg',
    outcome: 'cleaned',
    bytes: () => {
      const copy = gpsJpeg.slice();
      const length = exifSegment.end - exifSegment.start - 2 + 3;
      copy.set([length >> 8, length & 0xff], exifSegment.start + 2);
      return copy;
    },
  },
  { name: 'RIFF size of 0.webp', outcome: 'refused', bytes: () => with32(fixture('gps.webp'), 4, 0, true) },
  { name: 'RIFF size of 4.webp', outcome: 'refused', bytes: () => with32(fixture('gps.webp'), 4, 4, true) },
  { name: 'RIFF longer than the file.webp', outcome: 'refused', bytes: () => with32(fixture('gps.webp'), 4, fixture('gps.webp').length + 92, true) },
  { name: 'chunk length past the end.png', outcome: 'refused', bytes: () => with32(fixture('gps.png'), boxAt(fixture('gps.png'), 'iTXt'), 0x7fffffff) },
  // An empty user data box, and the location box that was in it now beside it in the movie box.
  { name: 'udta of size 8.mov', outcome: 'cleaned', bytes: () => with32(fixture('gps-xyz.mov'), boxAt(fixture('gps-xyz.mov'), 'udta'), 8) },
  { name: 'trak of size 0.mov', outcome: 'refused', bytes: () => with32(fixture('gps-xyz.mov'), boxAt(fixture('gps-xyz.mov'), 'trak'), 0) },
  { name: 'moov overlapping the box after it.mov', outcome: 'refused', bytes: () => {
    const b = fixture('gps-keys.mov');
    const at = boxAt(b, 'moov');
    return with32(b, at, new DataView(b.buffer, b.byteOffset).getUint32(at) + 5);
  } },
  { name: 'last box of size 0, to the end.mov', outcome: 'cleaned', bytes: () => {
    const b = fixture('gps-xyz.mov');
    const boxes: number[] = [];
    for (let at = 0; at < b.length; at += new DataView(b.buffer, b.byteOffset).getUint32(at)) boxes.push(at);
    return with32(b, boxes[boxes.length - 1], 0);
  } },
];

const located = (summary: Awaited<ReturnType<typeof readPhotoSummary>>) => summary.gps !== undefined || summary.place !== undefined;

describe('the reader and the cleaner agree on malformed files', () => {
  test.each(MALFORMED)('$name: $outcome', async ({ name, bytes, outcome }) => {
    const file = bytes();
    const summary = await readPhotoSummary(blobSource(new Blob([file as BlobPart]), name));
    const cleaning = removeLocation(file, name);
    expect(cleaning.status === 'failed' ? 'refused' : cleaning.status, name).toBe(outcome);
    if (cleaning.status === 'failed') {
      // Refused loudly, in words a practitioner reads; and the reader never calls such a file clear of a location.
      expect(cleaning.reason).not.toMatch(/unexpected/i);
      expect(summary.readable && !located(summary)).toBe(false);
      return;
    }
    // What the reader reads as a location is what the cleaner removed, and the reader finds none afterwards.
    expect(summary.readable, `${name}: ${summary.problem}`).toBe(true);
    expect(located(summary)).toBe(true);
    const after = await readPhotoSummary(blobSource(new Blob([cleaning.bytes as BlobPart]), name));
    expect(after).toMatchObject({ readable: true });
    expect(located(after)).toBe(false);
    if (hasExiftool) expect(locationValues(exiftoolTags(scratchFile(cleaning.bytes, name)))).toEqual([]);
  });

  test.each(['gps.jpg', 'gps.png', 'gps.webp', 'gps.heic', 'gps-keys.mov', 'gps-xyz.mov', 'gps-tags.webm', 'gps.gif', 'no-gps.jpg', 'no-gps.mp4'])(
    '%s as it is: the reader locates it exactly when the cleaner removes something',
    async (name) => {
      const file = fixture(name);
      const summary = await readPhotoSummary(blobSource(new Blob([file as BlobPart]), name));
      const cleaning = removeLocation(file, name);
      expect(summary.readable).toBe(true);
      expect(cleaning.status).toBe(located(summary) ? 'cleaned' : 'no-location');
    },
  );
});
