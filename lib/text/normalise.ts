/**
 * Folds typographic look-alikes to plain characters one for one, so every
 * offset into the result is also an offset into what the person typed.
 * Phones and word processors turn ' into ’ and spaces into no-break spaces;
 * "D’Angelo" and "D'Angelo" must read the same.
 */
export function normaliseSameLength(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u02BC\u2032\uFF07`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
}

/**
 * Lower-cases without changing length: a character whose lower case is longer
 * (such as "İ") is kept as it is, so offsets stay true.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
