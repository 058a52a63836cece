import * as faceapi from '@vladmandic/face-api/dist/face-api.esm.js';
import { createFaceDetector, type FaceApi } from '../faces/face-detector';
import { createWritingReader } from '../writing/create-writing-reader';
import type { Seers } from './look-at-picture';
import { VISION_PATHS } from './vision-files';

/** Stands for a DOM element type a worker does not have: no picture is ever one of these, so face-api's checks pass it by. */
class Absent {}
const absent = (): never => {
  throw new Error('a worker has no DOM elements');
};

/**
 * face-api looks for a window or for Node, and a worker is neither: it is told
 * the worker's own kinds (OffscreenCanvas), which it only ever tests against,
 * since the detector is given pixels, never elements.
 */
function useWorkerEnvironment(): void {
  faceapi.env.setEnv({
    Canvas: OffscreenCanvas,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D,
    Image: Absent,
    ImageData,
    Video: Absent,
    createCanvasElement: () => new OffscreenCanvas(1, 1),
    createImageElement: absent,
    createVideoElement: absent,
    fetch: (url: string, init?: RequestInit) => fetch(url, init),
    readFile: absent,
  } as unknown as Parameters<typeof faceapi.env.setEnv>[0]);
}

/**
 * The face detector and the writing reader in the vision worker, each started
 * on first use from the files shipped in the extension (`root` is the
 * extension's own address), and started again if starting failed.
 */
export function browserSeers(root: string): Seers {
  const at = (path: string) => new URL(path, root).href;
  const once = <T>(start: () => Promise<T>): (() => Promise<T>) => {
    let started: Promise<T> | undefined;
    return () => {
      started ??= start();
      started.catch(() => (started = undefined));
      return started;
    };
  };
  return {
    faces: once(async () => {
      if (typeof document === 'undefined') useWorkerEnvironment();
      // The threaded build is not shipped (lib/vision/host/vision-files.ts): tfjs is told not to reach for it.
      (faceapi.tf as unknown as { env(): { set(flag: string, value: boolean): void } }).env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      const [manifest, data] = await Promise.all([
        fetch(at(VISION_PATHS.faceManifest)).then((response) => response.json() as Promise<unknown>),
        fetch(at(VISION_PATHS.faceWeights)).then((response) => response.arrayBuffer()),
      ]);
      return createFaceDetector({ faceapi: faceapi as unknown as FaceApi, weights: { manifest, data }, wasmPaths: at(VISION_PATHS.tfjsWasm) });
    }),
    writing: once(() =>
      createWritingReader({ workerPath: at(VISION_PATHS.writingWorker), corePath: at(VISION_PATHS.writingCore), langPath: at(VISION_PATHS.writingLang) }),
    ),
  };
}
