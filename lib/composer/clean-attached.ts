import { removeLocationFromFile } from '../location-removal/clean-file';
import type { Platform } from '../types';
import { cleaningNotice } from './cleaning-notice';
import { isMedia } from './files-from-event';

/** What became of one attached photo or video before the site received it. */
export type AttachedOutcome =
  | { name: string; video: boolean; status: 'cleaned' | 'unchanged'; /** Faces blurred on the copy handed over. */ blurred?: number }
  | { name: string; video: boolean; status: 'held-back'; reason: string };

/** Blurs the faces in a photo (its location already removed) off the page: the copy, and how many faces it blurred. */
export type BlurFaces = (file: File) => Promise<{ bytes: Uint8Array<ArrayBuffer>; faces: number }>;

/** What is done to attached photos before the site has them, as the manager's switch and the policy say. */
export interface Cleaning {
  /** Remove locations (the manager's switch, on unless turned off). */
  removeLocations: boolean;
  /** Blur faces (policy `faces: blur`). */
  blurFaces?: BlurFaces;
}

/** Attached files once their locations are gone: what the site is given, in order, and what to tell the person. */
export interface CleanedAttachment {
  /** The files for the site: cleaned copies, untouched originals, and nothing that could not be cleaned. */
  handOver: File[];
  /** One short paragraph in plain words, or none when nothing was cleaned or held back. */
  notice?: string;
}

const NOT_BLURRED_VIDEO = "Your setting's policy asks for faces to be blurred, and Ask Yourself cannot blur faces in a video.";
const NOT_BLURRED = "Your setting's policy asks for faces to be blurred, and Ask Yourself could not look for faces in it to blur them.";

const isVideo = (file: File): boolean => file.type.startsWith('video/') || (file.type === '' && /\.(mp4|m4v|mov|3gp)$/i.test(file.name));

/** The same name, kind and date as the person's file: the site cannot tell the copy from the original but by its bytes. */
const copyOf = (file: File, contents: Blob | Uint8Array<ArrayBuffer>): File => new File([contents], file.name, { type: file.type, lastModified: file.lastModified });

async function clean(file: File, cleaning: Cleaning): Promise<{ file?: File; outcome: AttachedOutcome }> {
  const removed = cleaning.removeLocations ? await removeFrom(file) : { file, outcome: { name: file.name, video: isVideo(file), status: 'unchanged' as const } };
  const { blurFaces } = cleaning;
  if (!blurFaces || !removed.file) return removed;
  const { outcome } = removed;
  if (outcome.video) return { outcome: { name: file.name, video: true, status: 'held-back', reason: NOT_BLURRED_VIDEO } };
  try {
    const blurred = await blurFaces(removed.file);
    if (blurred.faces === 0) return removed;
    return { file: copyOf(file, blurred.bytes), outcome: { ...outcome, blurred: blurred.faces } as AttachedOutcome };
  } catch {
    // Never sent unblurred: a photo that could not be looked at for faces stays with the person.
    return { outcome: { name: file.name, video: false, status: 'held-back', reason: NOT_BLURRED } };
  }
}

/** Cleaned from slices of the file, so a long video is never held whole, let alone twice. */
async function removeFrom(file: File): Promise<{ file?: File; outcome: AttachedOutcome }> {
  const video = isVideo(file);
  const result = await removeLocationFromFile(file, file.name);
  if (result.status === 'failed') return { outcome: { name: file.name, video, status: 'held-back', reason: result.reason } };
  if (result.status === 'no-location') return { file, outcome: { name: file.name, video, status: 'unchanged' } };
  return { file: copyOf(file, result.file), outcome: { name: file.name, video, status: 'cleaned' } };
}

/**
 * Removes the location from each photo and video a person attached, before the
 * site reads any of them (policy 004: "locations being shared"), and blurs the
 * faces in them when the policy says so. Files that are not photos or videos
 * pass as they are; a photo or video that cannot be cleaned (or blurred) is
 * held back whole, never handed over half-cleaned. One file at a time, so a
 * long video never sits in memory beside another. Never throws.
 */
export async function cleanAttached(files: readonly File[], platform: Platform, cleaning: Cleaning = { removeLocations: true }): Promise<CleanedAttachment> {
  const handOver: File[] = [];
  const outcomes: AttachedOutcome[] = [];
  for (const file of files) {
    if (!isMedia(file)) {
      handOver.push(file);
      continue;
    }
    const done = await clean(file, cleaning);
    if (done.file) handOver.push(done.file);
    outcomes.push(done.outcome);
  }
  return { handOver, notice: cleaningNotice(outcomes, platform) };
}
