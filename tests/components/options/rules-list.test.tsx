import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { rules } from '../../../lib/rules';
import { policyItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const item = (id: string): HTMLElement => document.querySelector<HTMLElement>(`[data-rule="${id}"]`)!;

describe('the rules list', () => {
  test('shows every rule in the registry with its description, the policy behind it and its default marked', async () => {
    await openOptions();
    expect(document.querySelectorAll('[data-rule]')).toHaveLength(rules.length);
    for (const rule of rules) {
      const row = within(item(rule.id));
      expect(row.getByText(rule.meta.description)).toBeTruthy();
      expect(row.getByText(`“${rule.meta.clause.quote}”`)).toBeTruthy();
      expect(row.getByText(rule.meta.clause.source)).toBeTruthy();
      const select = row.getByRole('combobox') as HTMLSelectElement;
      expect(select.value).toBe(rule.meta.defaultSeverity);
      expect(select.selectedOptions[0].textContent).toMatch(/\(default\)$/);
      expect(row.getAllByRole('option').filter((o) => o.textContent?.includes('(default)'))).toHaveLength(1);
    }
  });

  test('choosing a severity saves it to the policy, and choosing the default again removes the override', async () => {
    await openOptions();
    const select = screen.getByRole('combobox', { name: 'Profanity: what happens' });
    fireEvent.change(select, { target: { value: 'warn' } });
    await waitFor(async () => expect((await policyItem.getValue()).rules).toEqual({ profanity: 'warn' }));
    fireEvent.change(select, { target: { value: 'block' } });
    await waitFor(async () => expect((await policyItem.getValue()).rules).toEqual({}));
  });

  test('a severity already in the saved policy is the one selected', async () => {
    await policyItem.setValue({ version: 1, rules: { 'contact-details': 'off' } });
    await openOptions();
    expect((screen.getByRole('combobox', { name: 'Contact details: what happens' }) as HTMLSelectElement).value).toBe('off');
  });
});
