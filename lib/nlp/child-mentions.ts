import type { CheckContext } from '../engine/context';
import type { Span } from '../text/spans';
import { findFullNames } from './full-names';
import { FIRST_NAMES, PLACE_WORDS, TITLES } from './lexicon';
import { isAmbiguousName, isUsedAsName } from './name-use';
import { isNotPerson, notPeopleSpans } from './not-people';
import { rosterNames, type RosterName } from './roster';
import { postWords } from './words';

/** A place where the post names a child on the roster. */
export interface ChildMention extends Span {
  /** The words as typed: "Jack Whitlow", "rose", "Oliver B.". */
  text: string;
  child: RosterName;
}

/**
 * Every mention of a roster child, by full name or by first name used as a name.
 * A first name in someone else's full name ("Jack Smith"), after a title ("Mrs
 * Rose"), with another child's initial ("Oliver T."), or inside a character or story
 * ("Jack Frost", "Noah's Ark") is not the child.
 */
export function childMentions(ctx: CheckContext): readonly ChildMention[] {
  return ctx.memo('nlp:child-mentions', () => {
    const roster = rosterNames(ctx);
    if (roster.length === 0) return [];
    const words = postWords(ctx);
    const fullNames = findFullNames(ctx);
    const notPeople = notPeopleSpans(ctx);
    const firstNames = new Set(roster.map((child) => child.first));
    const mentions: ChildMention[] = [];
    for (const name of fullNames) {
      for (const child of roster) {
        if (child.first === name.first && child.surname === name.surname) mentions.push({ ...name, child });
      }
    }
    const inFullName = (start: number): boolean => fullNames.some((name) => name.start <= start && start < name.end);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // "Amelia-Rose": a double-barrelled first name that starts with the child's.
      const key = firstNames.has(word.key) ? word.key : word.key.split('-')[0];
      if (!firstNames.has(key) || word.literal || inFullName(word.start)) continue;
      if (key !== word.key && !word.key.split('-').every((part) => FIRST_NAMES.has(part))) continue;
      if (word.joined && TITLES.has(words[i - 1].key)) continue;
      // "Jack's Barbers", "Robin Room": a shop or a room named after someone.
      if (words[i + 1]?.joined && PLACE_WORDS.has(words[i + 1].key)) continue;
      const initial = words[i + 1]?.joined && words[i + 1].initial ? words[i + 1] : undefined;
      let end = word.end;
      if (initial) end = ctx.text[initial.end] === '.' ? initial.end + 1 : initial.end;
      if (isNotPerson(notPeople, word.start, end)) continue;
      const children = roster.filter(
        (child) => child.first === key && (!initial || !child.surname || child.surname.startsWith(initial.key)),
      );
      if (children.length === 0) continue;
      // "#Amelia", "@amelia": a tag that is the child's name; "#summer" or "#Autumn" may be the season.
      if (word.inTag && (isAmbiguousName(key) || word.tag !== word.key)) continue;
      if (!word.inTag && isAmbiguousName(key) && !isUsedAsName(words, i, firstNames)) continue;
      for (const child of children) mentions.push({ start: word.start, end, text: ctx.text.slice(word.start, end), child });
    }
    return mentions.sort((a, b) => a.start - b.start);
  });
}
