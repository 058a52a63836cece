import { ascii, utf8Text } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { fromIso6709 } from './movie';
import { PROBLEM, Unreadable } from './problems';

/**
 * WebM and Matroska (EBML) keep free-form tags, among them a location:
 * ffmpeg and phones write LOCATION as ISO 6709, Matroska's own names are
 * RECORDING_LOCATION and COMPOSITION_LOCATION. Tags sit before the clusters
 * (ffmpeg) or wherever the seek head says (after them, in files finished
 * later), so the walk hops the segment's elements up to the first cluster
 * and then follows the seek head, never reading the footage.
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  seek: 0x4dbb,
  seekId: 0x53ab,
  seekPosition: 0x53ac,
  cluster: 0x1f43b675,
  tags: 0x1254c367,
  tag: 0x7373,
  simpleTag: 0x67c8,
  tagName: 0x45a3,
  tagString: 0x4487,
} as const;

const LOCATION_NAME = /location|gps|latitude|longitude|coordinates/i;
/** Tags run to kilobytes; a tags element or seek head far bigger is not a camera's and is refused. */
export const MAX_TAGS_BYTES = 16 * 1024 * 1024;
/** No real file has more top-level elements before its first cluster than this. */
const MAX_ELEMENTS = 10_000;
/** The longest element header: a 4-byte ID and an 8-byte size. */
const HEADER_BYTES = 12;

export const isMatroska = (b: Uint8Array): boolean => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3;

/** Why a file's tags could not be walked: the reader reports it damaged, the cleaner refuses it. */
export class MatroskaDamage extends Error {}

function check(condition: boolean): asserts condition {
  if (!condition) throw new MatroskaDamage('damaged');
}

/** A variable-length integer's width, told by the first byte's leading zeros. */
function widthOf(first: number, most: number): number {
  for (let width = 1; width <= most; width++) if (first & (0x80 >> (width - 1))) return width;
  throw new MatroskaDamage('damaged');
}

export interface Element {
  id: number;
  start: number;
  /** Where the element's data starts. */
  data: number;
  /** Where it ends; undefined for an "unknown size" (a live recording's segment or cluster). */
  end: number | undefined;
  /** How many bytes its size takes. */
  sizeWidth: number;
}

/** The element whose header starts at `at` in `b` (`offset` being `b[0]`'s place in the file). */
export function elementAt(b: Uint8Array, at: number, offset = 0): Element {
  check(at < b.length);
  const idWidth = widthOf(b[at], 4);
  check(at + idWidth < b.length);
  let id = 0;
  for (let i = 0; i < idWidth; i++) id = id * 256 + b[at + i];
  const sizeWidth = widthOf(b[at + idWidth], 8);
  check(at + idWidth + sizeWidth <= b.length);
  let size = b[at + idWidth] & (0xff >> sizeWidth);
  let unknown = size === 0xff >> sizeWidth;
  for (let i = 1; i < sizeWidth; i++) {
    size = size * 256 + b[at + idWidth + i];
    unknown &&= b[at + idWidth + i] === 0xff;
  }
  const data = offset + at + idWidth + sizeWidth;
  return { id, start: offset + at, data, end: unknown ? undefined : data + size, sizeWidth };
}

/** The elements laid end to end in `b[from, to)`; one that overruns them is damage. */
function* childrenOf(b: Uint8Array, from: number, to: number): Generator<Element> {
  for (let at = from; at < to; ) {
    const element = elementAt(b, at);
    check(element.end !== undefined && element.end <= to);
    yield element;
    at = element.end;
  }
}

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

/** Where the seek head says the tags are, as offsets from the segment's data. */
function tagsInSeekHead(b: Uint8Array): number[] {
  const head = elementAt(b, 0);
  const positions: number[] = [];
  for (const seek of childrenOf(b, head.data, head.end!)) {
    if (seek.id !== ID.seek) continue;
    let id = '';
    let position: number | undefined;
    for (const part of childrenOf(b, seek.data, seek.end!)) {
      if (part.id === ID.seekId) id = ascii(b, part.data, part.end! - part.data);
      if (part.id === ID.seekPosition) position = [...b.subarray(part.data, part.end)].reduce((sum, byte) => sum * 256 + byte, 0);
    }
    if (id === '\x12\x54\xc3\x67' && position !== undefined) positions.push(position);
  }
  return positions;
}

/** A read the walk asks for: `length` bytes from `start` (fewer at the end of the file). */
export interface ReadRequest {
  start: number;
  length: number;
}

/**
 * The walk, as a generator that asks for the bytes it needs and is given
 * them, so the reader (reading slices of a File) and the cleaner (holding
 * the bytes) make the very same walk. Returns each Tags element's bytes and
 * place in the file.
 */
export function* walkMatroska(size: number): Generator<ReadRequest, { at: number; bytes: Uint8Array }[], Uint8Array> {
  const headerOf = function* (at: number): Generator<ReadRequest, Element, Uint8Array> {
    return elementAt(yield { start: at, length: HEADER_BYTES }, 0, at);
  };
  const whole = function* (element: Element): Generator<ReadRequest, Uint8Array, Uint8Array> {
    check(element.end !== undefined && element.end <= size && element.end - element.start <= MAX_TAGS_BYTES);
    const bytes = yield { start: element.start, length: element.end - element.start };
    check(bytes.length === element.end - element.start);
    return bytes;
  };

  const ebml = yield* headerOf(0);
  check(ebml.id === ID.ebml && ebml.end !== undefined);
  const segment = yield* headerOf(ebml.end);
  check(segment.id === ID.segment);
  const segmentEnd = Math.min(segment.end ?? size, size);
  const found = new Map<number, Uint8Array>();
  const seekTargets: number[] = [];
  let at = segment.data;
  for (let count = 0; at + 2 <= segmentEnd && count < MAX_ELEMENTS; count++) {
    const element = yield* headerOf(at);
    // The footage starts here, or an element runs on with no size: what follows is reached through the seek head.
    if (element.id === ID.cluster || element.end === undefined) break;
    if (element.id === ID.tags) found.set(element.start, yield* whole(element));
    if (element.id === ID.seekHead) seekTargets.push(...tagsInSeekHead(yield* whole(element)).map((position) => segment.data + position));
    at = element.end;
  }
  for (const target of seekTargets) {
    if (found.has(target) || target >= segmentEnd) continue;
    const element = yield* headerOf(target);
    // A seek head pointing astray is passed by, as players pass it by.
    if (element.id !== ID.tags) continue;
    found.set(target, yield* whole(element));
  }
  return [...found].map(([start, bytes]) => ({ at: start, bytes }));
}

/** How the notice names where a WebM's location was: "a location (…) in its video tag data". */
export const MATROSKA_SOURCE = 'video tag';

/** Reads a WebM or Matroska file's location tags, from slices of the file: its head, its seek head and its tags. */
export async function readMatroska(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound('video');
  try {
    const walk = walkMatroska(reader.size);
    let step = walk.next(new Uint8Array(0));
    while (!step.done) step = walk.next(await reader.bytes(step.value.start, step.value.length));
    for (const { at, bytes } of step.value) {
      for (const { value } of locationTags(bytes, at)) {
        const gps = fromIso6709(value);
        if (gps) found.locations.push({ gps, source: MATROSKA_SOURCE });
        else if (value.trim()) found.places.push({ name: value.trim(), source: MATROSKA_SOURCE });
      }
    }
  } catch (error) {
    throw error instanceof MatroskaDamage ? new Unreadable(PROBLEM.damaged) : error;
  }
  return found;
}
