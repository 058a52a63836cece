import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { hashPin } from '../../../lib/pin/pin-hash';
import type { Policy } from '../../../lib/policy/policy';
import { pinAttemptsItem, policyEventsItem, policyItem, settingsItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

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

// Each PIN check is 600,000 rounds of PBKDF2, which takes seconds on a busy machine.
describe('the manager PIN', { timeout: 30_000 }, () => {
  test('setting one keeps only its hash', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '482193' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '482193' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    await screen.findByText(/PIN saved/, undefined, { timeout: 8000 });
    const { pin } = await settingsItem.getValue();
    expect(pin).toMatchObject({ hash: expect.any(String), salt: expect.any(String) });
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('482193');
  });

  test('L6: a new PIN of four digits is refused; six are needed', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '4821' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '4821' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The PIN should be 6 to 12 digits.');
    expect((await settingsItem.getValue()).pin).toBeUndefined();
  });

  test('L6: the page says plainly that the PIN only deters and enterprise policy enforces', async () => {
    await openOptions();
    const section = screen.getByRole('region', { name: 'Lock the settings' });
    expect(section.textContent).toMatch(/only deters/);
    expect(section.textContent).toMatch(/enterprise policy/);
  });

  test('L6: a four-digit PIN set before still unlocks, and the manager is asked to choose a longer one', async () => {
    await lockWith('4821');
    await openOptions();
    enterPin('4821');
    expect((await screen.findByRole('alert', undefined, { timeout: 8000 })).textContent).toMatch(/fewer than 6 digits/);
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '48219357' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '48219357' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new PIN' }));
    await screen.findByText(/PIN saved/, undefined, { timeout: 8000 });
    expect(screen.queryByText(/fewer than 6 digits/)).toBeNull();
  });

  test('L6: wrong PINs bring a growing wait, kept in storage so reloading the page does not clear it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
    await lockWith('482193');
    const view = await openOptions();
    for (const wrong of ['111111', '222222']) {
      enterPin(wrong);
      await screen.findByText('That PIN is not right.', undefined, { timeout: 8000 });
      await waitFor(async () => expect((await pinAttemptsItem.getValue()).failures).toBe(wrong === '111111' ? 1 : 2));
    }
    enterPin('333333');
    await screen.findByText('That PIN is not right. Wait 30 seconds before trying again.', undefined, { timeout: 8000 });

    view.unmount();
    await openOptions();
    enterPin('482193');
    await screen.findByText('Too many wrong PINs. Try again in 30 seconds.');
    expect((screen.getByRole('button', { name: 'Add child' }) as HTMLButtonElement).disabled).toBe(true);

    vi.setSystemTime(new Date('2026-12-01T10:00:31Z'));
    enterPin('444444');
    await screen.findByText('That PIN is not right. Wait 60 seconds before trying again.', undefined, { timeout: 8000 });
    vi.setSystemTime(new Date('2026-12-01T10:01:32Z'));
    enterPin('482193');
    await screen.findByRole('button', { name: 'Lock now' }, { timeout: 8000 });
    expect((await pinAttemptsItem.getValue()).failures).toBe(0);
  });

  test('two PINs that differ, or one too short, are refused', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '482193' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '482139' } });
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
    await lockWith('482193');
    await openOptions();
    enterPin('111111');
    expect((await screen.findByRole('alert', undefined, { timeout: 8000 })).textContent).toBe('That PIN is not right.');
    expect((screen.getByRole('button', { name: 'Add child' }) as HTMLButtonElement).disabled).toBe(true);
    enterPin('482193');
    await screen.findByRole('button', { name: 'Lock now' }, { timeout: 8000 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Profanity: what happens' }), { target: { value: 'block' } });
    await waitFor(async () => expect((await policyItem.getValue()).rules).toEqual({}));
    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    expect((screen.getByRole('combobox', { name: 'Profanity: what happens' }) as HTMLSelectElement).disabled).toBe(true);
  });

  test('M7: a forgotten PIN is cleared by a reset that keeps the roster and rules, which the log and a notice record', async () => {
    await lockWith('4821');
    await openOptions();
    fireEvent.click(screen.getByText('Forgotten the PIN?'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the settings to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset the settings' }));
    await screen.findByText(/The settings are back to the defaults/);
    // profanity had been loosened to warn (its default is block), so it goes back to block; the roster and tags stay.
    expect(await policyItem.getValue()).toEqual({ ...policy, rules: {} });
    expect((await settingsItem.getValue()).pin).toBeUndefined();
    expect((await policyEventsItem.getValue()).map((e) => e.decision)).toEqual(['policy-reset']);
    expect(screen.getByRole('cell', { name: 'Policy reset to defaults' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'The settings were reset' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add child' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
