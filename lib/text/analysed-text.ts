import { confusableLetters } from '../rules/data/confusables';
import { lowerSameLength } from './normalise';
import type { Span } from './spans';

/**
 * The post's text as the rules read it, with a map back to what was typed
 * (security review M3: nothing hides a word). Invisible format characters and
 * soft hyphens are dropped, compatibility forms (fullwidth, mathematical
 * letters) are folded by NFKC, accents are taken off, other scripts' digits
 * become 0-9, a word mixing Latin letters with look-alikes from Cyrillic or
 * Greek is read in Latin, and typographic quotes, spaces and dashes are plain.
 */
export interface AnalysedText {
  /** The folded text. */
  readonly text: string;
  /** `text` in lower case, the same length. */
  readonly lower: string;
  /** The span of what was typed that produced `text`'s span [start, end). */
  toTyped(span: Span): Span;
}

const CONFUSABLE = new Map(confusableLetters);
const TYPOGRAPHIC: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'", '`': "'", '´': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"', '\u2010': '-', '\u2011': '-',
};
/** Digit zeros of scripts whose digits NFKC leaves alone (Arabic-Indic, Persian, Devanagari, Bengali and more). */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810];
const INVISIBLE = /^[\p{Cf}\u00AD\u034F\u115F\u1160\u3164\uFFA0]$/u;
const SPACE = /^\p{Zs}$/u;
const LATIN_OR_LOOK_ALIKE = /^[\p{Script=Latin}\p{M}]$/u;

function foldCharacter(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return ch === '`' ? "'" : ch === '\t' ? ' ' : ch;
  if (INVISIBLE.test(ch)) return '';
  if (TYPOGRAPHIC[ch]) return TYPOGRAPHIC[ch];
  if (SPACE.test(ch)) return ' ';
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return ch.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Words in which every letter is Latin or a look-alike read in Latin; other scripts' words stay as written. */
function foldLookAlikes(chars: string[]): void {
  let from = -1;
  const flush = (to: number): void => {
    if (from < 0) return;
    const word = chars.slice(from, to);
    const mixed = word.some((c) => CONFUSABLE.has(c)) && word.every((c) => c === '' || CONFUSABLE.has(c) || LATIN_OR_LOOK_ALIKE.test(c));
    if (mixed) for (let i = from; i < to; i++) chars[i] = CONFUSABLE.get(chars[i]) ?? chars[i];
    from = -1;
  };
  chars.forEach((c, i) => {
    if (c === '' || /^\p{L}+$/u.test(c)) {
      if (from < 0 && c !== '') from = i;
    } else flush(i);
  });
  flush(chars.length);
}

/** Characters that need folding: anything outside plain ASCII, and the backtick and tab. */
const NEEDS_FOLDING = /[^\x00-\x08\x0A-\x5F\x61-\x7F]/;

/** Folds the text and keeps, for every folded character, where it came from in what was typed. */
export function analyseText(typed: string): AnalysedText {
  if (!NEEDS_FOLDING.test(typed)) {
    return { text: typed, lower: typed.toLowerCase(), toTyped: ({ start, end }: Span): Span => ({ start, end }) };
  }
  const sources: number[] = [];
  const chars: string[] = [];
  let offset = 0;
  for (const ch of typed) {
    chars.push(foldCharacter(ch));
    sources.push(offset);
    offset += ch.length;
  }
  sources.push(offset);
  foldLookAlikes(chars);
  const total = chars.reduce((n, folded) => n + folded.length, 0);
  const starts = new Int32Array(total + 1);
  const ends = new Int32Array(total + 1);
  let length = 0;
  chars.forEach((folded, i) => {
    for (let k = 0; k < folded.length; k++) {
      starts[length] = sources[i];
      ends[length] = sources[i + 1];
      length++;
    }
  });
  const text = chars.join('');
  return {
    text,
    lower: lowerSameLength(text),
    toTyped: ({ start, end }: Span): Span => {
      const from = start < length ? starts[start] : typed.length;
      return { start: from, end: end > start ? ends[end - 1] : from };
    },
  };
}
