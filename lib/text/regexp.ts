/** A letter or digit in any script: what a word is made of, for whole-word matching. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Escapes text so a regular expression matches it literally (safe in `u` mode). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Joins alternatives longest first, so that at any one place the longer phrase
 * wins ("paddling pool" before "paddling").
 */
export const longestFirst = (alternatives: Iterable<string>): string =>
  [...new Set(alternatives)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');

/** A global, Unicode pattern that matches `body` only where it is not part of a longer word. */
export const wholeWords = (body: string, flags = ''): RegExp =>
  new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, `gu${flags}`);
