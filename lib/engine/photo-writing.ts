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

/**
 * Whether two findings point at the same thing: the same words read in the
 * same photo (a sign may repeat a name) count once; text spans differ by offset.
 */
export const sameEvidence = (a: Evidence, b: Evidence): boolean =>
  a.kind === 'photo' && b.kind === 'photo' ? a.file === b.file && a.found === b.found : a.kind === 'text' && b.kind === 'text' && a.start === b.start && a.end === b.end;
