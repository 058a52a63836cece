import type { CheckContext } from '../engine/context';
import {
  childWords,
  colleagueWords,
  familyWords,
  oneOfGroups,
  organisationWords,
  ourTeamWords,
  professionalWords,
  selfWords,
  singleRoles,
} from '../rules/data/people';
import { phrasePattern, wordsOf } from '../text/phrase-pattern';
import { longestFirst, wholeWords } from '../text/regexp';
import type { Span } from '../text/spans';
import { childMentions } from './child-mentions';
import { foldName } from './fold';
import { findFullNames } from './full-names';
import { FIRST_NAMES, RELATIONS, TITLES, isEnglishWord } from './lexicon';
import { isAmbiguousName, isUsedAsName } from './name-use';
import { isNotPerson, notPeopleSpans } from './not-people';
import { postWords, type Word } from './words';

/**
 * How a post points at someone: by `name`; as a named or pointed-at person's `relative`
 * ("his mum", "Bobby's family"); `pointed` at within a group ("one of our Butterflies",
 * "a child in the baby room"); by a `role` one person holds ("our cook"); by a
 * third-person `pronoun`; or as a `group` of people or an organisation ("some dads",
 * "the council"), or the team itself (`self`).
 */
export type MentionKind = 'name' | 'relative' | 'pointed' | 'role' | 'pronoun' | 'group' | 'self';

/** Who a group word is. */
export type GroupKind = 'children' | 'families' | 'colleagues' | 'professionals' | 'organisations';

/** A place where the post points at a person, a group or an organisation. */
export interface PeopleMention extends Span {
  kind: MentionKind;
  /** The words as typed. */
  text: string;
  /** For a `group`, who it is. */
  group?: GroupKind;
  /** True when the person is one of the setting's staff (by the policy's staff list or a role). */
  staff: boolean;
}

const asTyped = (phrase: string): string => phrasePattern(wordsOf(phrase).map((word) => [word]));
const pattern = (phrases: readonly string[]): string => longestFirst(phrases.map(asTyped));

const GROUPS: readonly [GroupKind, RegExp][] = [
  ['children', wholeWords(pattern(childWords))],
  ['families', wholeWords(pattern(familyWords))],
  ['colleagues', wholeWords(pattern(colleagueWords))],
  ['professionals', wholeWords(pattern(professionalWords))],
  ['organisations', wholeWords(pattern(organisationWords))],
];
const ADJECTIVES = '(?:(?:new|lovely|wonderful|amazing|fabulous|fantastic|brilliant|super|very own|head|trainee)\\s+)*';
const ROLE = wholeWords(`our\\s+${ADJECTIVES}(?:${pattern(singleRoles)})`);
const OUR_TEAM = wholeWords(`our\\s+(?:${pattern(ourTeamWords)})|${pattern(selfWords)}`);
const ONE_OF = wholeWords(`one\\s+of\\s+(?:our|the)\\s+(?:${pattern(oneOfGroups)})`);
/** "one of our Butterflies": a room or group name is written with a capital. */
const ONE_OF_ROOM = /(?<![\p{L}\p{N}])[Oo]ne\s+of\s+(?:our|the)\s+\p{Lu}\p{Ll}+s(?![\p{L}\p{N}])/gu;
const IN_A_ROOM = wholeWords(
  `(?:a|one)\\s+(?:${pattern(['baby', 'boy', 'child', 'girl', 'little one', 'toddler', 'family', 'parent', 'member of staff', 'colleague'])})\\s+(?:in|from)\\s+(?:the|our)\\s+[\\p{L}-]+(?:\\s+room)?`,
);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

const firstPart = (name: string): string => foldName(name).split(/\s+/)[0] ?? '';

/** Before a word, these make it the ordinary word, whatever its capital ("the Poppy Appeal", "our Ivy"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'this', 'that', 'these', 'those', 'every', 'each', 'some', 'any', 'no', 'my', 'your', 'his', 'her', 'their', 'its']);

/**
 * A first name written as a name in running text: capitalised mid-sentence in a sentence
 * that is not in Title Case, after no determiner and before no noun or other capitalised
 * word it could be part of ("so proud of Leo", "get well soon Poppy"; not "the Poppy
 * Appeal", "Poppy seeds").
 */
function capitalisedAsName(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word.capitalised || word.sentenceStart || word.casual) return false;
  const previous = word.joined ? words[i - 1] : undefined;
  if (previous && DETERMINERS.has(previous.key)) return false;
  const next = words[i + 1]?.joined ? words[i + 1] : undefined;
  return !next || word.possessive || (!next.capitalised && !(next.tags.has('Noun') && !next.tags.has('Pronoun')));
}

function regexMentions(ctx: CheckContext, re: RegExp, kind: MentionKind, source = ctx.lower, staff = false): PeopleMention[] {
  return Array.from(source.matchAll(re), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind,
    text: ctx.text.slice(m.index, m.index + m[0].length),
    staff,
  }));
}

/** People the post names: roster children, full names, "Mrs Patel", and first names used as names. */
function nameMentions(ctx: CheckContext): PeopleMention[] {
  const words = postWords(ctx);
  const notPeople = notPeopleSpans(ctx);
  const staffFirsts = new Set(ctx.policy.staff.map(firstPart));
  const knownFirsts = new Set([...staffFirsts, ...ctx.policy.carers.map(firstPart), ...ctx.policy.roster.map((c) => firstPart(c.name))]);
  const mentions: PeopleMention[] = [];
  const add = (start: number, end: number, staff: boolean): void => {
    mentions.push({ start, end, kind: 'name', text: ctx.text.slice(start, end), staff });
  };
  for (const child of childMentions(ctx)) add(child.start, child.end, false);
  const staffFull = new Set(ctx.policy.staff.map((name) => foldName(name)));
  for (const name of findFullNames(ctx)) add(name.start, name.end, staffFull.has(`${name.first} ${name.surname}`));
  const covered = (start: number): boolean => mentions.some((m) => m.start <= start && start < m.end);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.literal || covered(word.start) || isNotPerson(notPeople, word.start, word.end)) continue;
    const previous = word.joined ? words[i - 1] : undefined;
    // "Mrs Patel", "Dr Okafor": a title and a capitalised name.
    if (previous && TITLES.has(previous.key) && word.capitalised) {
      add(previous.start, word.end, false);
      continue;
    }
    const known = knownFirsts.has(word.key);
    const listed = known || FIRST_NAMES.has(word.key);
    const tagged = word.capitalised && !word.sentenceStart && !word.casual && word.tags.has('Person') && !word.tags.has('Place');
    if (!listed && !tagged) continue;
    if (RELATIONS.has(word.key) || TITLES.has(word.key)) continue;
    if (isAmbiguousName(word.key) && !isUsedAsName(words, i, knownFirsts) && !capitalisedAsName(words, i)) continue;
    if (!known && !word.capitalised && word.tags.size > 0 && !word.tags.has('Person')) continue;
    // In lower case an everyday word that is also in a name list ("foster families") is the word, unless the policy names it.
    if (!known && !word.capitalised && isEnglishWord(word.key)) continue;
    add(word.start, word.end, staffFirsts.has(word.key));
  }
  return mentions;
}

/** "his mum", "their dad", "Bobby's family", and "Mum" or "Dad" written as a name. */
function relativeMentions(ctx: CheckContext): PeopleMention[] {
  const words = postWords(ctx);
  const mentions: PeopleMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!RELATIONS.has(word.key) && word.key !== 'family') continue;
    const previous = words[i - 1];
    const pointed = previous && word.joined && (POSSESSIVE_PRONOUNS.has(previous.key) || (previous.possessive && previous.capitalised));
    const asName = word.capitalised && !word.casual && RELATIONS.has(word.key);
    if (!pointed && !asName) continue;
    const start = pointed ? previous.start : word.start;
    mentions.push({ start, end: word.end, kind: 'relative', text: ctx.text.slice(start, word.end), staff: false });
  }
  return mentions;
}

/** Groups of people and organisations named by what they are ("some dads", "the council"). */
function groupMentions(ctx: CheckContext): PeopleMention[] {
  return GROUPS.flatMap(([group, re]) =>
    regexMentions(ctx, re, 'group').map((mention) => ({ ...mention, group, staff: group === 'colleagues' })),
  );
}

/**
 * Every mention of a person, a group or an organisation, in order, found once per post.
 * Where two overlap, the more specific wins: "our cook" is a role, not a group; "our
 * staff team" is the team itself.
 */
export function peopleMentions(ctx: CheckContext): readonly PeopleMention[] {
  return ctx.memo('nlp:people-mentions', () => {
    const specific = [
      ...nameMentions(ctx),
      ...relativeMentions(ctx),
      ...regexMentions(ctx, ONE_OF, 'pointed'),
      ...regexMentions(ctx, ONE_OF_ROOM, 'pointed', ctx.normalised),
      ...regexMentions(ctx, IN_A_ROOM, 'pointed'),
      ...regexMentions(ctx, ROLE, 'role', ctx.lower, true),
      ...regexMentions(ctx, OUR_TEAM, 'self'),
    ];
    const overlaps = (m: Span): boolean => specific.some((s) => s.start < m.end && m.start < s.end);
    const pronouns = postWords(ctx)
      .filter((word) => PRONOUNS.has(word.key) && !word.literal)
      .map((word): PeopleMention => ({ start: word.start, end: word.end, kind: 'pronoun', text: word.text, staff: false }));
    const general = [...groupMentions(ctx), ...pronouns].filter((m) => !overlaps(m));
    return [...specific, ...general].sort((a, b) => a.start - b.start || b.end - a.end);
  });
}
