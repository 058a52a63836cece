import { be16, be32, beUint, startsWith, utf8Text } from './binary';

const RECORD_MARKER = 0x1c;
const PHOTOSHOP_IPTC_RESOURCE = 0x0404;

/**
 * IPTC Keywords (2:25). Text is UTF-8 when the record says so (1:90 "ESC % G")
 * or when it decodes cleanly as UTF-8; otherwise Windows-1252, as older software wrote it.
 */
export function iptcKeywords(iim: Uint8Array): string[] {
  const raw: Uint8Array[] = [];
  let utf8 = false;
  let o = 0;
  while (o + 5 <= iim.length && iim[o] === RECORD_MARKER) {
    const record = iim[o + 1];
    const dataset = iim[o + 2];
    let length = be16(iim, o + 3);
    let start = o + 5;
    // A set bit 15 means the next (length & 0x7fff) bytes hold the real length.
    if (length & 0x8000) {
      const size = length & 0x7fff;
      length = beUint(iim, start, size);
      start += size;
    }
    // A record running past the end is cut off (ImageMagick's TIFF IPTC tag is): a partial keyword is not a keyword.
    if (start + length > iim.length) break;
    const value = iim.subarray(start, start + length);
    if (record === 1 && dataset === 90) utf8 = startsWith(value, '\x1b%G');
    if (record === 2 && dataset === 25) raw.push(value);
    o = start + length;
  }
  return raw.map((value) => decodeText(value, utf8).trim()).filter(Boolean);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

function decodeText(value: Uint8Array, declaredUtf8: boolean): string {
  if (declaredUtf8) return utf8Text(value);
  try {
    return strictUtf8.decode(value);
  } catch {
    return windows1252.decode(value);
  }
}

/** The IPTC records inside Photoshop image resources ("8BIM" blocks), as JPEG APP13 carries them. */
export function photoshopIptc(resources: Uint8Array): Uint8Array | undefined {
  let o = 0;
  while (o + 12 <= resources.length && startsWith(resources, '8BIM', o)) {
    const id = be16(resources, o + 4);
    // A Pascal-string name, padded so that its length byte and text fill an even number of bytes.
    const nameLength = resources[o + 6];
    const sizeAt = o + 6 + nameLength + 1 + ((nameLength + 1) % 2);
    const size = be32(resources, sizeAt);
    const start = sizeAt + 4;
    if (id === PHOTOSHOP_IPTC_RESOURCE) return resources.subarray(start, start + size);
    o = start + size + (size % 2);
  }
  return undefined;
}
