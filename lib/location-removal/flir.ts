import { flirGpsRecords, inOrder, type FlirPiece } from '../photos/flir';
import { EditPlan } from './edit-plan';
import { gather, scatter, type Extent } from './scattered';

export const GPS_IN_MAKER_RECORD = 'GPS in the camera maker’s own record';

export type FlirExtent = FlirPiece & Extent;

/**
 * Frees each GPS record of a FLIR block, found by the walk the reader makes:
 * its directory entry becomes an empty (type 0) record, which readers skip,
 * and its bytes are zeroed. Nothing moves, so every other record's offset
 * stays right. Pieces that do not make a whole block hold nothing any reader
 * can join, so they are left as they are.
 */
export function planFlirLocationRemoval(b: Uint8Array, pieces: readonly FlirExtent[], plan: EditPlan): void {
  const sorted = inOrder(pieces);
  if (!sorted) return;
  const block = gather(b, sorted);
  const local = new EditPlan();
  for (const record of flirGpsRecords(block)) {
    local.zero(record.entryAt, 2);
    if (record.end > record.start) local.zero(record.start, record.end - record.start);
    local.removed.add(GPS_IN_MAKER_RECORD);
  }
  scatter(local, sorted, plan);
}
