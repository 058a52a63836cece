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
  rootsAnywhere,
  strongWords,
} from './data/profanity';
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

const rule: Rule = {
  id: 'profanity',
  meta: {
    description: 'Strong swear words, including masked spellings.',
    defaultSeverity: 'block',
    clause: {
      source: 'Social media policy for a pre-school (001)',
      quote: 'profanity block lists are established at \'strong\'',
    },
    messages: {
      strong:
        'Ask yourself: is “{{word}}” the language the setting wants to be known for? Strong swearing is not allowed on the setting\'s pages.',
    },
  },
  check(ctx) {
    const { lower, text } = ctx;
    const found: Span[] = [];
    for (const m of lower.matchAll(strong)) {
      if (maskedPlausibly(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
    }
    if (anyRoot.test(lower)) {
      for (const m of lower.matchAll(TOKEN)) {
        if (strongCompound(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    for (const m of lower.matchAll(insult)) {
      const end = m.index + m[0].length;
      const span = { start: end - m[1].length, end };
      if (!looksLikeName(text.slice(span.start, span.end))) found.push(span);
    }
    return withoutOverlaps(found).map((span) => {
      const evidence = textEvidence(text, span);
      return { messageId: 'strong', data: { word: evidence.text }, evidence };
    });
  },
};

export default rule;
