import { findMovieLocations } from '../photos/movie-locations';
import type { Box } from '../structure/iso-boxes';
import { planFreeBox } from './boxes';
import { EditPlan } from './edit-plan';
import { planXmpGpsRemoval } from './xmp-gps';

export const LOCATION_IN_QUICKTIME = 'location in QuickTime metadata';
export const LOCATION_IN_3GPP = 'location in 3GPP metadata';

/**
 * Plans the removal of a video's location from its movie box, at every place
 * the reader looks (findMovieLocations). Removed atoms become `free` atoms of
 * the same size, so the sample offsets (stco, co64) into the untouched media
 * data stay right.
 */
export function planMovieLocationRemoval(b: Uint8Array, parent: Box, plan: EditPlan): void {
  for (const location of findMovieLocations(b, parent)) {
    if (location.kind === 'xmp') {
      planXmpGpsRemoval(b, location.start, location.box.end, plan);
    } else {
      planFreeBox(location.box, plan);
      plan.removed.add(location.kind === 'loci' ? LOCATION_IN_3GPP : LOCATION_IN_QUICKTIME);
    }
  }
}
