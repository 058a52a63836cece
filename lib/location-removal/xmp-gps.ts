import { MAX_XMP_BYTES, xmpTextOf } from '../photos/xmp';
import { scanXmp } from '../photos/xmp-scan';
import { CannotClean, DAMAGED } from './bytes';
import { EditPlan } from './edit-plan';

export const GPS_IN_XMP = 'GPS in XMP';
export const PLACE_IN_XMP = 'place name in XMP';

const TOO_LARGE = 'Its XMP metadata is too large to check for a location.';

/**
 * Blanks every location property (GPS under any prefix, Darwin Core, GPX
 * points, place names) of the XMP packet held in `b[start, end)` with spaces,
 * as found by the same walk the reader makes. XMP is whitespace-tolerant by
 * design (packets carry padding for in-place edits), so the packet keeps its
 * length and nothing around it has to move. A packet that breaks off inside a
 * location property cannot be blanked with certainty, so it is refused.
 */
export function planXmpGpsRemoval(b: Uint8Array, start: number, end: number, plan: EditPlan): void {
  if (end - start > MAX_XMP_BYTES) throw new CannotClean(TOO_LARGE);
  const bytes = b.subarray(start, end);
  const xmp = xmpTextOf(bytes);
  const scan = scanXmp(xmp.text);
  if (scan.broken) throw new CannotClean(DAMAGED);
  let covered = -1;
  for (const location of scan.locations) {
    plan.removed.add(location.what === 'gps' ? GPS_IN_XMP : PLACE_IN_XMP);
    // A structure's parts lie inside it: blanking the structure blanks them.
    if (location.end <= covered) continue;
    const from = Math.max(location.start, covered);
    covered = location.end;
    const blank = new Uint8Array((covered - from) * xmp.width).fill(0x20);
    if (xmp.width === 2) for (let i = xmp.littleEndian ? 1 : 0; i < blank.length; i += 2) blank[i] = 0;
    plan.overwrite(start + from * xmp.width, blank);
  }
}
