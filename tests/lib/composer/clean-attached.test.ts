import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanAttached } from '../../../lib/composer/clean-attached';
import { removeLocation } from '../../../lib/location-removal/remove-location';
import { blobSource } from '../../../lib/photos/photo-source';
import { readPhotoSummary } from '../../../lib/photos/read-photo';

const FIXTURES = new URL('../../fixtures/location/', import.meta.url);
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', tif: 'image/tiff', mp4: 'video/mp4', mov: 'video/quicktime', gif: 'image/gif' };
const LAST_MODIFIED = Date.UTC(2026, 5, 1, 10);

/** A fixture as the browser's picker hands it over. */
const attached = (name: string, as = name): File =>
  new File([readFileSync(new URL(name, FIXTURES))], as, { type: TYPES[name.split('.').pop()!] ?? '', lastModified: LAST_MODIFIED });
const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

describe('photos and videos attached to a post', () => {
  const LOCATED = ['gps.jpg', 'gps.png', 'gps.webp', 'gps.heic', 'gps.tif', 'gps-loci.mp4', 'gps-xyz.mov'];

  test.each(LOCATED)('%s reaches the site with no location, its name, kind and date kept', async (name) => {
    const original = attached(name);
    const before = await readPhotoSummary(blobSource(original));
    expect(before.gps).toBeDefined();
    const { handOver } = await cleanAttached([original], 'facebook');
    expect(handOver).toHaveLength(1);
    const [cleaned] = handOver;
    expect([cleaned.name, cleaned.type, cleaned.lastModified]).toEqual([original.name, original.type, LAST_MODIFIED]);
    const after = await readPhotoSummary(blobSource(cleaned));
    expect(after.readable).toBe(true);
    expect(after.gps).toBeUndefined();
    // The very bytes the proven remover makes, so the picture and sound are as its own tests show them: untouched.
    const expected = removeLocation(await bytesOf(original), name);
    expect(expected.status).toBe('cleaned');
    expect(await bytesOf(cleaned)).toEqual(expected.status === 'cleaned' ? expected.bytes : undefined);
  });

  test('a photo with no location, and a file that is not a photo, are handed over as the very same files', async () => {
    const plain = attached('no-gps.jpg');
    const notes = new File(['Menu for the week'], 'menu.txt', { type: 'text/plain' });
    const result = await cleanAttached([plain, notes], 'x');
    expect(result.handOver[0]).toBe(plain);
    expect(result.handOver[1]).toBe(notes);
    expect(result.notice).toBeUndefined();
  });

  test('a file that cannot be cleaned is held back whole and the notice says why; the others go, in order', async () => {
    const result = await cleanAttached([attached('gps.jpg', 'beach.jpg'), attached('bigtiff.tif', 'scan.tif'), attached('no-gps.mp4', 'clip.mp4')], 'instagram');
    expect(result.handOver.map((file) => file.name)).toEqual(['beach.jpg', 'clip.mp4']);
    expect(result.notice).toBe(
      'Removed the location from 1 photo before Instagram received it: beach.jpg. ' +
        'Did not attach scan.tif: it is a BigTIFF file, which cannot be checked for a location or cleaned of one.',
    );
  });

  test('a photo of a kind the remover does not know is held back, since its location cannot be vouched for', async () => {
    const unknown = new File([new Uint8Array([0x49, 0x49, 0xbc, 0x01, 8, 0, 0, 0])], 'party.jxr', { type: 'image/vnd.ms-photo' });
    const result = await cleanAttached([unknown], 'facebook');
    expect(result.handOver).toEqual([]);
    expect(result.notice).toMatch(/^Did not attach party\.jxr: a \.jxr file is not a kind of photo or video whose location can be checked/);
  });

  test('a GIF with no location in it is handed over as it is, not held back (audit I1)', async () => {
    const gif = attached('not-a-photo.gif', 'party.gif');
    const result = await cleanAttached([gif], 'facebook');
    expect(result.handOver).toEqual([gif]);
  });

  test('a file the browser cannot read is held back', async () => {
    const unreadable = attached('gps.jpg', 'gone.jpg');
    Object.defineProperty(unreadable, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    const result = await cleanAttached([unreadable], 'x');
    expect(result.handOver).toEqual([]);
    expect(result.notice).toBe('Did not attach gone.jpg: it could not be read, so its location could not be checked.');
  });

  test('the notice counts photos and videos apart, and names every cleaned file', async () => {
    const result = await cleanAttached([attached('gps.jpg', 'beach.jpg'), attached('gps.heic', 'park.heic'), attached('gps-xyz.mov', 'paddling.mov')], 'facebook');
    expect(result.notice).toBe('Removed the location from 2 photos and 1 video before Facebook received them: beach.jpg, park.heic, paddling.mov.');
  });
});

describe('faces blurred as photos are attached (policy faces: blur)', () => {
  /** Stands for the vision worker: the copy it would make, and how many faces it blurred in each photo, by name. */
  const blurrer = (faces: Record<string, number>) => async (file: File) => {
    if (!(file.name in faces)) throw new Error('the vision worker stopped');
    return { bytes: new Uint8Array([...(await bytesOf(file)), faces[file.name]]), faces: faces[file.name] };
  };

  test('a photo with faces reaches the site as the blurred copy of its cleaned bytes, with its name, kind and date, and the notice counts the faces', async () => {
    const original = attached('gps.jpg', 'IMG_0412.jpg');
    const plain = attached('no-gps.jpg', 'garden.jpg');
    const result = await cleanAttached([original, plain], 'facebook', { removeLocations: true, blurFaces: blurrer({ 'IMG_0412.jpg': 2, 'garden.jpg': 0 }) });
    const [blurred, untouched] = result.handOver;
    const cleaned = removeLocation(await bytesOf(original), 'IMG_0412.jpg');
    expect(await bytesOf(blurred)).toEqual(new Uint8Array([...(cleaned.status === 'cleaned' ? cleaned.bytes : []), 2]));
    expect([blurred.name, blurred.type, blurred.lastModified]).toEqual(['IMG_0412.jpg', 'image/jpeg', LAST_MODIFIED]);
    expect(untouched).toBe(plain);
    expect(result.notice).toBe(
      "Removed the location from 1 photo before Facebook received it: IMG_0412.jpg. Blurred 2 faces before Facebook received it, as your setting's policy asks: IMG_0412.jpg (2).",
    );
  });

  test('blurring happens with location removal switched off, too', async () => {
    const result = await cleanAttached([attached('no-gps.jpg', 'IMG_0412.jpg')], 'x', { removeLocations: false, blurFaces: blurrer({ 'IMG_0412.jpg': 1 }) });
    expect(result.notice).toBe("Blurred 1 face before X received it, as your setting's policy asks: IMG_0412.jpg (1).");
  });

  test('a photo that could not be looked at for faces, and any video, are held back, never sent unblurred', async () => {
    const result = await cleanAttached([attached('no-gps.jpg', 'IMG_0412.jpg'), attached('no-gps.mp4', 'clip.mp4')], 'instagram', { removeLocations: true, blurFaces: blurrer({}) });
    expect(result.handOver).toEqual([]);
    expect(result.notice).toBe(
      "Did not attach IMG_0412.jpg: your setting's policy asks for faces to be blurred, and Ask Yourself could not look for faces in it to blur them. Did not attach clip.mp4: your setting's policy asks for faces to be blurred, and Ask Yourself cannot blur faces in a video.",
    );
  });
});
