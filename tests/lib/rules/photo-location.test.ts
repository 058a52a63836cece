import { describe, expect, test } from 'vitest';
import { checkDraft } from '../../../lib/engine/check-draft';
import photoLocation from '../../../lib/rules/photo-location';
import type { GeoPosition, PhotoSummary } from '../../../lib/types';
import { fixture } from '../photos/photo-files';
import { plainPhoto, ruleTester, runRule } from '../rule-tester';

const LEEDS: GeoPosition = { latitude: 53.8, longitude: -1.55 };

const located = (name: string, gps = LEEDS, gpsSource = 'EXIF', kind: PhotoSummary['kind'] = 'photo'): PhotoSummary => ({
  name,
  readable: true,
  kind,
  gps,
  gpsSource,
  keywords: [],
});

ruleTester(photoLocation, {
  valid: [
    'Sunflowers are up! No photos today.',
    { text: 'Our sunflowers 🌻', photos: 3 },
    { text: 'Garden photos', photos: [{ name: 'broken.jpg', readable: false, problem: 'the file is empty', keywords: [] }] },
  ],
  invalid: [
    { text: 'Our sunflowers 🌻', photos: [located('IMG_2041.jpg')], errors: ['IMG_2041.jpg'] },
    {
      text: 'Sports day highlights',
      photos: [located('start.jpg'), plainPhoto('middle.jpg'), located('finish.mov', LEEDS, 'QuickTime', 'video')],
      errors: ['start.jpg', 'finish.mov'],
    },
    { text: 'Beach trip pictures', photos: [located('xmp-only.jpg', LEEDS, 'XMP')], errors: ['xmp-only.jpg'] },
    {
      text: 'Lambing season!',
      photos: [{ name: 'lambs.jpg', readable: true, kind: 'photo', place: 'Moore family farm', placeSource: 'IPTC', keywords: [] }],
      errors: ['lambs.jpg'],
    },
  ],
});

describe('a place name in a photo\'s details', () => {
  test('is a location too, quoted so the member of staff sees what gives it away', () => {
    const lambs: PhotoSummary = { name: 'lambs.jpg', readable: true, kind: 'photo', place: 'Moore family farm', placeSource: 'XMP', keywords: [] };
    const [finding] = runRule(photoLocation, { text: 'Lambing season!', photos: [lambs] }, { version: 1 });
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'lambs.jpg', found: 'a place name (“Moore family farm”) in its XMP data' });
    expect(finding.message).toContain('“Moore family farm”');
  });
});

describe('what a photo-location finding says', () => {
  test('where the photo was taken, to two decimal places, and which metadata holds it', () => {
    const [finding] = runRule(photoLocation, { text: 'Our garden', photos: [located('IMG_2041.jpg')] }, { version: 1 });
    expect(finding.evidence).toEqual({ kind: 'photo', file: 'IMG_2041.jpg', found: 'a location (53.80° N, 1.55° W) in its EXIF data' });
    expect(finding.message).toContain('“IMG_2041.jpg” show where it was taken');
    expect(finding.message).toContain('(53.80° N, 1.55° W)');
  });

  test('southern and eastern hemispheres', () => {
    const sydney = located('bondi.heic', { latitude: -33.8908, longitude: 151.2743 }, 'XMP');
    const [finding] = runRule(photoLocation, { text: 'Visiting family', photos: [sydney] }, { version: 1 });
    expect(finding.evidence).toMatchObject({ found: 'a location (33.89° S, 151.27° E) in its XMP data' });
  });
});

describe('photo-location from files on disk', () => {
  const rulesFor = async (...files: string[]) => {
    const { findings } = await checkDraft({ text: 'Our week in pictures', photos: await Promise.all(files.map(fixture)) }, { version: 1 });
    return findings.filter((finding) => finding.rule === 'photo-location').map((finding) => finding.evidence);
  };

  test.each([
    ['gps-exif.jpg', 'EXIF'],
    ['gps-xmp-only.jpg', 'XMP'],
    ['gps-xmp-only.webp', 'XMP'],
    ['gps-exif.heic', 'EXIF'],
    ['gps-after-image.png', 'EXIF'],
    ['location.mov', 'QuickTime'],
    ['location.mp4', '3GPP'],
  ])('%s is flagged, with its location from %s', async (file, source) => {
    expect(await rulesFor(file)).toEqual([{ kind: 'photo', file, found: `a location (53.80° N, 1.55° W) in its ${source} data` }]);
  });

  test('files without a location are not flagged', async () => {
    expect(await rulesFor('plain.jpg', 'plain.heic', 'plain.mp4', 'keywords-xmp.jpg')).toEqual([]);
  });

  test('a file cut short in its image data still has its location found', async () => {
    expect(await rulesFor('plain.jpg', 'cut-in-image.jpg')).toEqual([
      { kind: 'photo', file: 'cut-in-image.jpg', found: 'a location (53.80° N, 1.55° W) in its EXIF data' },
    ]);
  });
});
