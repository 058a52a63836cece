import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { hashPin } from '../../../lib/pin/pin-hash';
import type { Policy } from '../../../lib/policy/policy';
import { policyEventsItem, policyItem, settingsItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const policy: Policy = {
  version: 1,
  rules: { profanity: 'warn' },
  consentTags: ['#consentgiven'],
  roster: [{ name: 'Amelia Watson', socialMediaConsent: false }],
};

const lockWith = async (pin: string) => {
  await policyItem.setValue(policy);
  await settingsItem.setValue({ excerpts: false, retentionMonths: 12, removeLocations: true, pin: await hashPin(pin) });
};

const enterPin = (pin: string) => {
  fireEvent.change(screen.getByLabelText('Manager PIN'), { target: { value: pin } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
};

describe('the manager PIN', () => {
  test('setting one keeps only its hash', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '4821' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '4821' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    await screen.findByText(/PIN saved/);
    const { pin } = await settingsItem.getValue();
    expect(pin).toMatchObject({ hash: expect.any(String), salt: expect.any(String) });
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('4821');
  });

  test('two PINs that differ, or one too short, are refused', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '4821' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '4812' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The two PINs are not the same.');
    expect((await settingsItem.getValue()).pin).toBeUndefined();
  });

  test('without the PIN staff can read the rules and roster but every change is refused', async () => {
    await lockWith('4821');
    await openOptions();
    expect(screen.getByText('Amelia Watson')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Profanity: what happens' }) as HTMLSelectElement).value).toBe('warn');
    const controls = [
      screen.getByRole('combobox', { name: 'Profanity: what happens' }),
      screen.getByRole('button', { name: 'Import policy' }),
      screen.getByRole('button', { name: 'Import CSV' }),
      screen.getByRole('button', { name: 'Add child' }),
      screen.getByRole('button', { name: 'Remove Amelia Watson' }),
      screen.getByRole('checkbox', { name: 'Social media consent for Amelia Watson' }),
    ];
    for (const control of controls) expect((control as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Remove #consentgiven' })).toBeNull();
    // Even a file slipped past the disabled button is refused.
    fireEvent.change(screen.getByLabelText('Policy file to import'), { target: { files: [fileOf('p.json', '{"version":1}')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Enter the manager PIN/);
    expect(await policyItem.getValue()).toEqual(policy);
  });

  test('a wrong PIN is refused; the right one opens every change until Lock now', async () => {
    await lockWith('4821');
    await openOptions();
    enterPin('1111');
    expect((await screen.findByRole('alert')).textContent).toBe('That PIN is not right.');
    expect((screen.getByRole('button', { name: 'Add child' }) as HTMLButtonElement).disabled).toBe(true);
    enterPin('4821');
    await screen.findByRole('button', { name: 'Lock now' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Profanity: what happens' }), { target: { value: 'block' } });
    await waitFor(async () => expect((await policyItem.getValue()).rules).toEqual({}));
    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    expect((screen.getByRole('combobox', { name: 'Profanity: what happens' }) as HTMLSelectElement).disabled).toBe(true);
  });

  test('a forgotten PIN is cleared only by resetting everything to the defaults, which the log records', async () => {
    await lockWith('4821');
    await openOptions();
    fireEvent.click(screen.getByText('Forgotten the PIN?'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    await screen.findByText(/Everything is back to the defaults/);
    expect(await policyItem.getValue()).toEqual({ version: 1 });
    expect((await settingsItem.getValue()).pin).toBeUndefined();
    expect((await policyEventsItem.getValue()).map((e) => e.decision)).toEqual(['policy-reset']);
    expect(screen.getByRole('cell', { name: 'Policy reset to defaults' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add child' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
