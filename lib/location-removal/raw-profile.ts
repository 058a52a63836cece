import { ensure, startsWith } from './bytes';
import { photoshopIptcRange } from '../photos/iptc';
import { EditPlan } from './edit-plan';
import { planIptcPlaceRemoval } from './iptc-places';
import { planTiffGpsRemoval } from './tiff';
import { planXmpGpsRemoval } from './xmp-gps';

const HEX = '0123456789abcdef';

function nibble(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  return -1;
}

/**
 * Plans the removal of GPS and place names from an ImageMagick "Raw profile type exif|app1|xmp|iptc|8bim" PNG
 * text: a name line, a length line, then the profile as hex over many lines. The
 * profile is decoded, cleaned like any Exif or XMP block, and the changed bytes are
 * written back as hex digits in the same places.
 */
export function planRawProfileGpsRemoval(b: Uint8Array, start: number, end: number, plan: EditPlan, kind = ''): void {
  let at = start;
  for (let newlines = 0; newlines < 3; at++) {
    ensure(at < end);
    if (b[at] === 0x0a) newlines++;
  }
  const digits: number[] = [];
  for (; at < end; at++) {
    if (nibble(b[at]) >= 0) digits.push(at);
    else ensure(b[at] === 0x0a || b[at] === 0x20 || b[at] === 0x0d || b[at] === 0);
  }
  ensure(digits.length % 2 === 0);
  const profile = new Uint8Array(digits.length / 2);
  for (let i = 0; i < profile.length; i++) profile[i] = (nibble(b[digits[2 * i]]) << 4) | nibble(b[digits[2 * i + 1]]);

  const local = new EditPlan();
  const iptc = kind === '8bim' ? photoshopIptcRange(profile) : kind === 'iptc' ? { start: 0, end: profile.length } : undefined;
  if (kind === '8bim' || kind === 'iptc') {
    if (iptc) planIptcPlaceRemoval(profile, iptc.start, iptc.end, local);
  } else if (startsWith(profile, 0, 'Exif\0\0')) planTiffGpsRemoval(profile, 6, profile.length, local);
  else if (startsWith(profile, 0, 'MM\0*') || startsWith(profile, 0, 'II*\0')) planTiffGpsRemoval(profile, 0, profile.length, local);
  else planXmpGpsRemoval(profile, 0, profile.length, local);

  for (const edit of local.edits) {
    ensure(edit.bytes.length === edit.length);
    edit.bytes.forEach((byte, k) => {
      const i = edit.at + k;
      plan.overwrite(digits[2 * i], Uint8Array.of(HEX.charCodeAt(byte >> 4)));
      plan.overwrite(digits[2 * i + 1], Uint8Array.of(HEX.charCodeAt(byte & 15)));
    });
  }
  for (const word of local.removed) plan.removed.add(word);
}
