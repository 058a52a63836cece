import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodePixels } from '../../../../lib/vision/decode-node';
import type { Pixels } from '../../../../lib/vision/pixels';
import { LONGEST_SIDE } from '../../../../lib/vision/writing/picture-for-reading';

/** The committed photos with and without writing, made by tests/tools/make-writing-photos.sh. */
export const WRITING_PHOTOS = fileURLToPath(new URL('../../../fixtures/photos/writing/', import.meta.url));

/** A photo's pixels as shown (EXIF orientation applied), decoded as the command line decodes them. */
export const photoPixels = (name: string): Promise<Pixels> => decodePixels(readFileSync(`${WRITING_PHOTOS}${name}`), LONGEST_SIDE.max);
