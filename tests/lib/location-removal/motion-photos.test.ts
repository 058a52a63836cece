import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, locationValues, pixelHash, scratchFile, streamHash, toolWorks, withoutLocation } from './inspect-media';

const hasTools = toolWorks('exiftool', ['-ver']) && toolWorks('ffmpeg', ['-version']);

const read = (bytes: Uint8Array, name: string) => readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), name));

/** The video inside a Samsung trailer's "MotionPhoto_Data" block, found apart from the code under test: after the name, up to the directory. */
function samsungVideo(bytes: Uint8Array): { start: number; end: number } {
  const text = Buffer.from(bytes);
  const name = text.lastIndexOf('MotionPhoto_Data');
  return { start: name + 'MotionPhoto_Data'.length, end: text.lastIndexOf('SEFH') };
}

describe.skipIf(!hasTools)('motion photos whose picture does not declare its video', { timeout: 60_000 }, () => {
  test('a Samsung motion photo: the location in the video its trailer holds is reported and removed, all else kept', async () => {
    const file = 'samsung-motion-photo.jpg';
    const original = fixture(file);
    expect(await read(original, file)).toMatchObject({ readable: true, kind: 'photo', gpsSource: 'QuickTime', keywords: ['consentgiven', 'garden'] });

    const result = removeLocation(original, file);
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    expect(result.removed).toEqual(['location in QuickTime metadata']);
    expect(result.bytes.length).toBe(original.length);

    const { start, end } = samsungVideo(original);
    // The picture and the trailer's own bytes are untouched; only the video's location changed.
    expect(Buffer.from(result.bytes.subarray(0, start)).equals(Buffer.from(original.subarray(0, start)))).toBe(true);
    expect(Buffer.from(result.bytes.subarray(end)).equals(Buffer.from(original.subarray(end)))).toBe(true);
    const videoBefore = scratchFile(original.subarray(start, end), 'before.mov');
    const videoAfter = scratchFile(result.bytes.subarray(start, end), 'after.mov');
    expect(locationValues(exiftoolTags(videoBefore))).not.toEqual([]);
    expect(locationValues(exiftoolTags(videoAfter))).toEqual([]);
    expect(withoutLocation(exiftoolTags(videoAfter))).toEqual(withoutLocation(exiftoolTags(videoBefore)));
    expect(streamHash(videoAfter)).toBe(streamHash(videoBefore));

    const photoBefore = scratchFile(original, file);
    const photoAfter = scratchFile(result.bytes, file);
    expect(exiftoolTags(photoAfter)).toEqual(exiftoolTags(photoBefore));
    expect(pixelHash(photoAfter)).toBe(pixelHash(photoBefore));

    const after = await read(result.bytes, file);
    expect(after).toMatchObject({ readable: true, keywords: ['consentgiven', 'garden'] });
    expect(after.gps).toBeUndefined();
    expect(removeLocation(result.bytes, file).status).toBe('no-location');
  });

  test('a video in the trailer that cannot be read is passed by: nothing is made up from it, and the picture is still read', async () => {
    const original = fixture('samsung-motion-photo.jpg');
    const { start } = samsungVideo(original);
    const broken = new Uint8Array(original);
    // The video's first box made unreadable: nothing is invented from it, and the picture is still read.
    broken.fill(0xee, start, start + 8);
    const summary = await read(broken, 'broken.jpg');
    expect(summary).toMatchObject({ readable: true, keywords: ['consentgiven', 'garden'] });
    expect(summary.gps).toBeUndefined();
  });
});
