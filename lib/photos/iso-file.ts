import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { readHeifItems } from './heif';
import { readMovie } from './movie';
import { PROBLEM, Unreadable } from './problems';
import { walkSlices } from '../structure/byte-walk';
import { walkTopLevelBoxes, XMP_UUID } from '../structure/iso-boxes';

/**
 * Reads a file's top-level boxes by the walk the cleaner makes, hopping over
 * the media data: a photo's 'meta' (HEIF items), a video's 'moov' (wherever
 * it is; phones often write it last) and Adobe's XMP box. A file that ends
 * inside a box after a 'meta' or 'moov' has kept them; one that ends before
 * either, or makes no sense, has not.
 */
export async function readIsoFile(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  const { boxes, stop } = await walkSlices(walkTopLevelBoxes(reader.size), (start, length) => reader.bytes(start, length));
  const seen = boxes.some(({ type }) => type === 'meta' || type === 'moov');
  if (stop?.why === 'damaged' || (stop && !seen)) throw new Unreadable(stop.why === 'cut-short' ? PROBLEM.cutShort : PROBLEM.damaged);
  if (!seen) throw new Unreadable(PROBLEM.damaged);
  for (const box of boxes) {
    if (box.type === 'meta') {
      const bytes = await reader.exactly(box.start, box.end - box.start);
      await readHeifItems(reader, bytes, { ...box, start: 0, content: box.content - box.start, end: bytes.length }, box.start, found);
    } else if (box.type === 'moov') {
      await readMovie(reader, box, found);
      found.kind = 'video';
    } else if (box.uuid === XMP_UUID) {
      found.xmp.push(await reader.exactly(box.content + 16, box.end - box.content - 16));
    }
  }
  return found;
}
