import type { CheckContext } from '../engine/context';
import { characters, namedThings, namelikePlacesAndDishes } from '../rules/data/characters';
import type { Span } from '../text/spans';
import { foldName } from './fold';
import { NOT_SURNAMES, PLACE_WORDS } from './lexicon';
import { postWords, type Word } from './words';

/** A phrase as the words of a post are compared with it: folded parts, split at spaces and hyphens. */
const partsOf = (phrase: string): string[] =>
  foldName(phrase)
    .split(/[\s-]+/)
    .map((part) => part.replace(/'s$|'$/, ''))
    .filter((part) => /\p{L}/u.test(part));

let phraseIndex: Map<string, string[][]> | undefined;

/** Characters and named things by their first word, built on first use. */
function phrasesByFirstPart(): Map<string, string[][]> {
  if (phraseIndex) return phraseIndex;
  phraseIndex = new Map();
  for (const phrase of [...characters, ...namedThings, ...namelikePlacesAndDishes]) {
    const parts = partsOf(phrase);
    const list = phraseIndex.get(parts[0]) ?? [];
    list.push(parts);
    phraseIndex.set(parts[0], list);
  }
  return phraseIndex;
}

/**
 * The setting's own name, and its person-shaped part on its own: "Hetty Barnes Day
 * Nursery" is also written "Hetty Barnes" (contract: the setting's own name is not a
 * full name).
 */
function splitSettingName(settingName: string): string[][] {
  const full = partsOf(settingName);
  if (full.length === 0) return [];
  const words = settingName.split(/\s+/).filter(Boolean);
  const placeLike = (word: string): boolean => partsOf(word).some((part) => PLACE_WORDS.has(part) || NOT_SURNAMES.has(part));
  while (words.length > 2 && placeLike(words[words.length - 1])) words.pop();
  const short = partsOf(words.join(' '));
  return short.length >= 2 && short.length < full.length ? [full, short] : [full];
}

/** The setting's name rarely changes, so its forms are worked out once per name. */
const settingForms = new Map<string, string[][]>();

function settingNameForms(settingName: string): string[][] {
  let forms = settingForms.get(settingName);
  if (!forms) {
    forms = splitSettingName(settingName);
    settingForms.set(settingName, forms);
  }
  return forms;
}

interface Part {
  key: string;
  word: Word;
}

/** The post's words split at hyphens, so "jack-in-the-box" and "Jack in the box" compare alike. */
const wordParts = (words: readonly Word[]): Part[] =>
  words.flatMap((word) => (word.key.includes('-') ? word.key.split('-').map((key) => ({ key, word })) : [{ key: word.key, word }]));

/** Where the parts from `i` on spell out `phrase`, across spaces, hyphens and "&" only. */
function matchesAt(parts: readonly Part[], i: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const part = parts[i + j];
    if (!part || part.key !== phrase[j]) return false;
    if (j > 0 && part.word !== parts[i + j - 1].word && !/^[\s&-]+$/.test(part.word.before)) return false;
  }
  return true;
}

/**
 * Stretches of the post that name a character, story, public figure or thing named
 * after someone ("Peppa Pig", "Noah's Ark", "Victoria sponge") or the setting itself:
 * no person there is to be protected.
 */
export function notPeopleSpans(ctx: CheckContext): readonly Span[] {
  return ctx.memo('nlp:not-people', () => {
    const parts = wordParts(postWords(ctx));
    const setting = settingNameForms(ctx.policy.settingName);
    const index = phrasesByFirstPart();
    const spans: Span[] = [];
    // The longest phrase wins where two start together ("Annie Hughes Pre-School" over "Annie Hughes").
    let coveredTo = -1;
    for (let i = 0; i < parts.length; i++) {
      let longest = 0;
      for (const phrases of [index.get(parts[i].key), setting]) {
        for (const phrase of phrases ?? []) {
          if (phrase.length > longest && matchesAt(parts, i, phrase)) longest = phrase.length;
        }
      }
      const end = longest > 0 ? parts[i + longest - 1].word.end : -1;
      if (end > coveredTo) {
        spans.push({ start: parts[i].word.start, end });
        coveredTo = end;
      }
    }
    return spans;
  });
}

/** True when the span overlaps a character, story or the setting's name. */
export const isNotPerson = (spans: readonly Span[], start: number, end: number): boolean =>
  spans.some((span) => span.start < end && start < span.end);
