const DELIMITERS = [',', ';', '\t'] as const;

// Spreadsheets saved in European locales use semicolons, and some systems export tabs: pick whichever the opening lines use most.
function guessDelimiter(text: string): string {
  const opening = text.split(/\r?\n/, 5).join('\n');
  const count = (d: string) => opening.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
}

/** A CSV file's cells, and where its quotation marks made the reading doubtful. */
export interface CsvText {
  rows: string[][];
  /** Lines (counting from 1) on which a quoted cell starts that runs on over a line break. */
  multiLineCellLines: number[];
  /** The line on which a quotation mark was opened and never closed, so the rest of the file fell into one cell. */
  unclosedQuoteLine?: number;
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold the
 * delimiter, line breaks and doubled quotes). Tolerates a byte-order mark,
 * Windows line endings and a missing final line break. One pass over the text,
 * so a hostile file cannot freeze the page.
 */
export function parseCsv(input: string): CsvText {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  const multiLineCellLines: number[] = [];
  let row: string[] = [];
  let cell = '';
  // Whether the cell so far is only spaces: a quote then opens a quoted cell, anywhere else it is just a character.
  let blank = true;
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
    blank = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '\n') {
        line++;
        if (multiLineCellLines.at(-1) !== quoteLine) multiLineCellLines.push(quoteLine);
      }
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"' && blank) {
      cell = '';
      quoted = true;
      blank = false;
      quoteLine = line;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += char;
      if (blank && char.trim() !== '') blank = false;
    }
  }
  if (cell !== '' || row.length > 0 || quoted) {
    endCell();
    rows.push(row);
  }
  return { rows, multiLineCellLines, ...(quoted && { unclosedQuoteLine: quoteLine }) };
}
