import { ascii, be32, startsWith } from '../photos/binary';
import { check } from './byte-walk';
import { readBoxes, type Box } from './iso-boxes';

/** More pieces than any real image's items have in all: a HEIC's grid of tiles is a few hundred. */
const MAX_EXTENTS = 65_536;

/** One piece of an item's bytes. */
export interface Extent {
  at: number;
  length: number;
}

/** A HEIF item holding metadata: EXIF, or XMP (a 'mime' item of type application/rdf+xml). */
export interface MetadataItem {
  kind: 'exif' | 'xmp';
  /** 0: offsets are in the file; 1: in the meta box's 'idat'; anything else is a layout neither side edits. */
  method: number;
  /** The pieces, as the 'iloc' box gives them: base offset added, a length of 0 meaning "to the end". */
  extents: Extent[];
  /** The item is stored encoded (an XMP item with a content encoding such as deflate). */
  encoded: boolean;
}

/** What a 'meta' box says about its metadata items. */
export interface HeifMetadata {
  items: MetadataItem[];
  idat?: Box;
}

/** A reader of the fields inside one box, refusing to read past it. */
function fields(b: Uint8Array, box: Box, from: number) {
  let at = from;
  const uint = (size: number): number => {
    check(at + size <= box.end && at + size <= b.length);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + b[at + i];
    at += size;
    return value;
  };
  const text = (): string => {
    let end = at;
    while (end < box.end && end < b.length && b[end] !== 0) end++;
    const value = ascii(b, at, end - at);
    at = Math.min(end + 1, box.end);
    return value;
  };
  return { uint, text, skip: (n: number) => (at += n), at: () => at };
}

/** Which items hold EXIF or XMP, by item id, from the 'iinf' box (ISO/IEC 23008-12 §9.2). */
function metadataKinds(b: Uint8Array, iinf: Box): Map<number, { kind: MetadataItem['kind']; encoded: boolean }> {
  const kinds = new Map<number, { kind: MetadataItem['kind']; encoded: boolean }>();
  const version = fields(b, iinf, iinf.content).uint(1);
  for (const infe of readBoxes(b, iinf.content + 4 + (version === 0 ? 2 : 4), iinf.end)) {
    if (infe.type !== 'infe') continue;
    const read = fields(b, infe, infe.content);
    const infeVersion = read.uint(1);
    read.skip(3);
    let id: number;
    let type = 'mime';
    if (infeVersion >= 2) {
      id = read.uint(infeVersion === 2 ? 2 : 4);
      read.skip(2);
      const typeAt = read.at();
      read.uint(4);
      type = ascii(b, typeAt, 4);
    } else {
      id = read.uint(2);
      read.skip(2);
    }
    read.text(); // the item's name
    if (type === 'Exif') kinds.set(id, { kind: 'exif', encoded: false });
    if (type !== 'mime' || read.text() !== 'application/rdf+xml') continue;
    kinds.set(id, { kind: 'xmp', encoded: read.text() !== '' });
  }
  return kinds;
}

/**
 * The metadata items of a HEIF/HEIC/AVIF 'meta' box and where their bytes
 * are, from 'iinf' and 'iloc' (ISO/IEC 14496-12 §8.11.3). The one parse the
 * reader reads them by and the cleaner edits them by. Throws StructureDamage when
 * a field runs past its box or a count past any real file's.
 */
export function heifMetadata(b: Uint8Array, meta: Box): HeifMetadata {
  const children = readBoxes(b, meta.content + 4, meta.end);
  const find = (type: string) => children.find((box) => box.type === type);
  const iinf = find('iinf');
  const kinds = iinf ? metadataKinds(b, iinf) : new Map();
  if (kinds.size === 0) return { items: [] };
  const iloc = find('iloc');
  check(iloc !== undefined);
  const read = fields(b, iloc, iloc.content);
  const version = read.uint(1);
  read.skip(3);
  const sizes = read.uint(1);
  const more = read.uint(1);
  const [offsetSize, lengthSize, baseSize] = [sizes >> 4, sizes & 15, more >> 4];
  const indexSize = version >= 1 ? more & 15 : 0;
  check([offsetSize, lengthSize, baseSize, indexSize].every((size) => size === 0 || size === 4 || size === 8));
  const count = read.uint(version < 2 ? 2 : 4);
  const items: MetadataItem[] = [];
  let extentsLeft = MAX_EXTENTS;
  for (let i = 0; i < count; i++) {
    check(read.at() < iloc.end);
    const id = read.uint(version < 2 ? 2 : 4);
    const method = version >= 1 ? read.uint(2) & 15 : 0;
    read.skip(2); // data reference index
    const base = read.uint(baseSize);
    const extentCount = read.uint(2);
    // Extents must fit in the bytes left, and all of them together under a cap: fields of size 0 take no bytes (audit M4).
    extentsLeft -= extentCount;
    check(read.at() + extentCount * (indexSize + offsetSize + lengthSize) <= iloc.end && extentsLeft >= 0);
    const extents: Extent[] = [];
    for (let j = 0; j < extentCount; j++) {
      read.skip(indexSize);
      extents.push({ at: base + read.uint(offsetSize), length: read.uint(lengthSize) });
    }
    const kind = kinds.get(id);
    if (kind) {
      items.push({ ...kind, method, extents });
      kinds.delete(id);
    }
  }
  // An item named in 'iinf' but placed nowhere cannot be read, so what it says cannot be known.
  check(kinds.size === 0);
  return { items, idat: find('idat') };
}

/**
 * Where an item's pieces are in the file. `metaAt` is the file offset of
 * the bytes the meta box was read from (0 when they are the whole file);
 * `fileSize` bounds pieces in the file, the 'idat' box those kept in it.
 * Undefined for a layout neither side edits (another file, an idat missing).
 */
export function itemExtents(item: MetadataItem, idat: Box | undefined, metaAt: number, fileSize: number): Extent[] | undefined {
  if (item.method > 1 || (item.method === 1 && !idat)) return undefined;
  const origin = item.method === 1 ? metaAt + idat!.content : 0;
  const limit = item.method === 1 ? metaAt + idat!.end : fileSize;
  return item.extents.map((extent) => {
    const at = origin + extent.at;
    const length = extent.length === 0 ? limit - at : extent.length;
    check(at >= origin && at + length <= limit);
    return { at, length };
  });
}

/**
 * Where the TIFF header of an EXIF item's bytes is: the item starts with the
 * distance to it, usually past a JPEG-style "Exif\0\0"; a writer that got the
 * distance wrong still wrote "Exif\0\0" before it.
 */
export function exifTiffStart(item: Uint8Array): number {
  check(item.length >= 4);
  const declared = 4 + be32(item, 0);
  const isTiff = startsWith(item, 'MM\0*', declared) || startsWith(item, 'II*\0', declared);
  return !isTiff && startsWith(item, 'Exif\0\0', 4) ? 10 : declared;
}
