import { ascii, le32 } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { tiffOf } from './exif';
import { PROBLEM, Unreadable } from './problems';

/** VP8X flags that promise an EXIF or XMP chunk later in the file. */
const HAS_XMP = 0x04;
const HAS_EXIF = 0x08;

/**
 * Walks a WebP's RIFF chunks (exifr does not read WebP at all). EXIF and XMP
 * come after the image data, so the walk hops over each chunk by its length.
 * A file cut short before a chunk its VP8X header promised has lost it.
 */
export async function readWebp(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  // The RIFF size and the file's length must agree, as the cleaner requires: either way round, chunks lie where one of them does not look (audit L4).
  const riffEnd = 8 + le32(await reader.exactly(4, 4), 0);
  if (riffEnd < reader.size) throw new Unreadable(PROBLEM.damaged);
  let promised = 0;
  let offset = 12;
  while (offset + 8 <= reader.size) {
    const head = await reader.exactly(offset, 8);
    const type = ascii(head, 0, 4);
    const length = le32(head, 4);
    if (type === 'VP8X') promised = (await reader.exactly(offset + 8, 1))[0] & (HAS_XMP | HAS_EXIF);
    if (type === 'EXIF' || type === 'XMP ') {
      const data = await reader.exactly(offset + 8, length);
      if (type === 'EXIF') found.exif.push(tiffOf(data));
      else found.xmp.push(data);
      promised &= ~(type === 'EXIF' ? HAS_EXIF : HAS_XMP);
    }
    offset += 8 + length + (length % 2);
  }
  if (promised && offset !== reader.size) throw new Unreadable(PROBLEM.cutShort);
  return found;
}
