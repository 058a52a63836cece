import { escapeRegExp } from './regexp';

/** Characters people type in place of a letter to mask a word: "f*ck", "f-ck", "f.ck". */
export const MASKS = '*#%?!@$._-';

/** Look-alike digits, symbols and letters for letters: "b@stard", "sh1t", "c0ck", "fyck" (a Cyrillic у read as y). */
const LOOK_ALIKES: Record<string, string> = { a: '@4', e: '3', i: '1!', o: '0', s: '$5', u: 'vy' };

const MASK_CLASS = `[${MASKS.replace(/[\]\\^-]/g, '\\$&')}]`;

/**
 * A regular-expression source matching a word as written, or with letters
 * after the first swapped for look-alikes or masks. The first letter stays, so
 * the reader (and the checker) can still tell which word it is; the last stays
 * unless `maskLast`, since "c***" could be "crap" but "c**t" cannot.
 */
export function maskedWordPattern(word: string, maskLast = false): string {
  return [...word]
    .map((ch, i) => {
      if (i === 0 || !/\p{L}/u.test(ch)) return escapeRegExp(ch);
      const alike = escapeRegExp(LOOK_ALIKES[ch] ?? '');
      const mask = i < word.length - 1 || maskLast ? MASK_CLASS : '';
      if (!alike && !mask) return escapeRegExp(ch);
      return `(?:${escapeRegExp(ch)}${alike ? `|[${alike}]` : ''}${mask ? `|${mask}` : ''})`;
    })
    .join('');
}

/** How many characters of a match are masks rather than letters. */
export const maskCount = (text: string): number => [...text].filter((ch) => MASKS.includes(ch)).length;
