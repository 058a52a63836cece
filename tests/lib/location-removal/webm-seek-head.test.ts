import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, locationValues, scratchFile, toolWorks } from './inspect-media';
import { concat as joinBytes } from '../../../lib/photos/binary';

const text = (value: string) => new TextEncoder().encode(value);

const concat = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);

/** An EBML element: its ID's bytes, then its size as an 8-byte variable-length integer, then its data. */
function element(id: number[], ...data: Uint8Array[]): Uint8Array {
  const body = concat(...data);
  const size = new Uint8Array(8);
  size[0] = 0x01;
  for (let i = 7, rest = body.length; i >= 1; i--, rest = Math.floor(rest / 256)) size[i] = rest & 0xff;
  return concat(Uint8Array.from(id), size, body);
}

/** An eight-byte unsigned integer's bytes, as Matroska stores one. */
function uint(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  for (let i = 7, rest = value; i >= 0; i--, rest = Math.floor(rest / 256)) bytes[i] = rest & 0xff;
  return bytes;
}

const TAGS_ID = [0x12, 0x54, 0xc3, 0x67];

/**
 * A WebM tagged after it was recorded: its tags after the footage, where the walk, which stops at the first cluster,
 * reaches them only through the seek head, as players do. With `unknownSize` the cluster has no size (as a live
 * recording writes it), so nothing after it can be reached any other way. The frame is copied from a real WebM; the
 * rest is built here.
 */
function tagsAfterTheFootage(unknownSize: boolean): Uint8Array {
  const header = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], text('webm')));
  const tags = element(TAGS_ID, element([0x73, 0x73], element([0x67, 0xc8], element([0x45, 0xa3], text('LOCATION')), element([0x44, 0x87], text('+53.8008-001.5491/')))));
  const title = element([0x15, 0x49, 0xa9, 0x66], element([0x2a, 0xd7, 0xb1], uint(1_000_000)), element([0x7b, 0xa9], text('Sports day')));
  const frame = fixture('gps-tags.webm').subarray(-256);
  const blocks = concat(element([0xe7], uint(0)), element([0xa3], frame));
  const cluster = unknownSize
    ? concat(Uint8Array.of(0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), blocks)
    : element([0x1f, 0x43, 0xb6, 0x75], blocks);
  const seekHeadLength = element([0x11, 0x4d, 0x9b, 0x74], element([0x4d, 0xbb], element([0x53, 0xab], Uint8Array.from(TAGS_ID)), element([0x53, 0xac], uint(0)))).length;
  const tagsAt = seekHeadLength + title.length + cluster.length;
  const seekHead = element([0x11, 0x4d, 0x9b, 0x74], element([0x4d, 0xbb], element([0x53, 0xab], Uint8Array.from(TAGS_ID)), element([0x53, 0xac], uint(tagsAt))));
  return concat(header, element([0x18, 0x53, 0x80, 0x67], seekHead, title, cluster, tags));
}

const summaryOf = (bytes: Uint8Array) => readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), 'clip.webm'));

describe('a WebM whose tags follow its footage', () => {
  test.each([false, true])('the location is found through the seek head, and removed (cluster of unknown size: %s)', async (unknownSize) => {
    const original = tagsAfterTheFootage(unknownSize);
    expect(await summaryOf(original)).toMatchObject({ readable: true, kind: 'video', gpsSource: 'video tag' });
    const result = removeLocation(original, 'clip.webm');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    expect(result.removed).toEqual(['location in the video’s tags']);
    expect(result.bytes.length).toBe(original.length);
    const after = await summaryOf(result.bytes);
    expect(after).toMatchObject({ readable: true, kind: 'video' });
    expect(after.gps).toBeUndefined();
    expect(removeLocation(result.bytes, 'clip.webm').status).toBe('no-location');
  });

  test.skipIf(!toolWorks('exiftool', ['-ver']))('exiftool finds the location before and none after, and the same title', () => {
    const original = tagsAfterTheFootage(false);
    const result = removeLocation(original, 'clip.webm');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    const before = exiftoolTags(scratchFile(original, 'clip.webm'));
    const after = exiftoolTags(scratchFile(result.bytes, 'clip.webm'));
    expect(locationValues(before)).not.toEqual([]);
    expect(locationValues(after)).toEqual([]);
    expect(after).toMatchObject({ 'Matroska:Title': 'Sports day' });
  });
});
