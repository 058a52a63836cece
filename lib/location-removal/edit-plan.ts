import { CannotClean } from './bytes';

/** Replace `length` bytes at `at` with `bytes` (same length for every format except PNG). */
export interface Edit {
  at: number;
  length: number;
  bytes: Uint8Array;
}

/**
 * The changes that remove a file's location, gathered before any byte is written so
 * that a file which turns out to be uncleanable is never handed over half-cleaned.
 */
export class EditPlan {
  readonly edits: Edit[] = [];
  /** What was removed, in plain words, for the notice. */
  readonly removed = new Set<string>();

  overwrite(at: number, bytes: Uint8Array): void {
    this.edits.push({ at, length: bytes.length, bytes });
  }

  zero(at: number, length: number): void {
    this.overwrite(at, new Uint8Array(length));
  }

  replace(at: number, length: number, bytes: Uint8Array): void {
    this.edits.push({ at, length, bytes });
  }

  /** Takes on the edits and words of a plan made against the same bytes. */
  adopt(other: EditPlan): void {
    this.edits.push(...other.edits);
    for (const word of other.removed) this.removed.add(word);
  }
}

/** The edits in file order, refused when two overlap or one falls outside the file. */
function inOrder(edits: readonly Edit[], length: number): Edit[] {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  for (let i = 0; i < sorted.length; i++) {
    const edit = sorted[i];
    if (edit.at < 0 || edit.at + edit.length > length || (i > 0 && edit.at < sorted[i - 1].at + sorted[i - 1].length)) {
      throw new CannotClean('Its metadata is laid out in a way that cannot be cleaned safely.');
    }
  }
  return sorted;
}

/**
 * The file with the edits made, as a Blob of slices of the original and the
 * edited bytes between them: nothing is copied until the Blob is read, so a
 * video of hundreds of megabytes is never held twice.
 */
export function editedBlob(source: Blob, edits: readonly Edit[], type = source.type): Blob {
  const parts: BlobPart[] = [];
  let read = 0;
  for (const edit of inOrder(edits, source.size)) {
    parts.push(source.slice(read, edit.at), edit.bytes as Uint8Array<ArrayBuffer>);
    read = edit.at + edit.length;
  }
  parts.push(source.slice(read));
  return new Blob(parts, { type });
}

/** Writes the edits into one new copy of the bytes; the original is never touched. */
export function applyEdits(source: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const sorted = inOrder(edits, source.length);
  let size = source.length;
  for (const edit of sorted) size += edit.bytes.length - edit.length;
  if (size === source.length && sorted.every((edit) => edit.bytes.length === edit.length)) {
    // Not source.slice(): a Node Buffer's slice is a view, and the edits would land in the caller's bytes.
    const out = new Uint8Array(source);
    for (const edit of sorted) out.set(edit.bytes, edit.at);
    return out;
  }
  const out = new Uint8Array(size);
  let read = 0;
  let write = 0;
  for (const edit of sorted) {
    out.set(source.subarray(read, edit.at), write);
    write += edit.at - read;
    out.set(edit.bytes, write);
    write += edit.bytes.length;
    read = edit.at + edit.length;
  }
  out.set(source.subarray(read), write);
  return out;
}
