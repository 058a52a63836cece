import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, expect, test } from 'vitest';
import { settingsItem } from '../../../lib/storage/items';

beforeEach(() => fakeBrowser.reset());

test('settings saved before the location switch existed load with it on, the rest as they were', async () => {
  await fakeBrowser.storage.local.set({ settings: { excerpts: true, retentionMonths: 3 } });
  await settingsItem.migrate();
  expect(await settingsItem.getValue()).toEqual({ excerpts: true, retentionMonths: 3, removeLocations: true });
});

test('a switch already turned off stays off through the migration', async () => {
  await fakeBrowser.storage.local.set({ settings: { excerpts: false, retentionMonths: 12, removeLocations: false } });
  await settingsItem.migrate();
  expect((await settingsItem.getValue()).removeLocations).toBe(false);
});
