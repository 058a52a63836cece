import nlp from 'compromise';
import { firstNames, wordFirstNames } from '../rules/data/first-names';
import {
  functionWords,
  middleNames,
  nameLeadWords,
  notNameLeadWords,
  notSurnames,
  placeWords,
  relations,
  titles,
} from '../rules/data/name-context';
import { surnames } from '../rules/data/surnames';

/** The name lists as sets, for lookups by folded word (see `foldName`). */
export const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames);
export const WORD_FIRST_NAMES: ReadonlySet<string> = new Set(wordFirstNames);
export const SURNAMES: ReadonlySet<string> = new Set(surnames);
export const PLACE_WORDS: ReadonlySet<string> = new Set(placeWords);
export const NOT_SURNAMES: ReadonlySet<string> = new Set(notSurnames);
export const TITLES: ReadonlySet<string> = new Set(titles);
export const RELATIONS: ReadonlySet<string> = new Set(relations);
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords);
export const MIDDLE_NAMES: ReadonlySet<string> = new Set(middleNames);
export const NAME_LEAD_WORDS: ReadonlySet<string> = new Set(nameLeadWords);
export const NOT_NAME_LEAD_WORDS: ReadonlySet<string> = new Set(notNameLeadWords);

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Honorific)$/;
let lexicon: Record<string, string | string[]> | undefined;

/**
 * True when compromise's own dictionary knows the word as something other than a
 * name ("chain", "fair", "rose"): such a word needs the sentence to show it is a name.
 */
export function isCommonWord(key: string): boolean {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tags = lexicon[key];
  if (tags === undefined) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAGS.test(tag));
}
