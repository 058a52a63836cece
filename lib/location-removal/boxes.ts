import { ensure, latin1, u32, u64 } from './bytes';
import { EditPlan } from './edit-plan';

/** One ISO base media (MP4, MOV, HEIF) box: `content` is where its payload starts. */
export interface Box {
  type: string;
  start: number;
  content: number;
  end: number;
}

/**
 * The boxes laid end to end in `b[start, end)`; a size that overruns its parent
 * means damage. A size of 0 ("to the end") is only allowed for the file's last
 * top-level box (`topLevel`): inside another box it is ambiguous, so refused (audit L4).
 */
export function readBoxes(b: Uint8Array, start: number, end: number, topLevel = false): Box[] {
  const boxes: Box[] = [];
  let at = start;
  while (at + 8 <= end) {
    let size = u32(b, at);
    const type = latin1(b, at + 4, at + 8);
    let content = at + 8;
    if (size === 1) {
      size = u64(b, content);
      content += 8;
    } else if (size === 0) {
      ensure(topLevel);
      size = end - at;
    }
    ensure(size >= content - at && at + size <= end);
    boxes.push({ type, start: at, content, end: at + size });
    at += size;
  }
  return boxes;
}

/**
 * Turns a box into a `free` box of the same size with its payload zeroed: readers skip
 * it, every offset after it (stco, iloc) stays right, and the old value is gone.
 */
export function planFreeBox(box: Box, plan: EditPlan): void {
  plan.overwrite(box.start + 4, Uint8Array.of(0x66, 0x72, 0x65, 0x65));
  if (box.end > box.content) plan.zero(box.content, box.end - box.content);
}

export const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

export function uuidOf(b: Uint8Array, box: Box): string {
  ensure(box.content + 16 <= box.end);
  return Array.from(b.subarray(box.content, box.content + 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
