import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FaceDetector } from '../../../../lib/vision/faces/face-detector';
import { FACES_PROBLEM, lookForFaces } from '../../../../lib/vision/faces/look-for-faces';
import { createNodeFaceDetector } from '../../../../lib/vision/faces/node-face-detector';
import { decodePixels } from '../../../../lib/vision/decode-node';
import type { FaceBox } from '../../../../lib/types';
import { FACE_FIXTURES, NO_FACE_PHOTOS, pixelsOf, SAMPLE_PEOPLE, SAMPLES } from './face-photos';

let detector: FaceDetector;
beforeAll(async () => {
  detector = await createNodeFaceDetector();
}, 60_000);
afterAll(() => detector.dispose());

const centre = (box: FaceBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const inPicture = (box: FaceBox): boolean =>
  box.x >= 0 && box.y >= 0 && box.width > 0 && box.height > 0 && box.x + box.width <= 1 && box.y + box.height <= 1;

test('runs on tfjs\'s wasm backend, loaded from node_modules', () => {
  expect(detector.backend).toBe('wasm');
});

test('every no-face fixture is listed, so a new one cannot be left out', () => {
  const onDisk = readdirSync(FACE_FIXTURES).filter((file) => file.startsWith('no-face-'));
  expect(onDisk.sort()).toEqual(NO_FACE_PHOTOS);
});

describe('face-api\'s group photos', () => {
  test.each(Object.entries(SAMPLE_PEOPLE))('%s: a face for each person, at most one missed', async (file, people) => {
    const faces = await detector.detect(await pixelsOf(`${SAMPLES}${file}`));
    expect(faces.length).toBeGreaterThanOrEqual(people - 1);
    expect(faces.length).toBeLessThanOrEqual(people);
    expect(faces.every(inPicture)).toBe(true);
    expect(faces.map((face) => face.score)).toEqual(faces.map((face) => face.score).sort((a, b) => b - a));
  });
});

describe('photos without a face', () => {
  test.each(NO_FACE_PHOTOS)('%s: no face', async (file) => {
    expect(await detector.detect(await pixelsOf(`${FACE_FIXTURES}${file}`))).toEqual([]);
  });
});

describe('one face', () => {
  test('close up, filling much of the picture', async () => {
    const faces = await detector.detect(await pixelsOf(`${FACE_FIXTURES}face-close-up.jpg`));
    expect(faces).toHaveLength(1);
    expect(faces[0].width).toBeGreaterThan(0.3);
    expect(centre(faces[0]).x).toBeGreaterThan(0.3);
    expect(centre(faces[0]).x).toBeLessThan(0.7);
  });

  test('filling the frame, as a phone held close to a child takes it', async () => {
    const faces = await detector.detect(await pixelsOf(`${FACE_FIXTURES}face-filling-frame.jpg`));
    expect(faces).toHaveLength(1);
    expect(faces[0].width).toBeGreaterThan(0.5);
  });

  test('small in a wide garden scene, where it was put', async () => {
    const faces = await detector.detect(await pixelsOf(`${FACE_FIXTURES}face-small-in-scene.jpg`));
    expect(faces).toHaveLength(1);
    // make-face-photos.sh puts a 180-pixel-wide head at (1000, 500) in a 1600 x 1200 garden.
    expect(centre(faces[0]).x).toBeGreaterThan(1000 / 1600);
    expect(centre(faces[0]).x).toBeLessThan(1180 / 1600);
    expect(centre(faces[0]).y).toBeGreaterThan(500 / 1200);
    expect(centre(faces[0]).y).toBeLessThan(730 / 1200);
  });
});

test('a photo stored sideways is looked at upright: the same faces, in the same places, as the upright original', async () => {
  const sideways = await pixelsOf(`${FACE_FIXTURES}faces-sideways-exif.jpg`);
  expect(sideways.width).toBeGreaterThan(sideways.height);
  const byX = (faces: FaceBox[]) => faces.map(centre).sort((a, b) => a.x - b.x);
  const turned = byX(await detector.detect(sideways));
  const upright = byX(await detector.detect(await pixelsOf(`${SAMPLES}sample5.jpg`)));
  expect(turned).toHaveLength(SAMPLE_PEOPLE['sample5.jpg']);
  expect(turned).toHaveLength(upright.length);
  turned.forEach((face, i) => {
    expect(Math.abs(face.x - upright[i].x)).toBeLessThan(0.03);
    expect(Math.abs(face.y - upright[i].y)).toBeLessThan(0.03);
  });
});

describe('formats a browser cannot draw', () => {
  test('a HEIC, as an iPhone saves a photo: its faces are found', async () => {
    const faces = await detector.detect(await pixelsOf(`${FACE_FIXTURES}faces-iphone.heic`));
    expect(faces.length).toBeGreaterThanOrEqual(SAMPLE_PEOPLE['sample5.jpg'] - 1);
    expect(faces.every(inPicture)).toBe(true);
  });

  test('a TIFF stored sideways: the same faces, in the same places, as the upright JPEG', async () => {
    const byX = (faces: FaceBox[]) => faces.map(centre).sort((a, b) => a.x - b.x);
    const turned = byX(await detector.detect(await pixelsOf(`${FACE_FIXTURES}faces-scanned-sideways.tif`)));
    const upright = byX(await detector.detect(await pixelsOf(`${SAMPLES}sample1.jpg`)));
    expect(turned.length).toBeGreaterThanOrEqual(SAMPLE_PEOPLE['sample1.jpg'] - 1);
    expect(turned).toHaveLength(upright.length);
    turned.forEach((face, i) => {
      expect(Math.abs(face.x - upright[i].x)).toBeLessThan(0.03);
      expect(Math.abs(face.y - upright[i].y)).toBeLessThan(0.03);
    });
  });
});

test('a picture with no pixels has no faces', async () => {
  expect(await detector.detect({ width: 0, height: 0, data: new Uint8ClampedArray(0) })).toEqual([]);
});

describe('what a photo\'s sight says about faces', () => {
  test('the faces seen, in a photo that could be opened', async () => {
    const sight = await lookForFaces(detector, () => pixelsOf(`${FACE_FIXTURES}face-close-up.jpg`));
    expect(sight.problem).toBeUndefined();
    expect(sight.faces).toHaveLength(1);
  });

  test('why it was not looked at, for a file that is not a picture, so that it is reported unchecked', async () => {
    const sight = await lookForFaces(detector, () => decodePixels(new TextEncoder().encode('not a photo'), 800));
    expect(sight).toEqual({ problem: FACES_PROBLEM.cannotOpen });
  });
});
