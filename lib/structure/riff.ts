import { ascii, le32 } from '../photos/binary';
import type { Stop, Walk } from './byte-walk';

/** One RIFF chunk (WebP): its type, where it starts, where its data starts and ends. */
export interface RiffChunk {
  type: string;
  start: number;
  data: number;
  end: number;
}

export interface RiffLayout {
  chunks: RiffChunk[];
  stop?: Stop;
}

/**
 * Walks a RIFF file's chunks (a WebP's) in a file of `size` bytes, reading
 * only each chunk's header. The RIFF size and the file's length must agree:
 * bytes after the RIFF's end are where one reader looks and another does not
 * (audit L4), so they are damage; a RIFF longer than the file is cut short.
 */
export function* walkRiff(size: number): Walk<RiffLayout> {
  const chunks: RiffChunk[] = [];
  const head = yield { start: 0, length: 12 };
  if (head.length < 12) return { chunks, stop: { at: 0, why: 'cut-short' } };
  const riffEnd = 8 + le32(head, 4);
  if (riffEnd < size) return { chunks, stop: { at: riffEnd, why: 'damaged' } };
  let at = 12;
  while (at + 8 <= size) {
    const header = yield { start: at, length: 8 };
    const data = at + 8;
    const end = data + le32(header, 4);
    if (end > size) return { chunks, stop: { at, why: 'cut-short' } };
    chunks.push({ type: ascii(header, 0, 4), start: at, data, end });
    at = end + (end - data) % 2;
  }
  return riffEnd > size ? { chunks, stop: { at: size, why: 'cut-short' } } : { chunks };
}
