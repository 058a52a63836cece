import { startsWith } from './binary';
import type { ByteReader } from './byte-reader';
import { xmpTextOf } from './xmp';

/**
 * How many bytes at the end of a motion photo are its video, as the
 * picture's XMP declares it: Google's GCamera:MicroVideoOffset (older Pixels
 * and Samsungs), or the Length of the video item in its Container directory
 * (the Motion Photo format), the video being the last item.
 */
export function motionVideoLength(packets: readonly Uint8Array[]): number | undefined {
  for (const packet of packets) {
    const { text } = xmpTextOf(packet);
    const offset = /MicroVideoOffset\s*(?:=\s*["'](\d+)["']|>\s*(\d+)\s*<)/.exec(text);
    if (offset) return Number(offset[1] ?? offset[2]);
    for (const [item] of text.matchAll(/<rdf:li\b[^>]*?(?:\/>|>[\s\S]*?<\/rdf:li>)/g)) {
      const length = /Item:Length\s*=\s*["'](\d+)["']/.exec(item);
      if (length && /Item:Mime\s*=\s*["']video\//.test(item)) return Number(length[1]);
    }
  }
  return undefined;
}

/** Samsung's trailer ends with its directory's length and "SEFT"; the block of type 0x0a30 is the motion photo's video. */
const SAMSUNG_TRAILER_END = 'SEFT';
const SAMSUNG_MOTION_VIDEO = 0x0a30;
/** Read together with an AFCP trailer's last bytes, so a photo with neither costs one small read at its end. */
const TAIL_BYTES = 12;
const MAX_SAMSUNG_DIRECTORY = 64 * 1024;

/** Where a motion photo's video lies in the file. */
export interface VideoSpan {
  start: number;
  end: number;
}

const le16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const le32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * Where the video of a Samsung motion photo whose XMP does not declare it
 * (the Galaxy S7 to S9 wrote none) starts: its trailer's directory, at the end
 * of the file, names a "MotionPhoto_Data" block, the video after the name.
 */
async function samsungVideo(reader: ByteReader): Promise<VideoSpan | undefined> {
  if (reader.size < TAIL_BYTES * 2) return undefined;
  const tail = await reader.bytes(reader.size - TAIL_BYTES, TAIL_BYTES);
  if (!startsWith(tail, SAMSUNG_TRAILER_END, TAIL_BYTES - 4)) return undefined;
  const length = le32(tail, TAIL_BYTES - 8);
  const at = reader.size - 8 - length;
  if (length < 12 || length > MAX_SAMSUNG_DIRECTORY || at < 0) return undefined;
  const directory = await reader.bytes(at, length);
  if (!startsWith(directory, 'SEFH')) return undefined;
  const count = le32(directory, 8);
  for (let i = 0; i < count && 12 + 12 * i + 12 <= directory.length; i++) {
    const entry = 12 + 12 * i;
    const back = le32(directory, entry + 4);
    if (le16(directory, entry + 2) !== SAMSUNG_MOTION_VIDEO || back > at) continue;
    const block = await reader.bytes(at - back, 8);
    const size = le32(directory, entry + 8);
    return block.length === 8 ? { start: at - back + 8 + le32(block, 4), end: at - back + size } : undefined;
  }
  return undefined;
}

/**
 * Where a motion photo's video starts: where its XMP declares, or where a
 * Samsung trailer says. A video joined on with neither is not looked for here
 * (that would mean reading the whole picture); the cleaner, which has the
 * whole file, finds it by its 'ftyp' box and removes its location.
 */
export async function motionVideo(reader: ByteReader, packets: readonly Uint8Array[]): Promise<VideoSpan | undefined> {
  const length = motionVideoLength(packets);
  if (length) return length < reader.size ? { start: reader.size - length, end: reader.size } : undefined;
  const span = await samsungVideo(reader);
  return span && span.start < span.end && span.end <= reader.size ? span : undefined;
}
