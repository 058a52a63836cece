import { notBeforeHouseNumbers, notStreetNames, streetTypes, streetTypesAnyCase } from '../../rules/data/contact-details';
import { longestFirst } from '../regexp';
import type { ContactMatch } from './contact-match';

const NOT_NAMES = new Set(notStreetNames);
const ANY_CASE = new Set(streetTypesAnyCase);
const NOT_BEFORE = new Set(notBeforeHouseNumbers);

const HOUSE = '\\d{1,4}[a-z]?(?:[ \\t]*[-–][ \\t]*\\d{1,4}[a-z]?)?';
/**
 * "8 Ashgrove Terrace", "14 Mill Lane", "Flat 2, 10 High Street", "10-12 St Mary's Rd":
 * a house number (after a flat or unit, if any), one to three words of the
 * street's name, and a street word.
 */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}£$€.,:/-])(?:(?:flat|apartment|apt|unit)\\.?[ \\t]*\\d{1,4}[a-z]?,?[ \\t]+)?${HOUSE},?[ \\t]+` +
    `((?:[\\p{L}][\\p{L}'.-]*[ \\t]+){1,3})(${longestFirst(streetTypes)})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The address in a form that is the same however it was spaced, punctuated or capitalised. */
const addressKey = (written: string): string => written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the words between the number and the street word can be a street's
 * name: "10 minute walk" and "3 little ducks went down the lane" cannot. Names
 * typed in lower case count only before an unmistakable street word ("lane", not "way").
 * A lone "The" names a street ("7 The Crescent").
 */
function nameLike(words: readonly string[], streetWord: string): boolean {
  if (words.length === 1 && words[0] === 'The') return true;
  if (words.some((word) => NOT_NAMES.has(word.toLowerCase().replace(/'s$/, '')))) return false;
  return words.every((word) => /^\p{Lu}/u.test(word)) || ANY_CASE.has(streetWord.toLowerCase());
}

/** Street addresses with a house number in the text. */
export function findStreetAddresses(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const [whole, name, streetWord] = m;
    if (!nameLike(name.trim().split(/[ \t]+/), streetWord)) continue;
    const wordBefore = /(\p{L}+)\.?[ \t]*$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (wordBefore && NOT_BEFORE.has(wordBefore.toLowerCase())) continue;
    found.push({ kind: 'address', key: addressKey(whole), start: m.index, end: m.index + whole.length });
  }
  return found;
}

const STREET_WORD = `(?:${longestFirst(streetTypes)})`;
/** A line that is a street without a house number: "Church Lane", "The Old Rectory, Mill Road". */
const STREET_LINE = new RegExp(`^(?:[\\p{Lu}\\d][\\p{L}\\d'.-]*[ \\t]+){1,4}${STREET_WORD}\\.?,?$`, 'iu');
/** A town's line under it: "Leeds", "Hebden Bridge", "LEEDS", "leeds". */
const TOWN_LINE = /^\p{L}[\p{L}'-]+(?:[ \t]+\p{L}[\p{L}'-]+){0,2},?$/u;

/**
 * A postal address written on lines of its own, with no house number: a street's line and the town's under it
 * ("Church Lane" / "Leeds").
 */
export function findAddressLines(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  const lines = Array.from(text.matchAll(/[^\n]+/g), (m) => ({ start: m.index, text: m[0].trim(), at: m.index + m[0].search(/\S|$/) }));
  for (let i = 0; i + 1 < lines.length; i++) {
    const street = lines[i];
    const town = lines[i + 1];
    if (!STREET_LINE.test(street.text) || !TOWN_LINE.test(town.text)) continue;
    const words = street.text.split(/[ \t]+/);
    if (!nameLike(words.slice(0, -1), words[words.length - 1].replace(/[.,]$/, ''))) continue;
    const end = town.at + town.text.length;
    found.push({ kind: 'address', key: addressKey(text.slice(street.at, end)), start: street.at, end });
  }
  return found;
}

/** "PO Box 123", "P.O. Box 45": a postal address with no street. */
const PO_BOX = /(?<![\p{L}\p{N}])p\.?[ \t]*o\.?[ \t]*box[ \t]*\d{1,6}(?!\p{N})/giu;

/** Post office boxes in the text. */
export function findPostOfficeBoxes(text: string): ContactMatch[] {
  return Array.from(text.matchAll(PO_BOX), (m) => ({
    kind: 'address' as const,
    key: addressKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
