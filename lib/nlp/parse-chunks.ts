import nlp from 'compromise';

/** A compromise document, as `nlp()` returns it. */
export type NlpDocument = ReturnType<typeof nlp>;

/** One bounded piece of the text and compromise's parse of it. */
export interface ParsedChunk {
  /** Offset of the piece in the text that was split. */
  offset: number;
  doc: NlpDocument;
}

/** The longest piece parsed at once: compromise's cost grows faster than the length of what it parses. */
const CHUNK = 2000;
/**
 * The most text parsed per post, six long posts' worth (security review H3). Words
 * past it keep no parts of speech; the word lists and patterns still read them.
 */
export const MAX_PARSED = 12_000;

/** Where to end a piece that starts at `from`: a paragraph, then a sentence, then a space before the limit. */
function pieceEnd(text: string, from: number): number {
  const limit = from + CHUNK;
  if (limit >= text.length) return text.length;
  const window = text.slice(from, limit);
  for (const boundary of [/\n\s*/g, /[.!?…]+["')\]]*\s+/g, /\s+/g]) {
    let end = -1;
    for (const m of window.matchAll(boundary)) if (m.index > 0) end = m.index + m[0].length;
    if (end > CHUNK / 4) return from + end;
  }
  return limit;
}

/** compromise's parses of the text, a paragraph or a few sentences at a time, up to {@link MAX_PARSED} characters. */
export function parseChunks(text: string): ParsedChunk[] {
  const chunks: ParsedChunk[] = [];
  const stop = Math.min(text.length, MAX_PARSED);
  for (let from = 0; from < stop; ) {
    const end = Math.min(pieceEnd(text, from), stop);
    chunks.push({ offset: from, doc: nlp(text.slice(from, end)) });
    from = end;
  }
  return chunks;
}
