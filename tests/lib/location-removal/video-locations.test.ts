import { describe, expect, test } from 'vitest';
import { removeLocationFromFile } from '../../../lib/location-removal/clean-file';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, locationValues, scratchFile, streamHash, toolWorks, withoutLocation } from './inspect-media';
import { concat as joinBytes } from '../../../lib/photos/binary';

const hasExiftool = toolWorks('exiftool', ['-ver']) && toolWorks('ffmpeg', ['-version']);

const concat = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);

/** A 'free' box of `size` bytes: readers skip it, so a video with one at its end plays as before, only longer on disk. */
function freeBox(size: number): Uint8Array {
  const box = new Uint8Array(size);
  new DataView(box.buffer).setUint32(0, size);
  box.set([0x66, 0x72, 0x65, 0x65], 4);
  return box;
}

describe.skipIf(!hasExiftool)('location in videos, long and short', { timeout: 60_000 }, () => {
  test('a long video (read box by box from slices) loses the same bytes as the same video cleaned in memory', async () => {
    const video = fixture('timed-location.mov');
    // Past the size at which a video is planned from its boxes rather than read whole.
    const long = concat(video, freeBox(65 * 1024 * 1024));
    const inMemory = removeLocation(video, 'timed-location.mov');
    const sliced = await removeLocationFromFile(new Blob([long as BlobPart]), 'long.mov');
    if (inMemory.status !== 'cleaned' || sliced.status !== 'cleaned') throw new Error(`expected both to be cleaned, got ${inMemory.status} and ${sliced.status}`);
    expect(sliced.removed).toEqual(inMemory.removed);
    const slicedBytes = new Uint8Array(await sliced.file.arrayBuffer());
    expect(slicedBytes.length).toBe(long.length);
    expect(Buffer.from(slicedBytes.subarray(0, video.length)).equals(Buffer.from(inMemory.bytes))).toBe(true);
  });

  test('a long WebM (its tags found from slices) loses the same bytes as the same WebM cleaned in memory', async () => {
    const video = fixture('gps-tags.webm');
    // Bytes after the segment belong to no element, so a player and the walk stop before them.
    const long = concat(video, new Uint8Array(65 * 1024 * 1024));
    const inMemory = removeLocation(video, 'gps-tags.webm');
    const sliced = await removeLocationFromFile(new Blob([long as BlobPart]), 'long.webm');
    if (inMemory.status !== 'cleaned' || sliced.status !== 'cleaned') throw new Error(`expected both to be cleaned, got ${inMemory.status} and ${sliced.status}`);
    expect(sliced.removed).toEqual(['location in the video’s tags']);
    const slicedBytes = new Uint8Array(await sliced.file.arrayBuffer());
    expect(Buffer.from(slicedBytes.subarray(0, video.length)).equals(Buffer.from(inMemory.bytes))).toBe(true);
  });

  test('a motion photo whose video carries a location track is cleaned down to the track, the picture untouched', async () => {
    const photo = fixture('no-gps.jpg');
    const motion = concat(photo, fixture('timed-location.mov'));
    const result = removeLocation(motion, 'motion.jpg');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    expect(result.removed).toEqual(['location track in the video']);
    expect(Buffer.from(result.bytes.subarray(0, photo.length)).equals(Buffer.from(photo))).toBe(true);

    const videoBefore = scratchFile(motion.subarray(photo.length), 'before.mov');
    const videoAfter = scratchFile(result.bytes.subarray(photo.length), 'after.mov');
    const tagsBefore = exiftoolTags(videoBefore);
    const tagsAfter = exiftoolTags(videoAfter);
    expect(locationValues(tagsBefore)).not.toEqual([]);
    expect(locationValues(tagsAfter)).toEqual([]);
    expect(withoutLocation(tagsAfter)).toEqual(withoutLocation(tagsBefore));
    expect(streamHash(videoAfter)).toBe(streamHash(videoBefore));
  });

  test('a motion photo whose XMP says where its video starts is read down to the video track, and cleaned of it', async () => {
    const motion = fixture('motion-photo-track.jpg');
    const read = (bytes: Uint8Array) => readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), 'PXL_20240614.MP.jpg'));
    expect(await read(motion)).toMatchObject({ readable: true, kind: 'photo', gpsSource: 'QuickTime', keywords: ['consentgiven', 'garden'] });
    const result = removeLocation(motion, 'PXL_20240614.MP.jpg');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    expect(result.removed).toEqual(['location track in the video']);
    const after = await read(result.bytes);
    expect(after).toMatchObject({ readable: true, keywords: ['consentgiven', 'garden'] });
    expect(after.gps).toBeUndefined();
  });

  test('a location sample that runs past its track is refused, not half-cleaned', () => {
    const video = fixture('timed-location.mov');
    const damaged = new Uint8Array(video);
    const text = Buffer.from(damaged).indexOf('+53.8008');
    // The first item's size, made to run past the sample (and the file).
    new DataView(damaged.buffer).setUint32(text - 8, 0x7fffffff);
    expect(removeLocation(damaged, 'damaged.mov')).toMatchObject({ status: 'failed' });
  });
});
