import type { RosterChild } from '../policy/policy';
import { mergeNames } from './names';

/** What importing a roster file would do to the roster in force, before anything is saved. */
export interface RosterChanges {
  /** Children in the file who are not on the roster yet. */
  added: RosterChild[];
  /** Children on both whose consent differs: the roster's entry and the file's. */
  consentChanged: { before: RosterChild; after: RosterChild }[];
  /** Children on both for whom the file names parents or carers the roster does not have yet. */
  carersAdded: { child: RosterChild; carers: string[] }[];
  /** How many children are on both with the same consent and no new carers. */
  unchanged: number;
  /** Children on the roster who are not in the file. */
  missing: RosterChild[];
}

const same = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

const newCarers = (before: RosterChild, after: RosterChild): string[] => {
  const had = before.carers ?? [];
  return mergeNames(had, after.carers ?? []).slice(had.length);
};

/** Compares the roster with a file's children, matching names regardless of case and spacing. */
export function compareRoster(current: readonly RosterChild[], incoming: readonly RosterChild[]): RosterChanges {
  const byName = new Map(current.map((child) => [same(child.name), child]));
  const inFile = new Set(incoming.map((child) => same(child.name)));
  const changes: RosterChanges = { added: [], consentChanged: [], carersAdded: [], unchanged: 0, missing: [] };
  for (const after of incoming) {
    const before = byName.get(same(after.name));
    if (!before) {
      changes.added.push(after);
      continue;
    }
    const carers = newCarers(before, after);
    if (carers.length > 0) changes.carersAdded.push({ child: before, carers });
    if (before.socialMediaConsent !== after.socialMediaConsent) changes.consentChanged.push({ before, after });
    else if (carers.length === 0) changes.unchanged++;
  }
  changes.missing = current.filter((child) => !inFile.has(same(child.name)));
  return changes;
}

/**
 * The roster after an import: the file's consent wins, carers the file names are
 * added to those the roster had (a name left in catches more, never less), anything
 * else the roster holds about a child is kept, and children missing from the file
 * stay unless the manager chose to remove them.
 */
export function applyRosterChanges(
  current: readonly RosterChild[],
  incoming: readonly RosterChild[],
  removeMissing: boolean,
): RosterChild[] {
  const fromFile = new Map(incoming.map((child) => [same(child.name), child]));
  const kept = current.flatMap((child) => {
    const update = fromFile.get(same(child.name));
    if (!update) return removeMissing ? [] : [child];
    const carers = mergeNames(child.carers ?? [], update.carers ?? []);
    return [{ ...child, socialMediaConsent: update.socialMediaConsent, ...(carers.length > 0 && { carers }) }];
  });
  const known = new Set(current.map((child) => same(child.name)));
  return [...kept, ...incoming.filter((child) => !known.has(same(child.name)))];
}
