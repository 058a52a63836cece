import { describe, expect, test } from 'vitest';
import { postWords } from '../../../lib/nlp/words';
import { contextFor } from './post-context';

const words = (text: string) => postWords(contextFor(text));

describe('postWords', () => {
  test('a possessive ending is left out of the word but remembered', () => {
    const [jack, whitlow, mum] = words("Jack Whitlow's mum and the Jones' dog");
    expect([jack.text, whitlow.text, mum.text]).toEqual(['Jack', 'Whitlow', 'mum']);
    expect(whitlow.possessive).toBe(true);
    expect(words("the Jones' dog")[1]).toMatchObject({ text: 'Jones', possessive: true });
  });

  test('offsets index the text as typed, curly apostrophes and all', () => {
    const text = 'Thanks to Sean O’Neill’s team';
    const oneill = words(text)[3];
    expect(text.slice(oneill.start, oneill.end)).toBe('O’Neill');
    expect(oneill).toMatchObject({ key: "o'neill", capitalised: true, possessive: true });
  });

  test('a capital after a name prefix counts as a capital', () => {
    expect(words("d'Angelo")[0].capitalised).toBe(true);
    expect(words("d'angelo")[0].capitalised).toBe(false);
  });

  test('words in an email or link are not running text', () => {
    const found = words('Email becky.thornton@example.com or see #JackWhitlow and https://example.org/rose');
    expect(found.filter((w) => !w.literal).map((w) => w.text)).toEqual(['Email', 'or', 'see', 'Jack', 'Whitlow', 'and']);
  });

  test('hashtags and mentions are split into their words, joined to each other but not to the text around', () => {
    const found = words('Well done #AmeliaWatson and @sam_jones and #SAMJones!');
    const tagged = found.filter((w) => w.inTag);
    expect(tagged.map((w) => [w.text, w.joined, w.tag])).toEqual([
      ['Amelia', false, 'ameliawatson'],
      ['Watson', true, 'ameliawatson'],
      ['sam', false, 'sam_jones'],
      ['jones', true, 'sam_jones'],
      ['SAM', false, 'samjones'],
      ['Jones', true, 'samjones'],
    ]);
  });

  test('offsets point at the text as typed, past invisible characters and look-alike letters', () => {
    const text = 'Well done Am\u200Belia W\u0430tson';
    const found = words(text);
    expect(found.map((w) => w.key)).toEqual(['well', 'done', 'amelia', 'watson']);
    expect(found.map((w) => text.slice(w.start, w.end))).toEqual(['Well', 'done', 'Am\u200Belia', 'W\u0430tson']);
  });

  test('sentences start after full stops, emoji and new lines, but not after a title or an initial', () => {
    const found = words('Mrs. Patel came. Oliver B. Smith too 🎉 Rose\nloved it');
    expect(found.filter((w) => w.sentenceStart).map((w) => w.text)).toEqual(['Mrs', 'Oliver', 'Rose', 'loved']);
  });

  test('only words separated by spaces alone are joined', () => {
    expect(words('Laura Bennett, Sophie').map((w) => w.joined)).toEqual([false, true, false]);
  });

  test('Title Case and capitals make a sentence casual; a list of names does not', () => {
    expect(words('Have A Wonderful Summer And Good Luck At Big School!').every((w) => w.casual)).toBe(true);
    expect(words('HAPPY EASTER FROM EVERYONE').every((w) => w.casual)).toBe(true);
    expect(words('Well done Amelia Watson, Harry Jones, Priya Shah and Leo Brown').some((w) => w.casual)).toBe(false);
  });

  test('each word carries the tags compromise gave it in this sentence', () => {
    const [rose, loved] = words('Rose loved the garden');
    expect(loved.tags.has('Verb')).toBe(true);
    expect(rose.tags.has('Noun')).toBe(true);
  });
});
