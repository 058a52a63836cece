import { ascii, be32 } from '../photos/binary';
import type { Stop, Walk } from './byte-walk';

/** One PNG chunk: its type, where it starts, where its data starts and ends (its CRC follows). */
export interface PngChunk {
  type: string;
  start: number;
  data: number;
  end: number;
}

/** What one walk of a PNG's chunks found. */
export interface PngLayout {
  chunks: PngChunk[];
  /** Where the first image data (IDAT) starts, when the walk was asked to stop there. */
  imageAt?: number;
  /** The walk reached IEND. */
  ended: boolean;
  stop?: Stop;
}

export const PNG_SIGNATURE = '\x89PNG\r\n\x1a\n';

export interface PngWalkOptions {
  /** Where the first chunk starts: just after the signature, or a chunk found further on. */
  from?: number;
  /** Stop at the first image data rather than hop over every IDAT chunk to IEND. */
  untilImage?: boolean;
}

/**
 * Walks a PNG's chunks in a file of `size` bytes, reading only each chunk's
 * length and type, to IEND (or the first IDAT). Each step moves forwards by
 * at least a chunk header, so the walk is linear in the file's length. A
 * chunk that runs past the end of the file stops the walk as cut short.
 */
export function* walkPng(size: number, options: PngWalkOptions = {}): Walk<PngLayout> {
  const { from = PNG_SIGNATURE.length, untilImage = false } = options;
  const chunks: PngChunk[] = [];
  for (let at = from; ; ) {
    if (at + 8 > size) return { chunks, ended: false, stop: { at, why: 'cut-short' } };
    const head = yield { start: at, length: 8 };
    const type = ascii(head, 4, 4);
    if (untilImage && type === 'IDAT') return { chunks, ended: false, imageAt: at };
    const data = at + 8;
    const end = data + be32(head, 0);
    if (end + 4 > size) return { chunks, ended: false, stop: { at, why: 'cut-short' } };
    chunks.push({ type, start: at, data, end });
    if (type === 'IEND') return { chunks, ended: true };
    at = end + 4;
  }
}
