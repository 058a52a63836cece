import type { CheckContext } from '../engine/context';
import { foldName } from './fold';
import { FUNCTION_WORDS, TITLES } from './lexicon';

/** One word of the post, with what the name rules need to know about it. */
export interface Word {
  /** Offset of the first letter in `ctx.text`. */
  start: number;
  /** Offset just past the word, leaving out a possessive "'s" or "'". */
  end: number;
  /** The word as typed, without its possessive ending. */
  text: string;
  /** `text` folded for the name lists ("d'angelo", "zoe"). */
  key: string;
  /** Followed by "'s" or, after an s, a lone apostrophe. */
  possessive: boolean;
  /** Written with a capital first letter ("Rose", "McAllister", "d'Angelo"). */
  capitalised: boolean;
  /** A single capital letter, as in "Oliver B." or "Dr S. Whitcombe". */
  initial: boolean;
  /** Separated from the word before by spaces alone, so the two can be one name. */
  joined: boolean;
  /** The characters between the word before and this one. */
  before: string;
  /** The first word of a sentence, where a capital says nothing. */
  sentenceStart: boolean;
  /** In a sentence written in Title Case or capitals, where capitals say nothing about names. */
  casual: boolean;
  /** Part of an address, email, link or hashtag rather than running text. */
  literal: boolean;
  /** compromise's tags for the word in this sentence. */
  tags: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*/gu;
const SENTENCE_BREAK = /[.!?\n\r…]|\p{Extended_Pictographic}/u;
const UPPER = /\p{Lu}/u;
const NO_TAGS: ReadonlySet<string> = new Set();
/** What follows a word inside an email address or a link: "becky.thornton@", "https://", "example.org/". */
const LITERAL_AFTER = /^(?:[@/]|[.@][\p{L}\d]|:\/\/)/u;

/** compromise's tags by the offset at which each term starts. */
function tagsByOffset(ctx: CheckContext): Map<number, ReadonlySet<string>> {
  const byOffset = new Map<number, ReadonlySet<string>>();
  let offset = 0;
  for (const sentence of ctx.doc.document) {
    for (const term of sentence) {
      offset += term.pre.length;
      if (term.text && term.tags) byOffset.set(offset, term.tags);
      offset += term.text.length + term.post.length;
    }
  }
  return byOffset;
}

/** A capital after a name prefix counts too: "d'Angelo", "O'Neill", "McAllister". */
const isCapitalised = (word: string): boolean =>
  UPPER.test(word[0]) || (/^[a-z]{1,2}'/i.test(word) && UPPER.test(word[word.indexOf("'") + 1] ?? ''));

/** A sentence's capitals carry no news when it capitalises its little words ("To", "And", "At") or shouts. */
function markCasualSentences(words: Word[]): void {
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !words[i].sentenceStart) continue;
    const rest = words.slice(from + 1, i).filter((w) => !w.literal);
    const capitals = rest.filter((w) => w.capitalised);
    const littleCapitals = capitals.filter((w) => FUNCTION_WORDS.has(w.key)).length;
    const letters = words.slice(from, i).map((w) => w.text).join('');
    const shouting = letters.length > 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    const casual =
      shouting ||
      littleCapitals >= 2 ||
      (littleCapitals >= 1 && rest.length >= 4 && capitals.length / rest.length >= 0.6);
    for (let j = from; j < i; j++) words[j].casual = casual;
    from = i;
  }
}

/** The post's words, found once per post and shared by the name rules. */
export function postWords(ctx: CheckContext): readonly Word[] {
  return ctx.memo('nlp:words', () => {
    const text = ctx.normalised;
    const tags = tagsByOffset(ctx);
    const words: Word[] = [];
    let previousEnd = 0;
    for (const match of text.matchAll(WORD)) {
      const start = match.index;
      let raw = match[0];
      let possessive = false;
      if (/.'s$/i.test(raw)) {
        raw = raw.slice(0, -2);
        possessive = true;
      } else if (/s$/i.test(raw) && text[start + raw.length] === "'" && !/\p{L}/u.test(text[start + raw.length + 1] ?? '')) {
        possessive = true;
      }
      const end = start + raw.length;
      const before = text.slice(previousEnd, start);
      const previous = words[words.length - 1];
      // "Mrs. Patel" and "Oliver B. Smith": a full stop after a title or initial ends no sentence.
      const abbreviation = previous && /^\.\s+$/.test(before) && (previous.initial || TITLES.has(previous.key));
      words.push({
        start,
        end,
        text: ctx.text.slice(start, end),
        key: foldName(raw),
        possessive,
        capitalised: isCapitalised(raw),
        initial: raw.length === 1 && UPPER.test(raw),
        joined: previous !== undefined && /^[ \t]+$/.test(before),
        before,
        sentenceStart: !previous || (SENTENCE_BREAK.test(before) && !abbreviation),
        casual: false,
        literal: /[#@/\w.]$/.test(before) || LITERAL_AFTER.test(text.slice(start + match[0].length, start + match[0].length + 3)),
        tags: tags.get(start) ?? NO_TAGS,
      });
      previousEnd = start + match[0].length;
    }
    markCasualSentences(words);
    return words;
  });
}
