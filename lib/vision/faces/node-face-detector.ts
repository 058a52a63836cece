/**
 * The face detector in Node (the command-line checker, tests, the bench):
 * face-api's Node build on tfjs's wasm backend, with the weights and .wasm
 * files read from node_modules, where npm put them. Nothing is downloaded.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as faceapi from '@vladmandic/face-api/dist/face-api.node-wasm.js';
import { createFaceDetector, type FaceApi, type FaceDetector, type FaceDetectorSetup } from './face-detector';

// The command-line build is CommonJS, where import.meta is empty but __filename is set.
const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
const packageDir = (name: string): string => dirname(createRequire(here).resolve(`${name}/package.json`));

/** A face detector ready to use; keep one for many pictures. */
export async function createNodeFaceDetector(): Promise<FaceDetector> {
  return createFaceDetector(await nodeFaceDetectorSetup());
}

/** face-api's Node build with the weights and tfjs's .wasm files where npm put them. */
export async function nodeFaceDetectorSetup(): Promise<FaceDetectorSetup> {
  const models = join(packageDir('@vladmandic/face-api'), 'model');
  const [manifest, data] = await Promise.all([
    readFile(join(models, 'tiny_face_detector_model-weights_manifest.json'), 'utf8'),
    readFile(join(models, 'tiny_face_detector_model.bin')),
  ]);
  return {
    faceapi: faceapi as unknown as FaceApi,
    weights: { manifest: JSON.parse(manifest), data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    wasmPaths: `${join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist')}/`,
  };
}
