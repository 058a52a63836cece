import { locationTags } from '../photos/matroska';
import { walkBytes, walkSlices } from '../structure/byte-walk';
import { walkMatroska, type Element } from '../structure/matroska';
import { ensure } from './bytes';
import { EditPlan } from './edit-plan';

export const LOCATION_IN_VIDEO_TAGS = 'location in the video’s tags';

const VOID_ID = 0xec;

/**
 * Turns a location SimpleTag into an EBML Void element of the same length,
 * its bytes zeroed: readers skip Void by design, and nothing after it moves.
 * Void's ID is a byte shorter than SimpleTag's, so its size takes a byte more
 * (or, at the widest size, the byte joins its content).
 */
function planVoid(element: Element, plan: EditPlan): void {
  ensure(element.end !== undefined);
  const idWidth = element.data - element.start - element.sizeWidth;
  const width = Math.min(8, idWidth - 1 + element.sizeWidth);
  const header = new Uint8Array(1 + width);
  header[0] = VOID_ID;
  let size = element.end - element.start - header.length;
  for (let i = width; i >= 1; i--, size = Math.floor(size / 256)) header[i] = size & 0xff;
  header[1] |= 0x80 >> (width - 1);
  plan.overwrite(element.start, header);
  const content = element.start + header.length;
  if (element.end > content) plan.zero(content, element.end - content);
}

/** Plans the removal of the location tags the walk found (`tags`: each Tags element's place and bytes). */
function planTags(tags: { at: number; bytes: Uint8Array }[], plan: EditPlan): void {
  for (const { at, bytes } of tags) {
    for (const tag of locationTags(bytes, at)) {
      planVoid(tag.element, plan);
      plan.removed.add(LOCATION_IN_VIDEO_TAGS);
    }
  }
}

/** Plans the removal of a WebM or Matroska file's location tags, the file held in `b`: the walk the reader makes. */
export function planMatroskaLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  planTags(walkBytes(walkMatroska(b.length), b), plan);
}

/** The same, reading only the slices the walk asks for from a long file. */
export async function planMatroskaFileLocationRemoval(read: (start: number, length: number) => Promise<Uint8Array>, size: number): Promise<EditPlan> {
  const plan = new EditPlan();
  planTags(await walkSlices(walkMatroska(size), read), plan);
  return plan;
}
