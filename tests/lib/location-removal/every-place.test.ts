import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { exiftoolTags, fixture, locationValues, pixelHash, scratchFile, streamHash, toolWorks, withoutLocation } from './inspect-media';

const hasTools = toolWorks('exiftool', ['-ver']) && toolWorks('ffmpeg', ['-version']);
const LOCATION_FIXTURES = fileURLToPath(new URL('../../fixtures/location/', import.meta.url));

interface Case {
  file: string;
  /** What the reader reports: where the coordinates are, or the place it names. */
  read: { gps?: { latitude: number; longitude: number }; gpsSource?: string; place?: string; placeSource?: string; keywords?: string[] };
  removed: string[];
}

/** Files make-location-files.sh writes with a location in each of the other places cameras, phones, drones and editors keep one. */
const cases: Case[] = [
  { file: 'gps-darwin-core.jpg', read: { gpsSource: 'XMP' }, removed: ['GPS in XMP', 'place name in XMP'] },
  { file: 'place-names.jpg', read: { place: 'Leeds' }, removed: ['place name in IPTC', 'place name in XMP'] },
  {
    file: 'place-names-imagemagick.png',
    read: { place: 'Leeds', keywords: ['consentgiven', 'garden'] },
    removed: ['place name in IPTC', 'place name in XMP', 'place name in PNG text'],
  },
  { file: 'gps.gif', read: { gpsSource: 'XMP', keywords: ['consentgiven'] }, removed: ['GPS in XMP'] },
  { file: 'gps-utf16-xmp.jpg', read: { gpsSource: 'XMP', keywords: ['consentgiven', 'garden'] }, removed: ['GPS in XMP'] },
  { file: 'broken-thumbnail.jpg', read: { gpsSource: 'EXIF' }, removed: ['GPS in EXIF', 'GPS in XMP'] },
  { file: 'broken-thumbnail-keywords.jpg', read: { gpsSource: 'EXIF', keywords: ['consentgiven', 'garden'] }, removed: ['GPS in EXIF'] },
  { file: 'stray-bytes.jpg', read: { gpsSource: 'EXIF' }, removed: ['GPS in EXIF', 'GPS in XMP'] },
  { file: 'afcp-place.jpg', read: { place: 'Leeds' }, removed: ['place name in IPTC'] },
  { file: 'flir-gps.jpg', read: { gpsSource: 'camera maker’s', keywords: ['consentgiven', 'garden'] }, removed: ['GPS in the camera maker’s own record'] },
  {
    file: 'panasonic-places.jpg',
    read: { place: 'United Kingdom', placeSource: 'camera maker’s', keywords: ['consentgiven', 'garden'] },
    removed: ['place name in the camera maker’s own record'],
  },
  { file: 'timed-location.mov', read: { gpsSource: 'QuickTime' }, removed: ['location track in the video'] },
  { file: 'gopro-gps.mov', read: { gpsSource: 'action camera' }, removed: ['location track in the video'] },
  { file: 'camera-motion-gps.mov', read: { gpsSource: 'camera motion' }, removed: ['location track in the video'] },
  { file: 'gps-tags.webm', read: { gpsSource: 'video tag' }, removed: ['location in the video’s tags'] },
  { file: 'place-name.mov', read: { place: 'Moore family farm' }, removed: ['location in QuickTime metadata'] },
  {
    file: 'nikon-location.jpg',
    read: { place: 'Moore family farm', placeSource: 'camera maker’s', keywords: ['consentgiven', 'garden'] },
    removed: ['place name in the camera maker’s own record'],
  },
  {
    file: 'samsung-location.jpg',
    read: { place: 'Moore family farm', placeSource: 'camera maker’s', keywords: ['consentgiven', 'garden'] },
    removed: ['place name in the camera maker’s own record'],
  },
  { file: 'gps-drone.jpg', read: { gps: { latitude: 53.8008, longitude: -1.5491 }, gpsSource: 'XMP' }, removed: ['GPS in XMP'] },
  {
    file: 'gps-depth-photo.jpg',
    read: { gps: { latitude: 53.8008, longitude: -1.5491 }, gpsSource: 'XMP', keywords: ['consentgiven', 'garden'] },
    removed: ['GPS in XMP'],
  },
  { file: 'place-catalogue.jpg', read: { place: 'Moore family farm', placeSource: 'XMP' }, removed: ['place name in XMP'] },
  { file: 'keywords-keys.mov', read: { gpsSource: 'QuickTime', keywords: ['consentgiven'] }, removed: ['location in QuickTime metadata'] },
];

const summaryOf = (bytes: Uint8Array, name: string) => readPhotoSummary(blobSource(new Blob([bytes as BlobPart]), name));
/** exiftool's digest of the IPTC block changes with the block, by design; it is not a tag of the photo's. */
const comparable = (tags: Record<string, unknown>) => {
  const { 'File:CurrentIPTCDigest': _digest, ...rest } = withoutLocation(tags);
  return rest;
};

describe.skipIf(!hasTools)('a location kept anywhere is found by the reader and removed by the cleaner, checked by exiftool', { timeout: 60_000 }, () => {
  test.each(cases)('$file', async ({ file, read, removed }) => {
    const original = fixture(file);
    const before = await summaryOf(original, file);
    expect(before).toMatchObject({ readable: true, ...read });

    const result = removeLocation(original, file);
    if (result.status !== 'cleaned') throw new Error(`expected ${file} to be cleaned, got ${JSON.stringify(result)}`);
    expect(result.removed).toEqual(removed);

    const beforePath = join(LOCATION_FIXTURES, file);
    const afterPath = scratchFile(result.bytes, file);
    const tagsBefore = exiftoolTags(beforePath);
    const tagsAfter = exiftoolTags(afterPath);
    expect(locationValues(tagsBefore)).not.toEqual([]);
    expect(locationValues(tagsAfter)).toEqual([]);
    expect(comparable(tagsAfter)).toEqual(comparable(tagsBefore));
    if (/\.(mov|webm)$/.test(file)) expect(streamHash(afterPath)).toBe(streamHash(beforePath));
    else expect(pixelHash(afterPath)).toBe(pixelHash(beforePath));
    if (!file.endsWith('.png')) expect(result.bytes.length).toBe(original.length);

    const after = await summaryOf(result.bytes, file);
    expect(after).toMatchObject({ readable: true, keywords: before.keywords });
    expect(after.gps).toBeUndefined();
    expect(after.place).toBeUndefined();
    expect(removeLocation(result.bytes, file).status).toBe('no-location');
  });

  test.each(['not-a-photo.gif', 'plain-animated.gif'])('%s, a GIF with nothing to remove, is read and handed over untouched', async (file) => {
    const bytes = fixture(file);
    expect(await summaryOf(bytes, file)).toMatchObject({ readable: true, kind: 'photo', keywords: [] });
    expect(removeLocation(bytes, file)).toEqual({ status: 'no-location', bytes });
  });
});
