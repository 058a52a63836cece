import { be16, be32, beUint, startsWith, utf8Text } from './binary';

const RECORD_MARKER = 0x1c;
const PHOTOSHOP_IPTC_RESOURCE = 0x0404;
const KEYWORDS = 25;
/**
 * Application-record datasets that name where a photo was taken: content
 * location code and name, city, sub-location, province or state, country code
 * and country name.
 */
export const IPTC_PLACES = new Set([26, 27, 90, 92, 95, 100, 101]);

/** One IPTC-IIM dataset: `start` is its marker, `value`..`end` its data. */
export interface IptcDataset {
  record: number;
  dataset: number;
  start: number;
  value: number;
  end: number;
}

/**
 * The datasets of an IPTC-IIM block, in order, up to the first byte that does
 * not start one (writers pad the block with zeros). A dataset running past the
 * end is cut off (ImageMagick's TIFF IPTC tag is): it ends the walk.
 */
export function iptcDatasets(iim: Uint8Array): IptcDataset[] {
  const datasets: IptcDataset[] = [];
  let o = 0;
  while (o + 5 <= iim.length && iim[o] === RECORD_MARKER) {
    let length = be16(iim, o + 3);
    let value = o + 5;
    // A set bit 15 means the next (length & 0x7fff) bytes hold the real length.
    if (length & 0x8000) {
      const size = length & 0x7fff;
      if (size > 4) break;
      length = beUint(iim, value, size);
      value += size;
    }
    if (value + length > iim.length) break;
    datasets.push({ record: iim[o + 1], dataset: iim[o + 2], start: o, value, end: value + length });
    o = value + length;
  }
  return datasets;
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

/**
 * IPTC keywords (2:25) and place names. Text is UTF-8 when the record says so
 * (1:90 "ESC % G") or when it decodes cleanly as UTF-8; otherwise
 * Windows-1252, as older software wrote it.
 */
export function readIptc(iim: Uint8Array): { keywords: string[]; places: string[] } {
  const datasets = iptcDatasets(iim);
  const utf8 = datasets.some((d) => d.record === 1 && d.dataset === 90 && startsWith(iim.subarray(d.value, d.end), '\x1b%G'));
  const text = (d: IptcDataset) => decodeText(iim.subarray(d.value, d.end), utf8).trim();
  const application = datasets.filter((d) => d.record === 2);
  return {
    keywords: application.filter((d) => d.dataset === KEYWORDS).map(text).filter(Boolean),
    places: application.filter((d) => IPTC_PLACES.has(d.dataset)).map(text).filter(Boolean),
  };
}

/** Where the IPTC records sit inside Photoshop image resources ("8BIM" blocks), as JPEG APP13 carries them. */
export function photoshopIptcRange(resources: Uint8Array): { start: number; end: number } | undefined {
  let o = 0;
  while (o + 12 <= resources.length && startsWith(resources, '8BIM', o)) {
    const id = be16(resources, o + 4);
    // A Pascal-string name, padded so that its length byte and text fill an even number of bytes.
    const nameLength = resources[o + 6];
    const sizeAt = o + 6 + nameLength + 1 + ((nameLength + 1) % 2);
    if (sizeAt + 4 > resources.length) return undefined;
    const size = be32(resources, sizeAt);
    const start = sizeAt + 4;
    if (id === PHOTOSHOP_IPTC_RESOURCE) return { start, end: Math.min(resources.length, start + size) };
    o = start + size + (size % 2);
  }
  return undefined;
}

/** The IPTC records inside Photoshop image resources. */
export function photoshopIptc(resources: Uint8Array): Uint8Array | undefined {
  const range = photoshopIptcRange(resources);
  return range && resources.subarray(range.start, range.end);
}
