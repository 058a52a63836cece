import { latin1, u32 } from './bytes';
import { readBoxes, uuidOf, XMP_UUID } from './boxes';
import { EditPlan } from './edit-plan';
import { planHeifLocationRemoval } from './heif';
import { planMovieLocationRemoval } from './quicktime';
import { planXmpGpsRemoval } from './xmp-gps';
import { findTimedLocationTracks } from '../photos/timed-locations';
import { planTimedLocationRemoval } from './timed-tracks';

/** Top-level box types a QuickTime or ISO media file can open with (old MOVs have no ftyp). */
export const ISO_MEDIA_FIRST_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid']);

/**
 * Plans the removal of location from an ISO base media file: HEIF/HEIC images keep it
 * in the items of their `meta` box, MP4 and MOV videos in their `moov` box, and Adobe
 * tools add a top-level XMP `uuid` box. Of the media data, only the samples of
 * timed location tracks are read.
 */
export function planIsoMediaLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  for (const box of readBoxes(b, 0, b.length, true)) {
    if (box.type === 'meta') planHeifLocationRemoval(b, box, plan);
    else if (box.type === 'moov') {
      planMovieLocationRemoval(b, box, plan);
      planTimedLocationRemoval(b, findTimedLocationTracks(b, box), plan);
    } else if (box.type === 'uuid' && uuidOf(b, box) === XMP_UUID) planXmpGpsRemoval(b, box.content + 16, box.end, plan);
  }
}

/**
 * Plans the removal of location from a video appended to a photo (Android motion
 * photos put an MP4 after the JPEG). Other trailer data may follow the video, so its
 * boxes are read only until the first that does not fit.
 */
export function planAppendedVideoLocationRemoval(b: Uint8Array, start: number, plan: EditPlan): void {
  for (let at = start; at + 8 <= b.length; ) {
    const size = u32(b, at);
    const type = latin1(b, at + 4, at + 8);
    if (size < 8 || at + size > b.length || !/^[\w ©]{4}$/.test(type)) return;
    if (type === 'moov') {
      const moov = { type, start: at, content: at + 8, end: at + size };
      planMovieLocationRemoval(b, moov, plan);
      // The video's sample offsets count from its own start.
      planTimedLocationRemoval(b, findTimedLocationTracks(b, moov, start), plan);
    }
    at += size;
  }
}
