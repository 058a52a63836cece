/**
 * Regular English inflection, for word lists a manager types in: "splash park"
 * should also catch "splash parks", "skinny dip" should catch "skinny dipping".
 * Deliberately simple: it may produce forms nobody writes, which is harmless
 * for matching, but never drops a form people do write.
 */

const IRREGULAR: Record<string, readonly string[]> = {
  get: ['got', 'gotten'],
  go: ['went', 'gone'],
  run: ['ran'],
  swim: ['swam', 'swum'],
};

const BASE_OF_IRREGULAR = new Map(Object.entries(IRREGULAR).flatMap(([base, forms]) => forms.map((f) => [f, base])));

/** Words that link a phrase together rather than carry it; they are never inflected. */
const LINKING_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const VOWEL = /[aeiou]/;
/** One syllable ending consonant-vowel-consonant doubles its last letter: swim → swimming. */
const DOUBLES = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/** The word and its regular plural, verb and agent forms, plus any irregular ones. */
export function wordForms(word: string): string[] {
  if (word.length <= 2 || LINKING_WORDS.has(word) || !VOWEL.test(word)) return [word];
  // Already inflected: the manager wrote the form they meant ("getting changed").
  if (/(?:ing|ed)$/.test(word) && word.length >= 6) return [word];
  const forms = [word, ...(IRREGULAR[word] ?? [])];
  if (/[sxz]$|[cs]h$/.test(word)) forms.push(`${word}es`, `${word}ing`, `${word}ed`, `${word}er`, `${word}ers`);
  else if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${word}ing`);
  } else if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    forms.push(`${word}s`, `${word}d`, `${stem}ing`, `${word}r`, `${word}rs`);
  } else {
    const stem = DOUBLES.test(word) ? word + word.slice(-1) : word;
    forms.push(`${word}s`, `${stem}ing`, `${stem}ed`, `${stem}er`, `${stem}ers`);
  }
  return forms;
}

/**
 * A rough stem, the same for a word's regular and irregular forms
 * ("swimmers", "swam" and "swim" all give "swim"), so lists can be compared
 * by meaning rather than spelling. Not a real word, only a key.
 */
export function stemOf(word: string): string {
  const base = BASE_OF_IRREGULAR.get(word) ?? word;
  let stem = base
    .replace(/ies$|ied$/, 'y')
    .replace(/(?:ing|ers|er|ed)$|(?<=[sxz]|[cs]h)es$|(?<!s)s$/, '');
  if (stem.length < 3) stem = base;
  if (/([^aeiousl])\1$/.test(stem)) stem = stem.slice(0, -1);
  return stem.replace(/e$/, '');
}
