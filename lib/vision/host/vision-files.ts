/**
 * The model and OCR files the extension ships, copied from node_modules into the
 * build (wxt.config.ts) and read from the extension's own URLs at run time:
 * nothing is ever downloaded. `from` is relative to node_modules, `to` to the
 * extension's root.
 */
export const VISION_FILES = [
  { from: '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json', to: 'vision/faces/tiny_face_detector_model-weights_manifest.json' },
  { from: '@vladmandic/face-api/model/tiny_face_detector_model.bin', to: 'vision/faces/tiny_face_detector_model.bin' },
  // Plain and SIMD only: the threaded build starts its threads from blob: scripts, which an extension may not load.
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', to: 'vision/tfjs/tfjs-backend-wasm.wasm' },
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', to: 'vision/tfjs/tfjs-backend-wasm-simd.wasm' },
  { from: 'tesseract.js/dist/worker.min.js', to: 'vision/writing/worker.min.js' },
  // LSTM-only cores (the best_int data has no legacy model), one per level of SIMD the browser may have.
  { from: 'tesseract.js-core/tesseract-core-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-simd-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-relaxedsimd-lstm.wasm.js' },
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: 'vision/writing/lang/eng.traineddata.gz' },
] as const;

/** Where the copied files are, under the extension's root. */
export const VISION_PATHS = {
  faceManifest: '/vision/faces/tiny_face_detector_model-weights_manifest.json',
  faceWeights: '/vision/faces/tiny_face_detector_model.bin',
  tfjsWasm: '/vision/tfjs/',
  writingWorker: '/vision/writing/worker.min.js',
  writingCore: '/vision/writing/core',
  writingLang: '/vision/writing/lang',
} as const;
