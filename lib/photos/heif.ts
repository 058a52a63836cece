import { ascii, be16, be32, beUint, concat, zeroAt } from './binary';
import type { ByteReader } from './byte-reader';
import type { Embedded } from './embedded';
import { PROBLEM, Unreadable } from './problems';
import { child, children, type Box } from './iso-boxes';

/** More pieces than any real image's items have in all: a HEIC's grid of tiles is a few hundred. */
export const MAX_EXTENTS = 65_536;

interface Extent {
  offset: number;
  length: number;
}

interface Item {
  type: 'exif' | 'xmp';
  /** 0: offsets are in the file; 1: offsets are in the meta box's 'idat'. */
  method: number;
  extents: Extent[];
}

/** Which items hold EXIF ('Exif') or XMP (a 'mime' item of type application/rdf+xml), by item id. */
function metadataItems(bytes: Uint8Array, iinf: Box): Map<number, Item['type']> {
  const items = new Map<number, Item['type']>();
  const version = bytes[iinf.content];
  const first = iinf.content + 4 + (version === 0 ? 2 : 4);
  for (const infe of children(bytes, first, iinf.end)) {
    const infeVersion = bytes[infe.content];
    if (infe.type !== 'infe' || infeVersion < 2) continue;
    const idSize = infeVersion === 2 ? 2 : 4;
    const id = beUint(bytes, infe.content + 4, idSize);
    const typeAt = infe.content + 4 + idSize + 2;
    const itemType = ascii(bytes, typeAt, 4);
    const contentTypeAt = zeroAt(bytes, typeAt + 4) + 1;
    if (itemType === 'Exif') items.set(id, 'exif');
    else if (itemType === 'mime' && ascii(bytes, contentTypeAt, zeroAt(bytes, contentTypeAt) - contentTypeAt) === 'application/rdf+xml') {
      items.set(id, 'xmp');
    }
  }
  return items;
}

/** Where each wanted item's bytes are, from the 'iloc' box (ISO/IEC 14496-12 §8.11.3). */
function locate(bytes: Uint8Array, iloc: Box, wanted: Map<number, Item['type']>): Item[] {
  const version = bytes[iloc.content];
  let o = iloc.content + 4;
  const offsetSize = bytes[o] >> 4;
  const lengthSize = bytes[o] & 15;
  const baseSize = bytes[o + 1] >> 4;
  const indexSize = version === 1 || version === 2 ? bytes[o + 1] & 15 : 0;
  o += 2;
  const wide = version === 2;
  let count = wide ? be32(bytes, o) : be16(bytes, o);
  o += wide ? 4 : 2;
  const items: Item[] = [];
  let extentsLeft = MAX_EXTENTS;
  while (count-- > 0 && o < iloc.end) {
    const id = wide ? be32(bytes, o) : be16(bytes, o);
    o += wide ? 4 : 2;
    const method = version === 1 || version === 2 ? be16(bytes, o) & 15 : 0;
    if (version === 1 || version === 2) o += 2;
    o += 2; // data reference index
    const base = beUint(bytes, o, baseSize);
    o += baseSize;
    const extentCount = be16(bytes, o);
    o += 2;
    const extentSize = indexSize + offsetSize + lengthSize;
    // Extents must fit in the bytes left, and all of them together under a cap: fields of size 0 take no bytes (audit M4).
    extentsLeft -= extentCount;
    if (o + extentCount * extentSize > iloc.end || extentsLeft < 0) throw new Unreadable(PROBLEM.damaged);
    const type = wanted.get(id);
    if (type && method <= 1) {
      const extents: Extent[] = [];
      for (let i = 0, at = o + indexSize; i < extentCount; i++, at += extentSize) {
        extents.push({ offset: base + beUint(bytes, at, offsetSize), length: beUint(bytes, at + offsetSize, lengthSize) });
      }
      items.push({ type, method, extents });
    }
    o += extentCount * extentSize;
  }
  return items;
}

async function itemBytes(reader: ByteReader, item: Item, idatStart: number): Promise<Uint8Array> {
  const parts = await Promise.all(
    item.extents.map((extent) => reader.exactly((item.method === 1 ? idatStart : 0) + extent.offset, extent.length)),
  );
  return concat(parts);
}

/**
 * Reads the EXIF and XMP items a HEIF/HEIC/AVIF 'meta' box points to. `bytes`
 * holds the whole box, read from file offset `at`. An EXIF item starts with the
 * offset of its TIFF header, which is usually past a JPEG-style "Exif\0\0".
 */
export async function readHeifItems(reader: ByteReader, bytes: Uint8Array, meta: Box, at: number, found: Embedded): Promise<void> {
  const iinf = child(bytes, meta, 'iinf', 4);
  const iloc = child(bytes, meta, 'iloc', 4);
  if (!iinf || !iloc) return;
  const idat = child(bytes, meta, 'idat', 4);
  for (const item of locate(bytes, iloc, metadataItems(bytes, iinf))) {
    if (item.method === 1 && !idat) continue;
    const data = await itemBytes(reader, item, at + (idat?.content ?? 0));
    if (item.type === 'xmp') found.xmp.push(data);
    else if (data.length > 4) found.exif.push(data.subarray(4 + be32(data, 0)));
  }
}
