import type { ContactMatch } from './contact-match';

// Between digit groups: one space, dot or hyphen ("07700 900471", "07700-900-471", "0113.496.0752").
const GAP = '[ \\t.-]?';
const digits = (min: number, max: number): string => `\\d(?:${GAP}\\d){${min - 1},${max - 1}}`;

// +44 7700 900471, 0044 7700 900471, 011 44 7700 900471 (dialled from North America), +44 (0)7700 900471, and 44
// with no + at all ("442087654321", "44 20 8765 4321").
const UK_INTERNATIONAL = `(?:(?:\\+|00|011[ \\t]?)[ \\t]?)?44${GAP}(?:\\(0\\)${GAP}|0${GAP})?[1-9](?:${GAP}\\d){7,9}`;
// (+44113) 496 0000, (+44 20) 7946 0811.
const UK_AREA_IN_BRACKETS = `\\((?:\\+|00)?44[ \\t]?(?:\\(0\\))?[1-9]\\d{1,4}\\)[ \\t]*(?:[/-][ \\t]*)?${digits(5, 8)}`;
// +44 (113) 496 0000, 0044 (0113) 496 0000.
const UK_INTERNATIONAL_AREA = `(?:\\+|00)[ \\t]?44[ \\t]?\\(0?[1-9]\\d{1,4}\\)[ \\t]*${digits(5, 8)}`;
// (0113) 496 0752, (020) 7946 0811, (0113) / 496-0000.
const AREA_IN_BRACKETS = `\\(0\\d{2,5}\\)[ \\t]*(?:[/-][ \\t]*)?${digits(5, 8)}`;
// 07700 900471, 0113 496 0752, 0800 123 4567, 0113 / 496 0752, and spaced out to hide it: "0 7 7 0 0 9 0 0 4 7 1".
const NATIONAL = `0${GAP}[1-9](?:${GAP}\\d){2,4}(?:[ \\t]*/[ \\t]*|${GAP})\\d(?:${GAP}\\d){3,6}`;
// +353 1 234 5678, +1 (555) 010 9999: other countries' numbers, written in the international way.
const OTHER_INTERNATIONAL = `\\+(?!44)[1-9]\\d{0,2}${GAP}(?:\\(\\d{1,4}\\)${GAP})?${digits(6, 12)}`;
// "x456", "ext. 12", "extn 3", "extension 204" after a number.
const EXTENSION = `(?:[ \\t]*,?[ \\t]*(?:[xX]|[eE][xX][tT][nN]?\\.?|[eE][xX][tT][eE][nN][sS][iI][oO][nN])[ \\t]*\\d{1,5})?`;

/**
 * Not part of a longer number, code or price on either side: "£0113...",
 * "EY612345", "03/09/2025" and "03.09.2025 19.12.2025" give no phone number.
 */
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}+£$€#/]|\\p{N}[ \\t.-])(?:${UK_AREA_IN_BRACKETS}|${UK_INTERNATIONAL_AREA}|${UK_INTERNATIONAL}|${AREA_IN_BRACKETS}|${NATIONAL}|${OTHER_INTERNATIONAL})(?![ \\t.-]?\\p{N})(?!\\p{L})${EXTENSION}`,
  'gu',
);

/**
 * The number as UK callers dial it (0 and the national number), or with its
 * country code for other countries; null when it is not a number's length.
 */
export function phoneKey(written: string): string | null {
  const number0 = written.replace(/(?:x|ext\.?|extn\.?|extension)[ \t]*\d{1,5}\s*$/i, '');
  const international = /^\s*\(?(?:\+|00|011[ \t]*44|44)/.test(number0);
  let number = number0.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (international) {
    number = number.replace(/^(?:00|011)/, '');
    if (!number.startsWith('44')) return number.length >= 8 && number.length <= 15 ? `+${number}` : null;
    number = `0${number.slice(2).replace(/^0/, '')}`;
  }
  return /^0[1-9]\d{8,9}$/.test(number) ? number : null;
}

/** "0 1 2 3 4 5 6 7 8 9": counting aloud, one digit after another, is no phone number. */
const isCounting = (written: string): boolean => {
  const digitsWritten = written.replace(/\D/g, '');
  return [...digitsWritten].every((digit, i) => i === 0 || Number(digit) === (Number(digitsWritten[i - 1]) + 1) % 10);
};

/** Phone numbers in the text, UK numbers in any common format and other countries' with a + code. */
export function findPhoneNumbers(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  // "O7700 9OO471": a letter O typed for a zero, against a digit, is read as the zero (same length, same offsets).
  const read = text.replace(/(?<=\d)[oO]+|[oO]+(?=\d)/g, (letters) => '0'.repeat(letters.length));
  for (const m of read.matchAll(PHONE)) {
    const key = phoneKey(m[0]);
    if (key && !isCounting(m[0])) found.push({ kind: 'phone', key, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
