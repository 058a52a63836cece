/**
 * Why a picture could not be looked at, in the words a member of staff reads
 * about the photo (`PhotoSight.problem`), after "Ask Yourself could not look at it: ".
 */
export const SIGHT_PROBLEM = {
  cannotOpen: 'the picture could not be opened',
  facesFailed: 'looking for faces in it failed',
  writingFailed: 'reading the writing in it failed',
  tooSlow: 'reading the writing in it took too long',
  unavailable: 'the part of Ask Yourself that looks at pictures did not start',
  noFrames: 'no picture could be taken from the video',
  tooLarge: 'it is too large to look at here',
} as const;
