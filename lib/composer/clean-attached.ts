import { removeLocation } from '../location-removal/remove-location';
import { blobBytes } from '../photos/blob-bytes';
import type { Platform } from '../types';
import { cleaningNotice } from './cleaning-notice';
import { isMedia } from './files-from-event';

/** What became of one attached photo or video before the site received it. */
export type AttachedOutcome =
  | { name: string; video: boolean; status: 'cleaned' | 'unchanged' }
  | { name: string; video: boolean; status: 'held-back'; reason: string };

/** Attached files once their locations are gone: what the site is given, in order, and what to tell the person. */
export interface CleanedAttachment {
  /** The files for the site: cleaned copies, untouched originals, and nothing that could not be cleaned. */
  handOver: File[];
  /** One short paragraph in plain words, or none when nothing was cleaned or held back. */
  notice?: string;
}

const UNREADABLE = 'It could not be read, so its location could not be checked.';

const isVideo = (file: File): boolean => file.type.startsWith('video/') || (file.type === '' && /\.(mp4|m4v|mov|3gp)$/i.test(file.name));

async function clean(file: File): Promise<{ file?: File; outcome: AttachedOutcome }> {
  const video = isVideo(file);
  let bytes: Uint8Array;
  try {
    bytes = await blobBytes(file);
  } catch {
    return { outcome: { name: file.name, video, status: 'held-back', reason: UNREADABLE } };
  }
  const result = removeLocation(bytes, file.name);
  if (result.status === 'failed') return { outcome: { name: file.name, video, status: 'held-back', reason: result.reason } };
  if (result.status === 'no-location') return { file, outcome: { name: file.name, video, status: 'unchanged' } };
  // The same name, kind and date as the person's file: the site cannot tell the copy from the original but by its bytes.
  const cleaned = new File([result.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type, lastModified: file.lastModified });
  return { file: cleaned, outcome: { name: file.name, video, status: 'cleaned' } };
}

/**
 * Removes the location from each photo and video a person attached, before the
 * site reads any of them (policy 004: "locations being shared"). Files that are
 * not photos or videos pass as they are; a photo or video that cannot be
 * cleaned is held back whole, never handed over half-cleaned. One file at a
 * time, so a long video never sits in memory beside another. Never throws.
 */
export async function cleanAttached(files: readonly File[], platform: Platform): Promise<CleanedAttachment> {
  const handOver: File[] = [];
  const outcomes: AttachedOutcome[] = [];
  for (const file of files) {
    if (!isMedia(file)) {
      handOver.push(file);
      continue;
    }
    const done = await clean(file);
    if (done.file) handOver.push(done.file);
    outcomes.push(done.outcome);
  }
  return { handOver, notice: cleaningNotice(outcomes, platform) };
}
