import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';
import { FIXTURES, counting, fixture } from './photo-files';

/** Where make-photos.sh puts every geotagged file: Leeds, 53.8° N, 1.55° W. */
const LEEDS = { latitude: 53.8, longitude: -1.55 };

interface Expected {
  kind: 'photo' | 'video';
  gpsSource?: string;
  keywords?: string[];
}

/** Each format, with the location and keywords make-photos.sh wrote into it, and where. */
const readable: [file: string, expected: Expected][] = [
  ['plain.jpg', { kind: 'photo' }],
  ['gps-exif.jpg', { kind: 'photo', gpsSource: 'EXIF' }],
  ['gps-xmp-only.jpg', { kind: 'photo', gpsSource: 'XMP' }],
  ['keywords-xmp.jpg', { kind: 'photo', keywords: ['#ConsentGiven', 'garden'] }],
  ['keywords-iptc.jpg', { kind: 'photo', keywords: ['consentgiven', 'Forest School'] }],
  ['keywords-xp.jpg', { kind: 'photo', keywords: ['consentgiven', 'outdoor play'] }],
  ['cut-in-image.jpg', { kind: 'photo', gpsSource: 'EXIF' }],
  ['plain.png', { kind: 'photo' }],
  ['gps-exif.png', { kind: 'photo', gpsSource: 'EXIF', keywords: ['consentgiven'] }],
  ['gps-after-image.png', { kind: 'photo', gpsSource: 'EXIF' }],
  ['gps-xmp-imagemagick.png', { kind: 'photo', gpsSource: 'XMP' }],
  ['plain.webp', { kind: 'photo' }],
  ['gps-exif.webp', { kind: 'photo', gpsSource: 'EXIF', keywords: ['consentgiven'] }],
  ['gps-xmp-only.webp', { kind: 'photo', gpsSource: 'XMP' }],
  ['plain.heic', { kind: 'photo' }],
  ['gps-exif.heic', { kind: 'photo', gpsSource: 'EXIF', keywords: ['consentgiven'] }],
  ['gps-exif.tif', { kind: 'photo', gpsSource: 'EXIF', keywords: ['consentgiven'] }],
  ['keywords-after-image.tif', { kind: 'photo', keywords: ['consentgiven', 'Forest School'] }],
  ['plain.mp4', { kind: 'video' }],
  ['location.mp4', { kind: 'video', gpsSource: '3GPP' }],
  ['location.mov', { kind: 'video', gpsSource: 'QuickTime' }],
  ['location-keys.mov', { kind: 'video', gpsSource: 'QuickTime' }],
  ['location-xmp.mp4', { kind: 'video', gpsSource: 'XMP', keywords: ['consentgiven'] }],
];

const unreadable: [file: string, problem: string][] = [
  ['empty.jpg', 'the file is empty'],
  ['not-a-photo.jpg', 'it is not a photo or video we can read'],
  ['corrupt.jpg', 'the file is damaged'],
  ['corrupt-exif.jpg', 'the file is damaged'],
  ['cut-in-exif.jpg', 'the file is cut short, so its details are missing'],
  ['cut-before-exif.webp', 'the file is cut short, so its details are missing'],
  ['cut-before-moov.mp4', 'the file is cut short, so its details are missing'],
];

describe('readPhotoSummary on files made by real tools', () => {
  test.each(readable)('%s', async (file, expected) => {
    const summary = await readPhotoSummary(await fixture(file));
    expect(summary).toMatchObject({ name: file, readable: true, kind: expected.kind, keywords: expected.keywords ?? [] });
    expect(summary.problem).toBeUndefined();
    expect(summary.gpsSource).toBe(expected.gpsSource);
    if (expected.gpsSource) {
      // 3GPP stores 16.16 fixed point, so Leeds comes back to four decimal places, not exactly.
      expect(summary.gps?.latitude).toBeCloseTo(LEEDS.latitude, 4);
      expect(summary.gps?.longitude).toBeCloseTo(LEEDS.longitude, 4);
    } else {
      expect(summary.gps).toBeUndefined();
    }
  });

  test.each(unreadable)('%s cannot be checked: %s', async (file, problem) => {
    expect(await readPhotoSummary(await fixture(file))).toEqual({ name: file, readable: false, problem, keywords: [] });
  });
});

describe('readPhotoSummary on any source', () => {
  test('reads a browser File through slices, knowing the format by its bytes, not its name', async () => {
    const bytes = await readFile(`${FIXTURES}gps-exif.webp`);
    const file = new File([bytes], 'IMG_0042.jpg', { type: 'image/jpeg' });
    const source = counting(blobSource(file));
    const summary = await readPhotoSummary(source);
    expect(summary).toMatchObject({ name: 'IMG_0042.jpg', readable: true, gpsSource: 'EXIF', keywords: ['consentgiven'] });
    expect(source.reads()).toBeGreaterThan(0);
  });

  test('a Blob with no name of its own takes the name given', () => {
    expect(blobSource(new Blob(['x']), 'from-the-clipboard.png').name).toBe('from-the-clipboard.png');
  });

  test('a file that cannot be opened any more is reported, not thrown', async () => {
    const gone = { name: 'moved.jpg', size: 5000, read: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readPhotoSummary(gone)).toEqual({ name: 'moved.jpg', readable: false, problem: 'the file could not be opened', keywords: [] });
  });

  test('a read that never finishes gives up after the time allowed', async () => {
    const stuck = { name: 'icloud-photo.heic', size: 5000, read: () => new Promise<Uint8Array>(() => {}) };
    const started = Date.now();
    const summary = await readPhotoSummary(stuck, { timeoutMs: 50 });
    expect(summary).toEqual({ name: 'icloud-photo.heic', readable: false, problem: 'reading it took too long', keywords: [] });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a file whose metadata points far beyond its end is refused before reading the picture', async () => {
    // A TIFF header whose first directory claims to be 100 MB into a file of 16 bytes.
    const bytes = new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0x00, 0x00, 0x00, 0x06, 0, 0, 0, 0, 0, 0, 0, 0]);
    const source = counting(blobSource(new Blob([bytes]), 'odd.tif'));
    expect(await readPhotoSummary(source)).toMatchObject({ readable: false, problem: 'the file is cut short, so its details are missing' });
    expect(source.bytesRead()).toBe(16);
  });
});
