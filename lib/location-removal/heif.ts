import { CannotClean, ensure, latin1, startsWith, u16, u32, u64, u8 } from './bytes';
import { readBoxes, type Box } from './boxes';
import { MAX_EXTENTS } from '../photos/heif';
import { EditPlan } from './edit-plan';
import { gather, scatter, type Extent } from './scattered';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

const COMPRESSED_XMP = 'Its XMP metadata is compressed, so the location in it cannot be removed safely.';
const UNUSUAL_LAYOUT = 'Its metadata is stored in a way that cannot be edited safely.';

type Kind = 'exif' | 'xmp';

interface Location {
  method: number;
  base: number;
  extents: Extent[];
}

/**
 * Plans the removal of GPS from a HEIF/HEIC/AVIF image's Exif and XMP items: finds
 * them in `iinf`, their bytes through `iloc`, and edits them in place at the same
 * length, so `iloc` and the image items stay exactly as they were.
 */
export function planHeifLocationRemoval(b: Uint8Array, meta: Box, plan: EditPlan): void {
  const children = readBoxes(b, meta.content + 4, meta.end);
  const find = (type: string) => children.find((box) => box.type === type);
  const iinf = find('iinf');
  if (!iinf) return;
  const items = metadataItems(b, iinf);
  if (items.size === 0) return;
  const iloc = find('iloc');
  ensure(iloc !== undefined);
  const locations = itemLocations(b, iloc);
  const idat = find('idat');
  for (const [id, kind] of items) {
    const location = locations.get(id);
    ensure(location !== undefined);
    const extents = resolve(b, location, idat);
    const joined = gather(b, extents);
    const local = new EditPlan();
    if (kind === 'xmp') planXmpGpsRemoval(joined, 0, joined.length, local);
    else planTiffGpsRemoval(joined, exifTiffStart(joined), joined.length, local);
    scatter(local, extents, plan);
  }
}

/** An Exif item starts with the distance to its TIFF header, usually past "Exif\0\0". */
function exifTiffStart(item: Uint8Array): number {
  const declared = 4 + u32(item, 0);
  const isTiff = startsWith(item, declared, 'MM\0*') || startsWith(item, declared, 'II*\0');
  return !isTiff && startsWith(item, 4, 'Exif\0\0') ? 10 : declared;
}

function cString(b: Uint8Array, at: number, end: number): { text: string; next: number } {
  const nul = b.indexOf(0, at);
  const stop = nul === -1 || nul >= end ? end : nul;
  return { text: latin1(b, at, stop), next: Math.min(stop + 1, end) };
}

function metadataItems(b: Uint8Array, iinf: Box): Map<number, Kind> {
  const items = new Map<number, Kind>();
  const first = iinf.content + 4 + (u8(b, iinf.content) === 0 ? 2 : 4);
  for (const infe of readBoxes(b, first, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const version = u8(b, infe.content);
    let at = infe.content + 4;
    let id: number;
    let type = 'mime';
    if (version >= 2) {
      id = version === 2 ? u16(b, at) : u32(b, at);
      at += (version === 2 ? 2 : 4) + 2;
      type = latin1(b, at, at + 4);
      at += 4;
    } else {
      id = u16(b, at);
      at += 4;
    }
    const name = cString(b, at, infe.end);
    if (type === 'Exif') items.set(id, 'exif');
    if (type !== 'mime') continue;
    const contentType = cString(b, name.next, infe.end);
    if (contentType.text !== 'application/rdf+xml') continue;
    if (cString(b, contentType.next, infe.end).text !== '') throw new CannotClean(COMPRESSED_XMP);
    items.set(id, 'xmp');
  }
  return items;
}

function itemLocations(b: Uint8Array, iloc: Box): Map<number, Location> {
  const version = u8(b, iloc.content);
  let at = iloc.content + 4;
  const offsetSize = u8(b, at) >> 4;
  const lengthSize = u8(b, at) & 15;
  const baseSize = u8(b, at + 1) >> 4;
  const indexSize = version >= 1 ? u8(b, at + 1) & 15 : 0;
  at += 2;
  const read = (size: number): number => {
    ensure(size === 0 || size === 4 || size === 8);
    const value = size === 0 ? 0 : size === 4 ? u32(b, at) : u64(b, at);
    at += size;
    return value;
  };
  const count = version < 2 ? u16(b, at) : u32(b, at);
  at += version < 2 ? 2 : 4;
  const locations = new Map<number, Location>();
  let extentsLeft = MAX_EXTENTS;
  for (let i = 0; i < count; i++) {
    ensure(at < iloc.end);
    const id = version < 2 ? u16(b, at) : u32(b, at);
    at += version < 2 ? 2 : 4;
    const method = version >= 1 ? u16(b, at) & 15 : 0;
    at += (version >= 1 ? 2 : 0) + 2;
    const base = read(baseSize);
    const extentCount = u16(b, at);
    at += 2;
    // As the reader: extents must fit in the bytes left, and all of them together under a cap (audit M4).
    extentsLeft -= extentCount;
    ensure(at + extentCount * (indexSize + offsetSize + lengthSize) <= iloc.end && extentsLeft >= 0);
    const extents: Extent[] = [];
    for (let j = 0; j < extentCount; j++) {
      read(indexSize);
      extents.push({ at: read(offsetSize), length: read(lengthSize) });
    }
    locations.set(id, { method, base, extents });
  }
  return locations;
}

/** File positions of an item's pieces: in the file itself (method 0) or in the idat box (method 1). */
function resolve(b: Uint8Array, location: Location, idat: Box | undefined): Extent[] {
  if (location.method > 1 || (location.method === 1 && !idat)) throw new CannotClean(UNUSUAL_LAYOUT);
  const origin = location.method === 1 ? idat!.content : 0;
  const limit = location.method === 1 ? idat!.end : b.length;
  return location.extents.map((extent) => {
    const at = origin + location.base + extent.at;
    // A length of 0 means "to the end of the source".
    const length = extent.length === 0 ? limit - at : extent.length;
    ensure(at >= origin && at + length <= limit);
    return { at, length };
  });
}
