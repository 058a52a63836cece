import { concat } from './binary';
import type { ByteReader } from './byte-reader';
import type { Embedded } from './embedded';
import { exifTiffStart, heifMetadata, itemExtents } from '../structure/heif-items';
import type { Box } from '../structure/iso-boxes';

/**
 * Reads the EXIF and XMP items a HEIF/HEIC/AVIF 'meta' box points to, found
 * by the parse the cleaner edits them by. `bytes` holds the whole box, read
 * from file offset `at`. Items in a layout
 * the cleaner would refuse (another file, encoded XMP) are passed by here.
 */
export async function readHeifItems(reader: ByteReader, bytes: Uint8Array, meta: Box, at: number, found: Embedded): Promise<void> {
  const { items, idat } = heifMetadata(bytes, meta);
  for (const item of items) {
    const extents = itemExtents(item, idat, at, reader.size);
    if (!extents || item.encoded) continue;
    const data = concat(await Promise.all(extents.map((extent) => reader.exactly(extent.at, extent.length))));
    if (item.kind === 'xmp') found.xmp.push(data);
    else found.exif.push(data.subarray(exifTiffStart(data)));
  }
}
