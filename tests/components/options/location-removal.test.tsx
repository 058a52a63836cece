import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashPin } from '../../../lib/pin/pin-hash';
import { settingsItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const NAME = 'Remove locations from photos when they are attached';
const theSwitch = () => screen.getByRole('checkbox', { name: NAME }) as HTMLInputElement;

describe('the switch for removing locations from attached photos', () => {
  test('is on for a new installation, under its own heading, with what it does as its description', async () => {
    await openOptions();
    expect(screen.getByRole('heading', { name: 'Photos and videos' })).toBeTruthy();
    expect(theSwitch().checked).toBe(true);
    const about = document.getElementById(theSwitch().getAttribute('aria-describedby')!)!.textContent!;
    expect(about).toMatch(/^On by default\./);
    expect(about).toMatch(/before Facebook, Instagram or X receive the file/);
    expect(about).toMatch(/When this is off/);
  });

  test('turned off and on again, is saved each time and nothing else in the settings changes', async () => {
    await settingsItem.setValue({ excerpts: true, retentionMonths: 6, removeLocations: true });
    await openOptions();
    fireEvent.click(theSwitch());
    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ excerpts: true, retentionMonths: 6, removeLocations: false }));
    expect(theSwitch().checked).toBe(false);
    fireEvent.click(theSwitch());
    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ excerpts: true, retentionMonths: 6, removeLocations: true }));
  });

  test('shows a change made elsewhere, such as another options tab', async () => {
    await openOptions();
    await settingsItem.setValue({ excerpts: false, retentionMonths: 12, removeLocations: false });
    await waitFor(() => expect(theSwitch().checked).toBe(false));
  });

  test('cannot be changed without the manager PIN', async () => {
    await settingsItem.setValue({ excerpts: false, retentionMonths: 12, removeLocations: true, pin: await hashPin('4821') });
    await openOptions();
    expect(theSwitch().disabled).toBe(true);
    fireEvent.click(theSwitch());
    expect((await settingsItem.getValue()).removeLocations).toBe(true);
  });
});
