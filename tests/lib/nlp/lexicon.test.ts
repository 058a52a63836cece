import { expect, test } from 'vitest';
import { FIRST_NAMES, RELATIONS, SURNAMES, TITLES, WORD_FIRST_NAMES } from '../../../lib/nlp/lexicon';
import { characters, namedThings } from '../../../lib/rules/data/characters';

test('every word-name is also a first name', () => {
  expect([...WORD_FIRST_NAMES].filter((name) => !FIRST_NAMES.has(name))).toEqual([]);
});

test('no relation or title is taken for a first name', () => {
  expect([...RELATIONS, ...TITLES].filter((word) => FIRST_NAMES.has(word))).toEqual([]);
});

test('names are folded: plain letters, apostrophes and hyphens only', () => {
  expect([...FIRST_NAMES, ...SURNAMES].filter((name) => !/^[a-z][a-z'-]*[a-z]$/.test(name))).toEqual([]);
});

test('character and thing names have at least two words, since one first name alone is never one', () => {
  expect([...characters, ...namedThings].filter((phrase) => !/[\s-]/.test(phrase))).toEqual([]);
});
