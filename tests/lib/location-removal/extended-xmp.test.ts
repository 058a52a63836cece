import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, isLocationTag, scratchFile, toolWorks, withoutLocation } from './inspect-media';
import { concat as joinBytes } from '../../../lib/photos/binary';

const XMP = 'http://ns.adobe.com/xap/1.0/\0';
const EXTENDED = 'http://ns.adobe.com/xmp/extension/\0';
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function app1(payload: Uint8Array): Uint8Array {
  const segment = new Uint8Array(4 + payload.length);
  segment.set([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  segment.set(payload, 4);
  return segment;
}

const concat = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);

/**
 * gps.jpg with its XMP moved into extended XMP (as Photoshop and Google's depth photos
 * store large XMP), split in two segments right through the GPSLatitude element.
 */
function withExtendedXmp(jpeg: Uint8Array): Uint8Array {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  let at = 2;
  while (latin1(jpeg.subarray(at + 4, at + 4 + XMP.length)) !== XMP) at += 2 + view.getUint16(at + 2);
  const end = at + 2 + view.getUint16(at + 2);
  const packet = latin1(jpeg.subarray(at + 4 + XMP.length, end));
  const extended = packet.slice(packet.indexOf('<x:xmpmeta'), packet.indexOf('</x:xmpmeta>') + '</x:xmpmeta>'.length);
  const guid = createHash('md5').update(extended, 'latin1').digest('hex').toUpperCase();
  const main = `<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='' xmlns:xmpNote='http://ns.adobe.com/xmp/note/' xmpNote:HasExtendedXMP='${guid}'/></rdf:RDF></x:xmpmeta>`;
  const cut = extended.indexOf('GPSLatitude>') + 3;
  const chunk = (offset: number, text: string) => {
    const header = new Uint8Array(8);
    new DataView(header.buffer).setUint32(0, extended.length);
    new DataView(header.buffer).setUint32(4, offset);
    return app1(concat(bytesOf(EXTENDED + guid), header, bytesOf(text)));
  };
  return concat(
    jpeg.subarray(0, at),
    app1(bytesOf(XMP + main)),
    chunk(0, extended.slice(0, cut)),
    chunk(cut, extended.slice(cut)),
    jpeg.subarray(end),
  );
}

/** `cleaned` with the XMP segment of `original` put back in place of its own blanked one: EXIF GPS gone, XMP GPS kept. */
function keepXmpOf(cleaned: Uint8Array, original: Uint8Array): Uint8Array {
  const segment = (jpeg: Uint8Array) => {
    const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
    let at = 2;
    while (latin1(jpeg.subarray(at + 4, at + 4 + XMP.length)) !== XMP) at += 2 + view.getUint16(at + 2);
    return { at, end: at + 2 + view.getUint16(at + 2) };
  };
  const mine = segment(cleaned);
  const theirs = segment(original);
  return concat(cleaned.subarray(0, mine.at), original.subarray(theirs.at, theirs.end), cleaned.subarray(mine.end));
}

/** The file with the last extended XMP segment taken out. */
function withoutSecondPiece(jpeg: Uint8Array): Uint8Array {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  let last = { at: 0, end: 0 };
  for (let at = 2; jpeg[at + 1] !== 0xda; at += 2 + view.getUint16(at + 2)) {
    if (latin1(jpeg.subarray(at + 4, at + 4 + EXTENDED.length)) === EXTENDED) last = { at, end: at + 2 + view.getUint16(at + 2) };
  }
  return concat(jpeg.subarray(0, last.at), jpeg.subarray(last.end));
}

describe.skipIf(!toolWorks('exiftool', ['-ver']))('extended XMP in a JPEG', () => {
  test('GPS split across two extended XMP segments is found and blanked, the keywords stay', () => {
    const original = withExtendedXmp(fixture('gps.jpg'));
    const result = removeLocation(original, 'extended.jpg');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    const before = exiftoolTags(scratchFile(original, 'extended.jpg'));
    const after = exiftoolTags(scratchFile(result.bytes, 'extended.jpg'));
    expect(before).toMatchObject({ 'XMP-exif:GPSLatitude': 53.8008, 'XMP-dc:Subject': ['consentgiven', 'garden'] });
    expect(Object.keys(after).filter(isLocationTag)).toEqual([]);
    expect(withoutLocation(after)).toEqual(withoutLocation(before));
  });

  test('the reader joins the pieces and finds the GPS and keywords that only the extended packet holds', async () => {
    const original = withExtendedXmp(fixture('gps.jpg'));
    // Only the extended packet has a location: the EXIF GPS goes, so nothing else can give it away.
    const exifClean = removeLocation(fixture('gps.jpg'), 'gps.jpg');
    if (exifClean.status !== 'cleaned') throw new Error(JSON.stringify(exifClean));
    const withoutExifGps = withExtendedXmp(keepXmpOf(exifClean.bytes, fixture('gps.jpg')));
    const read = (bytes: Uint8Array) => readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), 'extended.jpg'));
    expect(await read(withoutExifGps)).toMatchObject({ readable: true, gpsSource: 'XMP', keywords: ['consentgiven', 'garden'] });
    expect(await read(original)).toMatchObject({ readable: true, gpsSource: 'EXIF' });
    const cleaned = removeLocation(withoutExifGps, 'extended.jpg');
    if (cleaned.status !== 'cleaned') throw new Error(JSON.stringify(cleaned));
    expect(await read(cleaned.bytes)).toMatchObject({ readable: true, keywords: ['consentgiven', 'garden'] });
    expect((await read(cleaned.bytes)).gps).toBeUndefined();
  });

  test('a packet with a piece missing is passed by by the reader, as exiftool does, and refused by the cleaner', async () => {
    const whole = withExtendedXmp(fixture('gps.jpg'));
    const missing = withoutSecondPiece(whole);
    const summary = await readPhotoSummary(blobSource(new Blob([missing as BlobPart]), 'missing.jpg'));
    expect(summary).toMatchObject({ readable: true });
    expect(removeLocation(missing, 'missing.jpg')).toMatchObject({ status: 'failed' });
  });
});
