import { ensure, latin1, startsWith, u32 } from './bytes';
import { EditPlan } from './edit-plan';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

/**
 * Plans the removal of GPS from a WebP's EXIF and XMP chunks. The edits keep every
 * length, so the RIFF and chunk sizes and the VP8X flags stay as they are.
 */
export function planWebpLocationRemoval(b: Uint8Array, plan: EditPlan): void {
  ensure(startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP'));
  const end = 8 + u32(b, 4, true);
  // A RIFF size that disagrees with the file's length leaves chunks where one reader looks and another does not (audit L4).
  ensure(end === b.length);
  for (let at = 12; at + 8 <= end; ) {
    const type = latin1(b, at, at + 4);
    const data = at + 8;
    const dataEnd = data + u32(b, at + 4, true);
    ensure(dataEnd <= end);
    // Some writers keep the JPEG-style "Exif\0\0" prefix in the chunk.
    if (type === 'EXIF') planTiffGpsRemoval(b, startsWith(b, data, 'Exif\0\0') ? data + 6 : data, dataEnd, plan);
    if (type === 'XMP ') planXmpGpsRemoval(b, data, dataEnd, plan);
    at = dataEnd + (dataEnd & 1);
  }
}
