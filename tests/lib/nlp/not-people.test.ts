import { expect, test } from 'vitest';
import { notPeopleSpans } from '../../../lib/nlp/not-people';
import { contextFor } from './post-context';

const covered = (text: string, settingName = '') =>
  notPeopleSpans(contextFor(text, { settingName })).map((span) => text.slice(span.start, span.end));

test('finds characters however they are written', () => {
  expect(covered("PEPPA PIG, Noah’s Ark and a jack-in-the-box")).toEqual(['PEPPA PIG', 'Noah’s Ark', 'jack-in-the-box']);
});

test('finds things named after people', () => {
  expect(covered('Victoria sponge and a Jack Russell')).toEqual(['Victoria sponge', 'Jack Russell']);
});

test("finds the setting's own name and its person-shaped part", () => {
  expect(covered('Welcome to Annie Hughes Pre-School! Annie Hughes is open', 'Annie Hughes Pre-School')).toEqual([
    'Annie Hughes Pre-School',
    'Annie Hughes',
  ]);
});

test('a phrase broken by a full stop is no phrase', () => {
  expect(covered('We saw Peppa. Pig masks were fun')).toEqual([]);
});
