/**
 * The command line's eyes: reads the writing in each attached photo (and,
 * once a detector is given, looks for faces) before the check, so `--image`
 * is checked as the extension checks an attached photo. One OCR worker serves
 * the whole run, started at the first photo, so a post without photos costs
 * nothing and a batch pays the start once.
 */
import type { PhotoSource } from '../photos/photo-source';
import type { PhotoSight, PhotoSummary } from '../types';
import { createWritingReader, type WritingReader } from '../vision/writing/create-writing-reader';
import { nodeReaderPaths } from '../vision/writing/node-reader-paths';

/** Longest a picture's writing may take to read, on a busy machine, before the photo counts as unchecked. */
export const READ_DEADLINE_MS = 30_000;

export interface PhotoLooker {
  /** What the photo's picture shows; a problem, in plain words, when it could not be looked at. */
  look(photo: PhotoSource, summary: PhotoSummary): Promise<PhotoSight | undefined>;
  /** Stops the workers, so the process can end. */
  close(): Promise<void>;
}

class TooSlow extends Error {}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TooSlow()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function photoLooker(): PhotoLooker {
  let reader: Promise<WritingReader> | undefined;
  const startReader = () => {
    reader ??= createWritingReader(nodeReaderPaths());
    return reader;
  };
  // A reader that failed or overran is stopped and forgotten, so the next photo starts afresh rather than queue behind it.
  const dropReader = async () => {
    const stale = reader;
    reader = undefined;
    await stale?.then((r) => r.terminate()).catch(() => undefined);
  };

  return {
    async look(photo, summary) {
      // A video's frames are looked at by the extension; the command line has no video decoder to do it.
      if (summary.kind === 'video') return undefined;
      let started: WritingReader;
      try {
        started = await startReader();
      } catch (error) {
        await dropReader();
        return { problem: `the writing in it could not be read (${reason(error)})` };
      }
      try {
        const bytes = await photo.read(0, photo.size);
        return { writing: await withDeadline(started.read(bytes), READ_DEADLINE_MS) };
      } catch (error) {
        if (error instanceof TooSlow) {
          await dropReader();
          return { problem: 'reading the writing in it took too long' };
        }
        return { problem: 'the picture could not be decoded to read the writing in it' };
      }
    },
    async close() {
      await dropReader();
    },
  };
}
