import { expect, test } from 'vitest';
import { foldName } from '../../../lib/nlp/fold';

test.each([
  ['Zoë', 'zoe'],
  ['SIOBHÁN', 'siobhan'],
  ['Łukasz', 'lukasz'],
  ['Wójcik', 'wojcik'],
  ['D’Angelo', "d'angelo"],
  ['Pryce-Evans', 'pryce-evans'],
  ['Ayşe', 'ayse'],
])('%s is looked up as %s', (word, key) => {
  expect(foldName(word)).toBe(key);
});
