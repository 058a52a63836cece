import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFaceDetector, type FaceDetector, type FaceDetectorSetup } from '../../../../lib/vision/faces/face-detector';
import { networkInput } from '../../../../lib/vision/faces/network-input';
import { nodeFaceDetectorSetup } from '../../../../lib/vision/faces/node-face-detector';
import { loadTinyFaceNetwork, runTinyFaceNetwork, type TinyFaceNetwork } from '../../../../lib/vision/faces/tiny-face-network';
import type { Pixels } from '../../../../lib/vision/pixels';
import { FACE_FIXTURES, pixelsOf, SAMPLE_PEOPLE, SAMPLES } from './face-photos';

let setup: FaceDetectorSetup;
let detector: FaceDetector;
let network: TinyFaceNetwork;
beforeAll(async () => {
  setup = await nodeFaceDetectorSetup();
  detector = await createFaceDetector(setup);
  network = loadTinyFaceNetwork(setup.faceapi, setup.weights);
}, 60_000);
afterAll(() => {
  network.dispose();
  detector.dispose();
});

interface Seen {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** What face-api's own TinyFaceDetector finds, padding the picture to a square and resizing it itself; as fractions of the picture. */
async function faceApiSees(pixels: Pixels, inputSize: number): Promise<Seen[]> {
  const { faceapi } = setup;
  const reference = new faceapi.TinyFaceDetector();
  const rgb = Int32Array.from({ length: pixels.width * pixels.height * 3 }, (_, i) => pixels.data[Math.floor(i / 3) * 4 + (i % 3)]);
  const picture = faceapi.tf.tensor3d(rgb, [pixels.height, pixels.width, 3], 'int32');
  try {
    reference.loadFromWeightMap(faceapi.tf.io.decodeWeights(setup.weights.data, (setup.weights.manifest as { weights: never[] }[]).flatMap((group) => group.weights)));
    const detections = await reference.locateFaces(picture, new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold: 0.45 }));
    return detections.map(({ relativeBox: { x, y, width, height }, score }) => ({ x, y, width, height, score }));
  } finally {
    picture.dispose();
    reference.dispose();
  }
}

/** What our forward pass finds in the same picture, as fractions of the picture. */
async function weSee(pixels: Pixels, inputSize: number): Promise<Seen[]> {
  const input = networkInput(pixels, inputSize, network.mean);
  const shareX = input.width / inputSize;
  const shareY = input.height / inputSize;
  const boxes = await runTinyFaceNetwork(setup.faceapi.tf, network, input, inputSize, 0.45);
  return boxes.map((box) => ({ x: box.x / shareX, y: box.y / shareY, width: box.width / shareX, height: box.height / shareY, score: box.score }));
}

const PICTURES = [...Object.keys(SAMPLE_PEOPLE).map((file) => `${SAMPLES}${file}`), `${FACE_FIXTURES}face-close-up.jpg`, `${FACE_FIXTURES}face-small-in-scene.jpg`];

describe('the fused forward pass sees what face-api\'s own detector sees', () => {
  test.each(PICTURES.flatMap((path) => [192, 416, 608].map((size) => [path.split('/').pop(), size, path] as const)))(
    '%s at %i',
    async (_name, size, path) => {
      const pixels = await pixelsOf(path);
      // face-api resizes with tfjs's own bilinear filter, a little unlike ours: the same faces, nearly the same boxes.
      const theirs = (await faceApiSees(pixels, size)).filter((box) => box.score >= 0.5);
      const ours = await weSee(pixels, size);
      for (const face of theirs) {
        const match = ours.find((box) => Math.abs(box.x - face.x) < 0.02 && Math.abs(box.y - face.y) < 0.02);
        expect(match, `a face at (${face.x.toFixed(2)}, ${face.y.toFixed(2)})`).toBeDefined();
        expect(Math.abs(match!.score - face.score)).toBeLessThan(0.08);
        expect(Math.abs(match!.width - face.width)).toBeLessThan(0.02);
      }
      expect(ours.filter((box) => box.score >= 0.55).length).toBeLessThanOrEqual(theirs.length);
    },
    30_000,
  );
});
