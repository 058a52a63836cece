import type { CheckContext } from '../engine/context';
import type { KeywordOverride } from '../policy/policy';
import { stemOf, wordForms } from '../text/inflections';
import { phrasePattern, wordsOf } from '../text/phrase-pattern';
import { longestFirst, wholeWords } from '../text/regexp';
import { textEvidence, withoutOverlaps, type Span } from '../text/spans';
import { activityLookAlikes, activityPhrases, activityWords, nonHumanDoers, objectVerbs } from './data/activities';
import type { Report, Rule } from './rule';

/** The compiled lists for one set of a manager's additions and removals. */
interface Matcher {
  /** Every built-in phrase and word, as whole words. */
  anywhere: RegExp;
  /** Phrases that may name whom they are done to ("change her nappy"), kept apart because that is slower to match. */
  withObject: RegExp | null;
  /** The phrases alone, for run-together hashtags ("#beachlife"). */
  inHashtags: RegExp | null;
  /** Words cleared when an animal or toy is doing them. */
  contextual: ReadonlySet<string>;
  /**
   * The manager's added phrases in every inflection, by their words joined with one space (and run together),
   * so thousands of them cost one lookup per word rather than one huge pattern (security review H3).
   */
  added: ReadonlySet<string>;
  /** The most words an added phrase has. */
  longestAdded: number;
}

const OBJECT_VERBS = new Set(objectVerbs);
const asTyped = (phrase: string, withObject = false): string =>
  phrasePattern(wordsOf(phrase).map((word) => [word]), withObject);
const stemKey = (phrase: string): string => wordsOf(phrase).map(stemOf).join('');

/**
 * The ways people write a phrase: its last word in every form ("hot tubs"), and in a two-word phrase the first
 * word too ("skinny dipping"); the words between stay as typed, so a phrase has a few dozen forms, not thousands.
 */
function inflected(phrase: string): string[][] {
  const words = wordsOf(phrase);
  let combos: string[][] = [[]];
  words.forEach((word, i) => {
    const forms = i === words.length - 1 || (i === 0 && words.length === 2) ? wordForms(word) : [word];
    combos = combos.flatMap((combo) => forms.map((form) => [...combo, form]));
  });
  return combos;
}

type Patterns = Omit<Matcher, 'added' | 'longestAdded'>;
let builtInPatterns: Patterns | undefined;

function patternsFor(phrases: readonly string[], words: readonly string[]): Patterns {
  const objectPhrases = phrases.filter((phrase) => OBJECT_VERBS.has(wordsOf(phrase)[0]));
  const tight = phrases.map((phrase) => asTyped(phrase));
  return {
    anywhere: wholeWords(longestFirst([...tight, ...words.map((word) => asTyped(word))])),
    withObject: objectPhrases.length ? wholeWords(longestFirst(objectPhrases.map((phrase) => asTyped(phrase, true)))) : null,
    inHashtags: tight.length ? new RegExp(longestFirst(tight), 'gu') : null,
    contextual: new Set(words),
  };
}

function compile(override?: KeywordOverride): Matcher {
  // A removal drops the phrase in every inflection: removing "swimming" drops "swim" and "swam" too.
  const removed = new Set((override?.remove ?? []).map(stemKey));
  const kept = (phrase: string): boolean => !removed.has(stemKey(phrase));
  const phrases = activityPhrases.filter(kept);
  const words = activityWords.filter(kept);
  // Without removals the built-in patterns are the same for every policy: compiled once, whatever is added.
  const patterns = removed.size === 0 && builtInPatterns ? builtInPatterns : patternsFor(phrases, words);
  const added = new Set<string>();
  let longestAdded = 0;
  for (const phrase of override?.add ?? []) {
    for (const combo of inflected(phrase)) {
      added.add(combo.join(' '));
      added.add(combo.join(''));
      longestAdded = Math.max(longestAdded, combo.length);
    }
  }
  return { ...patterns, added, longestAdded };
}

const TOKEN = /[\p{L}\p{N}']+/gu;

/** The manager's added phrases in the text, longest first at each word: "hot tubs", "#hottub", "sauna-sessions". */
function findAdded(lower: string, matcher: Matcher): Span[] {
  if (matcher.added.size === 0) return [];
  const tokens = Array.from(lower.matchAll(TOKEN), (m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const found: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    let match = -1;
    for (let k = i; k < tokens.length && k < i + matcher.longestAdded; k++) {
      if (k > i && !/^[\s_-]+$/.test(lower.slice(tokens[k - 1].end, tokens[k].start))) break;
      phrase += (k > i ? ' ' : '') + tokens[k].word;
      if (matcher.added.has(phrase)) match = k;
    }
    if (match >= 0) {
      found.push({ start: tokens[i].start, end: tokens[match].end });
      i = match;
    }
  }
  return found;
}

const builtIn = compile();
builtInPatterns = builtIn;
const byOverride = new WeakMap<KeywordOverride, Matcher>();

function matcherFor(override: KeywordOverride | undefined): Matcher {
  // A policy file may give only one of the two lists.
  if (!override?.add?.length && !override?.remove?.length) return builtIn;
  let matcher = byOverride.get(override);
  if (!matcher) byOverride.set(override, (matcher = compile(override)));
  return matcher;
}

const lookAlikes = wholeWords(longestFirst(activityLookAlikes.map((phrase) => asTyped(phrase))));
const NON_HUMAN = new Set(nonHumanDoers);
const PRONOUNS = new Set(['her', 'him', 'it', 'its', 'she', 'he', 'they', 'them']);
const COMPARISONS = new Set(['like', 'as']);
const WORD = /[\p{L}']+/gu;

const wordsIn = (text: string): string[] => Array.from(text.matchAll(WORD), (m) => m[0].replace(/'s?$/, ''));

/** True when one of the words is an animal or toy, not one in a comparison ("swam like fish"). */
const namesNonHuman = (words: readonly string[]): boolean =>
  words.some((word, i) => NON_HUMAN.has(word) && !words.slice(Math.max(0, i - 2), i).some((w) => COMPARISONS.has(w)));

/**
 * Whether a swimming, paddling or bathing word is about an animal or toy, or
 * about Bath the city, rather than a person: "the ducks were swimming",
 * "bathing the dolls", "a goldfish! ... watching her swim", "a trip to Bath".
 */
function notAboutPeople(ctx: CheckContext, { start, end }: Span): boolean {
  const { lower, text } = ctx.analysed;
  const sentenceStart = Math.max(...['.', '!', '?', '\n'].map((mark) => lower.lastIndexOf(mark, start - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((mark) => lower.indexOf(mark, end)).filter((i) => i >= 0);
  const sentenceEnd = ends.length ? Math.min(...ends) : lower.length;
  const before = wordsIn(lower.slice(sentenceStart, start));
  const after = wordsIn(lower.slice(end, sentenceEnd));
  // Bath the city and its sights: a capital in mid-sentence, or before another name ("Bath Abbey").
  if (/^Baths?$/.test(text.slice(start, end)) && (before.length > 0 || /^[ \t]+\p{Lu}/u.test(text.slice(end)))) return true;
  if (namesNonHuman([...before.slice(-5), ...after.slice(0, 4)])) return true;
  const pronounBefore = before.slice(-2).some((word) => PRONOUNS.has(word));
  return pronounBefore && namesNonHuman(wordsIn(lower.slice(0, start)));
}

const rule: Rule = {
  id: 'semi-clothed-activity',
  meta: {
    description: 'Activities where children or adults may be unclothed or semi-clothed, such as swimming, baby massage or nappy changing.',
    defaultSeverity: 'justify',
    clause: {
      source: 'Social networking policy for a family centre (003)',
      quote: 'no posts will contain activities which involve unclothed or semi clothed children or adults for example baby massage, swimming lessons',
    },
    messages: {
      activity:
        'Ask yourself: could this post about “{{activity}}” show or suggest children or adults unclothed or semi-clothed?',
    },
    hasKeywords: true,
  },
  check(ctx) {
    const matcher = matcherFor(ctx.policy.keywords['semi-clothed-activity']);
    const { lower, toTyped } = ctx.analysed;
    const found: Span[] = findAdded(lower, matcher);
    for (const m of lower.matchAll(matcher.anywhere)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (matcher.contextual.has(m[0]) && notAboutPeople(ctx, span)) continue;
      found.push(span);
    }
    if (matcher.withObject) {
      for (const m of lower.matchAll(matcher.withObject)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    if (matcher.inHashtags && lower.includes('#')) {
      for (const tag of lower.matchAll(/#[\p{L}\p{N}_]+/gu)) {
        for (const m of tag[0].matchAll(matcher.inHashtags)) {
          const start = tag.index + m.index;
          found.push({ start, end: start + m[0].length });
        }
      }
    }
    const excused = Array.from(lower.matchAll(lookAlikes), (m) => ({ start: m.index, end: m.index + m[0].length }));
    const seen = new Set<string>();
    const reports: Report[] = [];
    for (const span of withoutOverlaps(found)) {
      if (excused.some((e) => e.start <= span.start && span.end <= e.end)) continue;
      const key = lower.slice(span.start, span.end).replace(/[\s_-]+/g, ' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const evidence = textEvidence(ctx.text, toTyped(span));
      reports.push({ messageId: 'activity', data: { activity: evidence.text }, evidence });
    }
    return reports;
  },
};

export default rule;
