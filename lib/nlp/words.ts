import type { CheckContext } from '../engine/context';
import { foldName } from './fold';
import { FUNCTION_WORDS, TITLES } from './lexicon';

/** One word of the post, with what the name rules need to know about it. */
export interface Word {
  /** Offset of the first letter in `ctx.text`, as typed. */
  start: number;
  /** Offset just past the word in `ctx.text`, leaving out a possessive "'s" or "'". */
  end: number;
  /** The word as typed, without its possessive ending. */
  text: string;
  /** The word folded for the name lists ("d'angelo", "zoe"). */
  key: string;
  /** Followed by "'s" or, after an s, a lone apostrophe. */
  possessive: boolean;
  /** Written with a capital first letter ("Rose", "McAllister", "d'Angelo"). */
  capitalised: boolean;
  /** Written all in capitals, two letters or more. */
  shouted: boolean;
  /** A single capital letter, as in "Oliver B." or "Dr S. Whitcombe". */
  initial: boolean;
  /** Separated from the word before by spaces alone (or inside one hashtag), so the two can be one name. */
  joined: boolean;
  /** The characters between the word before and this one. */
  before: string;
  /** The first word of a sentence, where a capital says nothing. */
  sentenceStart: boolean;
  /** In a sentence written in Title Case or capitals, where capitals say nothing about names. */
  casual: boolean;
  /** Part of an address, email or link rather than running text. */
  literal: boolean;
  /** Part of a hashtag or mention ("#AmeliaWatson" gives "Amelia" and "Watson"). */
  inTag: boolean;
  /** The whole hashtag or mention this word is part of, folded, without its mark. */
  tag?: string;
  /** compromise's tags for the word in this sentence (none past the parsed length). */
  tags: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*/gu;
/** A hashtag or mention: "#AmeliaWatson", "@amelia", "#amelia_watson"; not the "@" of an email address. */
const TAG = /(?<![\p{L}\p{N}_.])[#@][\p{L}\p{M}\p{N}_'-]*\p{L}[\p{L}\p{M}\p{N}_'-]*/gu;
/** The words run together in a tag: "AmeliaWatson" → "Amelia", "Watson"; "SAMJones" → "SAM", "Jones". */
const TAG_PART = /\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+(?:'[\p{Ll}\p{M}]+)?/gu;
const SENTENCE_BREAK = /[.!?\n\r…]|\p{Extended_Pictographic}/u;
const UPPER = /\p{Lu}/u;
const NO_TAGS: ReadonlySet<string> = new Set();
/** What follows a word inside an email address or a link: "becky.thornton@", "https://", "example.org/". */
const LITERAL_AFTER = /^(?:[@/]|[.@][\p{L}\d]|:\/\/)/u;

/** compromise's tags by the offset (in the analysed text) at which each term starts. */
function tagsByOffset(ctx: CheckContext): Map<number, ReadonlySet<string>> {
  const byOffset = new Map<number, ReadonlySet<string>>();
  for (const chunk of ctx.chunks) {
    let offset = chunk.offset;
    for (const sentence of chunk.doc.document) {
      for (const term of sentence) {
        offset += term.pre.length;
        if (term.text && term.tags) byOffset.set(offset, term.tags);
        offset += term.text.length + term.post.length;
      }
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
    const running = words.slice(from, i).filter((w) => !w.literal && !w.inTag);
    const rest = running.slice(1);
    const capitals = rest.filter((w) => w.capitalised);
    const littleCapitals = capitals.filter((w) => FUNCTION_WORDS.has(w.key)).length;
    const letters = running.map((w) => w.text).join('');
    const shouting = letters.length > 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    // "Dydd Gŵyl Dewi Hapus", "Meet Gemma Hargreaves": a line of capitalised words is a heading.
    const heading = rest.length >= 2 && capitals.length === rest.length && running[0]?.capitalised;
    const casual =
      shouting ||
      heading ||
      littleCapitals >= 2 ||
      (littleCapitals >= 1 && rest.length >= 4 && capitals.length / rest.length >= 0.6);
    for (let j = from; j < i; j++) words[j].casual = casual && !words[j].inTag;
    from = i;
  }
}

interface Piece {
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  raw: string;
  tag?: { start: number; end: number; key: string };
}

/** Running-text words, and the words run together in each hashtag or mention. */
function pieces(text: string): Piece[] {
  const tags = Array.from(text.matchAll(TAG), (m) => ({ start: m.index, end: m.index + m[0].length, key: foldName(m[0].slice(1)) }));
  const found: Piece[] = [];
  let t = 0;
  for (const match of text.matchAll(WORD)) {
    while (t < tags.length && tags[t].end <= match.index) t++;
    const tag = tags[t] && tags[t].start < match.index ? tags[t] : undefined;
    if (!tag) {
      found.push({ start: match.index, end: match.index + match[0].length, raw: match[0] });
      continue;
    }
    for (const part of match[0].matchAll(TAG_PART)) {
      found.push({ start: match.index + part.index, end: match.index + part.index + part[0].length, raw: part[0], tag });
    }
  }
  return found;
}

/** The post's words, found once per post and shared by the name rules. */
export function postWords(ctx: CheckContext): readonly Word[] {
  return ctx.memo('nlp:words', () => {
    const { analysed } = ctx;
    const text = analysed.text;
    const tags = tagsByOffset(ctx);
    const words: Word[] = [];
    let previousEnd = 0;
    let previousTag: Piece['tag'];
    for (const piece of pieces(text)) {
      const { start } = piece;
      let raw = piece.raw;
      let possessive = false;
      if (/.'s$/i.test(raw)) {
        raw = raw.slice(0, -2);
        possessive = true;
      } else if (/s$/i.test(raw) && text[start + raw.length] === "'" && !/\p{L}/u.test(text[start + raw.length + 1] ?? '')) {
        possessive = true;
      }
      const typed = analysed.toTyped({ start, end: start + raw.length });
      const before = text.slice(previousEnd, start);
      const previous = words[words.length - 1];
      const sameTag = piece.tag !== undefined && piece.tag === previousTag;
      // "Mrs. Patel" and "Oliver B. Smith": a full stop after a title or initial ends no sentence.
      const abbreviation = previous && /^\.\s+$/.test(before) && (previous.initial || TITLES.has(previous.key));
      words.push({
        start: typed.start,
        end: typed.end,
        text: ctx.text.slice(typed.start, typed.end),
        key: foldName(raw),
        possessive,
        capitalised: isCapitalised(raw),
        shouted: raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
        initial: raw.length === 1 && UPPER.test(raw),
        joined: previous !== undefined && (sameTag || (!piece.tag && /^[ \t]+$/.test(before))),
        before,
        sentenceStart: !previous || (!sameTag && SENTENCE_BREAK.test(before) && !abbreviation),
        casual: false,
        literal: !piece.tag && (/[@/\w.]$/.test(before) || LITERAL_AFTER.test(text.slice(piece.end, piece.end + 3))),
        inTag: piece.tag !== undefined,
        tag: piece.tag?.key,
        tags: tags.get(start) ?? NO_TAGS,
      });
      previousEnd = piece.end;
      previousTag = piece.tag;
    }
    markCasualSentences(words);
    return words;
  });
}
