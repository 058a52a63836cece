import { FACE_DETECTOR_FILES } from '../faces/browser-face-detector';

/** Where the copied files are, under the extension's root. */
export const VISION_PATHS = {
  faces: '/vision/faces/',
  writingWorker: '/vision/writing/worker.min.js',
  writingCore: '/vision/writing/core',
  writingLang: '/vision/writing/lang',
  heifWasm: '/vision/heif/libheif.wasm',
  heifScript: '/vision/heif/libheif.js',
} as const;

/**
 * The model and OCR files the extension ships, copied from node_modules into the
 * build (wxt.config.ts) and read from the extension's own URLs at run time:
 * nothing is ever downloaded. `from` is relative to node_modules, `to` to the
 * extension's root.
 */
export const VISION_FILES: readonly { from: string; to: string }[] = [
  // The threaded build is left out: its threads would start from blob: scripts, which an extension may not load.
  ...FACE_DETECTOR_FILES.filter(({ name }) => !name.includes('threaded')).map(({ from, name }) => ({ from, to: `${VISION_PATHS.faces.slice(1)}${name}` })),
  { from: 'tesseract.js/dist/worker.min.js', to: 'vision/writing/worker.min.js' },
  // LSTM-only cores (the best_int data has no legacy model), one per level of SIMD the browser may have.
  { from: 'tesseract.js-core/tesseract-core-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-simd-lstm.wasm.js' },
  { from: 'tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js', to: 'vision/writing/core/tesseract-core-relaxedsimd-lstm.wasm.js' },
  { from: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', to: 'vision/writing/lang/eng.traineddata.gz' },
  // libheif (LGPL-3.0) ships as its own two unmodified files, its script and its .wasm, so either can be replaced.
  { from: 'libheif-js/libheif-wasm/libheif.wasm', to: VISION_PATHS.heifWasm.slice(1) },
  { from: 'libheif-js/libheif-wasm/libheif.js', to: VISION_PATHS.heifScript.slice(1) },
];
