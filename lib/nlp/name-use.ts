import {
  FIRST_NAMES,
  NAME_LEAD_WORDS,
  NOT_NAME_LEAD_WORDS,
  NOT_SURNAMES,
  PLACE_WORDS,
  WORD_FIRST_NAMES,
  isCommonWord,
} from './lexicon';
import type { Word } from './words';

/** A first name that is also an everyday word ("summer", "rose", "robin"), so a mention may not be a name. */
export const isAmbiguousName = (key: string): boolean => WORD_FIRST_NAMES.has(key) || isCommonWord(key);

const NOT_COMPOUND_TAGS = ['Pronoun', 'Person', 'FirstName', 'Date', 'Value', 'Verb'];
const VERB_TAGS = ['Verb', 'Copula', 'Auxiliary', 'Modal'];

const joinedBefore = (words: readonly Word[], i: number): Word | undefined =>
  words[i].joined ? words[i - 1] : undefined;
const joinedAfter = (words: readonly Word[], i: number): Word | undefined =>
  words[i + 1]?.joined ? words[i + 1] : undefined;
/** "and", "with", a comma or "&" between two words of a list. */
const linksList = (word: Word | undefined): boolean => word !== undefined && (word.key === 'and' || word.key === 'with');
const commaBefore = (word: Word | undefined): boolean => word !== undefined && /^\s*[,&]\s*$/.test(word.before);
const isNameWord = (word: Word | undefined, names: ReadonlySet<string>): boolean =>
  word !== undefined && (names.has(word.key) || FIRST_NAMES.has(word.key));

/** "well done to rose", "thank you to Rose", "happy birthday Summer", "happy birthday, summer". */
function greeted(words: readonly Word[], i: number): boolean {
  const previous = words[i].joined || /^\s*,\s*$/.test(words[i].before) ? words[i - 1] : undefined;
  if (!previous) return false;
  if (previous.key !== 'to') return NAME_LEAD_WORDS.has(previous.key) && !['and', 'with', 'from'].includes(previous.key);
  const before = joinedBefore(words, i - 1);
  return before !== undefined && (before.key === 'you' || (NAME_LEAD_WORDS.has(before.key) && before.key !== 'to'));
}

/** "summer and jack", "Yusuf and Rose", "Rose, Ava and Noah". */
function listedWithNames(words: readonly Word[], i: number, names: ReadonlySet<string>): boolean {
  const previous = words[i - 1];
  const before = linksList(previous) ? words[i - 2] : commaBefore(words[i]) ? previous : undefined;
  if (before && !before.literal && isNameWord(before, names)) return true;
  const next = words[i + 1];
  const after = linksList(next) ? words[i + 2] : commaBefore(next) ? next : undefined;
  return isNameWord(after, names);
}

/**
 * Whether an everyday word that is also a child's first name is used as a name here,
 * read from the words around it and compromise's tags: "Rose loved exploring",
 * "well done to rose", "Happy birthday Summer!", "summer and jack" are names; "the
 * dough rose", "a robin", "Summer Fair", "summer term", "a Wonderful Summer" are not.
 * `names` holds the roster's first names, which count as names beside it.
 */
export function isUsedAsName(words: readonly Word[], i: number, names: ReadonlySet<string>): boolean {
  const word = words[i];
  const previous = joinedBefore(words, i);
  const next = joinedAfter(words, i);
  if (previous && NOT_NAME_LEAD_WORDS.has(previous.key)) return false;
  if (next && !word.possessive && (NOT_SURNAMES.has(next.key) || PLACE_WORDS.has(next.key))) return false;
  // A noun straight after makes a compound ("daisy chain", "summer holidays").
  const compound = next?.tags.has('Noun') && !next.tags.has('Possessive') && !NOT_COMPOUND_TAGS.some((t) => next.tags.has(t));
  if (compound && !word.possessive) return false;
  if (previous && !NAME_LEAD_WORDS.has(previous.key) && !previous.tags.has('Pronoun') && !isNameWord(previous, names)) {
    // "the dough rose", "a lovely summer": after a noun or an adjective the word is a verb or a season.
    if (previous.tags.has('Noun') || previous.tags.has('Adjective')) return false;
  }
  if (greeted(words, i) || listedWithNames(words, i, names)) return true;
  if (word.capitalised && !word.sentenceStart && !word.casual) return true;
  // "Rose's painting"; "Will's" cannot be the verb either.
  if (word.possessive) return next !== undefined;
  // compromise reads it as a verb here: "we will be", "we hope you".
  if (!word.tags.has('Person') && VERB_TAGS.some((t) => word.tags.has(t))) return false;
  if (words[i + 1]?.initial) return true;
  // The subject of a verb: "Rose loved", "today robin was"; not its object ("we planted poppy seeds"), and in
  // lower case a season can be a subject too ("summer is here").
  const subjectPlace = !previous || ['Conjunction', 'Date', 'Adverb'].some((t) => previous.tags.has(t));
  return (
    subjectPlace &&
    next !== undefined &&
    VERB_TAGS.some((t) => next.tags.has(t)) &&
    !next.tags.has('Gerund') &&
    (word.capitalised || !next.tags.has('Copula'))
  );
}
