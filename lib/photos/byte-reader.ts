import type { PhotoSource } from './photo-source';
import { PROBLEM, Unreadable } from './problems';

/** The first read: enough for every metadata block of a typical camera JPEG, HEIC or PNG. */
export const HEAD_BYTES = 64 * 1024;
/** A read past the head also takes what follows, as the next structure is usually right there. */
const READ_AHEAD_BYTES = 16 * 1024;
/** No honest photo needs more than this read to find its metadata; beyond it, give up rather than read the picture. */
const BUDGET_BYTES = 8 * 1024 * 1024;
const MAX_READS = 2000;

interface Window {
  start: number;
  bytes: Uint8Array;
}

/**
 * Reads byte ranges of a PhotoSource, keeping the head of the file and the
 * latest window so walking a file's structure costs few reads, and refusing to
 * read more than a metadata search should ever need.
 */
export class ByteReader {
  readonly size: number;
  private windows: Window[] = [];
  private spent = 0;
  private reads = 0;

  constructor(private readonly source: PhotoSource) {
    this.size = source.size;
  }

  /** Bytes from `start`, up to `length` of them: fewer at the end of the file. */
  async bytes(start: number, length: number): Promise<Uint8Array> {
    const end = Math.min(this.size, start + length);
    if (start < 0 || start >= end) return new Uint8Array(0);
    const held = this.held(start, end);
    if (held) return held;
    const first = this.windows.length === 0;
    const from = first ? 0 : start;
    const to = Math.min(this.size, Math.max(end, from + (first ? HEAD_BYTES : READ_AHEAD_BYTES)));
    const window = { start: from, bytes: await this.read(from, to) };
    // The head stays; later windows replace one another, as structures are walked forwards.
    this.windows = first ? [window] : [this.windows[0], window];
    return window.bytes.subarray(start - from, end - from);
  }

  /**
   * The whole file, for formats with no lengths to hop by (a GIF's blocks, an
   * SVG's text): up to `limit` bytes, beyond which it is too large to check.
   */
  async whole(limit: number): Promise<Uint8Array> {
    if (this.size > limit) throw new Unreadable(PROBLEM.tooLarge);
    this.spent -= this.size;
    return this.exactly(0, this.size);
  }

  /**
   * The part of the file from `start` (to `end`), as a file of its own (a
   * motion photo's video after its picture), read through the same source.
   */
  from(start: number, end = this.size): ByteReader {
    const { source } = this;
    return new ByteReader({ ...source, size: Math.max(0, end - start), read: (from, to) => source.read(start + from, start + to) });
  }

  /** Takes bytes already read off the budget: metadata of a declared length that is not the picture. */
  forgive(length: number): void {
    this.spent -= length;
  }

  /** Exactly `length` bytes from `start`, or Unreadable when the file ends first. */
  async exactly(start: number, length: number): Promise<Uint8Array> {
    const bytes = await this.bytes(start, length);
    if (bytes.length < length) throw new Unreadable(PROBLEM.cutShort);
    return bytes;
  }

  private held(start: number, end: number): Uint8Array | undefined {
    for (const { start: from, bytes } of this.windows) {
      if (start >= from && end <= from + bytes.length) return bytes.subarray(start - from, end - from);
    }
    return undefined;
  }

  private async read(start: number, end: number): Promise<Uint8Array> {
    this.spent += end - start;
    this.reads += 1;
    if (this.spent > BUDGET_BYTES || this.reads > MAX_READS) throw new Unreadable(PROBLEM.tooLarge);
    try {
      return await this.source.read(start, end);
    } catch {
      throw new Unreadable(PROBLEM.cannotOpen);
    }
  }
}
