import type { Evidence, PhotoEvidence, Post } from '../types';

/** The writing read in one attached photo, to be checked as text of its own. */
export interface PhotoWriting {
  file: string;
  text: string;
}

/** Every photo whose picture held writing that could be read. */
export function photoWritings(post: Post): PhotoWriting[] {
  return post.photos.flatMap((photo) => {
    const text = photo.sight?.writing?.trim();
    return text ? [{ file: photo.name, text }] : [];
  });
}

/**
 * Turns what a text rule matched in a photo's writing into evidence naming the
 * photo and the words read there, so the member of staff knows where to look.
 * Evidence about the photos themselves is dropped: the photo rules already
 * looked at every photo when they checked the post.
 */
export function readInPhoto(file: string, evidence: Evidence): PhotoEvidence | undefined {
  if (evidence.kind !== 'text') return undefined;
  return { kind: 'photo', file, found: `in ${file}: '${evidence.text}'` };
}
