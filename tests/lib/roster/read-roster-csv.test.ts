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
