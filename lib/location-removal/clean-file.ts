import { blobBytes } from '../photos/blob-bytes';
import { CannotClean, DAMAGED, ensure } from './bytes';
import { StructureDamage, walkSlices } from '../structure/byte-walk';
import { looksIso, walkTopLevelBoxes, XMP_UUID, type Box } from '../structure/iso-boxes';
import { editedBlob, EditPlan } from './edit-plan';
import { planMovieLocationRemoval } from './quicktime';
import { planLocationRemoval, removedWords } from './remove-location';
import { planXmpGpsRemoval } from './xmp-gps';
import { findTimedLocationTracks } from '../photos/timed-locations';
import { planSampleLocationRemoval } from './timed-tracks';
import { isMatroska } from '../structure/matroska';
import { planMatroskaFileLocationRemoval } from './matroska';

/**
 * What became of one photo or video given as a File or Blob: as RemovalResult,
 * with the cleaned file as a Blob made of slices of the original and the few
 * edited bytes, so nothing is held twice.
 */
export type FileRemovalResult =
  | { status: 'cleaned'; file: Blob; removed: string[] }
  | { status: 'no-location'; file: Blob }
  | { status: 'failed'; reason: string };

/** Above this, a video's boxes are read one by one rather than the file as a whole. */
const WHOLE_FILE_BYTES = 64 * 1024 * 1024;
/** A movie box this big is not a phone's (an hour of 4K indexes in a few megabytes). */
const MAX_MOVIE_BOX_BYTES = 64 * 1024 * 1024;
const UNREADABLE = 'It could not be read, so its location could not be checked.';
const UNEXPECTED = 'Something unexpected went wrong while removing the location, so the file was held back.';

const bytesOf = (file: Blob, start: number, end: number): Promise<Uint8Array> => blobBytes(file.slice(start, end));

/** The samples of timed location tracks, read one by one from the file (their offsets are the file's own). */
async function planTimedSamples(file: Blob, tracks: ReturnType<typeof findTimedLocationTracks>, plan: EditPlan): Promise<void> {
  for (const track of tracks) {
    for (const sample of track.samples) {
      ensure(sample.at + sample.length <= file.size);
      planSampleLocationRemoval(await bytesOf(file, sample.at, sample.at + sample.length), sample.at, track, plan);
    }
  }
}

/**
 * Plans a long video from its top-level boxes alone, by the reader's walk:
 * the movie box and Adobe's XMP box are read, the media data is hopped over
 * but for the samples of a timed location track. A HEIF image among them
 * ('meta') points into the rest of the file, so it is left to the whole-file path.
 */
async function planVideoByBoxes(file: Blob): Promise<EditPlan | undefined> {
  const plan = new EditPlan();
  const { boxes, stop } = await walkSlices(walkTopLevelBoxes(file.size), (start, length) => bytesOf(file, start, start + length));
  ensure(!stop);
  if (boxes.some(({ type }) => type === 'meta')) return undefined;
  for (const header of boxes) {
    if (header.type !== 'moov' && header.uuid !== XMP_UUID) continue;
    ensure(header.end - header.start <= MAX_MOVIE_BOX_BYTES, 'Its movie metadata is too large to check for a location.');
    const bytes = await bytesOf(file, header.start, header.end);
    const box: Box = { type: header.type, start: 0, content: header.content - header.start, end: bytes.length };
    const local = new EditPlan();
    if (header.type === 'moov') planMovieLocationRemoval(bytes, box, local);
    else planXmpGpsRemoval(bytes, box.content + 16, bytes.length, local);
    for (const edit of local.edits) plan.replace(header.start + edit.at, edit.length, edit.bytes);
    for (const word of local.removed) plan.removed.add(word);
    if (header.type === 'moov') await planTimedSamples(file, findTimedLocationTracks(bytes, box), plan);
  }
  return plan;
}

/**
 * Removes the location from a photo or video given as a File or Blob (the
 * extension's attachments, the cleaning command's files on disk). A long video
 * is planned from its metadata boxes (or a WebM's tags) only; anything else is
 * read once, whole.
 * The cleaned file is the original's slices around the edits, so memory stays
 * at one copy of the file at most. Never throws.
 */
export async function removeLocationFromFile(file: Blob, name?: string): Promise<FileRemovalResult> {
  let plan: EditPlan | undefined;
  try {
    if (file.size > WHOLE_FILE_BYTES) {
      const head = await bytesOf(file, 0, 16);
      if (looksIso(head)) plan = await planVideoByBoxes(file);
      else if (isMatroska(head)) plan = await planMatroskaFileLocationRemoval((start, length) => bytesOf(file, start, start + length), file.size);
    }
  } catch (error) {
    return { status: 'failed', reason: error instanceof CannotClean ? error.message : error instanceof RangeError || error instanceof StructureDamage ? DAMAGED : UNREADABLE };
  }
  if (!plan) {
    let bytes: Uint8Array;
    try {
      bytes = await blobBytes(file);
    } catch {
      return { status: 'failed', reason: UNREADABLE };
    }
    const planned = planLocationRemoval(bytes, name);
    if ('reason' in planned) return { status: 'failed', reason: planned.reason };
    plan = planned.plan;
  }
  if (plan.edits.length === 0) return { status: 'no-location', file };
  try {
    return { status: 'cleaned', file: editedBlob(file, plan.edits), removed: removedWords(plan) };
  } catch (error) {
    return { status: 'failed', reason: error instanceof CannotClean ? error.message : UNEXPECTED };
  }
}
