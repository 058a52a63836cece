import { mergeNames, tidyName } from './names';

/** The columns that hold one parent or carer's name: a whole name, or a first name and surname. */
export interface CarerColumns {
  full?: number;
  first?: number;
  surname?: number;
}

// How nursery systems head a parent or carer: "Parent 1", "Parent/Carer 2 Name", "Mother", "Contact 1 First Name".
const ROLES = [
  'parentcarer',
  'parentorcarer',
  'parentguardian',
  'primarycarer',
  'secondarycarer',
  'primarycontact',
  'secondarycontact',
  'emergencycontact',
  'parent',
  'carer',
  'guardian',
  'mother',
  'father',
  'mum',
  'dad',
  'contact',
];
const PARTS: Record<string, keyof CarerColumns> = {
  '': 'full',
  name: 'full',
  fullname: 'full',
  firstname: 'first',
  forename: 'first',
  forenames: 'first',
  givenname: 'first',
  surname: 'surname',
  lastname: 'surname',
  familyname: 'surname',
};
const HEADING = new RegExp(`^(${ROLES.join('|')})s?(\\d*)(${Object.keys(PARTS).filter(Boolean).join('|')})?$`);

/**
 * Finds each parent or carer's name columns by their headings. Columns about a
 * carer that are not their name (email, mobile, relationship, consent) are left
 * alone: only names are kept in the roster.
 */
export function findCarerColumns(headings: readonly string[]): CarerColumns[] {
  const people = new Map<string, CarerColumns>();
  headings.forEach((heading, index) => {
    const match = heading.toLowerCase().replace(/[^a-z0-9]/g, '').match(HEADING);
    if (!match) return;
    const person = `${match[1]}${match[2]}`;
    const columns = people.get(person) ?? {};
    columns[PARTS[match[3] ?? '']] ??= index;
    people.set(person, columns);
  });
  return [...people.values()];
}

// "Jo Moss & Sam Lee" in a "Parents" column is two carers; in "Fiona and Ian Reid" the surname is shared.
function splitPeople(cellText: string): string[] {
  const parts = cellText.split(/\s*(?:&|\+|;|\/|\band\b)\s*/i).map(tidyName).filter(Boolean);
  const surname = parts.at(-1)?.split(' ').slice(1).join(' ');
  if (parts.length < 2 || !surname) return [tidyName(cellText)];
  return parts.map((part) => (part.includes(' ') ? part : `${part} ${surname}`));
}

/** The carers' names in one row, tidied, each once. */
export function readCarers(columns: readonly CarerColumns[], cell: (index: number | undefined) => string): string[] {
  const names = columns.flatMap((c) => (c.full !== undefined ? splitPeople(cell(c.full)) : [tidyName(`${cell(c.first)} ${cell(c.surname)}`)]));
  return mergeNames([], names.filter(Boolean));
}
