import { be16, be32, le16, le32, startsWith } from './binary';

/** An AFCP trailer (AXS File Concatenation Protocol) ends the file with 12 bytes: "AXS!" or "AXS*", then where it starts. */
export const AFCP_TRAILER_BYTES = 12;

/** Where the AFCP header starts and its byte order, from the file's last 12 bytes. */
export function afcpStart(trailer: Uint8Array): { start: number; little: boolean } | undefined {
  if (trailer.length !== AFCP_TRAILER_BYTES || !startsWith(trailer, 'AXS')) return undefined;
  const little = trailer[3] === 0x2a;
  if (!little && trailer[3] !== 0x21) return undefined;
  return { start: little ? le32(trailer, 4) : be32(trailer, 4), little };
}

/** How many directory entries follow the 12-byte header that starts with the same "AXS!" or "AXS*". */
export function afcpEntryCount(header: Uint8Array, little: boolean): number | undefined {
  if (header.length < 12 || !startsWith(header, 'AXS') || (header[3] === 0x2a) !== little) return undefined;
  return little ? le16(header, 6) : be16(header, 6);
}

/** Where the IPTC records are, from the directory's 12-byte entries (tag, size, offset in the file). */
export function afcpIptc(directory: Uint8Array, little: boolean): { start: number; end: number } | undefined {
  const u32 = little ? le32 : be32;
  for (let o = 0; o + 12 <= directory.length; o += 12) {
    if (startsWith(directory, 'IPTC', o)) {
      const start = u32(directory, o + 8);
      return { start, end: start + u32(directory, o + 4) };
    }
  }
  return undefined;
}
