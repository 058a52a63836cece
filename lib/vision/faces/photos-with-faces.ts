import type { PhotoSummary } from '../../types';

/** The attached photos (or videos' opening frames) in which the device saw at least one face. */
export const photosWithFaces = (photos: readonly PhotoSummary[]): PhotoSummary[] =>
  photos.filter((photo) => (photo.sight?.faces?.length ?? 0) > 0);

/** “a.jpg”, “a.jpg” and “b.jpg”, “a.jpg”, “b.jpg” and “c.jpg”: file names as a message quotes them. */
export function quotedFileList(photos: readonly PhotoSummary[]): string {
  const quoted = photos.map((photo) => `“${photo.name}”`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
