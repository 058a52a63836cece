import { ensure } from './bytes';
import { walkBytes } from '../structure/byte-walk';
import { walkTopLevelBoxes, XMP_UUID } from '../structure/iso-boxes';
import { EditPlan } from './edit-plan';
import { planHeifLocationRemoval } from './heif';
import { planMovieLocationRemoval } from './quicktime';
import { planXmpGpsRemoval } from './xmp-gps';
import { findTimedLocationTracks } from '../photos/timed-locations';
import { planTimedLocationRemoval } from './timed-tracks';

/**
 * Plans the removal of location from an ISO base media file: HEIF/HEIC images keep it
 * in the items of their `meta` box, MP4 and MOV videos in their `moov` box, and Adobe
 * tools add a top-level XMP `uuid` box. Of the media data, only the samples of
 * timed location tracks are read. The top-level walk is the reader's; wherever
 * it stops making sense, the file is refused.
 */
export function planIsoMediaLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  const { boxes, stop } = walkBytes(walkTopLevelBoxes(b.length), b);
  ensure(!stop);
  for (const box of boxes) {
    if (box.type === 'meta') planHeifLocationRemoval(b, box, plan);
    else if (box.type === 'moov') {
      planMovieLocationRemoval(b, box, plan);
      planTimedLocationRemoval(b, findTimedLocationTracks(b, box), plan);
    } else if (box.uuid === XMP_UUID) planXmpGpsRemoval(b, box.content + 16, box.end, plan);
  }
}

/**
 * Plans the removal of location from a video appended to a photo (Android motion
 * photos put an MP4 after the JPEG). Other trailer data may follow the video, so its
 * boxes are read only until the first that does not fit.
 */
export function planAppendedVideoLocationRemoval(b: Uint8Array, start: number, plan: EditPlan): void {
  const { boxes } = walkBytes(walkTopLevelBoxes(b.length - start), b.subarray(start));
  for (const box of boxes) {
    if (!/^[\w ©]{4}$/.test(box.type)) return;
    if (box.type === 'moov') {
      const moov = { type: box.type, start: start + box.start, content: start + box.content, end: start + box.end };
      planMovieLocationRemoval(b, moov, plan);
      // The video's sample offsets count from its own start.
      planTimedLocationRemoval(b, findTimedLocationTracks(b, moov, start), plan);
    }
  }
}
