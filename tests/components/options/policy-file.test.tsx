import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Policy } from '../../../lib/policy/policy';
import { policyItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const inForce: Policy = {
  version: 1,
  settingName: 'Little Acorns Nursery',
  rules: { 'contact-details': 'warn' },
  roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }],
  staff: ['Priya Raman'],
};

const importFile = (text: string) =>
  fireEvent.change(screen.getByLabelText('Policy file to import'), { target: { files: [fileOf('policy.json', text, 'application/json')] } });

describe('Import policy and Export policy', () => {
  test('both buttons are on the page by those names', async () => {
    await openOptions();
    expect(screen.getByRole('button', { name: 'Import policy' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export policy' })).toBeTruthy();
  });

  test('a valid file becomes the policy, unknown keys and all', async () => {
    await policyItem.setValue(inForce);
    await openOptions();
    const imported = { version: 1, consentTags: ['#consentgiven'], reviewedBy: 'Area SENCo' };
    importFile(JSON.stringify(imported));
    expect(await screen.findByText('Imported “policy.json”. This is now your policy.')).toBeTruthy();
    expect(await policyItem.getValue()).toEqual(imported);
  });

  test.each([
    ['not JSON', '{"version": 1,', /not valid JSON/],
    ['a bad severity', '{"version":1,"rules":{"profanity":"loud"}}', /rules\.profanity/],
    ['a consent answer that is not true or false', '{"version":1,"roster":[{"name":"Leo Grant","socialMediaConsent":"yes"}]}', /roster\[0\]\.socialMediaConsent/],
  ])('a file with %s is refused, naming the field, and the policy in force is exactly as it was', async (_, text, field) => {
    await policyItem.setValue(inForce);
    await openOptions();
    importFile(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(field);
    expect(alert.textContent).toMatch(/Your policy has not changed\.$/);
    expect(await policyItem.getValue()).toEqual(inForce);
    expect(screen.getByText('Amelia Watson')).toBeTruthy();
  });

  test('Export policy saves the policy in force as the contract’s JSON, which imports back unchanged', async () => {
    await policyItem.setValue(inForce);
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:policy';
    });
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export policy' }));
    await waitFor(() => expect(saved).toBeDefined());
    const text = await saved!.text();
    expect(JSON.parse(text)).toEqual(inForce);
    await policyItem.setValue({ version: 1 });
    importFile(text);
    await waitFor(async () => expect(await policyItem.getValue()).toEqual(inForce));
  });
});

describe('L2: a policy the browser cannot store', () => {
  test('an import refused by storage for being over quota says so plainly, and the page keeps showing the policy in force', async () => {
    await policyItem.setValue(inForce);
    await openOptions();
    // Chromium's own words when storage.local is full (reproduced for real in tests/e2e/options.test.ts).
    vi.spyOn(policyItem, 'setValue').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    importFile(JSON.stringify({ version: 1, roster: [{ name: 'Leo Grant', socialMediaConsent: true }] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/storage for Ask Yourself is full/);
    expect(alert.textContent).toMatch(/Your policy has not changed\.$/);
    expect(screen.getByText('Amelia Watson')).toBeTruthy();
    expect(screen.queryByText('Leo Grant')).toBeNull();
    expect(screen.queryByText(/Imported/)).toBeNull();
  });
});
