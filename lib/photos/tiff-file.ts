import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { position } from './geo';
import { xpKeywords } from './exif';
import { MAKER_SOURCE } from './jpeg';
import { walkTiffFacts } from '../location-removal/tiff';
import { walkSlices } from '../structure/byte-walk';

/**
 * A TIFF file's directories point anywhere in the file, and ImageMagick writes
 * them after the image. So rather than hand exifr everything up to them, this
 * walks the directories where they are, by the walk the cleaner plans by,
 * reading only their tables and the values wanted: the GPS position, Windows
 * keywords, a maker's place names, and the XMP and IPTC (also among the
 * Photoshop resources) the cleaner cleans.
 */
export async function readTiffFile(reader: ByteReader): Promise<Embedded> {
  const facts = await walkSlices(walkTiffFacts(0, reader.size), (start, length) => reader.bytes(start, length));
  const found = nothingFound();
  for (const { start, end } of facts.walk.xmp) found.xmp.push(await reader.exactly(start, end - start));
  for (const { start, end } of facts.walk.iptc) found.iptc.push(await reader.exactly(start, end - start));
  if (facts.xpKeywords) found.keywords.push(...xpKeywords(new TextDecoder('utf-16le').decode(facts.xpKeywords)));
  const gps = facts.position && position(facts.position.latitude, facts.position.longitude);
  if (gps) found.locations.push({ gps, source: 'EXIF' });
  found.places.push(...facts.places.map((name) => ({ name, source: MAKER_SOURCE })));
  return found;
}
