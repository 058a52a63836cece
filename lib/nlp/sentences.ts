import type { CheckContext } from '../engine/context';
import type { Span } from '../text/spans';

/**
 * Ends a sentence: a full stop, ! or ? before a space or the end, a line break, or an
 * emoji before a capital ("nightmare at lunch 🙄 Good luck at bedtime").
 */
const SENTENCE_END = /[.!?…]+(?=[\s\p{Extended_Pictographic}]|$)|\n+|\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*(?=\s+\p{Lu})/gu;
const TITLE_BEFORE = /(?:^|\s)(?:mr|mrs|ms|dr|miss|mx|prof|st|[a-z])$/i;

/**
 * The post's sentences as spans of the text, found once per post: the window in
 * which a word is about the people named beside it. "Mrs. Patel", "Oliver B." and
 * an ellipsis before lower case do not end a sentence.
 */
export function sentenceSpans(ctx: CheckContext): readonly Span[] {
  return ctx.memo('nlp:sentences', () => {
    const text = ctx.normalised;
    const spans: Span[] = [];
    let start = 0;
    for (const m of text.matchAll(SENTENCE_END)) {
      if (m[0] === '.' && TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      // "the car park... only two years late": an ellipsis before lower case carries the thought on.
      if (/^(?:\.{2,}|…)$/.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[0].length))) continue;
      const end = m.index + m[0].length;
      if (text.slice(start, end).trim()) spans.push({ start, end });
      start = end;
    }
    if (text.slice(start).trim()) spans.push({ start, end: text.length });
    return spans;
  });
}

/** The index of the sentence that holds an offset. */
export const sentenceAt = (sentences: readonly Span[], offset: number): number =>
  Math.max(0, sentences.findIndex((s) => offset >= s.start && offset < s.end));
