import { cammPositions, gpmfPositions, sampleItems, type Sample, type TimedLocationTrack } from '../photos/timed-locations';
import { ensure } from './bytes';
import { EditPlan } from './edit-plan';

export const LOCATION_IN_TRACK = 'location track in the video';

/**
 * Zeroes the location values in one sample (`bytes`, found at `at` in the
 * file): a mebx sample's location items, a GPMF sample's GPS5/GPS9 fixes, a
 * camm sample's GPS positions.
 * Each keeps its size and key, so the samples and the track's tables stay as
 * they were; readers find an empty value, or the zeros a camera writes
 * without a fix, where the position was.
 */
export function planSampleLocationRemoval(bytes: Uint8Array, at: number, track: TimedLocationTrack, plan: EditPlan): void {
  const places =
    track.format === 'gpmd'
      ? gpmfPositions(bytes)
      : track.format === 'camm'
        ? cammPositions(bytes)
        : sampleItems(bytes).filter((item) => track.keys.has(item.key));
  for (const item of places) {
    // An emptied value (all zeros, as this leaves it) says nowhere: a cleaned file is not cleaned again.
    if (bytes.subarray(item.start, item.end).every((byte) => byte === 0)) continue;
    plan.zero(at + item.start, item.end - item.start);
    plan.removed.add(LOCATION_IN_TRACK);
  }
}

const sampleIn = (b: Uint8Array, { at, length }: Sample): Uint8Array => {
  ensure(at >= 0 && at + length <= b.length);
  return b.subarray(at, at + length);
};

/** Plans the removal of every timed location sample held in `b`, the whole file. */
export function planTimedLocationRemoval(b: Uint8Array, tracks: readonly TimedLocationTrack[], plan: EditPlan): void {
  for (const track of tracks) {
    for (const sample of track.samples) planSampleLocationRemoval(sampleIn(b, sample), sample.at, track, plan);
  }
}
