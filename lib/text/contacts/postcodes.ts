import { postcodeAreas } from '../../rules/data/contact-details';
import type { ContactMatch } from './contact-match';

const AREAS = new Set(postcodeAreas);

/**
 * Outward code (area letters, district) and inward code (a digit and two
 * letters, never C, I, K, M, O or V), with or without spaces or a tab between,
 * in any case: "LS6 3PL", "ls63pl", "SW1A  1AA". The inward letters rule out times ("2pm").
 */
const POSTCODE = /(?<![\p{L}\p{N}])([a-z]{1,2})(\d[a-z\d]?)[ \t]{0,4}(\d[abd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/giu;
/** Royal Mail's own non-geographic postcode and the forces' BFPO numbers: "GIR 0AA", "BFPO 801". */
const SPECIAL = /(?<![\p{L}\p{N}])(?:gir[ \t]{0,4}0aa|bfpo[ \t]{0,4}\d{1,4})(?![\p{L}\p{N}])/giu;

/** The postcode as Royal Mail writes it: capitals, one space. */
const postcodeKey = (outward: string, inward: string): string => `${outward} ${inward}`.toUpperCase();

/** UK postcodes in the text, only where the letters are a real postcode area. */
export function findPostcodes(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const [whole, area, district, inward] = m;
    if (!AREAS.has(area.toLowerCase())) continue;
    found.push({ kind: 'postcode', key: postcodeKey(area + district, inward), start: m.index, end: m.index + whole.length });
  }
  for (const m of text.matchAll(SPECIAL)) {
    const key = m[0].toUpperCase().replace(/[ \t]+/g, '').replace(/^(GIR|BFPO)/, '$1 ');
    found.push({ kind: 'postcode', key, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
