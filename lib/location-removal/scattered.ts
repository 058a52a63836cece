import { ensure } from './bytes';
import { EditPlan } from './edit-plan';

/** One piece of a block of metadata that a file stores in several places. */
export interface Extent {
  at: number;
  length: number;
}

/** Joins the pieces into one small buffer, so the TIFF and XMP readers can work on it. */
export function gather(b: Uint8Array, extents: readonly Extent[]): Uint8Array {
  const total = extents.reduce((sum, extent) => sum + extent.length, 0);
  const joined = new Uint8Array(total);
  let write = 0;
  for (const extent of extents) {
    ensure(extent.at >= 0 && extent.at + extent.length <= b.length);
    joined.set(b.subarray(extent.at, extent.at + extent.length), write);
    write += extent.length;
  }
  return joined;
}

/** Carries same-length edits made on a gathered buffer back to the pieces in the file. */
export function scatter(local: EditPlan, extents: readonly Extent[], plan: EditPlan): void {
  for (const edit of local.edits) {
    ensure(edit.bytes.length === edit.length);
    let base = 0;
    for (const extent of extents) {
      const from = Math.max(edit.at, base);
      const to = Math.min(edit.at + edit.length, base + extent.length);
      if (from < to) plan.overwrite(extent.at + from - base, edit.bytes.subarray(from - edit.at, to - edit.at));
      base += extent.length;
    }
  }
  for (const word of local.removed) plan.removed.add(word);
}
