import { expect, test } from 'vitest';
import { isUsedAsName } from '../../../lib/nlp/name-use';
import { postWords } from '../../../lib/nlp/words';
import { contextFor } from './post-context';

const roster = new Set(['summer', 'rose', 'robin', 'jack']);

/** Whether the first word spelled `name` in `text` is used as a name. */
const usedAsName = (text: string, name: string): boolean => {
  const words = postWords(contextFor(text));
  return isUsedAsName(words, words.findIndex((w) => w.key === name), roster);
};

test.each([
  ['Rose loved exploring the sensory garden', 'rose'],
  ['Well done to rose for her lovely singing', 'rose'],
  ['Happy birthday Summer!', 'summer'],
  ['summer and jack were the best helpers', 'summer'],
  ['Robin was so proud of his tower', 'robin'],
  ["Thank you for coming to Robin's party", 'robin'],
  ['We played outside with Robin, Rose and Jack', 'rose'],
])('"%s": %s is a name', (text, name) => {
  expect(usedAsName(text, name)).toBe(true);
});

test.each([
  ['Our Summer Fair is on Saturday', 'summer'],
  ['summer term starts on Monday', 'summer'],
  ['Have A Wonderful Summer And Good Luck At Big School!', 'summer'],
  ['Our bread dough rose beautifully overnight', 'rose'],
  ['A robin! The Bumblebees drew him all week', 'robin'],
  ['the rose garden is in bloom', 'rose'],
  ['this summer we will go to the beach', 'summer'],
])('"%s": %s is the ordinary word', (text, name) => {
  expect(usedAsName(text, name)).toBe(false);
});
