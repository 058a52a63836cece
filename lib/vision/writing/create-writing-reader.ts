import { createWorker, type Worker } from 'tesseract.js';
import type { Pixels } from '../pixels';
import { confidentText, type ReadWord } from './confident-words';
import { pictureForReading, type SideLimits } from './picture-for-reading';
import { checkedPaths, type WritingReaderPaths } from './reader-paths';

/** Reads the writing in pictures, one at a time, on a worker of its own. */
export interface WritingReader {
  /**
   * The writing read with confidence, a phrase a line ('' when there is none).
   * Takes the picture's pixels, or an encoded file (JPEG, PNG) that tesseract
   * decodes itself, turning it by its EXIF orientation.
   */
  read(picture: Pixels | Uint8Array): Promise<string>;
  /** Ends the worker; the reader cannot be used again. */
  terminate(): Promise<void>;
}

/**
 * Photos hold writing in scattered patches (a label, a sign), not pages: find text wherever it is, in any order.
 * Sauvola's local thresholding separates letters from their own surroundings, where one threshold for the
 * whole picture loses a light label on a patterned background.
 */
const PARAMETERS = { tessedit_pageseg_mode: '11', thresholding_method: '2', user_defined_dpi: '300' };

/**
 * Further, smaller looks (a quarter of the pixels, or less), whose lines are added to the first look's:
 * - one threshold for the whole picture (Otsu's): light writing on a dark ground (a chalkboard, a dark T-shirt)
 *   comes out of local thresholding as outlines, but reads well this way;
 * - the picture turned 20 degrees each way: tesseract reads lines tilted up to about 10 degrees, and a name
 *   written across a drawing or a card held at an angle is often tilted more.
 */
const QUARTER = { min: 1000, max: 1000 };
// Tilted writing worth reading is large (a name across a drawing, a card's heading): fewer pixels still do.
const TILTED = { min: 800, max: 800 };
const MORE_LOOKS: { limits: SideLimits; degrees: number; options: Record<string, string> }[] = [
  { limits: QUARTER, degrees: 0, options: { thresholding_method: '0' } },
  { limits: TILTED, degrees: -20, options: {} },
  { limits: TILTED, degrees: 20, options: {} },
];
const LSTM_ONLY = 1;

const isPixels = (picture: Pixels | Uint8Array): picture is Pixels => 'width' in picture && 'data' in picture;

/**
 * The lines read so far, then each line of a further look that holds a new word: one that is not part of a word
 * already read, so a look that catches only part of a name ("Mae" of "Lily-Mae") adds nothing.
 */
export function joinLooks(sofar: string, more: string): string {
  const seen = sofar.toLowerCase().split(/\s+/).filter(Boolean);
  const isNew = (word: string) => !seen.some((known) => known.includes(word.toLowerCase()));
  const added = more.split('\n').filter((line) => line.split(' ').some((word) => word && isNew(word)));
  return [sofar, ...added].filter(Boolean).join('\n');
}

/** How long starting the engine may take before it counts as failed: seconds on a busy machine, never minutes. */
export const START_TIMEOUT_MS = 30_000;

/**
 * Starts tesseract.js with English, every file from the given paths: nothing
 * is downloaded, and with `cacheMethod: 'none'` nothing is kept (no IndexedDB
 * in a browser, no files in Node). The worker is a worker thread in Node and a
 * dedicated Worker in the browser, so reading never blocks the caller's thread.
 * Rejects, saying why, when the engine cannot start: tesseract.js itself would
 * wait for ever when its language data cannot be loaded.
 */
export async function createWritingReader(paths: Partial<WritingReaderPaths>): Promise<WritingReader> {
  const { workerPath, corePath, langPath } = checkedPaths(paths);
  let failStart: (error: Error) => void = () => {};
  const startFailed = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  startFailed.catch(() => undefined);
  const timer = setTimeout(() => failStart(new Error('the writing reader did not start in time')), START_TIMEOUT_MS);
  let worker: Worker;
  try {
    const starting = createWorker('eng', LSTM_ONLY, {
      workerPath,
      corePath,
      langPath,
      gzip: true,
      cacheMethod: 'none',
      workerBlobURL: false,
      legacyCore: false,
      legacyLang: false,
      // Called for any job that fails; while starting, it is the only word of a failure tesseract.js gives.
      errorHandler: (error: unknown) => failStart(new Error(`the writing reader could not start: ${String(error)}`)),
    });
    worker = await Promise.race([starting, startFailed]);
  } finally {
    clearTimeout(timer);
  }
  await worker.setParameters(PARAMETERS as never);
  let ended = false;
  // One picture at a time: the engine's state is shared by every job on its worker.
  let queue: Promise<unknown> = Promise.resolve();
  const look = async (image: Uint8Array, options: Record<string, string> = {}) => {
    if (ended) throw new Error('the writing reader has been stopped');
    const { data } = await worker.recognize(image as never, options as never, { text: false, blocks: true });
    const lines = (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => line.words.map((w): ReadWord => ({ text: w.text, confidence: w.confidence })))),
    );
    return confidentText(lines);
  };
  const recognise = async (picture: Pixels | Uint8Array) => {
    if (!isPixels(picture)) return look(picture);
    let read = await look(pictureForReading(picture));
    for (const { limits, degrees, options } of MORE_LOOKS) read = joinLooks(read, await look(pictureForReading(picture, limits, degrees), options));
    return read;
  };
  return {
    read(picture) {
      const result = queue.then(() => recognise(picture));
      queue = result.catch(() => undefined);
      return result;
    },
    async terminate() {
      if (ended) return;
      ended = true;
      await worker.terminate();
    },
  };
}
