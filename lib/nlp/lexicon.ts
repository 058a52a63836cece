import nlp from 'compromise';
import { wordFirstNames } from '../rules/data/word-first-names';
import {
  functionWords,
  middleNames,
  nameLeadWords,
  notNameLeadWords,
  notSurnames,
  placeWords,
  relations,
  sentenceOpeners,
  surnameEndings,
  titles,
} from '../rules/data/name-context';
import englishWords from '../rules/data/names/english-words.json';
import firstNames from '../rules/data/names/first-names.json';
import nameParts from '../rules/data/names/name-parts.json';
import surnames from '../rules/data/names/surnames.json';
import { WordList } from './name-data';

/** Given names from public lists of many countries (README.md, "Name data"), folded (see `foldName`). */
export const FIRST_NAMES: WordList = new WordList(firstNames);
/** Family names from the same lists. */
export const SURNAMES: WordList = new WordList(surnames);
/** Parts of people's names from very large mixed lists that do not say which part each is. */
export const NAME_PARTS: WordList = new WordList(nameParts);
/** Everyday English words, British and general spellings. */
export const ENGLISH_WORDS: WordList = new WordList(englishWords);

/** The name data's size, for the benchmark. */
export const nameDataSize = (): { characters: number; lists: number } => ({
  characters: [firstNames, surnames, nameParts, englishWords].reduce((n, list) => n + list.length, 0),
  lists: 4,
});

const ENDINGS = [...surnameEndings].sort((a, b) => b.length - a.length);

/** A family name's ending on a word long enough to carry it: "abdulhakimova", "jovanovic", "gebremedhin" has none. */
export const hasSurnameEnding = (key: string): boolean =>
  ENDINGS.some((ending) => key.endsWith(ending) && key.length >= ending.length + (ending.length <= 2 ? 4 : 3));

export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(wordFirstNames);
export const PLACE_WORDS: ReadonlySet<string> = new Set(placeWords);
export const NOT_SURNAMES: ReadonlySet<string> = new Set(notSurnames);
export const TITLES: ReadonlySet<string> = new Set(titles);
export const RELATIONS: ReadonlySet<string> = new Set(relations);
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords);
export const MIDDLE_NAMES: ReadonlySet<string> = new Set(middleNames);
export const NAME_LEAD_WORDS: ReadonlySet<string> = new Set(nameLeadWords);
export const NOT_NAME_LEAD_WORDS: ReadonlySet<string> = new Set(notNameLeadWords);
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(sentenceOpeners);

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)$/;
let lexicon: Record<string, string | string[]> | undefined;

const compromiseTags = (key: string): string[] | undefined => {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tags = lexicon[key];
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : [tags];
};

/**
 * True when compromise's own dictionary knows the word as something other than a
 * name ("chain", "fair", "rose"): such a word needs the sentence to show it is a name.
 */
export function isCommonWord(key: string): boolean {
  const tags = compromiseTags(key);
  return tags !== undefined && !tags.some((tag) => NAME_TAGS.test(tag));
}

/** True when compromise's dictionary knows the word at all, as a name or anything else. */
export const isKnownToCompromise = (key: string): boolean => compromiseTags(key) !== undefined;

/** An everyday English word ("brown", "day", "will"), whether or not it is also a name. */
export const isEnglishWord = (key: string): boolean =>
  ENGLISH_WORDS.has(key) || isCommonWord(key) || FUNCTION_WORDS.has(key);
