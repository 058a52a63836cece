/**
 * The face detector in a browser Worker (the extension's offscreen document on
 * Chrome, its background page on Firefox): face-api's browser build on tfjs's
 * wasm backend. The weights and tfjs's .wasm files ship inside the extension,
 * copied from node_modules at build (FACE_DETECTOR_FILES says which), and are
 * fetched from the extension's own URL: nothing comes from the network.
 * The extension's CSP needs 'wasm-unsafe-eval'; without it detection falls
 * back to plain JavaScript, slower but the same.
 *
 *   const detector = await createBrowserFaceDetector(browser.runtime.getURL('/face-detector/'));
 */
import * as faceapi from '@vladmandic/face-api/dist/face-api.esm-nobundle.js';
import { createFaceDetector, type FaceApi, type FaceDetector } from './face-detector';

const MANIFEST = 'tiny_face_detector_model-weights_manifest.json';
const WEIGHTS = 'tiny_face_detector_model.bin';

/** The files to put in one folder of the extension, by the npm package and path they are copied from. */
export const FACE_DETECTOR_FILES: readonly { from: string; name: string }[] = [
  { from: `@vladmandic/face-api/model/${MANIFEST}`, name: MANIFEST },
  { from: `@vladmandic/face-api/model/${WEIGHTS}`, name: WEIGHTS },
  ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'].map((name) => ({
    from: `@tensorflow/tfjs-backend-wasm/dist/${name}`,
    name,
  })),
];

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The face detector's file ${url} could not be loaded (${response.status}).`);
  return response;
}

/** Stands for the DOM's image and video elements, which a Worker lacks: the detector is only handed tensors. */
class NoElement {}

const unavailable = (what: string) => () => {
  throw new Error(`face-api asked for ${what}, which a Worker does not have`);
};

/**
 * face-api looks for a page's window or for Node when it loads, and finds
 * neither in a Worker; it then needs an environment to check its inputs against.
 */
function useWorkerEnvironment(): void {
  if (faceapi.env.isBrowser() || faceapi.env.isNodejs()) return;
  faceapi.env.setEnv({
    Canvas: OffscreenCanvas,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D,
    Image: NoElement,
    ImageData,
    Video: NoElement,
    createCanvasElement: () => new OffscreenCanvas(1, 1),
    createImageElement: unavailable('an image element'),
    createVideoElement: unavailable('a video element'),
    fetch: (...args: Parameters<typeof fetch>) => fetch(...args),
    readFile: unavailable('a file system'),
  } as unknown as Parameters<typeof faceapi.env.setEnv>[0]);
}

/** A face detector whose files are in the folder at `baseUrl` (ending in "/"). */
export async function createBrowserFaceDetector(baseUrl: string): Promise<FaceDetector> {
  useWorkerEnvironment();
  const [manifest, data] = await Promise.all([
    fetched(`${baseUrl}${MANIFEST}`).then((response) => response.json() as Promise<unknown>),
    fetched(`${baseUrl}${WEIGHTS}`).then((response) => response.arrayBuffer()),
  ]);
  return createFaceDetector({ faceapi: faceapi as unknown as FaceApi, weights: { manifest, data }, wasmPaths: baseUrl });
}
