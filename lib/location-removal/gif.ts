import { walkGif } from '../structure/gif';
import { EditPlan } from './edit-plan';
import { planXmpGpsRemoval } from './xmp-gps';

/**
 * Plans the removal of location from a GIF's XMP, found by the reader's own
 * walk. The packet is blanked in place with spaces: a GIF decoder reads the
 * packet as data sub-blocks, and the magic trailer after it still brings that
 * walk to the terminator whatever the packet's bytes, as long as none is zero.
 */
export function planGifLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  for (const { start, end } of walkGif(b).xmp) planXmpGpsRemoval(b, start, end, plan);
}
