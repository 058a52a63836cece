/**
 * Letters of other alphabets that look like Latin ones (after Unicode TR39's
 * confusables, Cyrillic and Greek only), as pairs of the look-alike and the
 * Latin letter it passes for. A word spelled with them ("fuсk" with a
 * Cyrillic с, "Аmelia" with a Cyrillic А) reads as the Latin word it imitates.
 */
export const confusableLetters: readonly (readonly [string, string])[] = [
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'],
  ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['α', 'a'], ['ι', 'i'],
  ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['υ', 'u'], ['χ', 'x'], ['Ѕ', 'S'], ['І', 'I'],
  ['Ј', 'J'], ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'],
  ['С', 'C'], ['Т', 'T'], ['У', 'Y'], ['Х', 'X'], ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'],
  ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['і', 'i'], ['ј', 'j'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ɑ', 'a'],
  ['ɡ', 'g'], ['ı', 'i'],
];
