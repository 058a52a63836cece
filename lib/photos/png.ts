import { ascii, be32, startsWith, utf8Text, zeroAt } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { tiffOf } from './exif';
import { inflate } from './inflate';
import { photoshopIptc } from './iptc';
import { isPlaceName } from './xmp-names';
import { PROBLEM, Unreadable } from './problems';
import { walkBytes, walkSlices } from '../structure/byte-walk';
import { walkPng } from '../structure/png';

const METADATA_CHUNKS = ['eXIf', 'iTXt', 'tEXt', 'zTXt'];
const XMP_KEYWORD = 'XML:com.adobe.xmp';
/** ImageMagick keeps a source photo's metadata as hex text under these keywords. */
const RAW_PROFILE = 'Raw profile type ';
/** Metadata after the image data is looked for in this much of the file's end. */
const TAIL_BYTES = 64 * 1024;

function fromHex(text: string): Uint8Array {
  const digits = text.replace(/[^0-9a-f]/gi, '');
  const bytes = new Uint8Array(digits.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** A raw profile is "\n<name>\n<length>\n<hex>"; the name says what the bytes are. */
function addRawProfile(type: string, text: string, found: Embedded): void {
  const name = type.toLowerCase();
  const hex = text.split('\n').slice(3).join('');
  if (name === 'xmp') found.xmp.push(fromHex(hex));
  else if (name === 'exif' || name === 'app1') found.exif.push(tiffOf(fromHex(hex)));
  else if (name === 'iptc') found.iptc.push(fromHex(hex));
  else if (name === '8bim') {
    // Photoshop's image resources, as ImageMagick keeps them from a JPEG's APP13: the IPTC is one of them.
    const iptc = photoshopIptc(fromHex(hex));
    if (iptc) found.iptc.push(iptc);
  }
}

async function addChunk(type: string, data: Uint8Array, found: Embedded): Promise<void> {
  if (type === 'eXIf') {
    found.exif.push(tiffOf(data));
    return;
  }
  const keywordEnd = zeroAt(data, 0);
  const keyword = ascii(data, 0, keywordEnd);
  const isPlace = isPlaceName(keyword);
  if (!isPlace && keyword !== XMP_KEYWORD && !keyword.startsWith(RAW_PROFILE)) return;
  let text: Uint8Array;
  if (type === 'tEXt') text = data.subarray(keywordEnd + 1);
  else if (type === 'zTXt') text = await inflate(data.subarray(keywordEnd + 2));
  else {
    // iTXt: keyword, compression flag and method, then a language tag and a translated keyword, each ending in a zero.
    const compressed = data[keywordEnd + 1] === 1;
    const textStart = zeroAt(data, zeroAt(data, keywordEnd + 3) + 1) + 1;
    text = compressed ? await inflate(data.subarray(textStart)) : data.subarray(textStart);
  }
  if (isPlace) {
    // ImageMagick copies XMP place names into text chunks named after them.
    const name = utf8Text(text).trim();
    if (name) found.places.push({ name, source: 'PNG text' });
  } else if (keyword === XMP_KEYWORD) found.xmp.push(text);
  else if (keyword.startsWith(RAW_PROFILE)) addRawProfile(keyword.slice(RAW_PROFILE.length), utf8Text(text), found);
}

/** True when chunks from `at` follow one another exactly up to IEND: a real chunk boundary, not image data that looks like one. */
function chainsToEnd(tail: Uint8Array, at: number, iend: number): boolean {
  let o = at;
  while (o < iend) {
    if (!/^[A-Za-z]{4}$/.test(ascii(tail, o + 4, 4))) return false;
    o += 12 + be32(tail, o);
  }
  return o === iend;
}

/**
 * Where the first metadata chunk in `tail` starts, if chunks run from it
 * exactly to IEND. Every byte of the tail is a candidate, so each chunk type's
 * first letter is found with indexOf, several times quicker than a loop.
 */
function firstTrailingChunk(tail: Uint8Array, iend: number): number | undefined {
  let first: number | undefined;
  for (const type of METADATA_CHUNKS) {
    const letter = type.charCodeAt(0);
    for (let at = tail.indexOf(letter, 4); at >= 0 && at - 4 < (first ?? iend); at = tail.indexOf(letter, at + 1)) {
      if (startsWith(tail, type, at) && chainsToEnd(tail, at - 4, iend)) first = at - 4;
    }
  }
  return first;
}

/**
 * Some writers (ImageMagick among them) put EXIF after the image data. Walking
 * every IDAT chunk to reach it would read the whole picture, so the end of the
 * file is searched instead for the first metadata chunk that chains to IEND,
 * and walked from there as the cleaner walks.
 * A file cut short in its image data has no IEND; what came before still counts.
 */
async function addTrailingChunks(reader: ByteReader, imageStart: number, found: Embedded): Promise<void> {
  const start = Math.max(imageStart, reader.size - TAIL_BYTES);
  const tail = await reader.bytes(start, reader.size - start);
  const iend = tail.length - 12;
  if (iend < 0 || !startsWith(tail, 'IEND', iend + 4)) return;
  const first = firstTrailingChunk(tail, iend);
  if (first === undefined) return;
  for (const { type, data, end } of walkBytes(walkPng(tail.length, { from: first }), tail).chunks) {
    if (METADATA_CHUNKS.includes(type)) await addChunk(type, tail.subarray(data, end), found);
  }
}

/** Walks a PNG's chunks up to the image data, by the walk the cleaner makes, then looks for metadata after it. */
export async function readPng(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  const layout = await walkSlices(walkPng(reader.size, { untilImage: true }), (start, length) => reader.bytes(start, length));
  if (layout.stop) throw new Unreadable(PROBLEM.cutShort);
  for (const { type, data, end } of layout.chunks) {
    if (METADATA_CHUNKS.includes(type)) await addChunk(type, await reader.exactly(data, end - data), found);
  }
  if (layout.imageAt !== undefined) await addTrailingChunks(reader, layout.imageAt, found);
  return found;
}
