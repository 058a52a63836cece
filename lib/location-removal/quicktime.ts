import { latin1, u32 } from './bytes';
import { planFreeBox, readBoxes, uuidOf, XMP_UUID, type Box } from './boxes';
import { EditPlan } from './edit-plan';
import { planXmpGpsRemoval } from './xmp-gps';

export const LOCATION_IN_QUICKTIME = 'location in QuickTime metadata';
export const LOCATION_IN_3GPP = 'location in 3GPP metadata';

/** Key names such as com.apple.quicktime.location.ISO6709 and its accuracy and name companions. */
const LOCATION_KEY = /location|gps/i;
const CONTAINERS = new Set(['moov', 'trak', 'udta']);

/**
 * Plans the removal of a video's location from its movie box: the `©xyz` user data
 * (QuickTime and Android), location keys in `mdta` metadata (iPhone), the 3GPP `loci`
 * box, and GPS in XMP. Removed atoms become `free` atoms of the same size, so the
 * sample offsets (stco, co64) into the untouched media data stay right.
 */
export function planMovieLocationRemoval(b: Uint8Array, parent: Box, plan: EditPlan): void {
  for (const box of readBoxes(b, parent.content, parent.end)) {
    if (CONTAINERS.has(box.type)) planMovieLocationRemoval(b, box, plan);
    else if (box.type === 'meta') planMetadata(b, box, plan);
    else if (box.type === '©xyz') free(box, LOCATION_IN_QUICKTIME, plan);
    else if (box.type === 'loci') free(box, LOCATION_IN_3GPP, plan);
    else if (box.type === 'XMP_') planXmpGpsRemoval(b, box.content, box.end, plan);
    else if (box.type === 'uuid' && uuidOf(b, box) === XMP_UUID) planXmpGpsRemoval(b, box.content + 16, box.end, plan);
  }
}

function free(box: Box, words: string, plan: EditPlan): void {
  planFreeBox(box, plan);
  plan.removed.add(words);
}

function planMetadata(b: Uint8Array, meta: Box, plan: EditPlan): void {
  if (meta.end - meta.content < 12) return;
  // ISO's meta box starts with version and flags; QuickTime's goes straight to its handler.
  const content = latin1(b, meta.content + 4, meta.content + 8) === 'hdlr' ? meta.content : meta.content + 4;
  const children = readBoxes(b, content, meta.end);
  const keys = children.find((box) => box.type === 'keys');
  const names = keys ? keyNames(b, keys) : [];
  for (const list of children) {
    if (list.type !== 'ilst') continue;
    for (const item of readBoxes(b, list.content, list.end)) {
      // In mdta metadata an item's type is the 1-based index of its key.
      const name = item.type === '©xyz' ? item.type : names[u32(b, item.start + 4) - 1];
      if (name && (name === '©xyz' || LOCATION_KEY.test(name))) free(item, LOCATION_IN_QUICKTIME, plan);
    }
  }
}

function keyNames(b: Uint8Array, keys: Box): string[] {
  const names: string[] = [];
  const count = u32(b, keys.content + 4);
  let at = keys.content + 8;
  for (let i = 0; i < count && at + 8 <= keys.end; i++) {
    const size = u32(b, at);
    if (size < 8 || at + size > keys.end) break;
    names.push(latin1(b, at + 8, at + size));
    at += size;
  }
  return names;
}
