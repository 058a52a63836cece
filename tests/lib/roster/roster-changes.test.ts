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
