import type { Box } from '../structure/iso-boxes';
import { EditPlan } from './edit-plan';

/**
 * Turns a box into a `free` box of the same size with its payload zeroed: readers skip
 * it, every offset after it (stco, iloc) stays right, and the old value is gone.
 */
export function planFreeBox(box: Box, plan: EditPlan): void {
  plan.overwrite(box.start + 4, Uint8Array.of(0x66, 0x72, 0x65, 0x65));
  if (box.end > box.content) plan.zero(box.content, box.end - box.content);
}
