import { encodeWords, WordList } from '../../../lib/nlp/name-data';

/** Encodes and decodes a sorted list, for checking the format keeps every word. */
export const decodeWordsForTest = (words: readonly string[]): string[] => [...new WordList(encodeWords(words))];
