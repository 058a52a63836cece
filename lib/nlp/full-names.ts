import type { CheckContext } from '../engine/context';
import type { Span } from '../text/spans';
import { knownPeople, type KnownPerson } from './known-people';
import {
  FIRST_NAMES,
  FUNCTION_WORDS,
  MIDDLE_NAMES,
  NAME_PARTS,
  NOT_NAME_LEAD_WORDS,
  NOT_SURNAMES,
  PLACE_WORDS,
  RELATIONS,
  SENTENCE_OPENERS,
  SURNAMES,
  TITLES,
  WORD_FIRST_NAMES,
  hasSurnameEnding,
  isCommonWord,
  isEnglishWord,
  isKnownToCompromise,
} from './lexicon';
import { isNotPerson, notPeopleSpans } from './not-people';
import { postWords, type Word } from './words';

/** A person named by first name and surname, as written in the post. */
export interface FullName extends Span {
  /** The words as typed, from the first name to the surname, without a possessive "'s". */
  text: string;
  /** Folded first name. */
  first: string;
  /** Folded surname. */
  surname: string;
  /** The policy's roster child, carer or colleague named here, if it is one of them. */
  person?: KnownPerson;
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** The weight of a word the lists hold only as a family name, standing first. */
const FAMILY_FIRST = 0.75;

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
/** More parts of speech that, with no capital to go by, mark an ordinary word rather than a surname. */
const UNCASED_NOT_NAME_TAGS = [...NOT_NAME_TAGS, 'Verb', 'Adjective', 'Date'];
/** Towns, regions and countries, as compromise knows them ("Leeds", "Jordan"). */
const TOWN_TAGS = ['City', 'Region', 'Country'];
/** What a name's words are never tagged as. */
const NOT_PERSON_TAGS = ['Place', 'Organization', 'Country', 'City', 'Region'];
/** Words between a first name and the rest of a surname: "de Vries", "Al Farsi", "Ní Bhriain", "ap Dafydd". */
const PARTICLES = new Set([
  ...['al', 'ap', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'el'],
  ...['ibn', 'la', 'le', 'mac', 'ni', 'nic', 'o', 'ui', 'van', 'von'],
]);
/** Words that greet or introduce someone, so the words after them are a person: "congratulations to", "welcome". */
const INTRODUCING = new Set([
  ...['birthday', 'bravo', 'bye', 'cheers', 'congrats', 'congratulations', 'dear', 'goodbye', 'hello', 'hey', 'hi'],
  ...['meet', 'thank', 'thanks', 'welcome'],
]);
/** "is", "was", "has": after a name that opens a sentence, the person is or has something. */
const BEING = new Set(['is', 'was', 'has', 'had']);
/** "and her brother", "and his mum": what follows a person. */
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their']);
/** Words said only to a person: "well done to", "congratulations", "happy birthday", "bravo". */
const PRAISING = new Set(['birthday', 'bravo', 'congratulations', 'congrats', 'done']);
/** Before "to", the words that make it introduce a person: "well done to", "thank you to", "say hello to". */
const INTRODUCING_TO = new Set(['done', 'you', 'thanks', 'congratulations', 'congrats', 'welcome', 'goodbye', 'hello', 'farewell', 'cheers']);

const hasAny = (word: Word, tags: readonly string[]): boolean => tags.some((tag) => word.tags.has(tag));
const isPersonTagged = (word: Word): boolean => word.tags.has('LastName') || word.tags.has('Person');
/** "SENCo", "EYFS", "iPad": capitals inside a word in an ordinary sentence mark a title or a brand, not a name. */
const isAcronym = (word: Word): boolean =>
  !word.casual && /\p{L}\p{Lu}/u.test(word.text) && !/^(?:Mc|Mac|O'|D')\p{Lu}/u.test(word.text) && !word.inTag;
/** A word no list knows and that is no English word: "Chavdar", "okonkwo". */
const isUnknownName = (key: string): boolean =>
  key.length >= 3 && /^\p{L}[\p{L}'-]*$/u.test(key) && !isEnglishWord(key) && !isKnownToCompromise(key) && !NAME_PARTS.has(key);

interface Known {
  firsts: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
}

/** How strongly a word reads as a first name; 0 when it cannot be one. */
function firstNameWeight(word: Word, known: Known): number {
  const key = word.key;
  if (word.initial || word.literal || key.length < 2 || PARTICLES.has(key)) return 0;
  if (RELATIONS.has(key) || TITLES.has(key) || FUNCTION_WORDS.has(key)) return 0;
  if (known.firsts.has(key)) return 3;
  const listed = (part: string): boolean => FIRST_NAMES.has(part) || known.firsts.has(part);
  if (listed(key) || (key.includes('-') && key.split('-').every(listed))) {
    return WORD_FIRST_NAMES.has(key) || isCommonWord(key) ? 1 : 2;
  }
  if (PLACE_WORDS.has(key) || NOT_SURNAMES.has(key) || isEnglishWord(key) || isAcronym(word)) return 0;
  if (hasAny(word, NOT_PERSON_TAGS) && !word.tags.has('Person')) return 0;
  if (NAME_PARTS.has(key)) return 1;
  // "Zhang Ziyi", "Nguyen Minh": the family name first, as Chinese and Vietnamese names are written (the given name
  // after it must then be one, see `surnameAfter`).
  if (SURNAMES.has(key)) return FAMILY_FIRST;
  return isUnknownName(key) ? 0.5 : 0;
}

/** Surnames that only a family name looks like: "O'Neill", "d'angelo", "McAllister", "Pryce-Evans". */
function hasSurnameShape(word: Word, known: Known): boolean {
  if (/^(?:o|d)'\p{L}{2,}$/u.test(word.key) || /^mc\p{L}{3,}$/u.test(word.key)) return true;
  const parts = word.key.split('-');
  const listed = (part: string): boolean => SURNAMES.has(part) || known.surnames.has(part);
  return (
    parts.length > 1 &&
    parts.every((part) => part.length > 1 && (listed(part) || FIRST_NAMES.has(part) || NAME_PARTS.has(part))) &&
    parts.some(listed)
  );
}

/**
 * How strongly a word reads as a surname after `first`; 0 when it cannot be one.
 * `cased` says the capitals mean something (an ordinary sentence, not lower case,
 * capitals or Title Case).
 */
function surnameWeight(first: Word, word: Word, cased: boolean, known: Known, named?: Naming): number {
  const key = word.key;
  if (word.initial || word.literal || key.length < 2 || PARTICLES.has(key)) return 0;
  if ([FUNCTION_WORDS, RELATIONS].some((list) => list.has(key))) return 0;
  if (known.surnames.has(key)) return 3;
  const everyday = named !== undefined && (!cased || word.capitalised) && isWordSurname(first, word, named);
  if (TITLES.has(key)) return everyday ? 1 : 0;
  if (hasSurnameShape(word, known)) return 2;
  if (everyday) return 1;
  if (hasAny(word, NOT_PERSON_TAGS) && !isPersonTagged(word) && !SURNAMES.has(key)) return 0;
  // "Morley Leeds": a town compromise knows as one is no surname, even where a family has its name.
  if (hasAny(word, TOWN_TAGS) && !isPersonTagged(word) && isCommonWord(key)) return 0;
  const english = isEnglishWord(key);
  const firstIsWord = WORD_FIRST_NAMES.has(first.key) || isCommonWord(first.key);
  // "Summer Fair", "May Day", "Victoria Park"; but "Mia Day" is a name.
  const familyName = SURNAMES.has(key) || NAME_PARTS.has(key);
  if (NOT_SURNAMES.has(key) && (firstIsWord || PLACE_WORDS.has(key) || !familyName || !FIRST_NAMES.has(first.key))) {
    return 0;
  }
  if (cased) {
    if (!word.capitalised || hasAny(word, NOT_NAME_TAGS)) return 0;
    // "Hope House", "Spencer Place": a place word is a surname only where the sentence names a person (above).
    if (PLACE_WORDS.has(key)) return 0;
    if (SURNAMES.has(key)) return english ? 1.5 : 2;
    // "Daisy Chain", "George Pig": an everyday word after a first name is no surname unless it is a family name
    // too, or a name's part after a first name that is no word itself ("Alphonsine Baron", "Angèle Jean").
    if (english || (isCommonWord(key) && !isPersonTagged(word))) {
      return !firstIsWord && FIRST_NAMES.has(first.key) && (NAME_PARTS.has(key) || FIRST_NAMES.has(key)) ? 1 : 0;
    }
    if (hasSurnameEnding(key)) return 2;
    // A capital in mid-sentence on a word no list knows: "Lykos", "Diattara".
    return NAME_PARTS.has(key) || FIRST_NAMES.has(key) ? 1.5 : 1.5;
  }
  // compromise's tags for a word it does not know are guesses from its ending ("castens" as a verb).
  const guessed = !english && !isKnownToCompromise(key);
  if (!guessed && hasAny(word, UNCASED_NOT_NAME_TAGS) && !isPersonTagged(word)) return 0;
  if (english) {
    if (PLACE_WORDS.has(key)) return 0;
    // "oliver brown", "adrienne clement": an everyday word stands for a surname only after a first name that is no
    // word itself, and only as a noun where it is not a family name the lists know.
    if (firstIsWord || !FIRST_NAMES.has(first.key)) return 0;
    if (SURNAMES.has(key)) return 1;
    const noun = word.tags.has('Singular') || isPersonTagged(word);
    return noun && (NAME_PARTS.has(key) || FIRST_NAMES.has(key)) ? 0.5 : 0;
  }
  if (SURNAMES.has(key)) return 2;
  if (NAME_PARTS.has(key) || FIRST_NAMES.has(key)) return hasSurnameEnding(key) ? 2 : 1.5;
  if (!isUnknownName(key)) return 0;
  return hasSurnameEnding(key) ? 2 : 1;
}

/** Parts of speech no family name has, even where the sentence names a person. */
const NEVER_SURNAME_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'WeekDay', 'QuestionWord', 'Copula'];

/**
 * "mia day", "tom field", "lily young", "holly hills": a family name that is also an everyday word, after a listed
 * first name, where the sentence already says a person is named (see `surnameAfter`). After a first name that is a
 * word itself ("Summer", "Holly") the surname must be on a family-name list; events and places ("Summer Fair", "Rose
 * Garden", "May Day") stay ordinary words.
 */
function isWordSurname(first: Word, word: Word, { personal, after }: Naming): boolean {
  const key = word.key;
  if (RELATIONS.has(first.key) || hasAny(word, NEVER_SURNAME_TAGS)) return false;
  // "usain bolt": a first name no first-name list holds, and no word, before a family name the lists know.
  if (!FIRST_NAMES.has(first.key)) {
    const nameLike = (isUnknownName(first.key) || NAME_PARTS.has(first.key)) && !isEnglishWord(first.key);
    const place = PLACE_WORDS.has(key) || NOT_SURNAMES.has(key) || hasAny(word, NOT_PERSON_TAGS);
    return nameLike && SURNAMES.has(key) && !place;
  }
  if (hasAny(word, TOWN_TAGS) && !isPersonTagged(word) && isCommonWord(key)) return false;
  const isPlaceOrEvent = (other: Word): boolean => PLACE_WORDS.has(other.key) || NOT_SURNAMES.has(other.key);
  // "Ruby May Day", "Lord Nelson": the word leads into an event, a place or a name of its own.
  if (after?.joined && (isPlaceOrEvent(after) || (TITLES.has(key) && !isEnglishWord(after.key)))) return false;
  const firstIsWord = WORD_FIRST_NAMES.has(first.key) || isCommonWord(first.key);
  // "Victoria Park", "Hope House": after "thank you to" or "welcome to" such a word is the place.
  if (isPlaceOrEvent(word) || TITLES.has(key)) return personal && !firstIsWord && SURNAMES.has(key);
  return SURNAMES.has(key) || (!firstIsWord && NAME_PARTS.has(key));
}

/** How the sentence names a person before a possible surname: `personal` when only a person fits ("mia day loved"). */
interface Naming {
  personal: boolean;
  after?: Word;
}

/** "well done to", "congratulations", "happy birthday": words said to a person, never to a place. */
function praised(words: readonly Word[], i: number): boolean {
  const previous = words[i].joined ? words[i - 1] : undefined;
  if (!previous) return false;
  if (PRAISING.has(previous.key)) return true;
  return previous.key === 'to' && words[i - 1].joined && PRAISING.has(words[i - 2]?.key ?? '');
}

/** "well done to", "thank you", "happy birthday", "welcome": the words just before introduce a person. */
function introduced(words: readonly Word[], i: number): boolean {
  const previous = words[i].joined || /^\s*,\s*$/.test(words[i].before) ? words[i - 1] : undefined;
  if (!previous) return false;
  if (INTRODUCING.has(previous.key)) return true;
  const before = previous.joined ? words[i - 2] : undefined;
  return previous.key === 'to' && before !== undefined && INTRODUCING_TO.has(before.key);
}

/**
 * "aristeidis apostolou loved painting", "a thank you to zoryana plaksii's grandad", "mia day, who": the words from
 * `i` to `k` open a sentence and do what a person does, own something, or are someone "who".
 */
function actsAsPerson(words: readonly Word[], i: number, k: number): boolean {
  if (k >= words.length) return false;
  if (words[k].possessive) return true;
  const next = words[k + 1];
  // "please welcome mia day, who joins us on monday"
  if (next?.key === 'who' && /^\s*,?\s*$/.test(next.before)) return true;
  if (!next?.joined) return false;
  // "ajeng yuliarti and her brother"
  if (next.key === 'and' && POSSESSIVE_PRONOUNS.has(words[k + 2]?.key ?? '')) return true;
  // "today ivanna vergun went", "alevtina prisacari is our star": the sentence opens with the name and goes on
  // with what the person did or is. compromise may read "lily young loved" as three adjectives; an English word
  // ending in -ed is still a past tense.
  const opens = words[i].sentenceStart || (words[i - 1]?.sentenceStart === true && words[i].joined && SENTENCE_OPENERS.has(words[i - 1].key));
  const doing = next.tags.has('PastTense') || /[^e]ed$/.test(next.key) || BEING.has(next.key);
  return opens && doing && isEnglishWord(next.key);
}

/** The capitals of these two words say something: an ordinary sentence, neither word shouted. */
const cased = (first: Word, word: Word): boolean =>
  !first.casual && !word.casual && first.capitalised && !first.shouted && !word.shouted;

/** Joined to the word before, or after a middle initial's full stop ("Aisha B. Khan"). */
const follows = (words: readonly Word[], k: number): boolean =>
  words[k].joined || (words[k - 1]?.key.length === 1 && /^\.[ \t]+$/.test(words[k].before) && !words[k].inTag);

/** A middle initial: "Dirk M Sinkel", "Aisha B. Khan", and in lower case "dirk m sinkel". */
const isMiddleInitial = (word: Word, isCased: boolean): boolean =>
  word.initial || (!isCased && word.key.length === 1 && /\p{L}/u.test(word.key) && word.key !== 'a' && word.key !== 'i');

/** "Tilly Mae", "Ava Noah and Yusuf": a second first name, or one in a list missing its comma, is no surname. */
function isAnotherFirstName(words: readonly Word[], k: number, known: Known): boolean {
  const word = words[k];
  if (known.surnames.has(word.key)) return false;
  if (MIDDLE_NAMES.has(word.key)) return true;
  // "Noah" is a family name too, but not in a list of first names.
  if (FIRST_NAMES.has(word.key) && listGoesOn(words, k, SURNAMES.has(word.key))) return true;
  if (SURNAMES.has(word.key)) return false;
  return known.firsts.has(word.key);
}

/**
 * "Ava Noah, Rose and Yusuf", "Ava Noah and Yusuf": the word after the next comma or "and" is a first name too;
 * `alone` asks for one with no surname after it, as "Thanh Nguyen and Wei Zhang" is two full names.
 */
function listGoesOn(words: readonly Word[], k: number, alone: boolean): boolean {
  const next = words[k + 1];
  const index = next?.key === 'and' ? k + 2 : next && /^\s*[,&]/.test(next.before) ? k + 1 : -1;
  const after = words[index];
  if (!after || after.key === 'and') return after !== undefined;
  const isName = (word: Word): boolean => FIRST_NAMES.has(word.key) || SURNAMES.has(word.key) || NAME_PARTS.has(word.key);
  const then = words[index + 1];
  if (alone && then?.joined && isName(then) && !isEnglishWord(then.key)) return false;
  return FIRST_NAMES.has(after.key) && !FUNCTION_WORDS.has(after.key) && (!isEnglishWord(after.key) || WORD_FIRST_NAMES.has(after.key));
}

/** How much the two weights must add up to: less where the words before introduce a person. */
const needed = (isCased: boolean, isIntroduced: boolean): number => (isCased || isIntroduced ? 2 : 2.5);

/** The furthest word after `i` that ends a first name [middle names] surname run, or -1. */
function surnameAfter(words: readonly Word[], i: number, weight: number, known: Known): number {
  const first = words[i];
  const isIntroduced = introduced(words, i);
  let found = -1;
  for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
    const word = words[k];
    if (!follows(words, k) || word.inTag !== first.inTag) break;
    const isCased = cased(first, word);
    const personal = actsAsPerson(words, i, k) || praised(words, i);
    const enough = needed(isCased, isIntroduced || personal);
    const named = (isIntroduced || personal) && k === i + 1 ? { personal, after: words[k + 1] } : undefined;
    if (PARTICLES.has(word.key)) {
      let rest = k + 1;
      if (words[rest] && PARTICLES.has(words[rest].key) && follows(words, rest)) rest++;
      const surname = words[rest] && follows(words, rest) ? words[rest] : undefined;
      const weighed = surname && (surname.capitalised || !isCased) ? surnameWeight(first, surname, cased(first, surname), known) : 0;
      if (weighed > 0 && weight + weighed >= enough) return rest;
    }
    // After a family name written first, only a given name: "zhang ziyi", not "morley leeds".
    const givenAfterFamily = FIRST_NAMES.has(word.key) || isUnknownName(word.key);
    if (weight === FAMILY_FIRST && (!givenAfterFamily || hasAny(word, NOT_PERSON_TAGS))) break;
    const surname = surnameWeight(first, word, isCased, known, named);
    if (surname > 0 && weight + surname >= enough && !isAnotherFirstName(words, k, known)) found = k;
    // Only first names and initials may stand between a first name and the surname ("Ciara Bridget McAllister").
    const middle = isMiddleInitial(word, isCased) || firstNameWeight(word, known) >= 1;
    if (word.possessive || !middle || (isCased && !word.capitalised)) break;
  }
  return found;
}

/** "Jenny Wren Farm", "Reid & Sons", "Hetty Barnes Day Nursery": the name goes on into a place or business. */
function runsIntoPlace(words: readonly Word[], last: number, isCased: boolean): boolean {
  for (let k = last + 1; k <= last + 3 && k < words.length; k++) {
    const word = words[k];
    const linked = word.joined || /^\s*&\s*$/.test(word.before);
    if (!linked || (isCased && !word.capitalised) || (!isCased && k > last + 1)) return false;
    // "Ruby May Day": an everyday word that leads into an event is no surname.
    if (PLACE_WORDS.has(word.key) || (k === last + 1 && NOT_SURNAMES.has(word.key) && isEnglishWord(words[last].key))) return true;
  }
  return false;
}

/** Where a person the policy lists is named in full, however it is typed: "joanne watson's", "#AmeliaWatson". */
function knownNames(words: readonly Word[], people: readonly KnownPerson[]): { start: number; end: number; person: KnownPerson }[] {
  const found: { start: number; end: number; person: KnownPerson }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const person of people) {
      if (person.parts.length < 2) continue;
      const word = words[i];
      // "#ameliawatson": a tag that is the whole name run together.
      const runTogether = (text: string): string => text.replace(/[-_']/g, '');
      if (word.tag !== undefined && word.key === word.tag && runTogether(word.tag) === runTogether(person.parts.join(''))) {
        found.push({ start: i, end: i, person });
        continue;
      }
      if (word.key !== person.first || word.literal) continue;
      let part = 1;
      let k = i + 1;
      let middles = 0;
      while (k < words.length && part < person.parts.length && follows(words, k)) {
        if (words[k].key === person.parts[part]) part++;
        else if (part === 1 && middles < 2 && (isMiddleInitial(words[k], false) || FIRST_NAMES.has(words[k].key))) middles++;
        else break;
        if (part === person.parts.length || words[k].possessive) break;
        k++;
      }
      if (part === person.parts.length) found.push({ start: i, end: k, person });
    }
  }
  return found;
}

/**
 * Every person named by first name and surname, found once per post and shared by
 * `full-name`, `full-name-with-photo` and the roster rules.
 */
export function findFullNames(ctx: CheckContext): readonly FullName[] {
  return ctx.memo('nlp:full-names', () => {
    const words = postWords(ctx);
    const people = knownPeople(ctx);
    const known: Known = {
      firsts: new Set(people.map((person) => person.first)),
      surnames: new Set(people.map((person) => person.surname).filter(Boolean)),
    };
    const notPeople = notPeopleSpans(ctx);
    const names: FullName[] = [];
    const add = (i: number, last: number, person?: KnownPerson): void => {
      names.push({
        start: words[i].start,
        end: words[last].end,
        text: ctx.text.slice(words[i].start, words[last].end),
        first: person?.first ?? words[i].key,
        surname: person?.surname ?? words[last].key,
        person,
      });
    };
    const listed = knownNames(words, people);
    let next = 0;
    for (let i = 0; i < words.length; i++) {
      const ofKnown = listed.find((match) => match.start === i);
      if (ofKnown) {
        add(i, ofKnown.end, ofKnown.person);
        i = ofKnown.end;
        continue;
      }
      if (i < next) continue;
      const first = words[i];
      if (first.possessive) continue;
      const previous = first.joined ? words[i - 1] : undefined;
      if (previous && (previous.key === 'st' || previous.key === 'saint')) continue;
      let weight = firstNameWeight(first, known);
      // "a jenny wren", "the jack russell", "this summer fair": without capitals, a name never follows an article,
      // and a first name that is a word too never follows "of", "our" or "this"; "photos of caroline hudson" is a name.
      const afterLead = previous !== undefined && NOT_NAME_LEAD_WORDS.has(previous.key) && !cased(first, first);
      if (afterLead && (ARTICLES.has(previous.key) || (weight < 2 && isEnglishWord(first.key)))) continue;
      // "well done to fatimata diattara", "ajeng yuliarti loved painting": words no list knows, where the sentence
      // introduces a person or has them do something.
      if ((weight === 0.5 || weight === FAMILY_FIRST) && (introduced(words, i) || actsAsPerson(words, i, i + 1))) weight = 1;
      // "Mrs Patel Osei" is a title and surnames; a first name after a title must be one the lists know.
      if (previous && TITLES.has(previous.key) && weight < 2) continue;
      if (weight === 0) continue;
      const last = surnameAfter(words, i, weight, known);
      if (last < 0) continue;
      if (runsIntoPlace(words, last, cased(first, words[last])) || isNotPerson(notPeople, first.start, words[last].end)) continue;
      if (listed.some((match) => match.start > i && match.start <= last)) continue;
      add(i, last);
      next = last + 1;
    }
    return names;
  });
}
