const DELIMITERS = [',', ';', '\t'] as const;

// Spreadsheets saved in European locales use semicolons, and some systems export tabs: pick whichever the opening lines use most.
function guessDelimiter(text: string): string {
  const opening = text.split(/\r?\n/, 5).join('\n');
  const count = (d: string) => opening.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold the
 * delimiter, line breaks and doubled quotes). Tolerates a byte-order mark,
 * Windows line endings and a missing final line break.
 */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
