import { utf8Text } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { fromIso6709 } from './movie';
import { check, walkSlices } from '../structure/byte-walk';
import { childrenOf, elementAt, ID, walkMatroska, type Element } from '../structure/matroska';

/**
 * WebM and Matroska keep free-form tags, among them a location: ffmpeg and
 * phones write LOCATION as ISO 6709, Matroska's own names are
 * RECORDING_LOCATION and COMPOSITION_LOCATION.
 */

const LOCATION_NAME = /location|gps|latitude|longitude|coordinates/i;
/** A location tag: the SimpleTag element that holds it, its name and its value. */
export interface LocationTag {
  element: Element;
  name: string;
  value: string;
}

/** The location SimpleTags in a Tags element's bytes (`offset` being its place in the file), nested ones included. */
export function locationTags(b: Uint8Array, offset: number): LocationTag[] {
  const found: LocationTag[] = [];
  const simpleTags = (from: number, to: number, depth: number): void => {
    check(depth < 16);
    for (const element of childrenOf(b, from, to)) {
      if (element.id !== ID.simpleTag) continue;
      let name = '';
      let value = '';
      for (const part of childrenOf(b, element.data, element.end!)) {
        if (part.id === ID.tagName) name = utf8Text(b.subarray(part.data, part.end));
        if (part.id === ID.tagString) value = utf8Text(b.subarray(part.data, part.end)).replace(/\0+$/, '');
      }
      if (LOCATION_NAME.test(name)) found.push({ element: { ...element, start: offset + element.start, data: offset + element.data, end: offset + element.end! }, name, value });
      else simpleTags(element.data, element.end!, depth + 1);
    }
  };
  const tags = elementAt(b, 0);
  check(tags.id === ID.tags && tags.end !== undefined && tags.end <= b.length);
  for (const tag of childrenOf(b, tags.data, tags.end)) if (tag.id === ID.tag) simpleTags(tag.data, tag.end!, 0);
  return found;
}

/** How the notice names where a WebM's location was: "a location (…) in its video tag data". */
export const MATROSKA_SOURCE = 'video tag';

/** Reads a WebM or Matroska file's location tags, from slices of the file: its head, its seek head and its tags. */
export async function readMatroska(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound('video');
  for (const { at, bytes } of await walkSlices(walkMatroska(reader.size), (start, length) => reader.bytes(start, length))) {
    for (const { value } of locationTags(bytes, at)) {
      const gps = fromIso6709(value);
      if (gps) found.locations.push({ gps, source: MATROSKA_SOURCE });
      else if (value.trim()) found.places.push({ name: value.trim(), source: MATROSKA_SOURCE });
    }
  }
  return found;
}
