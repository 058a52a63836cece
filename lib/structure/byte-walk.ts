/**
 * A walk of a file's structure is written once, as a generator that asks for
 * the bytes it needs and is given them. The reader drives it over slices of a
 * File (never the whole picture), the cleaner over the bytes it holds: both
 * make the very same walk, so they find the same structures in the same bytes.
 */

/** A read the walk asks for: `length` bytes from `start` (fewer at the end of the file). */
export interface ReadRequest {
  start: number;
  length: number;
}

/** A walk that asks for bytes and returns what it found. */
export type Walk<T> = Generator<ReadRequest, T, Uint8Array>;

/** Where a walk stopped making sense: the reader may give up softly there, the cleaner refuses the file. */
export interface Stop {
  at: number;
  why: 'cut-short' | 'damaged';
}

/** Runs a walk over bytes held in memory: each read is a view, never a copy. */
export function walkBytes<T>(walk: Walk<T>, b: Uint8Array): T {
  let step = walk.next(new Uint8Array(0));
  while (!step.done) step = walk.next(b.subarray(step.value.start, step.value.start + step.value.length));
  return step.value;
}

/** Runs a walk over a file read in slices (a Blob, a file on disk). */
export async function walkSlices<T>(walk: Walk<T>, read: (start: number, length: number) => Promise<Uint8Array>): Promise<T> {
  let step = walk.next(new Uint8Array(0));
  while (!step.done) step = walk.next(await read(step.value.start, step.value.length));
  return step.value;
}

/** A structure that makes no sense: the reader calls the file damaged, the cleaner refuses it as damaged. */
export class StructureDamage extends Error {
  constructor() {
    super('damaged');
  }
}

/** A structure that points past the end of the file: damage to the cleaner, a file cut short to the reader. */
export class StructureCutShort extends StructureDamage {}

export function check(condition: boolean): asserts condition {
  if (!condition) throw new StructureDamage();
}
