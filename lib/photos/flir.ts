import type { GeoPosition } from '../types';
import { be16, be32, le16, le32, startsWith } from './binary';
import { position } from './geo';

/**
 * FLIR thermal cameras, and the phones with one built in, keep their own
 * records (the thermal picture, its palette, and a GPS record) in "FLIR\0"
 * APP1 segments after the EXIF. The records are one FFF block cut into
 * numbered pieces; exiftool joins them only when every piece is there.
 */
export const FLIR_ID = 'FLIR\0';
/** "FLIR\0", a format byte, the piece's number and the number of the last piece. */
export const FLIR_HEADER_BYTES = 8;

const GPS_RECORD = 0x2b;
const ENTRY_BYTES = 32;
const HEADER_BYTES = 0x40;
/** A directory this long is not a camera's (real ones list a dozen records); refused rather than walked. */
const MAX_RECORDS = 4096;

/** One piece of the FLIR block, from an APP1 segment's body. */
export interface FlirPiece {
  index: number;
  total: number;
}

export function flirPieceOf(body: Uint8Array): FlirPiece | undefined {
  if (body.length < FLIR_HEADER_BYTES || !startsWith(body, FLIR_ID)) return undefined;
  return { index: body[6], total: body[7] + 1 };
}

/**
 * The pieces in order, or undefined when one is missing, repeated, or
 * disagrees about how many there are: exiftool then reads none of the block,
 * and no other reader joins it either.
 */
export function inOrder<T extends FlirPiece>(pieces: readonly T[]): T[] | undefined {
  if (pieces.length === 0) return undefined;
  const total = pieces[0].total;
  const sorted = [...pieces].sort((a, b) => a.index - b.index);
  return sorted.length === total && sorted.every((piece, i) => piece.index === i && piece.total === total) ? sorted : undefined;
}

/** Where a GPS record lies in the joined block, and where its directory entry is, for the cleaner to free it. */
export interface FlirGpsRecord {
  entryAt: number;
  start: number;
  end: number;
  littleEndian: boolean;
}

/**
 * The GPS records the block's directory lists. The header's byte order is
 * told by its version (100 to 199), as exiftool tells it.
 */
export function flirGpsRecords(block: Uint8Array): FlirGpsRecord[] {
  if (block.length < HEADER_BYTES || !(startsWith(block, 'FFF\0') || startsWith(block, 'AFF\0'))) return [];
  const version = be32(block, 0x14);
  const littleEndian = !(version >= 100 && version < 200);
  const u32 = (at: number) => (littleEndian ? le32(block, at) : be32(block, at));
  const u16 = (at: number) => (littleEndian ? le16(block, at) : be16(block, at));
  if (littleEndian && !(u32(0x14) >= 100 && u32(0x14) < 200)) return [];
  const directory = u32(0x18);
  const count = Math.min(u32(0x1c), MAX_RECORDS);
  if (directory + count * ENTRY_BYTES > block.length) return [];
  const records: FlirGpsRecord[] = [];
  for (let i = 0; i < count; i++) {
    const entryAt = directory + i * ENTRY_BYTES;
    if (u16(entryAt) !== GPS_RECORD) continue;
    const start = u32(entryAt + 0x0c);
    const end = start + u32(entryAt + 0x10);
    if (end <= block.length) records.push({ entryAt, start, end, littleEndian });
  }
  return records;
}

/**
 * The position in a GPS record: a "valid" flag, the hemispheres, then
 * latitude and longitude as little-endian doubles. Without the flag the
 * numbers are left over, not a fix (exiftool shows none).
 */
export function flirPosition(record: Uint8Array): GeoPosition | undefined {
  if (record.length < 0x20 || le32(record, 0) === 0) return undefined;
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const signed = (at: number, refAt: number, negative: string) => {
    const value = view.getFloat64(at, true);
    return record[refAt] === negative.charCodeAt(0) && value > 0 ? -value : value;
  };
  return position(signed(0x10, 0x08, 'S'), signed(0x18, 0x0a, 'W'));
}
