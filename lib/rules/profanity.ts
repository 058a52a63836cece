import { maskCount, maskedWordPattern, MASKS } from '../text/masked-word';
import { phrasePattern, wordsOf } from '../text/phrase-pattern';
import { escapeRegExp, longestFirst, WORD_CHAR, wholeWords } from '../text/regexp';
import { textEvidence, withoutOverlaps, type Span } from '../text/spans';
import {
  clearWhenMasked,
  compoundEndings,
  compoundFalseFriends,
  compoundStarts,
  insultLeads,
  insultNouns,
  notInsultsBefore,
  notStretched,
  rootsAnywhere,
  slurFalseFriends,
  slurs,
  strongWords,
} from './data/profanity';
import { ENGLISH_WORDS } from '../nlp/lexicon';
import type { Rule } from './rule';

const strong = wholeWords(longestFirst(strongWords.map((word) => maskedWordPattern(word, rootsAnywhere.includes(word)))));

/**
 * Masks hide a word only so far: "s**t" could as well be "shit" as "slut", so a
 * short word keeps all but one letter unless it is unmistakable ("f**k", "c**t");
 * and dots or dashes alone ("f...") are punctuation, not a mask.
 */
function maskedPlausibly(typed: string): boolean {
  const masks = maskCount(typed);
  if (masks === 0) return true;
  if (masks > 1 && [...typed].every((ch) => !MASKS.includes(ch) || '._-'.includes(ch))) return false;
  return typed.length > 4 || masks === 1 || clearWhenMasked.some((word) => word.length === typed.length && word[0] === typed[0]);
}

const anyRoot = new RegExp([...rootsAnywhere, ...compoundEndings, ...compoundStarts].map(escapeRegExp).join('|'), 'u');
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Whether a run-together word holds a strong root: "whatthefuck", "totalbellend", "wankersofleeds". */
function strongCompound(token: string): boolean {
  if (compoundFalseFriends.some((friend) => token.includes(friend))) return false;
  return (
    rootsAnywhere.some((root) => token.includes(root)) ||
    compoundEndings.some((root) => token.endsWith(root) || token.endsWith(`${root}s`)) ||
    compoundStarts.some((root) => token.startsWith(root))
  );
}

const asPhrase = (phrase: string): string => phrasePattern(wordsOf(phrase).map((word) => [word]));
const insult = new RegExp(
  `(?<!${WORD_CHAR})(?:${longestFirst(insultLeads.map(asPhrase))})\\s+(${longestFirst(insultNouns.map(asPhrase))})` +
    `(?!${WORD_CHAR})(?![\\s-]*(?:${longestFirst(notInsultsBefore.map(asPhrase))})(?!${WORD_CHAR}))`,
  'gu',
);
/** "Thank you Dick", "such a Fanny": a capitalised word here is someone's name. */
const looksLikeName = (typed: string): boolean => /^\p{Lu}\p{Ll}/u.test(typed);

const slurPattern = wholeWords(
  longestFirst(slurs.map(({ word }) => (word.includes(' ') ? asPhrase(word) : maskedWordPattern(word)))),
);
const slurFriends = wholeWords(longestFirst(slurFalseFriends.map(asPhrase)));

/** A word with each run of one letter read once: "fuuuuck" and "ffuk" read "fuck" and "fuk". */
const once = (word: string): string => word.replace(/(\p{L})\1+/gu, '$1');
/** Strong words and slurs as they read with doubled letters once, and which message each takes. */
const STRETCHED = new Map<string, 'strong' | 'slur'>([
  ...slurs.filter(({ word }) => !word.includes(' ')).map(({ word }) => [once(word), 'slur'] as const),
  ...strongWords.filter((word) => !word.includes(' ')).map((word) => [once(word), 'strong'] as const),
]);
const NOT_STRETCHED = new Set(notStretched);
const LETTERS = /\p{L}+/gu;
/** Single letters with a space, dot, dash or star between each: "f u c k", "f.u.c.k", "F-U-C-K-I-N-G". */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·]{1,2}\p{L}){2,}(?![\p{L}\p{N}])/gu;

interface Found extends Span {
  messageId: 'strong' | 'slur';
}

/** Letters stretched, doubled or spaced out: read once, they spell a strong word or a slur. */
function disguised(lower: string): Found[] {
  const found: Found[] = [];
  for (const m of lower.matchAll(LETTERS)) {
    const word = m[0];
    const read = once(word);
    if (read === word || NOT_STRETCHED.has(word) || ENGLISH_WORDS.has(word)) continue;
    const kind = STRETCHED.get(read);
    if (kind) found.push({ start: m.index, end: m.index + word.length, messageId: kind });
  }
  for (const m of lower.matchAll(SPACED)) {
    const kind = STRETCHED.get(once(m[0].replace(/[^\p{L}]/gu, '')));
    if (kind) found.push({ start: m.index, end: m.index + m[0].length, messageId: kind });
  }
  return found;
}

const rule: Rule = {
  id: 'profanity',
  meta: {
    description: 'Strong swear words and discriminatory slurs, however they are spelled or disguised.',
    defaultSeverity: 'block',
    clause: {
      source: 'Social media policy for a pre-school (001)',
      quote: 'profanity block lists are established at \'strong\'',
    },
    messages: {
      strong:
        'Ask yourself: is “{{word}}” the language the setting wants to be known for? Strong swearing is not allowed on the setting\'s pages.',
      slur:
        'Ask yourself: “{{word}}” is a discriminatory slur. Would every family, child and colleague feel welcome reading it? Take it out.',
    },
  },
  check(ctx) {
    const { lower, text, toTyped } = ctx.analysed;
    const found: Found[] = [];
    for (const m of lower.matchAll(strong)) {
      if (maskedPlausibly(m[0])) found.push({ start: m.index, end: m.index + m[0].length, messageId: 'strong' });
    }
    if (anyRoot.test(lower)) {
      for (const m of lower.matchAll(TOKEN)) {
        if (strongCompound(m[0])) found.push({ start: m.index, end: m.index + m[0].length, messageId: 'strong' });
      }
    }
    for (const m of lower.matchAll(insult)) {
      const end = m.index + m[0].length;
      const span = { start: end - m[1].length, end };
      if (!looksLikeName(text.slice(span.start, span.end))) found.push({ ...span, messageId: 'strong' });
    }
    const harmless = Array.from(lower.matchAll(slurFriends), (m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const m of lower.matchAll(slurPattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!harmless.some((h) => h.start <= span.start && span.end <= h.end)) found.push({ ...span, messageId: 'slur' });
    }
    found.push(...disguised(lower));
    return withoutOverlaps(found).map((span) => {
      const evidence = textEvidence(ctx.text, toTyped(span));
      return { messageId: span.messageId, data: { word: evidence.text }, evidence };
    });
  },
};

export default rule;
