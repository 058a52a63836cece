import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { fixture } from './inspect-media';

const DAMAGED = 'The file seems to be damaged, so its location could not be checked.';
const SHARED = 'Its GPS data shares space with other metadata, so it cannot be removed without harming the photo.';

/** Points the GPSInfo entry of the JPEG starting at `jpegAt` at the Exif directory, so the two share bytes. */
function gpsSharingExifDirectory(bytes: Uint8Array, jpegAt: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  let at = jpegAt + 2;
  while (String.fromCharCode(...copy.subarray(at + 4, at + 8)) !== 'Exif') at += 2 + view.getUint16(at + 2);
  const tiff = at + 10;
  const ifd0 = tiff + view.getUint32(tiff + 4);
  const entries = Array.from({ length: view.getUint16(ifd0) }, (_, i) => ifd0 + 2 + 12 * i);
  const exifEntry = entries.find((entry) => view.getUint16(entry) === 0x8769)!;
  const gpsEntry = entries.find((entry) => view.getUint16(entry) === 0x8825)!;
  view.setUint32(gpsEntry + 8, view.getUint32(exifEntry + 8));
  return copy;
}

describe('a file that cannot be cleaned safely is held back whole', () => {
  test('GPS data that overlaps other metadata is not zeroed, and the reason says so', () => {
    const tangled = gpsSharingExifDirectory(fixture('gps.jpg'), 0);
    const pristine = tangled.slice();
    expect(removeLocation(tangled, 'gps.jpg')).toEqual({ status: 'failed', reason: SHARED });
    expect(tangled).toEqual(pristine);
  });

  test('when the second image of a JPEG cannot be cleaned, the first is not handed over cleaned alone', () => {
    const appended = gpsSharingExifDirectory(fixture('gps-appended.jpg'), fixture('gps.jpg').length);
    expect(removeLocation(appended, 'gps-appended.jpg')).toEqual({ status: 'failed', reason: SHARED });
  });

  test('a JPEG cut off inside its EXIF is held back as damaged', () => {
    const whole = fixture('gps.jpg');
    expect(removeLocation(whole.subarray(0, 200), 'gps.jpg')).toEqual({ status: 'failed', reason: DAMAGED });
  });

  test('a video whose movie box overruns the file is held back as damaged', () => {
    const whole = fixture('gps-xyz.mov');
    expect(removeLocation(whole.subarray(0, 600), 'gps-xyz.mov')).toEqual({ status: 'failed', reason: DAMAGED });
  });

  test('a BigTIFF is held back with a reason', () => {
    expect(removeLocation(fixture('bigtiff.tif'), 'scan.tif')).toMatchObject({ status: 'failed', reason: expect.stringContaining('BigTIFF') });
  });

  test('a file of another kind is named by its extension when there is a name', () => {
    const jpegXr = Uint8Array.of(0x49, 0x49, 0xbc, 0x01, 8, 0, 0, 0);
    expect(removeLocation(jpegXr, 'Sports Day.JXR')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^A \.jxr file is not/) });
    expect(removeLocation(jpegXr)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^This file is not/) });
    expect(removeLocation(new Uint8Array(0))).toMatchObject({ status: 'failed' });
  });

  test('a GIF and a BMP with no place for a location, and a WebM with no location tags, pass as they are (audit I1)', () => {
    const gif = fixture('not-a-photo.gif');
    expect(removeLocation(gif, 'party.gif')).toEqual({ status: 'no-location', bytes: gif });
    const bmp = Uint8Array.of(0x42, 0x4d, 30, 0, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 12, 0, 0, 0, 1, 0, 1, 0, 1, 0, 24, 0, 0, 0, 0xff, 0);
    expect(removeLocation(bmp, 'dot.bmp').status).toBe('no-location');
    const webm = fixture('no-gps.webm');
    expect(removeLocation(webm, 'clip.webm')).toEqual({ status: 'no-location', bytes: webm });
  });

  test('a WebM cut off inside its header cannot have its tags checked, so it is held back', () => {
    const webm = Uint8Array.of(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01);
    expect(removeLocation(webm, 'clip.webm')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/damaged/) });
  });
});

describe('damaged files never make it throw or half-clean', () => {
  const files = readdirSync(new URL('../../fixtures/location/', import.meta.url)).filter((file) => !file.endsWith('.sh'));
  // A fixed seed keeps any failure reproducible.
  let seed = 20240614;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

  test.each(files)('%s, cut short or with bytes flipped', (file) => {
    const whole = fixture(file);
    for (let round = 0; round < 60; round++) {
      const damaged = round % 2 === 0 ? whole.slice(0, Math.floor(random() * whole.length)) : whole.slice();
      if (round % 2 === 1) for (let flips = 0; flips < 4; flips++) damaged[Math.floor(random() * damaged.length)] ^= 1 + Math.floor(random() * 255);
      const result = removeLocation(damaged, file);
      expect(['cleaned', 'no-location', 'failed']).toContain(result.status);
      // Damage is met by the parsers' own checks, never by a stray exception.
      if (result.status === 'failed') expect(result.reason).not.toMatch(/unexpected/);
      // Whatever it hands back as cleaned, it finds nothing left to remove in.
      if (result.status === 'cleaned') expect(removeLocation(result.bytes, file).status).toBe('no-location');
    }
  });
});
