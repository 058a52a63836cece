/** One word as tesseract read it, with its confidence (0 to 100). */
export interface ReadWord {
  text: string;
  confidence: number;
}

/**
 * Below this, a "word" is more often texture than writing: grass, fabric and
 * paint come back as short strings read with low confidence, and a single
 * one of them joined to a real word could make a false full name.
 */
export const MIN_CONFIDENCE = 80;

// Writing people read: letters and digits, with the joins names, numbers and addresses use inside a word.
const WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’.@+&/-]*[\p{L}\p{N}])?$/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The word with the punctuation around it taken off, or nothing when it does not look like writing. */
export function keptWord(word: ReadWord): string | undefined {
  if (word.confidence < MIN_CONFIDENCE) return undefined;
  const core = word.text.normalize('NFC').replace(EDGE_PUNCTUATION, '');
  if (core.length < 2 || !WORD.test(core)) return undefined;
  return core;
}

/**
 * The writing worth checking, line by line: the words read with confidence,
 * in order. Where a word is left out, the line breaks there, so words either
 * side of noise are never joined into a name that was not written.
 */
export function confidentText(lines: readonly (readonly ReadWord[])[]): string {
  const phrases: string[] = [];
  let phrase: string[] = [];
  const endPhrase = () => {
    if (phrase.length > 0) phrases.push(phrase.join(' '));
    phrase = [];
  };
  for (const line of lines) {
    for (const word of line) {
      const kept = keptWord(word);
      const text = word.text.trim();
      if (kept === undefined || !text.startsWith(kept)) endPhrase();
      if (kept === undefined) continue;
      phrase.push(kept);
      if (!text.endsWith(kept)) endPhrase();
    }
    endPhrase();
  }
  return phrases.join('\n');
}
