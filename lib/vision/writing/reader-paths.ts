/**
 * Where the OCR engine's three parts are: tesseract.js's worker script, the
 * tesseract.js-core WebAssembly build (a folder), and the English language data
 * (a folder holding eng.traineddata.gz). Always set by the host: in Node, files
 * in node_modules; in the extension, the extension's own URLs. tesseract.js
 * would otherwise fetch each from a CDN, which Ask Yourself never does.
 */
export interface WritingReaderPaths {
  workerPath: string;
  corePath: string;
  langPath: string;
}

/** Refuses paths that are missing, so a mistake shows at once rather than as a download. */
export function checkedPaths(paths: Partial<WritingReaderPaths>): WritingReaderPaths {
  const missing = (['workerPath', 'corePath', 'langPath'] as const).filter((key) => !paths[key]?.trim());
  if (missing.length > 0) throw new Error(`The writing reader needs ${missing.join(', ')}: without them it would download its files.`);
  return paths as WritingReaderPaths;
}
