import { be16, be32, le16, le32 } from './binary';
import type { ByteReader } from './byte-reader';
import { nothingFound, type Embedded } from './embedded';
import { fromDms, position } from './geo';
import { xpKeywords } from './exif';
import { photoshopIptc } from './iptc';

const TAG = { xmp: 0x02bc, iptc: 0x83bb, photoshop: 0x8649, gps: 0x8825, xpKeywords: 0x9c9e } as const;
const GPS = { latitudeRef: 1, latitude: 2, longitudeRef: 3, longitude: 4 } as const;
/** Bytes per value of each TIFF field type (BYTE, ASCII, SHORT, LONG, RATIONAL, ..., IFD). */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

interface Entry {
  tag: number;
  /** The value's bytes: in the entry itself when they fit in four, else where it points. */
  value: Uint8Array;
}

/**
 * A TIFF file's directories point anywhere in the file, and ImageMagick writes
 * them after the image. So rather than hand exifr everything up to them, this
 * reads the few entries wanted where they are: IFD0's XMP, IPTC (also among
 * the Photoshop resources), Windows keywords and GPS pointer, and the GPS directory's four coordinates.
 */
export async function readTiffFile(reader: ByteReader): Promise<Embedded> {
  const header = await reader.exactly(0, 8);
  const little = header[0] === 0x49;
  const u16 = (b: Uint8Array, o: number): number => (little ? le16(b, o) : be16(b, o));
  const u32 = (b: Uint8Array, o: number): number => (little ? le32(b, o) : be32(b, o));

  async function directory(offset: number, wanted: readonly number[]): Promise<Map<number, Entry>> {
    const count = u16(await reader.exactly(offset, 2), 0);
    const table = await reader.exactly(offset + 2, count * 12);
    const entries = new Map<number, Entry>();
    for (let o = 0; o < table.length; o += 12) {
      const tag = u16(table, o);
      if (!wanted.includes(tag)) continue;
      const length = (TYPE_SIZE[u16(table, o + 2)] ?? 1) * u32(table, o + 4);
      const value = length <= 4 ? table.subarray(o + 8, o + 8 + length) : await reader.exactly(u32(table, o + 8), length);
      entries.set(tag, { tag, value });
    }
    return entries;
  }

  const found = nothingFound();
  const ifd0 = await directory(u32(header, 4), Object.values(TAG));
  const xmp = ifd0.get(TAG.xmp);
  const iptc = ifd0.get(TAG.iptc);
  const photoshop = ifd0.get(TAG.photoshop);
  const xp = ifd0.get(TAG.xpKeywords);
  const gpsAt = ifd0.get(TAG.gps);
  if (xmp) found.xmp.push(xmp.value);
  if (iptc) found.iptc.push(iptc.value);
  // ImageMagick writes a broken IPTC tag but a sound copy among the Photoshop resources.
  const photoshopIptcRecords = photoshop && photoshopIptc(photoshop.value);
  if (photoshopIptcRecords) found.iptc.push(photoshopIptcRecords);
  if (xp) found.keywords.push(...xpKeywords(new TextDecoder('utf-16le').decode(xp.value)));
  if (gpsAt) {
    const gps = await directory(u32(gpsAt.value, 0), Object.values(GPS));
    const angle = (tag: number, refTag: number): number => {
      const value = gps.get(tag)?.value;
      if (!value || value.length < 24) return NaN;
      const [d, m, s] = [0, 8, 16].map((o) => u32(value, o) / u32(value, o + 4));
      return fromDms(d, m, s, String.fromCharCode(gps.get(refTag)?.value[0] ?? 0));
    };
    const at = position(angle(GPS.latitude, GPS.latitudeRef), angle(GPS.longitude, GPS.longitudeRef));
    if (at) found.locations.push({ gps: at, source: 'EXIF' });
  }
  return found;
}
