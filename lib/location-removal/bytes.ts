/**
 * Why a file was held back: the message is the plain-English reason shown to the
 * person, so every throw in this folder words it for them.
 */
export class CannotClean extends Error {}

export const DAMAGED = 'The file seems to be damaged, so its location could not be checked.';

export function ensure(condition: boolean, reason: string = DAMAGED): asserts condition {
  if (!condition) throw new CannotClean(reason);
}

export function u16(b: Uint8Array, at: number, littleEndian = false): number {
  ensure(at >= 0 && at + 2 <= b.length);
  return littleEndian ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1];
}

export function u32(b: Uint8Array, at: number, littleEndian = false): number {
  ensure(at >= 0 && at + 4 <= b.length);
  const value = littleEndian
    ? b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)
    : (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
  return value >>> 0;
}

/** A 64-bit big-endian size; anything past 2^53 cannot be a real offset in memory. */
export function u64(b: Uint8Array, at: number): number {
  const high = u32(b, at);
  ensure(high < 0x200000);
  return high * 0x100000000 + u32(b, at + 4);
}

/** Bytes as one character each (Latin-1), so string indices stay byte offsets. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end; at += 0x2000) {
    text += String.fromCharCode(...b.subarray(at, Math.min(end, at + 0x2000)));
  }
  return text;
}

export function startsWith(b: Uint8Array, at: number, prefix: string): boolean {
  if (at < 0 || at + prefix.length > b.length) return false;
  for (let i = 0; i < prefix.length; i++) if (b[at + i] !== prefix.charCodeAt(i)) return false;
  return true;
}

export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
