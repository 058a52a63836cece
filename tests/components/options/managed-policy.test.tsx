import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const ruleRow = (id: string) => within(document.querySelector<HTMLElement>(`[data-rule="${id}"]`)!);

describe('a policy set by the organisation', () => {
  test('wins over the setting’s own value and is shown as “Set by your organisation”, locked', async () => {
    await policyItem.setValue({ version: 1, settingName: 'Little Acorns', rules: { profanity: 'warn', 'full-name': 'block' } });
    await fakeBrowser.storage.managed.set({ settingName: 'Oak Tree Nursery Group', rules: { profanity: 'block' }, consentTags: ['#ok'] });
    await openOptions();

    const profanity = ruleRow('profanity').getByRole('combobox') as HTMLSelectElement;
    expect(profanity.value).toBe('block');
    expect(profanity.disabled).toBe(true);
    expect(ruleRow('profanity').getByText('Set by your organisation')).toBeTruthy();

    const fullName = ruleRow('full-name').getByRole('combobox') as HTMLSelectElement;
    expect(fullName.value).toBe('block');
    expect(fullName.disabled).toBe(false);
    expect(ruleRow('full-name').queryByText('Set by your organisation')).toBeNull();

    const name = screen.getByRole('textbox', { name: 'Setting name' }) as HTMLInputElement;
    expect(name.value).toBe('Oak Tree Nursery Group');
    expect(name.readOnly).toBe(true);
    const tags = within(screen.getByRole('group', { name: 'Consent tags' }));
    expect(tags.getByText('Set by your organisation')).toBeTruthy();
    expect(tags.queryByRole('textbox')).toBeNull();
  });

  test('arriving after the page opened (Chrome reads it a few seconds after start), it takes over at once', async () => {
    await openOptions();
    expect((ruleRow('contact-details').getByRole('combobox') as HTMLSelectElement).disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ rules: { 'contact-details': 'block' } });
    await waitFor(() => expect((ruleRow('contact-details').getByRole('combobox') as HTMLSelectElement).disabled).toBe(true));
    expect((ruleRow('contact-details').getByRole('combobox') as HTMLSelectElement).value).toBe('block');
    expect(await policyItem.getValue()).toEqual({ version: 1 });
  });
});

describe('L1: values in the organisation’s policy that cannot be used', () => {
  test('are named on the page, and every other organisation value still locks its field', async () => {
    await fakeBrowser.storage.managed.set({ rules: { profanity: 'block', 'contact-details': 'Justify' }, retentionMonths: 0 });
    await openOptions();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Your organisation’s policy has values that could not be used: rules\.contact-details \("Justify" is not off, warn, justify or block\); retentionMonths/);
    expect((ruleRow('profanity').getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);
    expect((ruleRow('contact-details').getByRole('combobox') as HTMLSelectElement).disabled).toBe(false);
  });

  test('a policy with nothing wrong shows no such message', async () => {
    await fakeBrowser.storage.managed.set({ rules: { profanity: 'block' } });
    await openOptions();
    expect(screen.queryByText(/could not be used/)).toBeNull();
  });
});
