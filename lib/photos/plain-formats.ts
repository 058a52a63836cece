import { startsWith } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { isGif, walkGif } from '../structure/gif';
import { MAX_XMP_BYTES } from './xmp';

/** A GIF has no lengths to hop by, so it is read whole; an animation bigger than this is too large to check. */
export const MAX_GIF_BYTES = 64 * 1024 * 1024;

export { isGif };

/** BMP has no metadata at all: nothing in it can say where it was taken. */
export const isBmp = (b: Uint8Array): boolean => startsWith(b, 'BM') && b.length >= 14 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0;

export { readMatroska } from './matroska';
export { isMatroska } from '../structure/matroska';

/** An SVG is XML text: it may open with a byte-order mark, an XML declaration, a comment or the svg element itself. */
export function isSvg(b: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(b.subarray(0, 1024)).replace(/^\ufeff/, '').trimStart();
  return /^<(\?xml|!--|!DOCTYPE svg|svg[\s>])/i.test(head) && /<svg[\s>]/i.test(head);
}

export async function readGif(reader: ByteReader): Promise<Embedded> {
  const bytes = await reader.whole(MAX_GIF_BYTES);
  const found = nothingFound();
  for (const { start, end } of walkGif(bytes).xmp) found.xmp.push(bytes.subarray(start, end));
  return found;
}

/** An SVG's metadata is XML inside it (often RDF, as XMP is), so the whole text is walked as a packet. */
export async function readSvg(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  found.xmp.push(await reader.whole(MAX_XMP_BYTES));
  return found;
}

export const readBmp = async (): Promise<Embedded> => nothingFound();
