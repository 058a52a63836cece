import { storage } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Policy } from '../../../lib/policy/policy';
import { policyItem, settingsItem } from '../../../lib/storage/items';

beforeEach(() => fakeBrowser.reset());

describe('stored items', () => {
  test('the policy and settings live in local storage, never sync', async () => {
    await policyItem.setValue({ version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] });
    await settingsItem.setValue({ excerpts: true, retentionMonths: 3, removeLocations: true });
    expect(Object.keys(await fakeBrowser.storage.local.get()).sort()).toEqual(expect.arrayContaining(['policy', 'settings']));
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  test('a new installation starts from the defaults', async () => {
    expect(await policyItem.getValue()).toEqual({ version: 1 });
    expect(await settingsItem.getValue()).toEqual({ excerpts: false, retentionMonths: 12, removeLocations: true });
  });

  test('a policy saved by this build is carried through a later build’s migration', async () => {
    const saved: Policy = { version: 1, settingName: 'Little Acorns', rules: { profanity: 'warn' } };
    await policyItem.setValue(saved);
    // A later build that reshapes the stored policy raises the item's version and migrates from this one.
    const upgraded = storage.defineItem<Policy & { migrated: boolean }>('local:policy', {
      fallback: { version: 1, migrated: false },
      version: 2,
      migrations: { 2: (old: Policy) => ({ ...old, migrated: true }) },
    });
    expect(await upgraded.getValue()).toEqual({ ...saved, migrated: true });
  });
});
