import type { FaceBox, PhotoSight } from '../../types';
import { decodeBrowser, type BrowserPicture, type OtherFormatDecoder } from '../decode-browser';
import type { Pixels } from '../pixels';
import type { LookWants } from './look-messages';
import { SIGHT_PROBLEM } from './sight-problems';

/** The two ways of looking, each loaded once, on first use, in the worker, and the decoder for photos the browser cannot draw. */
export interface Seers {
  faces(): Promise<{ detect(pixels: Pixels): Promise<FaceBox[]> }>;
  writing(): Promise<{ read(pixels: Pixels): Promise<string> }>;
  decodeOther?: OtherFormatDecoder;
}

/**
 * The longest side a picture is looked at: enough for a name written on a coat peg
 * in a 12-megapixel photo to stay legible, small enough to read in about a second.
 */
export const LOOKING_SIDE = 2000;

/**
 * Looks at one picture for what the policy needs: faces, writing or both. A
 * picture that cannot be decoded, or a way of looking that fails, gives a
 * `problem` in place of what it would have seen, so the checks report the photo
 * unchecked; nothing fails quietly into "nothing seen".
 */
export async function lookAtPicture(picture: BrowserPicture, wants: LookWants, seers: Seers): Promise<PhotoSight> {
  let pixels: Pixels;
  try {
    pixels = await decodeBrowser(picture, LOOKING_SIDE, seers.decodeOther);
  } catch {
    return { problem: SIGHT_PROBLEM.cannotOpen };
  }
  const sight: PhotoSight = {};
  try {
    if (wants.faces) sight.faces = await (await seers.faces()).detect(pixels);
    if (wants.writing) sight.writing = await (await seers.writing()).read(pixels);
  } catch {
    return { problem: wants.faces && !sight.faces ? SIGHT_PROBLEM.facesFailed : SIGHT_PROBLEM.writingFailed };
  }
  return sight;
}
