import { ascii } from '../photos/binary';
import { check, StructureDamage, type Walk } from './byte-walk';

/**
 * The elements of a WebM or Matroska (EBML) file: its tags sit before the
 * clusters (ffmpeg) or wherever the seek head says (after them, in files
 * finished later), so the walk hops the segment's elements up to the first
 * cluster and then follows the seek head, never reading the footage.
 */

export const ID = {
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

/** Tags run to kilobytes; a tags element or seek head far bigger is not a camera's and is refused. */
const MAX_TAGS_BYTES = 16 * 1024 * 1024;
/** No real file has more top-level elements before its first cluster than this. */
const MAX_ELEMENTS = 10_000;
/** The longest element header: a 4-byte ID and an 8-byte size. */
const HEADER_BYTES = 12;

export const isMatroska = (b: Uint8Array): boolean => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3;

/** A variable-length integer's width, told by the first byte's leading zeros. */
function widthOf(first: number, most: number): number {
  for (let width = 1; width <= most; width++) if (first & (0x80 >> (width - 1))) return width;
  throw new StructureDamage();
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
export function* childrenOf(b: Uint8Array, from: number, to: number): Generator<Element> {
  for (let at = from; at < to; ) {
    const element = elementAt(b, at);
    check(element.end !== undefined && element.end <= to);
    yield element;
    at = element.end;
  }
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

/**
 * The walk the reader (reading slices of a File) and the cleaner (holding
 * the bytes, or slices of a long file) make alike. Returns each Tags
 * element's bytes and place in the file.
 */
export function* walkMatroska(size: number): Walk<{ at: number; bytes: Uint8Array }[]> {
  const headerOf = function* (at: number): Walk<Element> {
    return elementAt(yield { start: at, length: HEADER_BYTES }, 0, at);
  };
  const whole = function* (element: Element): Walk<Uint8Array> {
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

