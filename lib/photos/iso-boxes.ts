import { ascii, be32, beUint } from './binary';

/** One ISO base media box (HEIF, MP4, MOV): offsets are into the bytes it was read from, unless said otherwise. */
export interface Box {
  type: string;
  start: number;
  /** Where the box's content begins, after its header (and a uuid box's 16-byte id). */
  content: number;
  end: number;
}

/**
 * The box whose header starts at `offset`, or undefined when the header does
 * not fit before `limit` or claims to be smaller than itself. A size of 0 means
 * "to the end" (`limit`); a size of 1 means a 64-bit size follows.
 */
export function boxAt(bytes: Uint8Array, offset: number, limit: number): Box | undefined {
  if (offset + 8 > limit) return undefined;
  let size = be32(bytes, offset);
  const type = ascii(bytes, offset + 4, 4);
  let header = 8;
  if (size === 1) {
    if (offset + 16 > limit) return undefined;
    size = beUint(bytes, offset + 8, 8);
    header = 16;
  } else if (size === 0) {
    size = limit - offset;
  }
  if (type === 'uuid') header += 16;
  if (size < header) return undefined;
  return { type, start: offset, content: offset + header, end: offset + size };
}

/** The boxes inside `from`..`to`, stopping at the first that does not fit. */
export function* children(bytes: Uint8Array, from: number, to: number): Generator<Box> {
  let offset = from;
  for (let box = boxAt(bytes, offset, to); box && box.end <= to; box = boxAt(bytes, offset, to)) {
    yield box;
    offset = box.end;
  }
}

/** The first child of a type, if any. */
export function child(bytes: Uint8Array, parent: Box, type: string, skip = 0): Box | undefined {
  for (const box of children(bytes, parent.content + skip, parent.end)) if (box.type === type) return box;
  return undefined;
}
