import { describe, expect, test } from 'vitest';
import type { RosterChild } from '../../../lib/policy/policy';
import { applyRosterChanges, compareRoster } from '../../../lib/roster/roster-changes';

const current: RosterChild[] = [
  { name: 'Amelia Watson', socialMediaConsent: false, room: 'Ladybirds' },
  { name: 'Theo Okafor', socialMediaConsent: true },
  { name: 'Leo Grant', socialMediaConsent: true },
];
const incoming: RosterChild[] = [
  { name: 'amelia  watson', socialMediaConsent: true },
  { name: 'Theo Okafor', socialMediaConsent: true },
  { name: 'Priya Shah', socialMediaConsent: false },
];

describe('previewing a roster import', () => {
  test('names who is new, whose consent changes, who is the same and who is missing from the file', () => {
    const changes = compareRoster(current, incoming);
    expect(changes.added).toEqual([{ name: 'Priya Shah', socialMediaConsent: false }]);
    expect(changes.consentChanged).toEqual([{ before: current[0], after: incoming[0] }]);
    expect(changes.unchanged).toBe(1);
    expect(changes.missing).toEqual([current[2]]);
  });

  test('applying keeps what the roster knew, takes the file’s consent, and keeps missing children unless asked', () => {
    expect(applyRosterChanges(current, incoming, false)).toEqual([
      { name: 'Amelia Watson', socialMediaConsent: true, room: 'Ladybirds' },
      { name: 'Theo Okafor', socialMediaConsent: true },
      { name: 'Leo Grant', socialMediaConsent: true },
      { name: 'Priya Shah', socialMediaConsent: false },
    ]);
    expect(applyRosterChanges(current, incoming, true).map((c) => c.name)).toEqual(['Amelia Watson', 'Theo Okafor', 'Priya Shah']);
  });
});

describe('parents and carers in a roster import', () => {
  const roster: RosterChild[] = [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }];

  test('carers the file adds are shown and kept beside those the roster had; the same name in other case is not added twice', () => {
    const file: RosterChild[] = [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['joanne watson', 'Mark Watson'] }];
    const changes = compareRoster(roster, file);
    expect(changes.carersAdded).toEqual([{ child: roster[0], carers: ['Mark Watson'] }]);
    expect(changes.unchanged).toBe(0);
    expect(applyRosterChanges(roster, file, false)).toEqual([
      { name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson', 'Mark Watson'] },
    ]);
  });

  test('a file without carer columns leaves the roster’s carers as they were', () => {
    const file: RosterChild[] = [{ name: 'Amelia Watson', socialMediaConsent: false }];
    expect(compareRoster(roster, file)).toMatchObject({ carersAdded: [], unchanged: 1 });
    expect(applyRosterChanges(roster, file, false)).toEqual(roster);
  });
});
