import { describe, expect, test } from 'vitest';
import { readRosterCsv } from '../../../lib/roster/read-roster-csv';

const read = (text: string) => {
  const result = readRosterCsv(text);
  if (!result.ok) throw new Error(`expected the file to be read: ${result.message}`);
  return result;
};

describe('reading a roster exported from a nursery system', () => {
  test('a name column and a Yes/No "Photo consent" column', () => {
    const { children, notes, consentColumns } = read('Name,Room,Photo consent\nAmelia Watson,Ladybirds,Yes\nTheo Okafor,Bumblebees,No\n');
    expect(children).toEqual([
      { name: 'Amelia Watson', socialMediaConsent: true },
      { name: 'Theo Okafor', socialMediaConsent: false },
    ]);
    expect(notes).toEqual([]);
    expect(consentColumns).toEqual(['Photo consent']);
  });

  test('first-name and surname columns, with every consent column needing a yes', () => {
    const csv = [
      "Child's first name,Surname,Social media,Online",
      'Priya,Shah,Y,✓',
      'Jack,Doyle,Y,✗',
      'Maisie,Ellis,N,✔',
      'Ravi,Kumar,y,',
    ].join('\r\n');
    expect(read(csv).children).toEqual([
      { name: 'Priya Shah', socialMediaConsent: true },
      { name: 'Jack Doyle', socialMediaConsent: false },
      { name: 'Maisie Ellis', socialMediaConsent: false },
      { name: 'Ravi Kumar', socialMediaConsent: false },
    ]);
  });

  test.each([
    ['true', true],
    ['TRUE', true],
    ['x', true],
    ['X', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('the answer %j counts as consent: %s', (answer, consent) => {
    expect(read(`Forename,Last name,Photo consent\nEvie,Marsh,${answer}\n`).children[0].socialMediaConsent).toBe(consent);
  });

  test('a semicolon export with a byte-order mark, a title line and "Surname, Forename" names', () => {
    const csv = '\uFEFFChildren on roll - exported 03/02/2025;;\nChild name;Photo consent;Consent form date\n"Watson, Amelia";Yes;01/09/2024\nLeo Grant;No;\n';
    const { children, consentColumns } = read(csv);
    expect(children).toEqual([
      { name: 'Amelia Watson', socialMediaConsent: true },
      { name: 'Leo Grant', socialMediaConsent: false },
    ]);
    expect(consentColumns).toEqual(['Photo consent']);
  });

  test('quoted cells may hold commas, quotes and line breaks', () => {
    const csv = 'Name,Notes,Online\r\n"Olivia O\'Neill","Allergic, ""nuts""\nsee plan",Yes\r\nFinn Byrne,,No';
    expect(read(csv).children).toEqual([
      { name: "Olivia O'Neill", socialMediaConsent: true },
      { name: 'Finn Byrne', socialMediaConsent: false },
    ]);
  });

  test('rows it cannot read are explained by row number and column, never by the child’s name', () => {
    const csv = 'First name,Surname,Photo consent\nZara,Hughes,Yes\n,,Yes\nNoah,Patterson,Parent to confirm\n\nIsla,Reid,No\n';
    const { children, notes } = read(csv);
    expect(children.map((c) => c.name)).toEqual(['Zara Hughes', 'Noah Patterson', 'Isla Reid']);
    expect(children[1].socialMediaConsent).toBe(false);
    expect(notes.map((n) => n.row)).toEqual([3, 4]);
    expect(notes[0].message).toMatch(/Row 3 has no name/);
    expect(notes[1].message).toMatch(/Row 4: “Photo consent” is not a yes or no/);
    for (const note of notes) expect(note.message).not.toMatch(/Noah|Patterson|Zara|Isla|confirm/);
  });

  test('the same child twice is kept once, with consent only if both rows say yes', () => {
    const { children, notes } = read('Name,Social media\nAlfie Moss,Yes\nalfie moss,No\n');
    expect(children).toEqual([{ name: 'Alfie Moss', socialMediaConsent: false }]);
    expect(notes).toHaveLength(1);
    expect(notes[0].message).not.toMatch(/alfie/i);
  });

  test('a file without a name column or without a consent column is refused with a plain reason that echoes no cell', () => {
    const noName = readRosterCsv('Pupil ID,Photo consent\n1001,Yes\n');
    expect(noName).toEqual({ ok: false, message: expect.stringMatching(/No name column/) });
    const noConsent = readRosterCsv('Name,Room\nHarper Lowe,Ladybirds\n');
    expect(noConsent).toEqual({ ok: false, message: expect.stringMatching(/No consent column/) });
    if (!noConsent.ok) expect(noConsent.message).not.toMatch(/Harper|Lowe/);
  });
});

describe('L5: a roster file whose quotation marks do not pair up', () => {
  test('a file ending inside quotes is read with a plain warning that names the line, not the child', () => {
    const result = read('Name,Online\n"Amelia Watson,No\nNoah Khan,Yes\nIsla Reid,Yes\n');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/line 2/);
    expect(result.warnings[0]).toMatch(/quotation mark/);
    expect(result.warnings[0]).not.toMatch(/Amelia|Noah|Isla/);
  });

  test('a name that spans line breaks is pointed out', () => {
    const result = read('Name,Online\n"Amelia\nWatson",Yes\nNoah Khan,Yes\n');
    expect(result.warnings.join(' ')).toMatch(/line 2.*more than one line/);
  });

  test('a well-formed file has no warnings', () => {
    expect(read('Name,Online\nAmelia Watson,Yes\n').warnings).toEqual([]);
  });
});

describe('parents and carers in a roster file', () => {
  test.each([
    ['Parent 1,Parent 2', 'Joanne Watson,Mark Watson'],
    ['Parent/Carer 1 Name,Parent/Carer 2 Name', 'Joanne Watson,Mark Watson'],
    ['Mother,Father', 'Joanne Watson,Mark Watson'],
    ['Carer,Guardian', 'Joanne Watson,Mark Watson'],
    ["Mother's name,Father's full name", 'Joanne Watson,Mark Watson'],
    ['Contact 1 Name,Contact 2 Name', '"Watson, Joanne",Mark Watson'],
  ])('columns headed %s are read as the child’s carers', (headings, cells) => {
    const { children } = read(`First name,Surname,${headings},Photo consent\nAmelia,Watson,${cells},Yes\n`);
    expect(children).toEqual([{ name: 'Amelia Watson', socialMediaConsent: true, carers: ['Joanne Watson', 'Mark Watson'] }]);
  });

  test('a contact’s first name and surname in two columns make one carer; phone, email and relationship columns are not names', () => {
    const csv = [
      'Child Forename,Child Surname,Contact 1 First Name,Contact 1 Surname,Contact 1 Relationship,Contact 1 Email,Contact 2 First Name,Contact 2 Surname,Parent 1 Mobile,Social media consent',
      'Theo,Okafor,Ngozi,Okafor,Mother,ngozi@example.com,Chidi,Okafor,07700 900123,No',
      'Isla,Reid,,,,,,,,Yes',
    ].join('\n');
    expect(read(csv).children).toEqual([
      { name: 'Theo Okafor', socialMediaConsent: false, carers: ['Ngozi Okafor', 'Chidi Okafor'] },
      { name: 'Isla Reid', socialMediaConsent: true },
    ]);
  });

  test('the same carer twice for a child is kept once, and a child listed twice keeps both rows’ carers', () => {
    const csv = 'Name,Mother,Carer,Online\nAlfie Moss,Jo Moss,jo moss,Yes\nAlfie Moss,Sam Lee,,Yes\n';
    expect(read(csv).children).toEqual([{ name: 'Alfie Moss', socialMediaConsent: true, carers: ['Jo Moss', 'Sam Lee'] }]);
  });

  test('two people in one "Parents" cell are two carers, sharing the surname when only the last has one', () => {
    const csv = 'Name,Parents,Online\nAlfie Moss,Jo Moss & Sam Lee,Yes\nIsla Reid,Fiona and Ian Reid,No\nLeo Grant,Grant / Mia,No\n';
    expect(read(csv).children.map((child) => child.carers)).toEqual([['Jo Moss', 'Sam Lee'], ['Fiona Reid', 'Ian Reid'], ['Grant / Mia']]);
  });
});
