import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { HEAD_BYTES } from './byte-reader';
import type { PhotoSource } from './photo-source';

/**
 * Reads into memory that is not zero-filled first (every byte handed out is one
 * the read wrote), returned as a plain Uint8Array: slicing a Node Buffer is
 * several times slower, and the readers slice a lot.
 */
async function readInto(handle: FileHandle, start: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(length);
  const { bytesRead } = await handle.read(buffer, 0, length, start);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
}

async function readRange(path: string, start: number, end: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await readInto(handle, start, Math.max(0, end - start));
  } finally {
    await handle.close();
  }
}

/**
 * A file on disk as a PhotoSource, for the command-line checker and tests.
 * Opening it also reads the head every photo reader starts with, so a typical
 * photo costs one open, one read and one close. Later reads open the file
 * again, so nothing is left open when a caller drops the source (a PhotoSource
 * has no close()).
 */
export async function fileSource(path: string): Promise<PhotoSource> {
  const handle = await open(path, 'r');
  let size: number;
  let head: Uint8Array;
  try {
    size = (await handle.stat()).size;
    head = await readInto(handle, 0, Math.min(size, HEAD_BYTES));
  } finally {
    await handle.close();
  }
  return {
    name: basename(path),
    size,
    read: async (start, end) => (end <= head.length ? head.subarray(start, end) : readRange(path, start, Math.min(end, size))),
  };
}
