import type { TextEvidence } from '../types';

/** A stretch of the post's text, by offsets into what was typed. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Drops spans that overlap one already kept, taking them in order of start and,
 * at the same start, the longer first: one finding per stretch of text.
 */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** Evidence for a span of the text exactly as typed. */
export const textEvidence = (text: string, { start, end }: Span): TextEvidence => ({
  kind: 'text',
  start,
  end,
  text: text.slice(start, end),
});
