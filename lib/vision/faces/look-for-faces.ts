import type { PhotoSight } from '../../types';
import type { Pixels } from '../pixels';
import type { FaceDetector } from './face-detector';

/** Why a picture was not looked at for faces, in the words that follow "could not read it (...)". */
export const FACES_PROBLEM = {
  cannotOpen: 'it could not be opened to look for faces',
  failed: 'looking for faces in it went wrong',
} as const;

/**
 * What the host puts in a photo's `sight` about faces: the faces seen, or why
 * the picture could not be looked at, so that the checks report it unchecked
 * rather than pass it. `decode` is the host's own (sharp in Node,
 * createImageBitmap in the browser). Never throws.
 */
export async function lookForFaces(detector: FaceDetector, decode: () => Promise<Pixels>): Promise<Pick<PhotoSight, 'faces' | 'problem'>> {
  let pixels: Pixels;
  try {
    pixels = await decode();
  } catch {
    return { problem: FACES_PROBLEM.cannotOpen };
  }
  try {
    return { faces: await detector.detect(pixels) };
  } catch {
    return { problem: FACES_PROBLEM.failed };
  }
}
