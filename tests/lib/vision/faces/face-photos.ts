import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decodePixels } from '../../../../lib/vision/decode-node';
import { FACE_PIXELS_LONGEST_SIDE } from '../../../../lib/vision/faces/face-detector';
import type { Pixels } from '../../../../lib/vision/pixels';

/** The committed photos made by tests/tools/make-face-photos.sh. */
export const FACE_FIXTURES = fileURLToPath(new URL('../../../fixtures/photos/faces/', import.meta.url));

/** face-api's own sample photos, group photos of adults, as npm installed them. */
export const SAMPLES = fileURLToPath(new URL('../../../../node_modules/@vladmandic/face-api/demo/', import.meta.url));

/** How many people's faces each sample photo shows, counted by eye. */
export const SAMPLE_PEOPLE: Record<string, number> = {
  'sample1.jpg': 3,
  'sample2.jpg': 3,
  'sample3.jpg': 3,
  'sample4.jpg': 4,
  'sample5.jpg': 5,
  'sample6.jpg': 4,
};

/** The no-face fixtures: what a nursery posts instead of faces, two in the formats a browser cannot draw. */
export const NO_FACE_PHOTOS = [
  'no-face-blocks.jpg',
  'no-face-certificate.jpg',
  'no-face-clouds.jpg',
  'no-face-garden.jpg',
  'no-face-hands.heic',
  'no-face-hands.jpg',
  'no-face-leaves.jpg',
  'no-face-newsletter.jpg',
  'no-face-painting.jpg',
  'no-face-painting.tif',
  'no-face-rose.jpg',
  'no-face-sand.jpg',
  'no-face-snack.jpg',
  'no-face-wall.jpg',
];

/** A photo file decoded as the command-line checker decodes it for face detection. */
export const pixelsOf = async (path: string): Promise<Pixels> => decodePixels(await readFile(path), FACE_PIXELS_LONGEST_SIDE);
