import { escapeRegExp } from './regexp';

const DETERMINER = 'the|a|an|his|her|their|your|my|our|its';
const PERSON = "them|him|us|everyone|everybody|children|kids|babies|toddlers|little ones|baby's|child's|children's|babies'";

/** Between the words of a phrase: a space, a hyphen or nothing ("sun cream", "sun-cream", "suncream", "#waterplay"). */
const TIGHT = '[\\s_-]*';

/** Or, after a verb, the person or thing it is done to ("change her nappy", "get the children changed"). */
const WITH_OBJECT = `(?:${TIGHT}|[\\s-]+(?:(?:${DETERMINER})(?:[\\s-]+(?:${PERSON}))?|${PERSON})[\\s-]+)`;

/**
 * A regular-expression source for a phrase whose words may each take any of
 * the given forms: `[['splash'], ['park', 'parks']]` matches "splash parks".
 * `withObject` lets a person or thing come between the words; it costs time,
 * so only phrases that start with a verb ask for it.
 */
export const phrasePattern = (words: readonly (readonly string[])[], withObject = false): string =>
  words
    .map((forms) => (forms.length === 1 ? escapeRegExp(forms[0]) : `(?:${forms.map(escapeRegExp).join('|')})`))
    .join(withObject ? WITH_OBJECT : TIGHT);

/** A phrase's words, split on spaces and hyphens, without empty ones. */
export const wordsOf = (phrase: string): string[] => phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
