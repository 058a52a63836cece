import type { FaceBox } from '../../types';
import { decodeBrowser, encodeJpegBrowser } from '../decode-browser';
import type { Pixels } from '../pixels';
import { lookAtPicture, type Seers } from './look-at-picture';
import type { BlurJob, WorkerAnswer, WorkerJob } from './worker-protocol';

/** Blurring, from the face-detection core: the faces on the pixels, and the original's metadata around the new JPEG. */
export interface Blurrer {
  blurFaces(pixels: Pixels, faces: readonly FaceBox[]): Pixels;
  /** The original JPEG's metadata segments (location already gone) around the re-encoded image data. */
  keepMetadata(original: Uint8Array, reencoded: Uint8Array): Uint8Array;
}

/** The longest side a blurred copy keeps: larger photos are made smaller, which no site shows bigger anyway. */
const BLUR_SIDE = 8192;
const JPEG_QUALITY = 0.92;

const isJpeg = (bytes: Uint8Array): boolean => bytes[0] === 0xff && bytes[1] === 0xd8;

async function blurCopy(job: BlurJob, seers: Seers, blurrer: Blurrer): Promise<WorkerAnswer> {
  if (!isJpeg(job.bytes)) return { id: job.id, error: 'only JPEG photos can have their faces blurred' };
  const pixels = await decodeBrowser(new Blob([job.bytes], { type: 'image/jpeg' }), BLUR_SIDE);
  const faces = await (await seers.faces()).detect(pixels);
  if (faces.length === 0) return { id: job.id, blurred: job.bytes, faces };
  const encoded = await encodeJpegBrowser(blurrer.blurFaces(pixels, faces), JPEG_QUALITY);
  return { id: job.id, blurred: new Uint8Array(blurrer.keepMetadata(job.bytes, encoded)), faces };
}

/**
 * The vision worker's loop: one job at a time, so two 12-megapixel photos never
 * sit decoded side by side, each answered by its id. Nothing is kept between jobs
 * but the loaded models.
 */
export function serveVisionJobs(scope: { onmessage: ((event: MessageEvent<WorkerJob>) => void) | null; postMessage(answer: WorkerAnswer, transfer?: Transferable[]): void }, seers: Seers, blurrer: Blurrer): void {
  let queue: Promise<void> = Promise.resolve();
  const answer = async (job: WorkerJob): Promise<WorkerAnswer> => {
    try {
      return job.op === 'look' ? { id: job.id, sight: await lookAtPicture(job.picture, job.wants, seers) } : await blurCopy(job, seers, blurrer);
    } catch (error) {
      return { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
  };
  scope.onmessage = (event) => {
    const job = event.data;
    queue = queue.then(async () => {
      const done = await answer(job);
      scope.postMessage(done, 'blurred' in done ? [done.blurred.buffer] : []);
    });
  };
}
