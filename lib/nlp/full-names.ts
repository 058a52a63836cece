import type { CheckContext } from '../engine/context';
import type { Span } from '../text/spans';
import {
  FIRST_NAMES,
  FUNCTION_WORDS,
  MIDDLE_NAMES,
  NOT_NAME_LEAD_WORDS,
  NOT_SURNAMES,
  PLACE_WORDS,
  RELATIONS,
  SURNAMES,
  TITLES,
  WORD_FIRST_NAMES,
  isCommonWord,
} from './lexicon';
import { isNotPerson, notPeopleSpans } from './not-people';
import { rosterNames } from './roster';
import { postWords, type Word } from './words';

/** A person named by first name and surname, as written in the post. */
export interface FullName extends Span {
  /** The words as typed, from the first name to the surname, without a possessive "'s". */
  text: string;
  /** Folded first name. */
  first: string;
  /** Folded surname. */
  surname: string;
}

/** Parts of speech a surname never has, whatever its capital letter. */
const NOT_NAME_TAGS = [
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Value',
  'WeekDay',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
];
/** More parts of speech that, in lower case, mark an ordinary word rather than a surname. */
const LOWER_CASE_NOT_NAME_TAGS = [...NOT_NAME_TAGS, 'Verb', 'Adjective', 'Date'];
/** Words between a first name and the rest of a surname: "de Vries", "Al Farsi", "Ní Bhriain", "van der Berg". */
const PARTICLES = new Set([
  ...['al', 'ap', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'du', 'el'],
  ...['ibn', 'la', 'le', 'mac', 'ni', 'nic', 'o', 'ui', 'van', 'von'],
]);

const hasAny = (word: Word, tags: readonly string[]): boolean => tags.some((tag) => word.tags.has(tag));
const isPersonTagged = (word: Word): boolean => word.tags.has('LastName') || word.tags.has('Person');

interface Known {
  firsts: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

const isFirstName = (word: Word, known: Known): boolean =>
  !word.initial &&
  !word.literal &&
  !RELATIONS.has(word.key) &&
  (FIRST_NAMES.has(word.key) ||
    known.firsts.has(word.key) ||
    (word.key.includes('-') && word.key.split('-').every((part) => FIRST_NAMES.has(part))));

/** Surnames that only a family name looks like: "O'Neill", "d'angelo", "McAllister", "Pryce-Evans". */
function hasSurnameShape(word: Word, known: Known): boolean {
  if (/^(?:o|d)'\p{L}{2,}$/u.test(word.key) || /^mc\p{L}{3,}$/u.test(word.key)) return true;
  const parts = word.key.split('-');
  return (
    parts.length > 1 &&
    parts.every(
      (part) => part.length > 1 && (SURNAMES.has(part) || FIRST_NAMES.has(part) || known.surnames.has(part)),
    ) &&
    parts.some((part) => SURNAMES.has(part) || known.surnames.has(part))
  );
}

function isSurname(first: Word, word: Word, capitals: boolean, known: Known): boolean {
  if (word.initial || word.literal || word.key.length < 2) return false;
  if ([FUNCTION_WORDS, NOT_SURNAMES, TITLES, RELATIONS].some((list) => list.has(word.key))) return false;
  if (known.surnames.has(word.key) || hasSurnameShape(word, known)) return true;
  if (capitals) {
    if (!word.capitalised || hasAny(word, NOT_NAME_TAGS)) return false;
    // "Daisy Chain", "George Pig": an everyday word after a first name is no surname unless it is a family name too.
    return !isCommonWord(word.key) || SURNAMES.has(word.key) || isPersonTagged(word);
  }
  if (!SURNAMES.has(word.key) || hasAny(word, LOWER_CASE_NOT_NAME_TAGS)) return false;
  return !WORD_FIRST_NAMES.has(first.key) || isPersonTagged(word);
}

/** "Jenny Wren Farm", "Reid & Sons", "Hetty Barnes Day Nursery": the name goes on into a place or business. */
function runsIntoPlace(words: readonly Word[], last: number, capitals: boolean): boolean {
  for (let k = last + 1; k <= last + 3 && k < words.length; k++) {
    const word = words[k];
    const linked = word.joined || /^\s*&\s*$/.test(word.before);
    if (!linked || (capitals && !word.capitalised) || (!capitals && k > last + 1)) return false;
    if (PLACE_WORDS.has(word.key)) return true;
  }
  return false;
}

/**
 * "Tilly Mae", "Ava Noah and Yusuf": a second first name, or a first name in a list
 * that is missing its comma, is no surname.
 */
function isAnotherFirstName(words: readonly Word[], k: number, known: Known): boolean {
  const word = words[k];
  if (known.surnames.has(word.key)) return false;
  if (MIDDLE_NAMES.has(word.key)) return true;
  if (SURNAMES.has(word.key)) return false;
  if (known.firsts.has(word.key)) return true;
  const next = words[k + 1];
  return FIRST_NAMES.has(word.key) && next !== undefined && (next.key === 'and' || /^\s*[,&]/.test(next.before));
}

/** Parts of speech that a first name missing from the lists cannot have. */
const NOT_FIRST_NAME_TAGS = [...LOWER_CASE_NOT_NAME_TAGS, 'Place', 'Organization', 'Expression'];

/**
 * A first name missing from the lists ("Gurjit Bains", "Tamsin Ogunleye") is still
 * taken when it is a capitalised unknown word and a known family name follows it.
 */
function isUnlistedFullName(words: readonly Word[], i: number, known: Known): boolean {
  const first = words[i];
  const surname = words[i + 1];
  if (!surname?.joined || !surname.capitalised || !first.capitalised || first.casual || first.literal || first.initial) {
    return false;
  }
  if (isCommonWord(first.key) || hasAny(first, NOT_FIRST_NAME_TAGS)) return false;
  if ([FUNCTION_WORDS, TITLES, RELATIONS, PLACE_WORDS, NOT_SURNAMES].some((list) => list.has(first.key))) return false;
  const familyName =
    SURNAMES.has(surname.key) ||
    known.surnames.has(surname.key) ||
    hasSurnameShape(surname, known) ||
    surname.tags.has('LastName');
  return familyName && isSurname(first, surname, true, known);
}

/** The furthest word after `i` that ends a first name [middle names] surname run, or -1. */
function surnameAfter(words: readonly Word[], i: number, known: Known): number {
  const first = words[i];
  let found = -1;
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const word = words[k];
    if (!word.joined) break;
    const capitals = !first.casual && first.capitalised && word.capitalised;
    if (PARTICLES.has(word.key) && words[k + 1]?.joined && words[k + 1].capitalised && !first.casual) {
      let rest = k + 1;
      if (PARTICLES.has(words[rest].key) && words[rest + 1]?.joined) rest++;
      if (isSurname(first, words[rest], true, known)) return rest;
    }
    if (isSurname(first, word, capitals, known) && !isAnotherFirstName(words, k, known)) found = k;
    // Only first names may stand between a first name and the surname ("Ciara Bridget McAllister").
    if (word.possessive || !isFirstName(word, known) || (capitals && !word.capitalised)) break;
  }
  return found;
}

/**
 * Every person named by first name and surname, found once per post and shared by
 * `full-name`, `full-name-with-photo` and `named-child-without-consent`.
 */
export function findFullNames(ctx: CheckContext): readonly FullName[] {
  return ctx.memo('nlp:full-names', () => {
    const words = postWords(ctx);
    const roster = rosterNames(ctx);
    const known: Known = {
      firsts: new Set(roster.map((child) => child.first)),
      surnames: new Set(roster.map((child) => child.surname).filter(Boolean)),
    };
    const notPeople = notPeopleSpans(ctx);
    const names: FullName[] = [];
    for (let i = 0; i < words.length; i++) {
      const first = words[i];
      if (first.possessive) continue;
      const previous = words[i - 1];
      if (first.joined && previous && (previous.key === 'st' || previous.key === 'saint')) continue;
      // "a jenny wren", "the jack russell": in lower case, a name never follows an article.
      if (!first.capitalised && first.joined && previous && NOT_NAME_LEAD_WORDS.has(previous.key)) continue;
      const last = isFirstName(first, known)
        ? surnameAfter(words, i, known)
        : isUnlistedFullName(words, i, known)
          ? i + 1
          : -1;
      if (last < 0) continue;
      const capitals = !first.casual && first.capitalised && words[last].capitalised;
      if (runsIntoPlace(words, last, capitals) || isNotPerson(notPeople, first.start, words[last].end)) continue;
      names.push({
        start: first.start,
        end: words[last].end,
        text: ctx.text.slice(first.start, words[last].end),
        first: first.key,
        surname: words[last].key,
      });
      i = last;
    }
    return names;
  });
}
