/**
 * The command line's eyes: reads the writing in each attached photo and, when
 * the policy cares about faces, looks for them, before the check, so `--image`
 * is checked as the extension checks an attached photo. One OCR worker and one
 * face detector serve the whole run, each started at the first photo that needs
 * it, so a post without photos costs nothing and a batch pays each start once.
 */
import type { PhotoSource } from '../photos/photo-source';
import type { PhotoSight, PhotoSummary } from '../types';
import { decodePixels } from '../vision/decode-node';
import { FACE_PIXELS_LONGEST_SIDE, type FaceDetector } from '../vision/faces/face-detector';
import { lookForFaces } from '../vision/faces/look-for-faces';
import { createNodeFaceDetector } from '../vision/faces/node-face-detector';
import type { Pixels } from '../vision/pixels';
import { createWritingReader, type WritingReader } from '../vision/writing/create-writing-reader';
import { nodeReaderPaths } from '../vision/writing/node-reader-paths';
import { LONGEST_SIDE } from '../vision/writing/picture-for-reading';

/** Longest one look at a picture may take, on a busy machine, before the photo counts as unchecked. */
export const LOOK_DEADLINE_MS = 30_000;

export interface PhotoLooker {
  /** What the photo's picture shows; a problem, in plain words, when it could not be looked at. */
  look(photo: PhotoSource, summary: PhotoSummary): Promise<PhotoSight | undefined>;
  /** Stops the workers, so the process can end. */
  close(): Promise<void>;
}

class TooSlow extends Error {}

// sharp decodes JPEG, PNG, WebP, GIF, TIFF and AVIF; not HEIC, whose decoder the prebuilt libvips leaves out.
const UNOPENED = 'it could not be opened';
const VIDEO_FRAMES = 'the command line cannot play videos, so it could not look for faces in its opening frames';

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TooSlow()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One engine for the whole run, started when first needed; one that failed or overran is stopped and started afresh next time. */
function lazily<T>(start: () => Promise<T>, stop: (engine: T) => unknown) {
  let engine: Promise<T> | undefined;
  return {
    get: () => (engine ??= start()),
    async drop() {
      const stale = engine;
      engine = undefined;
      await stale?.then(stop).catch(() => undefined);
    },
  };
}

/** `faces`: whether to look for faces (the policy's `faces` is not `allowed`). */
export function photoLooker({ faces }: { faces: boolean }): PhotoLooker {
  const reader = lazily<WritingReader>(() => createWritingReader(nodeReaderPaths()), (r) => r.terminate());
  const detector = lazily<FaceDetector>(createNodeFaceDetector, (d) => d.dispose());

  const readWriting = async (pixels: Pixels): Promise<string> => {
    const engine = await reader.get().catch(async (error: unknown) => {
      await reader.drop();
      throw new Error(`the writing in it could not be read (${reason(error)})`);
    });
    return withDeadline(engine.read(pixels), LOOK_DEADLINE_MS).catch(async (error: unknown) => {
      if (!(error instanceof TooSlow)) throw new Error(`the writing in it could not be read (${reason(error)})`);
      await reader.drop();
      throw new Error('reading the writing in it took too long');
    });
  };

  const findFaces = async (bytes: Uint8Array): Promise<Pick<PhotoSight, 'faces' | 'problem'>> => {
    const engine = await detector.get().catch(async (error: unknown) => {
      await detector.drop();
      throw new Error(`faces could not be looked for (${reason(error)})`);
    });
    const seen = lookForFaces(engine, () => decodePixels(bytes, FACE_PIXELS_LONGEST_SIDE));
    return withDeadline(seen, LOOK_DEADLINE_MS).catch((error: unknown) => {
      throw new Error(error instanceof TooSlow ? 'looking for faces in it took too long' : reason(error));
    });
  };

  return {
    async look(photo, summary) {
      // A video's opening frames are looked at by the extension; the command line has no video decoder to do it, so
      // when faces matter the video is named as not looked at rather than passed as showing none.
      if (summary.kind === 'video') return faces ? { problem: VIDEO_FRAMES } : undefined;
      const bytes = await photo.read(0, photo.size);
      let pixels: Pixels;
      try {
        pixels = await decodePixels(bytes, LONGEST_SIDE.max);
      } catch {
        return { problem: UNOPENED };
      }
      const [writing, seen] = await Promise.allSettled([readWriting(pixels), faces ? findFaces(bytes) : Promise.resolve(undefined)]);
      const problems = [writing, seen].flatMap((result) => (result.status === 'rejected' ? [reason(result.reason)] : []));
      if (seen.status === 'fulfilled' && seen.value?.problem) problems.push(seen.value.problem);
      const sight: PhotoSight = {};
      if (writing.status === 'fulfilled') sight.writing = writing.value;
      if (seen.status === 'fulfilled' && seen.value?.faces) sight.faces = seen.value.faces;
      if (problems.length > 0) sight.problem = problems.join('; ');
      return sight;
    },
    async close() {
      await Promise.all([reader.drop(), detector.drop()]);
    },
  };
}
