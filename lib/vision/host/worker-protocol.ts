import type { FaceBox, PhotoSight } from '../../types';
import type { BrowserPicture } from '../decode-browser';
import type { LookWants } from './look-messages';

/** Asks the vision worker to look at one picture (a photo's bytes or a video's frame). */
export interface LookJob {
  id: number;
  op: 'look';
  picture: BrowserPicture;
  wants: LookWants;
}

/** Asks the vision worker for a copy of a JPEG with its faces blurred and its metadata kept. */
export interface BlurJob {
  id: number;
  op: 'blur';
  /** The photo's bytes: the copy already without its location. */
  bytes: Uint8Array<ArrayBuffer>;
}

export type WorkerJob = LookJob | BlurJob;

/** The worker's answer to one job, by its id. */
export type WorkerAnswer =
  | { id: number; sight: PhotoSight }
  | { id: number; blurred: Uint8Array<ArrayBuffer>; faces: FaceBox[] }
  | { id: number; error: string };
