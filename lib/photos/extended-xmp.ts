import { ascii, be32, startsWith } from './binary';

export const EXTENDED_XMP_ID = 'http://ns.adobe.com/xmp/extension/\0';
/** The namespace, then the packet's GUID (32 hex digits), its full length and this piece's offset in it. */
export const EXTENDED_XMP_HEADER_BYTES = EXTENDED_XMP_ID.length + 40;

/** One piece of an extended XMP packet, which Photoshop and phones' depth photos split over many APP1 segments. */
export interface ExtendedXmpPiece {
  guid: string;
  total: number;
  offset: number;
  /** How many bytes of the packet this piece holds. */
  length: number;
}

/** The piece an APP1 segment's body (`length` bytes, of which `head` are at hand) holds, if it is one. */
export function extendedXmpPieceOf(head: Uint8Array, length: number): ExtendedXmpPiece | undefined {
  if (length < EXTENDED_XMP_HEADER_BYTES || head.length < EXTENDED_XMP_HEADER_BYTES || !startsWith(head, EXTENDED_XMP_ID)) return undefined;
  const at = EXTENDED_XMP_ID.length;
  return { guid: ascii(head, at, 32), total: be32(head, at + 32), offset: be32(head, at + 36), length: length - EXTENDED_XMP_HEADER_BYTES };
}

/** Each packet's pieces, grouped by GUID and in order; a packet is whole when its pieces run end to end to its length. */
export function extendedPackets<T extends ExtendedXmpPiece>(pieces: readonly T[]): { whole: T[][]; broken: boolean } {
  const byGuid = new Map<string, T[]>();
  for (const piece of pieces) byGuid.set(piece.guid, [...(byGuid.get(piece.guid) ?? []), piece]);
  const whole: T[][] = [];
  let broken = false;
  for (const group of byGuid.values()) {
    const sorted = [...group].sort((a, b) => a.offset - b.offset);
    let expected = 0;
    for (const piece of sorted) {
      if (piece.offset !== expected || piece.total !== sorted[0].total) break;
      expected += piece.length;
    }
    if (expected === sorted[0].total && sorted.every((piece) => piece.total === sorted[0].total)) whole.push(sorted);
    else broken = true;
  }
  return { whole, broken };
}
