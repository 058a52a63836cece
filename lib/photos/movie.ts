import type { GeoPosition } from '../types';
import { ascii, be16, be32, utf8Text, xmpText, zeroAt } from './binary';
import type { ByteReader } from './byte-reader';
import type { Embedded } from './embedded';
import { position } from './geo';
import { boxAt, child, children, metaSkip, type Box } from './iso-boxes';

const LOCATION_KEY = 'com.apple.quicktime.location.ISO6709';
const XYZ = '\u00a9xyz';

/** One angle of ISO 6709: degrees, degrees and minutes, or degrees, minutes and seconds, told apart by the digits before the point. */
function angle(text: string, degreeDigits: number): number {
  const [whole, fraction = ''] = text.slice(1).split('.');
  const parts = [whole.slice(0, degreeDigits), whole.slice(degreeDigits, degreeDigits + 2), whole.slice(degreeDigits + 2)];
  const units = parts.filter(Boolean).length;
  parts[units - 1] += fraction ? `.${fraction}` : '';
  const [degrees, minutes, seconds] = parts.map((part) => Number(part || 0));
  const value = degrees + minutes / 60 + seconds / 3600;
  return text[0] === '-' ? -value : value;
}

/** A position written as ISO 6709, e.g. "+53.8000-001.5500+010.000/", as phones tag videos. */
export function fromIso6709(text: string): GeoPosition | undefined {
  const match = /^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)/.exec(text);
  return match ? position(angle(match[1], 2), angle(match[2], 3)) : undefined;
}

/** The 3GPP location box: a name, a role, then longitude, latitude and altitude as signed 16.16 fixed point. */
function fromLoci(bytes: Uint8Array, loci: Box): GeoPosition | undefined {
  const nameAt = loci.content + 6;
  // The name is UTF-8 ending in a zero byte, or UTF-16 (with a byte-order mark) ending in two.
  let nameEnd = zeroAt(bytes, nameAt) + 1;
  if (bytes[nameAt] === 0xfe && bytes[nameAt + 1] === 0xff) {
    nameEnd = nameAt + 2;
    while (nameEnd + 1 < loci.end && (bytes[nameEnd] || bytes[nameEnd + 1])) nameEnd += 2;
    nameEnd += 2;
  }
  const at = nameEnd + 1;
  if (at + 8 > loci.end) return undefined;
  const fixed = (o: number): number => (be32(bytes, o) | 0) / 65536;
  return position(fixed(at + 4), fixed(at));
}

/** The text of an iTunes-style item: its 'data' child holds a type, a locale, then the value. */
function itemText(bytes: Uint8Array, item: Box): string | undefined {
  const data = child(bytes, item, 'data');
  return data ? utf8Text(bytes.subarray(data.content + 8, data.end)) : undefined;
}

/** A QuickTime user-data string (moov/udta/©xyz): a length, a language, then the text. */
function userDataText(bytes: Uint8Array, box: Box): string {
  const length = be16(bytes, box.content);
  return utf8Text(bytes.subarray(box.content + 4, Math.min(box.end, box.content + 4 + length)));
}

/** A 'meta' box: QuickTime keys with an ilst of values by key number, or iTunes items by four-letter code. */
function readMeta(bytes: Uint8Array, meta: Box, found: Embedded): void {
  const skip = metaSkip(bytes, meta);
  const keys: string[] = [];
  const keysBox = child(bytes, meta, 'keys', skip);
  if (keysBox) {
    for (const key of children(bytes, keysBox.content + 8, keysBox.end)) keys.push(ascii(bytes, key.content, key.end - key.content));
  }
  const ilst = child(bytes, meta, 'ilst', skip);
  if (!ilst) return;
  for (const item of children(bytes, ilst.content, ilst.end)) {
    const key = item.type === XYZ ? XYZ : keys[be32(bytes, item.start + 4) - 1];
    const gps = key === XYZ || key === LOCATION_KEY ? fromIso6709(itemText(bytes, item) ?? '') : undefined;
    if (gps) found.locations.push({ gps, source: 'QuickTime' });
  }
}

function readUserData(bytes: Uint8Array, udta: Box, found: Embedded): void {
  for (const box of children(bytes, udta.content, udta.end)) {
    if (box.type === XYZ) {
      const gps = fromIso6709(userDataText(bytes, box));
      if (gps) found.locations.push({ gps, source: 'QuickTime' });
    } else if (box.type === 'loci') {
      const gps = fromLoci(bytes, box);
      if (gps) found.locations.push({ gps, source: '3GPP' });
    } else if (box.type === 'meta') {
      readMeta(bytes, box, found);
    } else if (box.type === 'XMP_') {
      found.xmp.push(xmpText(bytes.subarray(box.content, box.end)));
    }
  }
}

/**
 * Reads a movie's location and XMP from its 'moov' box: the user data
 * ('udta': ©xyz, 3GPP 'loci', XMP) and QuickTime metadata ('meta': keys).
 * Only those children are read; the track tables, which can run to megabytes, are hopped over.
 * `moov` gives offsets in the file.
 */
export async function readMovie(reader: ByteReader, moov: Box, found: Embedded): Promise<void> {
  let offset = moov.content;
  while (offset + 8 <= moov.end) {
    const box = boxAt(await reader.bytes(offset, 16), 0, moov.end - offset);
    if (!box || offset + box.end > moov.end) return;
    if (box.type === 'udta' || box.type === 'meta') {
      const bytes = await reader.exactly(offset, box.end);
      if (box.type === 'udta') readUserData(bytes, box, found);
      else readMeta(bytes, box, found);
    }
    offset += box.end;
  }
}
