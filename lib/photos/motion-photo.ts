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
