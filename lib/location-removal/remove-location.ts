import { CannotClean, DAMAGED, latin1, startsWith } from './bytes';
import { applyEdits, EditPlan } from './edit-plan';
import { planIsoMediaLocationRemoval } from './iso-media';
import { StructureDamage } from '../structure/byte-walk';
import { looksIso } from '../structure/iso-boxes';
import { planJpegLocationRemoval } from './jpeg';
import { GPS_IN_PNG_TEXT, PLACE_IN_PNG_TEXT, planPngLocationRemoval } from './png';
import { LOCATION_IN_3GPP, LOCATION_IN_QUICKTIME } from './quicktime';
import { GPS_IN_EXIF, PLACE_IN_MAKER_NOTE, planTiffGpsRemoval } from './tiff';
import { planWebpLocationRemoval } from './webp';
import { GPS_IN_XMP, PLACE_IN_XMP, planXmpGpsRemoval } from './xmp-gps';
import { isGif } from '../structure/gif';
import { isBmp, isMatroska, isSvg } from '../photos/plain-formats';
import { planGifLocationRemoval } from './gif';
import { PLACE_IN_IPTC } from './iptc-places';
import { GPS_IN_MAKER_RECORD } from './flir';
import { LOCATION_IN_TRACK } from './timed-tracks';
import { LOCATION_IN_VIDEO_TAGS, planMatroskaLocationRemoval } from './matroska';

/**
 * What became of one photo or video:
 * - `cleaned`: `bytes` is the file with its location gone and everything else, the
 *   picture and sound included, byte for byte as it was; `removed` says what went, in
 *   plain words (e.g. "GPS in EXIF", "GPS in XMP").
 * - `no-location`: there was no location; `bytes` is the input itself, not a copy.
 * - `failed`: the location could not be checked or removed safely, so the file must be
 *   held back; `reason` says why, in plain UK English.
 */
export type RemovalResult =
  | { status: 'cleaned'; bytes: Uint8Array; removed: string[] }
  | { status: 'no-location'; bytes: Uint8Array }
  | { status: 'failed'; reason: string };

type Planner = (b: Uint8Array, plan: EditPlan) => void;

/** The order the notice lists what went, whatever order the file kept it in. */
const REMOVED_ORDER = [GPS_IN_EXIF, GPS_IN_XMP, GPS_IN_MAKER_RECORD, GPS_IN_PNG_TEXT, LOCATION_IN_QUICKTIME, LOCATION_IN_TRACK, LOCATION_IN_3GPP, LOCATION_IN_VIDEO_TAGS, PLACE_IN_IPTC, PLACE_IN_XMP, PLACE_IN_MAKER_NOTE, PLACE_IN_PNG_TEXT];

const UNEXPECTED = 'Something unexpected went wrong while removing the location, so the file was held back.';

function plannerFor(b: Uint8Array): Planner | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return planJpegLocationRemoval;
  if (startsWith(b, 0, '\x89PNG')) return planPngLocationRemoval;
  if (startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP')) return planWebpLocationRemoval;
  if (/^(II[*+]\0|MM\0[*+])$/.test(latin1(b, 0, Math.min(4, b.length)))) return (bytes, plan) => planTiffGpsRemoval(bytes, 0, bytes.length, plan);
  if (looksIso(b)) return planIsoMediaLocationRemoval;
  if (isGif(b)) return planGifLocationRemoval;
  if (isSvg(b)) return (bytes, plan) => planXmpGpsRemoval(bytes, 0, bytes.length, plan);
  if (isMatroska(b)) return planMatroskaLocationRemoval;
  // BMP has no place for a location, so it passes as it is (audit I1).
  if (isBmp(b)) return () => {};
  return undefined;
}

function unsupported(name: string | undefined): string {
  const extension = name?.match(/\.([a-z0-9]{1,5})$/i)?.[1];
  const what = extension ? `A .${extension.toLowerCase()} file` : 'This file';
  return `${what} is not a kind of photo or video whose location can be checked (JPEG, PNG, GIF, WebP, HEIC, TIFF, BMP, SVG, MP4, MOV or WebM).`;
}

/** The edits that take a file's location out, or why it cannot be done. Never throws. */
export function planLocationRemoval(bytes: Uint8Array, name?: string): { plan: EditPlan } | { reason: string } {
  try {
    const planner = plannerFor(bytes);
    if (!planner) return { reason: unsupported(name) };
    const plan = new EditPlan();
    planner(bytes, plan);
    return { plan };
  } catch (error) {
    return { reason: error instanceof CannotClean ? error.message : error instanceof StructureDamage ? DAMAGED : UNEXPECTED };
  }
}

/** What went, in the order the notice lists it. */
export const removedWords = (plan: EditPlan): string[] => REMOVED_ORDER.filter((words) => plan.removed.has(words));

/**
 * Removes the location (GPS in EXIF and XMP, place names in IPTC and XMP, a video's location atoms) from a photo or
 * video, on the device and without re-encoding: only metadata bytes change, so the
 * picture and sound stay byte for byte. Reads the file once to plan the edits and
 * copies it at most once to make them; a file that cannot be fully cleaned is never
 * returned half-cleaned. Never throws. An ArrayBuffer is read through a view, not copied.
 */
export function removeLocation(input: Uint8Array | ArrayBuffer, name?: string): RemovalResult {
  // isView rather than instanceof: a file read in another frame has its own Uint8Array.
  const bytes = ArrayBuffer.isView(input) ? input : new Uint8Array(input);
  const planned = planLocationRemoval(bytes, name);
  if ('reason' in planned) return { status: 'failed', reason: planned.reason };
  if (planned.plan.edits.length === 0) return { status: 'no-location', bytes };
  try {
    return { status: 'cleaned', bytes: applyEdits(bytes, planned.plan.edits), removed: removedWords(planned.plan) };
  } catch (error) {
    return { status: 'failed', reason: error instanceof CannotClean ? error.message : UNEXPECTED };
  }
}
