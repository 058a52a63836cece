/** Big- and little-endian integers and ASCII at an offset, for walking file structures. */

export const be16 = (b: Uint8Array, o: number): number => (b[o] << 8) | b[o + 1];
export const be32 = (b: Uint8Array, o: number): number => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
export const le16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
export const le32 = (b: Uint8Array, o: number): number => ((b[o + 3] << 24) | (b[o + 2] << 16) | (b[o + 1] << 8) | b[o]) >>> 0;

/** Reads an unsigned big-endian integer of 0, 2, 4 or 8 bytes (ISO box fields vary in width). */
export function beUint(b: Uint8Array, o: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + b[o + i];
  return value;
}

export function ascii(b: Uint8Array, o: number, length: number): string {
  let text = '';
  for (let i = o; i < o + length && i < b.length; i++) text += String.fromCharCode(b[i]);
  return text;
}

/** True when the bytes at `o` spell `text` (ASCII), without building a string. */
export function startsWith(b: Uint8Array, text: string, o = 0): boolean {
  if (o + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) if (b[o + i] !== text.charCodeAt(i)) return false;
  return true;
}

const utf8 = new TextDecoder('utf-8');

/** Metadata text is UTF-8 in every format read here. */
export const utf8Text = (b: Uint8Array): string => utf8.decode(b);

/** Where the next zero byte is at or after `o`, or the end. */
export function zeroAt(b: Uint8Array, o: number): number {
  const i = b.indexOf(0, o);
  return i < 0 ? b.length : i;
}

/** The parts one after another in one array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
