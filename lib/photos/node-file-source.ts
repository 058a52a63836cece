import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { HEAD_BYTES } from './byte-reader';
import type { PhotoSource } from './photo-source';

async function readRange(path: string, start: number, end: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(Math.max(0, end - start));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    return buffer.subarray(0, bytesRead);
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
    // Not zero-filled: every byte handed out is one the read wrote.
    const buffer = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
    head = buffer.subarray(0, (await handle.read(buffer, 0, buffer.length, 0)).bytesRead);
  } finally {
    await handle.close();
  }
  return {
    name: basename(path),
    size,
    read: async (start, end) => (end <= head.length ? head.subarray(start, end) : readRange(path, start, Math.min(end, size))),
  };
}
