import { postcodeAreas } from '../../rules/data/contact-details';
import type { ContactMatch } from './contact-match';

const AREAS = new Set(postcodeAreas);

/**
 * Outward code (area letters, district) and inward code (a digit and two
 * letters, never C, I, K, M, O or V), with or without the space, in any case:
 * "LS6 3PL", "ls63pl", "SW1A 1AA". The inward letters rule out times ("2pm").
 */
const POSTCODE = /(?<![\p{L}\p{N}])([a-z]{1,2})(\d[a-z\d]?)[ \t]?(\d[abd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/giu;

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
  return found;
}
