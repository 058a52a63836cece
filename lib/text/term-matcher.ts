import type { KeywordOverride } from '../policy/policy';
import { stemOf, wordForms } from './inflections';
import { phrasePattern, wordsOf } from './phrase-pattern';
import { longestFirst, wholeWords } from './regexp';
import { withoutOverlaps, type Span } from './spans';

/** A term found in the text, with the kind of term it is. */
export interface TermMatch extends Span {
  category: string;
}

/** Finds a rule's terms, with a manager's additions and removals. */
export interface TermMatcher {
  /** Every term in `lower` (the post in lower case), longest first where two overlap, look-alikes left out. */
  find(lower: string): TermMatch[];
}

const asTyped = (phrase: string): string => phrasePattern(wordsOf(phrase).map((word) => [word]));
const withInflections = (phrase: string): string => phrasePattern(wordsOf(phrase).map(wordForms));
const stemKey = (phrase: string): string => wordsOf(phrase).map(stemOf).join(' ');

/**
 * Compiles term lists by category. Built-in terms match as listed (every form is in the
 * data); a manager's additions match in any regular inflection, and a removal drops a
 * term in every inflection, as for the activity words. `lookAlikes` are longer phrases
 * in which a term means something else ("bite size").
 */
export function termMatcher(
  categories: Readonly<Record<string, readonly string[]>>,
  lookAlikes: readonly string[],
  addedCategory: string,
  override?: KeywordOverride,
): TermMatcher {
  const removed = new Set((override?.remove ?? []).map(stemKey));
  const patterns: { category: string; pattern: RegExp }[] = [];
  for (const [category, terms] of Object.entries(categories)) {
    const kept = terms.filter((term) => !removed.has(stemKey(term)));
    if (kept.length) patterns.push({ category, pattern: wholeWords(longestFirst(kept.map(asTyped))) });
  }
  const added = (override?.add ?? []).filter((term) => wordsOf(term).length > 0);
  if (added.length) patterns.push({ category: addedCategory, pattern: wholeWords(longestFirst(added.map(withInflections))) });
  const excused = lookAlikes.length ? wholeWords(longestFirst(lookAlikes.map(asTyped))) : null;
  return {
    find(lower) {
      const found: TermMatch[] = [];
      for (const { category, pattern } of patterns) {
        for (const m of lower.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, category });
      }
      if (found.length === 0 || !excused) return withoutOverlaps(found);
      const spans = Array.from(lower.matchAll(excused), (m) => ({ start: m.index, end: m.index + m[0].length }));
      return withoutOverlaps(found).filter((term) => !spans.some((e) => e.start <= term.start && term.end <= e.end));
    },
  };
}

/** Compiles once per manager's override object, as policies are long-lived. */
export function cachedTermMatcher(build: (override?: KeywordOverride) => TermMatcher): (override?: KeywordOverride) => TermMatcher {
  const builtIn = build();
  const byOverride = new WeakMap<KeywordOverride, TermMatcher>();
  return (override) => {
    // A policy file may give only one of the two lists.
    if (!override?.add?.length && !override?.remove?.length) return builtIn;
    let matcher = byOverride.get(override);
    if (!matcher) byOverride.set(override, (matcher = build(override)));
    return matcher;
  };
}
