import { CannotClean } from './bytes';
import { exifTiffStart, heifMetadata, itemExtents } from '../structure/heif-items';
import type { Box } from '../structure/iso-boxes';
import { EditPlan } from './edit-plan';
import { gather, scatter } from './scattered';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

const COMPRESSED_XMP = 'Its XMP metadata is compressed, so the location in it cannot be removed safely.';
const UNUSUAL_LAYOUT = 'Its metadata is stored in a way that cannot be edited safely.';

/**
 * Plans the removal of GPS from a HEIF/HEIC/AVIF image's Exif and XMP items,
 * found by the parse the reader reads them by, and edits them in place at the
 * same length, so `iloc` and the image items stay exactly as they were.
 */
export function planHeifLocationRemoval(b: Uint8Array, meta: Box, plan: EditPlan): void {
  const { items, idat } = heifMetadata(b, meta);
  for (const item of items) {
    if (item.kind === 'xmp' && item.encoded) throw new CannotClean(COMPRESSED_XMP);
    const extents = itemExtents(item, idat, 0, b.length);
    if (!extents) throw new CannotClean(UNUSUAL_LAYOUT);
    const joined = gather(b, extents);
    const local = new EditPlan();
    if (item.kind === 'xmp') planXmpGpsRemoval(joined, 0, joined.length, local);
    else planTiffGpsRemoval(joined, exifTiffStart(joined), joined.length, local);
    scatter(local, extents, plan);
  }
}
