import type { RosterChild } from '../policy/policy';
import { findCarerColumns, readCarers, type CarerColumns } from './carer-columns';
import { mergeNames, tidyName } from './names';
import { parseCsv, type CsvText } from './parse-csv';

/**
 * Something about one row of a roster file, for the manager. Says which row and
 * which column, never what the cell held: the file is personal data about children.
 */
export interface RowNote {
  /** The row's line in the spreadsheet, counting the heading row as 1 when it is first. */
  row: number;
  message: string;
}

/** What a roster file held: the children it could read, and notes on the rows it could not. */
export type RosterFile =
  | {
      ok: true;
      children: RosterChild[];
      /** Rows skipped, or read with a safe guess the manager should check. */
      notes: RowNote[];
      /** The consent columns used, by their headings in the file. */
      consentColumns: string[];
      /** Doubts about the file as a whole (quotation marks that do not pair up), in plain words. */
      warnings: string[];
    }
  | { ok: false; message: string };

const key = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');
// "Child's first name" and "Pupil surname" are the same columns as "First name" and "Surname".
const headingKey = (heading: string): string => key(heading.replace(/^\s*(child|pupil|student)(['’]?s)?\s+(?=\S)/i, ''));

const FULL_NAME = ['name', 'fullname', 'childname'];
const FIRST_NAME = ['firstname', 'forename', 'forenames', 'givenname', 'first'];
const SURNAME = ['surname', 'lastname', 'familyname', 'last'];
const CONSENT_WORDS = ['consent', 'permission', 'socialmedia', 'online'];
// A "Consent form date" or "Consent notes" column is about consent but is not an answer to it.
const NOT_AN_ANSWER = ['date', 'note', 'comment', 'signed', 'givenby', 'expir', 'reviewed'];

const YES = new Set(['yes', 'y', 'true', 't', '1', '✓', '✔', '☑', '✅', 'x', 'given', 'agreed', 'consent', 'consented']);
const NO = new Set(['no', 'n', 'false', 'f', '0', '✗', '✘', '☐', '❌', 'refused', 'declined', 'withheld']);

interface Columns {
  name?: number;
  first?: number;
  surname?: number;
  consent: number[];
  carers: CarerColumns[];
}

function findColumns(headings: string[]): Columns {
  const keys = headings.map(headingKey);
  const find = (names: string[]) => {
    const index = keys.findIndex((k) => names.includes(k));
    return index >= 0 ? index : undefined;
  };
  const consent = keys.flatMap((k, index) =>
    CONSENT_WORDS.some((w) => k.includes(w)) && !NOT_AN_ANSWER.some((w) => k.includes(w)) ? [index] : [],
  );
  return { name: find(FULL_NAME), first: find(FIRST_NAME), surname: find(SURNAME), consent, carers: findCarerColumns(headings) };
}

const hasName = (c: Columns): boolean => c.name !== undefined || c.first !== undefined;


/**
 * Reads a roster exported from a nursery's own system: a name column, or
 * first-name and surname columns, and one or more consent columns ("Photo
 * consent", "Social media", "Online") answered Yes/No, Y/N, true/false or with
 * ticks. A child has consent only when every consent column says yes; a blank
 * or unclear answer counts as no, because naming a child without consent is the
 * harm this prevents.
 */
export function readRosterCsv(text: string): RosterFile {
  const csv = parseCsv(text);
  const { rows } = csv;
  // Some exports put a title line or two above the headings.
  const headingIndex = rows.slice(0, 5).findIndex((row) => hasName(findColumns(row)));
  if (headingIndex < 0) {
    return {
      ok: false,
      message: 'No name column was found. The first row should have headings such as “Name”, or “First name” and “Surname”.',
    };
  }
  const headings = rows[headingIndex];
  const columns = findColumns(headings);
  if (columns.consent.length === 0) {
    return {
      ok: false,
      message: 'No consent column was found. Add a column headed “Photo consent”, “Social media” or “Online” with Yes or No for each child.',
    };
  }
  const children: RosterChild[] = [];
  const notes: RowNote[] = [];
  const seen = new Map<string, { child: RosterChild; row: number }>();
  rows.slice(headingIndex + 1).forEach((cells, offset) => {
    const row = headingIndex + offset + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const cell = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
    const name = tidyName(columns.name !== undefined ? cell(columns.name) : `${cell(columns.first)} ${cell(columns.surname)}`);
    if (name === '') {
      notes.push({ row, message: `Row ${row} has no name, so it was skipped.` });
      return;
    }
    let consent = true;
    for (const index of columns.consent) {
      const answer = key(cell(index)) || cell(index);
      if (YES.has(answer) || YES.has(cell(index))) continue;
      consent = false;
      if (answer !== '' && !NO.has(answer) && !NO.has(cell(index))) {
        notes.push({ row, message: `Row ${row}: “${headings[index].trim()}” is not a yes or no, so this child is set to no consent. Please check it.` });
      }
    }
    const carers = readCarers(columns.carers, cell);
    const earlier = seen.get(name.toLowerCase());
    if (earlier) {
      earlier.child.socialMediaConsent &&= consent;
      const merged = mergeNames(earlier.child.carers ?? [], carers);
      if (merged.length > 0) earlier.child.carers = merged;
      notes.push({ row, message: `Row ${row} has the same name as row ${earlier.row}; they are kept as one child, with consent only if both rows say yes.` });
      return;
    }
    const child: RosterChild = { name, socialMediaConsent: consent, ...(carers.length > 0 && { carers }) };
    seen.set(name.toLowerCase(), { child, row });
    children.push(child);
  });
  return { ok: true, children, notes, consentColumns: columns.consent.map((index) => headings[index].trim()), warnings: quoteWarnings(csv) };
}


// A stray quotation mark silently joins children together; say where, by line, never by what the cells held.
function quoteWarnings({ unclosedQuoteLine, multiLineCellLines }: CsvText): string[] {
  const warnings: string[] = [];
  if (unclosedQuoteLine !== undefined) {
    warnings.push(
      `A quotation mark on line ${unclosedQuoteLine} is never closed, so everything after it was read as one cell and children may be missing or joined together. Open the file in a spreadsheet, check line ${unclosedQuoteLine}, save it again and import it again.`,
    );
  }
  const spanning = multiLineCellLines.filter((line) => line !== unclosedQuoteLine);
  if (spanning.length > 0) {
    const lines = spanning.slice(0, 5).join(', ') + (spanning.length > 5 ? ` and ${spanning.length - 5} more` : '');
    warnings.push(`A cell on line ${lines} runs over more than one line. Check that the children read from there look right.`);
  }
  return warnings;
}
