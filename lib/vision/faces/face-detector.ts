/**
 * Finds faces in a picture, on the device, with face-api's tiny face detector
 * (a 190 KB network whose weights ship in the npm package). Detection only:
 * no landmarks, no descriptors, nothing that could tell one person from another.
 *
 * The same code runs in Node (the command-line checker, tests) and in a browser
 * Worker (the extension), so nothing here imports a Node or DOM module: the host
 * hands over face-api (its Node or its browser build), the weights' bytes and
 * where tfjs's .wasm files are.
 *
 *   const detector = await createFaceDetector({ faceapi, weights, wasmPaths });
 *   const faces = await detector.detect(pixels); // FaceBox[]: fractions of the picture, best first
 *   detector.dispose();
 *
 * Hosts should decode pictures to at most FACE_PIXELS_LONGEST_SIDE on the longest
 * side (sharp in Node, createImageBitmap in the browser); larger pixels are
 * scaled down here first, which works but costs time.
 */
import type { FaceBox } from '../../types';
import type { Pixels } from '../pixels';
import { downscalePixels } from './downscale-pixels';
import { mergeFaceBoxes } from './merge-face-boxes';

/** The face-api module: `face-api.node-wasm.js` in Node, `face-api.esm-nobundle.js` in a browser. */
export type FaceApi = typeof import('@vladmandic/face-api');

/** The tiny face detector's weights as they ship: the manifest's JSON and the .bin file's bytes. */
export interface FaceWeights {
  manifest: unknown;
  data: ArrayBuffer;
}

export interface FaceDetectorSetup {
  faceapi: FaceApi;
  weights: FaceWeights;
  /**
   * Where tfjs-backend-wasm's .wasm files are: a folder (ending in "/") or URL
   * prefix. Without wasm (a page's CSP, an old browser) detection falls back to
   * plain JavaScript, about ten times slower.
   */
  wasmPaths?: string;
}

export interface FaceDetector {
  /** Faces seen in the picture, as fractions of it, highest score first; none when there are none. */
  detect(pixels: Pixels): Promise<FaceBox[]>;
  /** Which tfjs backend runs the network ('wasm' or 'cpu'), for the bench and for diagnosing slowness. */
  readonly backend: string;
  /** Frees the network's tensors. */
  dispose(): void;
}

/**
 * The longest side pictures are looked at: a little over the largest input
 * size, so the network's own resizing never works on more pixels than it uses.
 */
export const FACE_PIXELS_LONGEST_SIDE = 800;

/**
 * The network's input sizes, each a pass over the whole picture. Measured on
 * the fixtures: at 416 a face filling half a close-up scores 0.70, but a face
 * 6% of the picture's width is missed; at 608 that small face scores 0.65 while
 * the close-up drops to 0.47. A 320 pass found the close-up better still, but
 * drew boxes across two neighbours' faces in group photos. Multiples of 32, as
 * the network's stride needs.
 */
const INPUT_SIZES = [416, 608] as const;

/**
 * Two thresholds, measured on face-api's sample photos, the fixtures
 * (tests/fixtures/photos/faces) and the project's own screenshots:
 * - a picture shows a face when one box scores at least PICTURE_SCORE: every
 *   face photo had a face at 0.66 or more, while text-heavy pages of the
 *   options screen scored up to 0.50 and the drawn no-face fixtures 0.26;
 * - once it does, every box from BOX_SCORE up is one of its faces, so that a
 *   face half turned in a group photo (0.51 to 0.56) is outlined and blurred too.
 */
const PICTURE_SCORE = 0.6;
const BOX_SCORE = 0.45;

/** Sets up tfjs and the network once; the detector then serves any number of pictures. */
export async function createFaceDetector({ faceapi, weights, wasmPaths }: FaceDetectorSetup): Promise<FaceDetector> {
  const tf = faceapi.tf;
  const backend = await chooseBackend(tf, wasmPaths);
  const network = new faceapi.TinyFaceDetector();
  network.loadFromWeightMap(tf.io.decodeWeights(weights.data, manifestWeights(weights.manifest)));
  return {
    backend,
    async detect(pixels) {
      const picture = downscalePixels(pixels, FACE_PIXELS_LONGEST_SIDE);
      if (picture.width === 0 || picture.height === 0) return [];
      const input = tf.tensor3d(rgb(picture), [picture.height, picture.width, 3], 'int32');
      try {
        const found: FaceBox[] = [];
        for (const inputSize of INPUT_SIZES) {
          const options = new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold: BOX_SCORE });
          for (const detection of await network.locateFaces(input, options)) {
            found.push(fraction(detection.relativeBox, detection.score));
          }
        }
        const faces = mergeFaceBoxes(found);
        return faces.some((face) => face.score >= PICTURE_SCORE) ? faces : [];
      } finally {
        input.dispose();
      }
    },
    dispose() {
      network.dispose();
    },
  };
}

type Tf = FaceApi['tf'];

/** The part of tfjs face-api re-exports but its bundled types leave out. */
interface TfBackends {
  setWasmPaths(prefix: string): void;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
}

async function chooseBackend(faceapiTf: Tf, wasmPaths: string | undefined): Promise<string> {
  const tf = faceapiTf as unknown as TfBackends;
  if (wasmPaths !== undefined) {
    tf.setWasmPaths(wasmPaths);
    if (await tf.setBackend('wasm').catch(() => false)) {
      await tf.ready();
      return 'wasm';
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return 'cpu';
}

/** The weight specs in a tfjs weights manifest (an array of groups, each with `weights`). */
function manifestWeights(manifest: unknown): Parameters<Tf['io']['decodeWeights']>[1] {
  if (!Array.isArray(manifest)) throw new Error('The face detector\'s weights manifest is not a list of weight groups.');
  return manifest.flatMap((group: { weights?: unknown }) => (Array.isArray(group.weights) ? group.weights : []));
}

/** RGB, dropping alpha, as the network reads it. */
function rgb({ width, height, data }: Pixels): Int32Array {
  const out = new Int32Array(width * height * 3);
  for (let source = 0, target = 0; target < out.length; source += 4, target += 3) {
    out[target] = data[source];
    out[target + 1] = data[source + 1];
    out[target + 2] = data[source + 2];
  }
  return out;
}

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

function fraction(box: { x: number; y: number; width: number; height: number }, score: number): FaceBox {
  const x = clamp(box.x);
  const y = clamp(box.y);
  return { x, y, width: clamp(box.x + box.width) - x, height: clamp(box.y + box.height) - y, score };
}
