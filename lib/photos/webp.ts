import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { tiffOf } from './exif';
import { PROBLEM, Unreadable } from './problems';
import { walkSlices } from '../structure/byte-walk';
import { walkRiff } from '../structure/riff';

/** VP8X flags that promise an EXIF or XMP chunk later in the file. */
const HAS_XMP = 0x04;
const HAS_EXIF = 0x08;

/**
 * Reads a WebP's EXIF and XMP chunks (exifr does not read WebP at all), by
 * the walk the cleaner makes. EXIF and XMP come after the image data, so the
 * walk hops over each chunk by its length. A file cut short before a chunk its
 * VP8X header promised has lost it; one whose RIFF size disagrees with its
 * length the other way is damaged, as the cleaner finds it (audit L4).
 */
export async function readWebp(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  const { chunks, stop } = await walkSlices(walkRiff(reader.size), (start, length) => reader.bytes(start, length));
  if (stop?.why === 'damaged') throw new Unreadable(PROBLEM.damaged);
  let promised = 0;
  for (const { type, data, end } of chunks) {
    if (type === 'VP8X') promised = (await reader.exactly(data, 1))[0] & (HAS_XMP | HAS_EXIF);
    if (type === 'EXIF' || type === 'XMP ') {
      const bytes = await reader.exactly(data, end - data);
      if (type === 'EXIF') found.exif.push(tiffOf(bytes));
      else found.xmp.push(bytes);
      promised &= ~(type === 'EXIF' ? HAS_EXIF : HAS_XMP);
    }
  }
  if (promised && stop) throw new Unreadable(PROBLEM.cutShort);
  return found;
}
