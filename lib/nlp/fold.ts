const LETTERS: Record<string, string> = { ł: 'l', ı: 'i', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss' };

/**
 * A word as the name lists hold it: lower case, accents and curly apostrophes
 * removed, so "Zoë", "ZOE" and "zoe", or "D’Angelo" and "d'angelo", look the same.
 */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  if (/^[a-z' -]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łıøđæœß]/g, (ch) => LETTERS[ch] ?? ch)
    .replace(/[\u2018\u2019\u02BC`´]/g, "'");
}
