import { startsWith } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { readHeifItems } from './heif';
import { boxAt } from './iso-boxes';
import { readMovie } from './movie';
import { PROBLEM, Unreadable } from './problems';

/** The uuid Adobe gives the top-level box holding a video's XMP. */
const XMP_UUID = new Uint8Array([0xbe, 0x7a, 0xcf, 0xcb, 0x97, 0xa9, 0x42, 0xe8, 0x9c, 0x71, 0x99, 0x94, 0x91, 0xe3, 0xaf, 0xac]);

const isXmpUuid = (head: Uint8Array): boolean => XMP_UUID.every((byte, i) => head[8 + i] === byte);

/** True when the file starts like an ISO base media file: HEIF, HEIC, AVIF, MP4, MOV, 3GP. */
export const looksIso = (head: Uint8Array): boolean =>
  ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].some((type) => startsWith(head, type, 4));

/**
 * Walks the top-level boxes, hopping over the media data: a photo's 'meta'
 * (HEIF items), a video's 'moov' (wherever it is; phones often write it last)
 * and Adobe's XMP box. A file that ends inside a box before either 'meta' or
 * 'moov' was seen has lost them.
 */
export async function readIsoFile(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  let seen = false;
  let offset = 0;
  while (offset + 8 <= reader.size) {
    const head = await reader.bytes(offset, 32);
    const box = boxAt(head, 0, reader.size - offset);
    if (!box) throw new Unreadable(PROBLEM.damaged);
    if (offset + box.end > reader.size) {
      if (seen) break;
      throw new Unreadable(PROBLEM.cutShort);
    }
    if (box.type === 'meta') {
      await readHeifItems(reader, await reader.exactly(offset, box.end), box, offset, found);
      seen = true;
    } else if (box.type === 'moov') {
      await readMovie(reader, { ...box, start: offset, content: offset + box.content, end: offset + box.end }, found);
      found.kind = 'video';
      seen = true;
    } else if (box.type === 'uuid' && isXmpUuid(head)) {
      found.xmp.push((await reader.exactly(offset, box.end)).subarray(box.content));
    }
    offset += box.end;
  }
  if (!seen) throw new Unreadable(PROBLEM.damaged);
  return found;
}
