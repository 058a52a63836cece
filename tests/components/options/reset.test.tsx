import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createOptionsStore } from '../../../components/options/options-store';
import type { Decision } from '../../../lib/decisions/decision';
import { hashPin } from '../../../lib/pin/pin-hash';
import type { Policy } from '../../../lib/policy/policy';
import { decisionsItem, policyEventsItem, policyItem, resetNoticeItem, settingsItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

const policy: Policy = {
  version: 1,
  rules: { 'contact-details': 'block', profanity: 'warn' },
  roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }],
  staff: ['Priya Raman'],
  consentTags: ['#consentgiven'],
  keywords: { 'semi-clothed-activity': { add: ['splash park'], remove: ['beach'] } },
};
const oldDecision: Decision = { at: daysAgo(90), site: 'facebook', rules: ['full-name'], decision: 'posted-anyway', reason: 'Parent asked' };

async function managerSetUp(retentionMonths = 12) {
  await policyItem.setValue(policy);
  await settingsItem.setValue({ excerpts: true, retentionMonths, removeLocations: false, pin: await hashPin('482193') });
  await decisionsItem.setValue([oldDecision]);
}

// Each PIN hash is 600,000 rounds of PBKDF2, which takes seconds on a busy machine.
describe('M7: a reset by someone without the PIN', { timeout: 30_000 }, () => {
  test('keeps the roster and every rule at least as strict, and cannot be followed by cutting the log short', async () => {
    await managerSetUp();
    const store = createOptionsStore();
    await store.getState().start();
    expect(await store.getState().resetToDefaults()).toEqual({ ok: true });

    const shorten = await store.getState().updateSettings((settings) => ({ ...settings, retentionMonths: 1 }));
    expect(shorten.ok).toBe(false);
    if (!shorten.ok) expect(shorten.message).toMatch(/needs the manager PIN/);

    const later = createOptionsStore();
    await later.getState().start();
    expect(later.getState().local).toEqual({
      ...policy,
      rules: { 'contact-details': 'block' },
      keywords: { 'semi-clothed-activity': { add: ['splash park'], remove: [] } },
    });
    expect(later.getState().decisions).toEqual([oldDecision]);
    expect(later.getState().stored).toEqual({ excerpts: false, retentionMonths: 12, removeLocations: true });
  });

  test('never shortens how long the log is kept', async () => {
    await managerSetUp(36);
    const store = createOptionsStore();
    await store.getState().start();
    await store.getState().resetToDefaults();
    expect((await settingsItem.getValue()).retentionMonths).toBe(36);
    expect((await store.getState().updateSettings((settings) => ({ ...settings, retentionMonths: 48 }))).ok).toBe(true);
  });

  test('leaves a policy-reset entry that no retention ever deletes', async () => {
    await policyEventsItem.setValue([{ at: daysAgo(365 * 3), decision: 'policy-reset' }]);
    const store = createOptionsStore();
    await store.getState().start();
    expect(store.getState().events).toHaveLength(1);
    expect(await policyEventsItem.getValue()).toHaveLength(1);
  });

  test('is announced at the top of the page, after reloads too, until a manager with a new PIN has checked the settings', async () => {
    await managerSetUp();
    const view = await openOptions();
    fireEvent.click(screen.getByText('Forgotten the PIN?'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the settings to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset the settings' }));
    await screen.findByRole('region', { name: 'The settings were reset' });

    view.unmount();
    await openOptions();
    const banner = within(screen.getByRole('region', { name: 'The settings were reset' }));
    fireEvent.click(banner.getByRole('button', { name: 'I have checked the settings' }));
    expect((await banner.findByRole('alert')).textContent).toMatch(/Set a new manager PIN first/);
    expect(await resetNoticeItem.getValue()).not.toBeNull();

    fireEvent.change(screen.getByLabelText('New PIN'), { target: { value: '735190' } });
    fireEvent.change(screen.getByLabelText('Type the PIN again'), { target: { value: '735190' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set PIN' }));
    await screen.findByText(/PIN saved/, undefined, { timeout: 8000 });
    fireEvent.click(banner.getByRole('button', { name: 'I have checked the settings' }));
    await expect.poll(() => screen.queryByRole('region', { name: 'The settings were reset' })).toBeNull();
    expect(await resetNoticeItem.getValue()).toBeNull();
  });
});
