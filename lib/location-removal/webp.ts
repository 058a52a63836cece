import { ensure, startsWith } from './bytes';
import { walkBytes } from '../structure/byte-walk';
import { walkRiff } from '../structure/riff';
import { EditPlan } from './edit-plan';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

/**
 * Plans the removal of GPS from a WebP's EXIF and XMP chunks, found by the reader's
 * walk, which refuses a RIFF size that disagrees with the file's length. The edits
 * keep every length, so the RIFF and chunk sizes and the VP8X flags stay as they are.
 */
export function planWebpLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  ensure(startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP'));
  const { chunks, stop } = walkBytes(walkRiff(b.length), b);
  ensure(!stop);
  for (const { type, data, end } of chunks) {
    // Some writers keep the JPEG-style "Exif\0\0" prefix in the chunk.
    if (type === 'EXIF') planTiffGpsRemoval(b, startsWith(b, data, 'Exif\0\0') ? data + 6 : data, end, plan);
    if (type === 'XMP ') planXmpGpsRemoval(b, data, end, plan);
  }
}
