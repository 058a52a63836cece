import { be16, startsWith, xmpText } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { photoshopIptc } from './iptc';
import { PROBLEM, Unreadable } from './problems';

const EXIF_ID = 'Exif\0\0';
const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';
const PHOTOSHOP_ID = 'Photoshop 3.0\0';

const isApp = (marker: number): boolean => marker >= 0xe0 && marker <= 0xef;
/** Markers that stand alone, with no length: RST0-RST7 and TEM. */
const isStandalone = (marker: number): boolean => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;

/** The identifier at the start of an APP1 or APP13 body says whether it is worth reading the rest. */
function wanted(marker: number, id: Uint8Array): string | undefined {
  if (marker === 0xe1) return [EXIF_ID, XMP_ID].find((known) => startsWith(id, known));
  return marker === 0xed && startsWith(id, PHOTOSHOP_ID) ? PHOTOSHOP_ID : undefined;
}

function collect(id: string, body: Uint8Array, found: Embedded): void {
  if (id === EXIF_ID) found.exif.push(body);
  else if (id === XMP_ID) found.xmp.push(xmpText(body));
  else {
    const iptc = photoshopIptc(body);
    if (iptc) found.iptc.push(iptc);
  }
}

/**
 * Walks a JPEG's segments up to the image data (SOS), reading the bodies of
 * EXIF and XMP (APP1) and IPTC (APP13) segments only. Metadata sits in APPn segments before
 * the image tables, so a file cut short after those tables has kept its
 * metadata; one cut inside an APPn segment, or before any table, has not.
 */
export async function readJpeg(reader: ByteReader): Promise<Embedded> {
  const found = nothingFound();
  let offset = 2;
  let pastMetadata = false;
  for (;;) {
    if (offset + 4 > reader.size) {
      if (pastMetadata) return found;
      throw new Unreadable(PROBLEM.cutShort);
    }
    const head = await reader.exactly(offset, 4);
    if (head[0] !== 0xff) throw new Unreadable(PROBLEM.damaged);
    const marker = head[1];
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return found;
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    const length = be16(head, 2);
    if (length < 2) throw new Unreadable(PROBLEM.damaged);
    const end = offset + 2 + length;
    if (isApp(marker)) {
      if (end > reader.size) throw new Unreadable(PROBLEM.cutShort);
      // Extended XMP (depth maps and the like) can run to megabytes over many APP1 segments: read only what is wanted.
      const id = wanted(marker, await reader.bytes(offset + 4, Math.min(length - 2, XMP_ID.length)));
      if (id) collect(id, await reader.exactly(offset + 4 + id.length, length - 2 - id.length), found);
    } else {
      pastMetadata = true;
    }
    offset = end;
  }
}
