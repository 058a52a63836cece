import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { exiftoolTags, fixture, isLocationTag, pixelHash, scratchFile, toolWorks, withoutLocation } from './inspect-media';

interface Chunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

function readChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) {
    const typeAndData = png.subarray(at + 4, at + 8 + view.getUint32(at));
    chunks.push({
      type: String.fromCharCode(...typeAndData.subarray(0, 4)),
      data: typeAndData.subarray(4),
      crcOk: crc32(typeAndData) === view.getUint32(at + 8 + view.getUint32(at)),
    });
  }
  return chunks;
}

function writePng(chunks: Array<{ type: string; data: Uint8Array }>): Uint8Array {
  const parts = chunks.map(({ type, data }) => {
    const chunk = Buffer.alloc(12 + data.length);
    chunk.writeUInt32BE(data.length, 0);
    chunk.write(type, 4, 'latin1');
    chunk.set(data, 8);
    chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
    return chunk;
  });
  return new Uint8Array(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), ...parts]));
}

const text = (value: string) => Buffer.from(value, 'latin1');

/** gps.png with its XMP iTXt chunk compressed, as some editors write it. */
function withCompressedXmp(png: Uint8Array): Uint8Array {
  return writePng(
    readChunks(png).map((chunk) => {
      if (chunk.type !== 'iTXt') return chunk;
      const packet = chunk.data.subarray(chunk.data.indexOf(0) + 5);
      return { type: 'iTXt', data: Buffer.concat([text('XML:com.adobe.xmp\0\x01\0\0\0'), deflateSync(packet)]) };
    }),
  );
}

/** gps.png with its eXIf chunk swapped for an older ImageMagick's uncompressed hex "Raw profile type exif". */
function withRawExifProfile(png: Uint8Array): Uint8Array {
  return writePng(
    readChunks(png).map((chunk) => {
      if (chunk.type !== 'eXIf') return chunk;
      const hex = Buffer.concat([text('Exif\0\0'), chunk.data]).toString('hex').replace(/.{72}/g, '$&\n');
      const profile = `Raw profile type exif\0\nexif\n${String(chunk.data.length + 6).padStart(8)}\n${hex}\n`;
      return { type: 'tEXt', data: text(profile) };
    }),
  );
}

describe.skipIf(!toolWorks('exiftool', ['-ver']))('PNG metadata kept in other ways', () => {
  test.each([
    ['XMP in a compressed iTXt chunk', withCompressedXmp],
    ['EXIF as a hex raw profile', withRawExifProfile],
  ])('%s: the location goes, the rest stays, every CRC is right', (_, build) => {
    const original = build(fixture('gps.png'));
    const result = removeLocation(original, 'variant.png');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    expect(result.removed).toEqual(['GPS in EXIF', 'GPS in XMP']);
    const before = exiftoolTags(scratchFile(original, 'variant.png'));
    const after = exiftoolTags(scratchFile(result.bytes, 'variant.png'));
    expect(Object.keys(before).filter(isLocationTag)).toEqual(expect.arrayContaining(['GPS:GPSLatitude', 'XMP-exif:GPSLatitude']));
    expect(Object.keys(after).filter(isLocationTag)).toEqual([]);
    expect(after).toMatchObject({ 'IFD0:Orientation': 6, 'XMP-dc:Subject': ['consentgiven', 'garden'] });
    expect(withoutLocation(after)).toEqual(withoutLocation(before));
    expect(readChunks(result.bytes).every((chunk) => chunk.crcOk)).toBe(true);
    expect(pixelHash(scratchFile(result.bytes, 'variant.png'))).toBe(pixelHash(scratchFile(original, 'variant.png')));
  });
});

test('every chunk of each cleaned PNG fixture keeps a correct CRC', () => {
  for (const file of ['gps.png', 'gps-imagemagick.png']) {
    const result = removeLocation(fixture(file), file);
    expect(result.status === 'cleaned' && readChunks(result.bytes).every((chunk) => chunk.crcOk)).toBe(true);
  }
});
