import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import {
  compressedData,
  exiftoolTags,
  fixture,
  isLocationTag,
  pixelHash,
  scratchFile,
  streamHash,
  toolWorks,
  withoutLocation,
} from './inspect-media';

const hasExiftool = toolWorks('exiftool', ['-ver']);
if (!hasExiftool) console.warn('Skipping the exiftool proof of location removal: exiftool is not installed (apt-get install libimage-exiftool-perl).');

const keywords = ['consentgiven', 'garden'];
const photoTags = {
  'IFD0:Orientation': 6,
  'ExifIFD:DateTimeOriginal': '2024:06:14 10:21:33',
  'IFD0:XPKeywords': 'consentgiven;garden',
};

/** Each file the fixture script makes with a location, what it says went, and tags it set that must stay. */
const cases: Array<{ file: string; removed: string[]; kept: Record<string, unknown> }> = [
  { file: 'gps.jpg', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'IPTC:Keywords': keywords, 'XMP-dc:Subject': keywords } },
  { file: 'gps-progressive.jpg', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'IPTC:Keywords': keywords, 'XMP-dc:Subject': keywords } },
  { file: 'gps-appended.jpg', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'XMP-dc:Subject': keywords } },
  { file: 'gps.png', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'XMP-dc:Subject': keywords } },
  {
    file: 'gps-imagemagick.png',
    removed: ['GPS in EXIF', 'GPS in XMP', 'GPS in PNG text'],
    kept: { ...photoTags, 'XMP-dc:Subject': keywords, 'PNG:ExifDateTimeOriginal': '2024:06:14 10:21:33' },
  },
  { file: 'gps.webp', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'XMP-dc:Subject': keywords } },
  { file: 'gps-lossless.webp', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'XMP-dc:Subject': keywords } },
  { file: 'gps.heic', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'XMP-dc:Subject': keywords } },
  { file: 'gps.tif', removed: ['GPS in EXIF', 'GPS in XMP'], kept: { ...photoTags, 'IPTC:Keywords': keywords, 'XMP-dc:Subject': keywords } },
  { file: 'gps-loci.mp4', removed: ['location in 3GPP metadata'], kept: { 'Composite:Rotation': 90, 'QuickTime:CreateDate': '2024:06:14 10:21:33' } },
  { file: 'gps-xyz.mov', removed: ['location in QuickTime metadata'], kept: { 'Composite:Rotation': 90, 'QuickTime:CreateDate': '2024:06:14 10:21:33' } },
  {
    file: 'gps-keys.mov',
    removed: ['GPS in XMP', 'location in QuickTime metadata'],
    kept: {
      'Composite:Rotation': 90,
      'Keys:Keywords': 'consentgiven',
      'Keys:CreationDate': '2024:06:14 10:21:33+01:00',
      'XMP-dc:Subject': 'consentgiven',
    },
  },
  {
    file: 'gps-exiftool.mp4',
    removed: ['GPS in XMP', 'location in QuickTime metadata'],
    kept: { 'Composite:Rotation': 90, 'Keys:Keywords': 'consentgiven', 'XMP-dc:Subject': 'consentgiven' },
  },
];

const isVideo = (file: string) => /\.(mp4|mov)$/.test(file);

// exiftool, ImageMagick and ffmpeg each start a process per file: slow on a busy machine, so generous time.
describe.skipIf(!hasExiftool)('removing the location from a real file of each format', { timeout: 60_000 }, () => {
  test.each(cases)('$file: the location goes, everything else stays byte for byte', ({ file, removed, kept }) => {
    const original = fixture(file);
    const pristine = original.slice();
    const result = removeLocation(original, file);
    if (result.status !== 'cleaned') throw new Error(`expected ${file} to be cleaned, got ${JSON.stringify(result)}`);
    expect(result.removed).toEqual(removed);
    expect(original).toEqual(pristine);

    const before = scratchFile(original, file);
    const after = scratchFile(result.bytes, file);
    const tagsBefore = exiftoolTags(before);
    const tagsAfter = exiftoolTags(after);
    expect(Object.keys(tagsBefore).filter(isLocationTag)).not.toEqual([]);
    expect(Object.keys(tagsAfter).filter(isLocationTag)).toEqual([]);
    expect(tagsAfter).toMatchObject(kept);
    expect(withoutLocation(tagsAfter)).toEqual(withoutLocation(tagsBefore));

    expect(compressedData(result.bytes, after)).toBe(compressedData(original, before));
    if (isVideo(file)) expect(streamHash(after)).toBe(streamHash(before));
    else expect(pixelHash(after)).toBe(pixelHash(before));
    // Only PNG may drop whole chunks; every other format keeps its length so offsets stay true.
    if (!file.endsWith('.png')) expect(result.bytes.length).toBe(original.length);

    expect(removeLocation(result.bytes, file)).toMatchObject({ status: 'no-location' });
  });

  test('the second image appended to a JPEG is cleaned too, not just the first', () => {
    const secondAt = fixture('gps.jpg').length;
    const original = fixture('gps-appended.jpg');
    const result = removeLocation(original, 'gps-appended.jpg');
    if (result.status !== 'cleaned') throw new Error(JSON.stringify(result));
    const before = exiftoolTags(scratchFile(original.subarray(secondAt), 'second.jpg'));
    const after = exiftoolTags(scratchFile(result.bytes.subarray(secondAt), 'second.jpg'));
    expect(before).toMatchObject({ 'GPS:GPSLatitude': 51.5074, 'XMP-exif:GPSLatitude': expect.any(Number) });
    expect(Object.keys(after).filter(isLocationTag)).toEqual([]);
    expect(withoutLocation(after)).toEqual(withoutLocation(before));
  });
});

describe.skipIf(!hasExiftool)('a video appended to a photo', { timeout: 60_000 }, () => {
  test('the location in a motion photo\'s video goes, the video and the picture stay byte for byte', () => {
    const videoAt = fixture('no-gps.jpg').length;
    const original = fixture('motion-photo.jpg');
    const result = removeLocation(original, 'motion-photo.jpg');
    expect(result).toMatchObject({ status: 'cleaned', removed: ['location in QuickTime metadata'] });
    if (result.status !== 'cleaned') return;
    const before = scratchFile(original.subarray(videoAt), 'video.mov');
    const after = scratchFile(result.bytes.subarray(videoAt), 'video.mov');
    expect(exiftoolTags(before)).toMatchObject({ 'UserData:GPSCoordinates': expect.any(String) });
    expect(Object.keys(exiftoolTags(after)).filter(isLocationTag)).toEqual([]);
    expect(withoutLocation(exiftoolTags(after))).toEqual(withoutLocation(exiftoolTags(before)));
    expect(streamHash(after)).toBe(streamHash(before));
    expect(result.bytes.subarray(0, videoAt)).toEqual(original.subarray(0, videoAt));
  });
});

describe('files with no location', () => {
  test.each(['no-gps.jpg', 'no-gps.mp4'])('%s comes back as the very same bytes', (file) => {
    const bytes = fixture(file);
    const result = removeLocation(bytes, file);
    expect(result.status).toBe('no-location');
    expect(result.status === 'no-location' && result.bytes).toBe(bytes);
  });

  test('a Node Buffer, whose slice is a view, is left as it was', () => {
    const buffer = Buffer.from(fixture('gps.jpg'));
    const pristine = Buffer.from(buffer);
    expect(removeLocation(buffer, 'gps.jpg').status).toBe('cleaned');
    expect(buffer.equals(pristine)).toBe(true);
  });

  test('an ArrayBuffer is read as it is', () => {
    const bytes = fixture('gps.webp');
    const buffer = new ArrayBuffer(bytes.length);
    new Uint8Array(buffer).set(bytes);
    const result = removeLocation(buffer, 'gps.webp');
    expect(result).toMatchObject({ status: 'cleaned', removed: ['GPS in EXIF', 'GPS in XMP'] });
  });
});
