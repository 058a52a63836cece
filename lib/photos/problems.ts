/**
 * Why a photo or video could not be checked, in the words the member of staff
 * reads after "Ask Yourself could not read it (...)".
 */
export const PROBLEM = {
  empty: 'the file is empty',
  unknown: 'it is not a photo or video we can read',
  cutShort: 'the file is cut short, so its details are missing',
  damaged: 'the file is damaged',
  cannotOpen: 'the file could not be opened',
  tooLarge: 'its details are too large to check',
  tooSlow: 'reading it took too long',
} as const;

/** Thrown while reading a file to stop at the first problem; readPhotoSummary turns it into words. */
export class Unreadable extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}
