import type { InvalidCase, PostCase } from '../rule-tester';

const casings = [(text: string) => text, (text: string) => text.toLowerCase(), (text: string) => text.toUpperCase()];

/** Each invalid case as written, in lower case and in capitals, pointing at the same words in the same casing. */
export const inEveryCasing = (cases: readonly InvalidCase[]): InvalidCase[] =>
  cases.flatMap((c) => {
    const seen = new Set<string>();
    return casings
      .map((cased) => ({ ...c, text: cased(c.text), errors: c.errors.map(cased) }))
      .filter((c2) => !seen.has(c2.text) && seen.add(c2.text));
  });

/** Each valid case as written, in lower case and in capitals. */
export const validInEveryCasing = (cases: readonly (string | PostCase)[]): PostCase[] =>
  cases.flatMap((c) => {
    const post = typeof c === 'string' ? { text: c } : c;
    return [...new Set(casings.map((cased) => cased(post.text)))].map((text) => ({ ...post, text }));
  });
