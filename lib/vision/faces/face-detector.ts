/**
 * Finds faces in a picture, on the device, with face-api's tiny face detector
 * (a 190 KB network whose weights ship in the npm package). Detection only:
 * no landmarks, no descriptors, nothing that could tell one person from another.
 *
 * The same code runs in Node (the command-line checker, tests) and in a browser
 * Worker (the extension), so nothing here imports a Node or DOM module: the host
 * hands over face-api (its Node or its browser build), the weights' bytes and
 * where tfjs's .wasm files are. The API, by host:
 *
 *   Node:    const detector = await createNodeFaceDetector();            // ./node-face-detector
 *            const pixels = await decodePixels(bytes, FACE_PIXELS_LONGEST_SIDE); // ../decode-node
 *   Worker:  const detector = await createBrowserFaceDetector(folderUrl); // ./browser-face-detector,
 *            // with FACE_DETECTOR_FILES copied into that folder of the extension
 *   Both:    const faces = await detector.detect(pixels);  // FaceBox[] in fractions of the picture, best first
 *            const sight = await lookForFaces(detector, decode); // { faces } or { problem }: ./look-for-faces
 *            const blurred = blurFaces(pixels, faces);             // ../blur-faces
 *            const jpeg = spliceMetadata(originalJpeg, blurredJpeg); // ../splice-metadata
 *            detector.dispose();
 *
 * Hosts should decode pictures to at most FACE_PIXELS_LONGEST_SIDE on the longest
 * side (sharp in Node, createImageBitmap in the browser); larger pixels are
 * scaled down here first, which works but costs time.
 */
import type { FaceBox } from '../../types';
import type { Pixels } from '../pixels';
import { downscalePixels } from './downscale-pixels';
import { mergeFaceBoxes } from './merge-face-boxes';
import { networkInput } from './network-input';
import { loadTinyFaceNetwork, runTinyFaceNetwork, type GridBox } from './tiny-face-network';

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
 * size, as more pixels would only cost time to scale down to it.
 */
export const FACE_PIXELS_LONGEST_SIDE = 800;

/**
 * The network's input sizes, each a pass over the whole picture, as no one
 * size finds faces of every size. Measured on the fixtures: a face filling most
 * of the frame scores 0.80 at 192 but 0.20 at 416; a face 6% of the picture's
 * width is missed at 416 and scores 0.65 at 608; between them, scores swing
 * with how a face falls on the network's grid, so two small sizes stand in for
 * each other. Multiples of 32, as the network's stride needs.
 */
const INPUT_SIZES = [192, 224, 416, 608] as const;

/**
 * Two thresholds, measured on face-api's sample photos, the fixtures
 * (tests/fixtures/photos/faces) and the project's own screenshots:
 * - a picture shows a face when one box scores at least PICTURE_SCORE: every
 *   face photo had a face at 0.66 or more, while text-heavy pages of the
 *   options screen scored up to 0.50 and the drawn no-face fixtures about 0.3 at most;
 * - once it does, every box from BOX_SCORE up is one of its faces, so that a
 *   face half turned in a group photo (0.51 to 0.56) is outlined and blurred too.
 */
const PICTURE_SCORE = 0.6;
const BOX_SCORE = 0.45;

/** Sets up tfjs and the network once; the detector then serves any number of pictures. */
export async function createFaceDetector({ faceapi, weights, wasmPaths }: FaceDetectorSetup): Promise<FaceDetector> {
  const tf = faceapi.tf;
  const backend = await chooseBackend(tf, wasmPaths);
  const network = loadTinyFaceNetwork(faceapi, weights);
  return {
    backend,
    async detect(pixels) {
      const picture = downscalePixels(pixels, FACE_PIXELS_LONGEST_SIDE);
      if (picture.width === 0 || picture.height === 0) return [];
      const found: FaceBox[] = [];
      for (const inputSize of INPUT_SIZES) {
        const input = networkInput(picture, inputSize, network.mean);
        for (const box of await runTinyFaceNetwork(tf, network, input, inputSize, BOX_SCORE)) {
          found.push(fraction(box, input.width / inputSize, input.height / inputSize));
        }
      }
      const faces = mergeFaceBoxes(found);
      return faces.some((face) => face.score >= PICTURE_SCORE) ? faces : [];
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

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

/** A box in fractions of the network's square, as fractions of the picture, which fills `shareX` by `shareY` of the square. */
function fraction(box: GridBox, shareX: number, shareY: number): FaceBox {
  const x = clamp(box.x / shareX);
  const y = clamp(box.y / shareY);
  return { x, y, width: clamp((box.x + box.width) / shareX) - x, height: clamp((box.y + box.height) / shareY) - y, score: box.score };
}
