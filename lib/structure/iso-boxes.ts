import { ascii, be32 } from '../photos/binary';
import { check, StructureDamage, type Stop, type Walk } from './byte-walk';

/**
 * One ISO base media box (HEIF, MP4, MOV, 3GP): `content` is where its
 * payload starts, after its size and type (a uuid box's 16-byte id is the
 * start of its payload).
 */
export interface Box {
  type: string;
  start: number;
  content: number;
  end: number;
}


/** Top-level box types a QuickTime or ISO media file can open with (old MOVs have no ftyp). */
const FIRST_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid']);

/** True when the file starts like an ISO base media file: HEIF, HEIC, AVIF, MP4, MOV, 3GP. */
export const looksIso = (head: Uint8Array): boolean => head.length >= 8 && FIRST_BOXES.has(ascii(head, 4, 4));

/**
 * The header of the box at `at` in `b` (`offset` being `b[0]`'s place in the
 * file), where boxes may run up to `limit` (a place in the file). A size of 1 means a 64-bit size
 * follows; a size of 0 ("to the end") is allowed only for a file's last
 * top-level box (`topLevel`): inside another box it is ambiguous (audit L4).
 */
export function boxAt(b: Uint8Array, at: number, limit: number, topLevel = false, offset = 0): Box {
  check(at + 8 <= b.length);
  let size = be32(b, at);
  const type = ascii(b, at + 4, 4);
  let content = offset + at + 8;
  if (size === 1) {
    check(at + 16 <= b.length);
    const high = be32(b, at + 8);
    // Past 2^53 no offset is real.
    check(high < 0x200000);
    size = high * 0x100000000 + be32(b, at + 12);
    content += 8;
  } else if (size === 0) {
    check(topLevel);
    size = limit - offset - at;
  }
  const start = offset + at;
  check(size >= content - start + (type === 'uuid' ? 16 : 0));
  return { type, start, content, end: start + size };
}

/** The boxes laid end to end in `b[start, end)`; one that overruns its parent means damage. */
export function readBoxes(b: Uint8Array, start: number, end: number, topLevel = false): Box[] {
  const boxes: Box[] = [];
  for (let at = start; at + 8 <= end; ) {
    const box = boxAt(b, at, end, topLevel);
    check(box.end <= end);
    boxes.push(box);
    at = box.end;
  }
  return boxes;
}

/** The first child of a type, if any, looking no further than the first child that does not fit. */
export function child(b: Uint8Array, parent: Box, type: string, skip = 0): Box | undefined {
  for (let at = parent.content + skip; at + 8 <= parent.end; ) {
    let box: Box;
    try {
      box = boxAt(b, at, parent.end);
    } catch {
      return undefined;
    }
    if (box.end > parent.end) return undefined;
    if (box.type === type) return box;
    at = box.end;
  }
  return undefined;
}

/** Adobe's uuid for a box holding XMP. */
export const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

export function uuidOf(b: Uint8Array, box: Box): string {
  check(box.content + 16 <= box.end && box.content + 16 <= b.length);
  return Array.from(b.subarray(box.content, box.content + 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Real files have a handful of top-level boxes; a file of millions of tiny ones is refused rather than walked. */
const MAX_TOP_LEVEL_BOXES = 10_000;
/** The longest box header: size, type, 64-bit size and a uuid. */
const HEADER_BYTES = 32;

/** The top-level boxes of a file, and where the walk stopped making sense. */
export interface TopLevel {
  boxes: (Box & { uuid?: string })[];
  stop?: Stop;
}

/**
 * Walks a file's top-level boxes, reading only each one's header, so the
 * media data (hundreds of megabytes) is hopped over. A box that runs past the
 * end of the file stops the walk as cut short; one that makes no sense, as
 * damaged.
 */
export function* walkTopLevelBoxes(size: number): Walk<TopLevel> {
  const boxes: TopLevel['boxes'] = [];
  for (let at = 0; at + 8 <= size; ) {
    if (boxes.length >= MAX_TOP_LEVEL_BOXES) return { boxes, stop: { at, why: 'damaged' } };
    const head = yield { start: at, length: HEADER_BYTES };
    let box: Box;
    try {
      box = boxAt(head, 0, size, true, at);
    } catch (error) {
      if (!(error instanceof StructureDamage)) throw error;
      return { boxes, stop: { at, why: 'damaged' } };
    }
    if (box.end > size) return { boxes, stop: { at, why: 'cut-short' } };
    boxes.push(box.type === 'uuid' && box.content + 16 - at <= head.length ? { ...box, uuid: uuidOf(head, { ...box, start: 0, content: box.content - at, end: head.length }) } : box);
    at = box.end;
  }
  return { boxes };
}
