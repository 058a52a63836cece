import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { recordDecision } from '../../../lib/decisions/record-decision';
import { decisionsItem, settingsItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const daysAgo = (days: number): string => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
const day = (iso: string): string => iso.slice(0, 10);

const decisions: Decision[] = [
  { at: daysAgo(40), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: daysAgo(20), site: 'instagram', rules: ['semi-clothed-activity'], decision: 'posted-anyway', reason: 'Parents agreed in writing' },
  { at: daysAgo(10), site: 'x', rules: ['profanity'], decision: 'blocked' },
  { at: daysAgo(2), site: 'facebook', rules: ['semi-clothed-activity'], decision: 'false-alarm' },
];

const rows = () => within(screen.getByRole('table', { name: 'Decisions, newest first' })).getAllByRole('row').slice(1);

describe('the decision log', () => {
  test('shows when, where, which rules and what was decided, newest first', async () => {
    await decisionsItem.setValue(decisions);
    await openOptions();
    const cells = rows().map((row) => within(row).getAllByRole('cell').slice(1, 5).map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Facebook', 'Semi clothed activity', 'Reported a false alarm', ''],
      ['X', 'Profanity', 'Blocked', ''],
      ['Instagram', 'Semi clothed activity', 'Posted anyway', 'Parents agreed in writing'],
      ['Facebook', 'Full name', 'Edited', ''],
    ]);
  });

  test('filters by rule, site, decision and date', async () => {
    await decisionsItem.setValue(decisions);
    await openOptions();
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'semi-clothed-activity' } });
    expect(rows()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'instagram' } });
    expect(rows()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Decision'), { target: { value: 'blocked' } });
    expect(rows().map((row) => within(row).getAllByRole('cell')[3].textContent)).toEqual(['Blocked']);
    fireEvent.change(screen.getByLabelText('Decision'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: day(daysAgo(25)) } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: day(daysAgo(5)) } });
    expect(screen.getByText('Showing 2 of 4 entries.')).toBeTruthy();
  });

  test('Export CSV saves the rows shown', async () => {
    await decisionsItem.setValue(decisions);
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:log';
    });
    await openOptions();
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'facebook' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toBeDefined());
    const lines = (await saved!.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Reported a false alarm');
    expect(lines[2]).toContain('Edited');
  });

  test('entries older than the retention are deleted when the page opens', async () => {
    await decisionsItem.setValue([{ ...decisions[0], at: daysAgo(400) }, ...decisions]);
    await openOptions();
    expect(screen.getByText('Showing 4 of 4 entries.')).toBeTruthy();
    expect(await decisionsItem.getValue()).toEqual(decisions);
  });

  test('a longer retention and excerpts are saved (a shorter one needs the PIN: tests/components/options/reset.test.tsx), and the next decision keeps a short excerpt', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('Months to keep entries'), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save months' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep a short excerpt of each post' }));
    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ excerpts: true, retentionMonths: 24, removeLocations: true }));
    await recordDecision({ at: new Date().toISOString(), site: 'x', rules: ['contact-details'], decision: 'edited', excerpt: 'Call us on 01234 567890' });
    expect(await screen.findByRole('cell', { name: 'Call us on 01234 567890' })).toBeTruthy();
  });
});
