import { expect, test } from 'vitest';
import { ENGLISH_WORDS, FIRST_NAMES, NAME_PARTS, SURNAMES, WORD_FIRST_NAMES } from '../../../lib/nlp/lexicon';
import { decodeWordsForTest } from './word-list-helpers';
import { characters, namedThings, namelikePlacesAndDishes } from '../../../lib/rules/data/characters';

test('every word-name is also a first name', () => {
  expect([...WORD_FIRST_NAMES].filter((name) => !FIRST_NAMES.has(name))).toEqual([]);
});

test('names are folded: plain letters, apostrophes and hyphens only', () => {
  for (const list of [FIRST_NAMES, SURNAMES, NAME_PARTS]) {
    expect([...list].filter((name) => !/^[a-z][a-z'-]*[a-z]$/.test(name))).toEqual([]);
  }
});

test('the name lists are broad and the look-ups find every word they hold, and nothing else', () => {
  expect([...FIRST_NAMES].length).toBeGreaterThan(10_000);
  expect([...SURNAMES].length).toBeGreaterThan(10_000);
  expect([...NAME_PARTS].length).toBeGreaterThan(100_000);
  for (const list of [FIRST_NAMES, SURNAMES, NAME_PARTS, ENGLISH_WORDS]) {
    const words = [...list];
    const held = new Set(words);
    const sample = words.filter((_, i) => i % 37 === 0);
    expect(sample.every((word) => list.has(word))).toBe(true);
    expect(sample.some((word) => list.has(`${word}q`) && !held.has(`${word}q`))).toBe(false);
    expect(decodeWordsForTest(sample)).toEqual(sample);
  }
});

test('character and thing names have at least two words, since one first name alone is never one', () => {
  expect([...characters, ...namedThings, ...namelikePlacesAndDishes].filter((phrase) => !/[\s-]/.test(phrase))).toEqual([]);
});
