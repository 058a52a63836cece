import heldOut from './held-out-names.json';
import { FIRST_NAMES, NAME_PARTS, SURNAMES } from '../../../lib/nlp/lexicon';
import { foldName } from '../../../lib/nlp/fold';

/** One background's held-out names, paired into full names. */
export interface Background {
  name: string;
  people: { first: string; surname: string; unseen: boolean }[];
  firsts: string[];
  surnames: string[];
}

const inAnyList = (name: string): boolean => {
  const key = foldName(name);
  return FIRST_NAMES.has(key) || SURNAMES.has(key) || NAME_PARTS.has(key);
};

/**
 * Faker's names kept out of the shipped lists (one in seven of each locale, see
 * tests/tools/build-name-data.ts), paired first name to surname within each locale.
 * `unseen` marks a person with a name part no shipped list holds by another route.
 */
export function backgrounds(perBackground = 10): Background[] {
  return Object.entries(heldOut as Record<string, { first: string[]; last: string[] }>)
    .filter(([, names]) => names.first.length > 0 && names.last.length > 0)
    .map(([name, names]) => {
      const count = Math.min(perBackground, Math.max(names.first.length, names.last.length));
      const people = Array.from({ length: count }, (_, i) => {
        const first = names.first[i % names.first.length];
        const surname = names.last[(i * 7 + 3) % names.last.length];
        return { first, surname, unseen: !inAnyList(first) || !inAnyList(surname) };
      });
      return { name, people, firsts: names.first.slice(0, perBackground), surnames: names.last.slice(0, perBackground) };
    });
}

/** Everyday sentences a nursery posts, with a full name in them. */
export const withFullName: readonly ((name: string) => string)[] = [
  (name) => `Well done to ${name} for being our star of the week!`,
  (name) => `${name} loved painting in the garden today.`,
  (name) => `A big thank you to ${name}'s grandad for fixing our fence.`,
];

/** The same kinds of sentence with no full name: a first name alone, a title and surname, a first name and initial. */
export const withoutFullName: readonly ((first: string, surname: string) => string)[] = [
  (first) => `Well done to ${first} for being our star of the week!`,
  (first) => `${first} loved painting in the garden today.`,
  (_, surname) => `A big thank you to Mrs ${surname} for fixing our fence.`,
  (first, surname) => `${first} ${surname[0]}. shared the bikes beautifully.`,
];

/** The three ways staff type: as written, all lower case, all capitals. */
export const casings = {
  'as written': (text: string) => text,
  'lower case': (text: string) => text.toLowerCase(),
  capitals: (text: string) => text.toUpperCase(),
} as const;
