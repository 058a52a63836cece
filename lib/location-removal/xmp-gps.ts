import { latin1, latin1Bytes } from './bytes';
import { EditPlan } from './edit-plan';

export const GPS_IN_XMP = 'GPS in XMP';

// Any namespace's GPS property (exif:GPSLatitude, Iptc4xmpExt:GPSLongitude inside a
// LocationShown structure, drone-dji:GpsLatitude), as an element or an attribute.
const GPS_ELEMENT = /<([A-Za-z_][\w.-]*:gps[\w.-]*)(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1\s*>)/gi;
const GPS_ATTRIBUTE = /\s[A-Za-z_][\w.-]*:gps[\w.-]*\s*=\s*(?:"[^"]*"|'[^']*')/gi;

/**
 * Blanks every GPS property in the XMP packet held in `b[start, end)` with spaces.
 * XMP is whitespace-tolerant by design (packets carry padding for in-place edits),
 * so the packet keeps its length and nothing around it has to move.
 */
export function planXmpGpsRemoval(b: Uint8Array, start: number, end: number, plan: EditPlan): void {
  const text = latin1(b, start, end);
  if (!/:gps/i.test(text)) return;
  const blank = (match: string) => ' '.repeat(match.length);
  const cleaned = text.replace(GPS_ELEMENT, blank).replace(GPS_ATTRIBUTE, blank);
  if (cleaned === text) return;
  let i = 0;
  while (i < text.length) {
    if (cleaned[i] === text[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && cleaned[j] !== text[j]) j++;
    plan.overwrite(start + i, latin1Bytes(cleaned.slice(i, j)));
    i = j;
  }
  plan.removed.add(GPS_IN_XMP);
}
