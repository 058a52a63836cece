import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { mondayOf } from '../../../lib/decisions/log-summary';
import { decisionsItem, settingsItem } from '../../../lib/storage/items';
import { reviewedUpToItem } from '../../../lib/storage/manager-page';
import { openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** Noon on a day of the week `weeksBack` weeks before this one (0 is Monday), so each entry falls in a known week. */
function inWeek(weeksBack: number, day = 2): string {
  const date = mondayOf(new Date());
  date.setDate(date.getDate() - 7 * weeksBack + day);
  date.setHours(12);
  return (date.getTime() > Date.now() ? new Date(Date.now() - 60_000) : date).toISOString();
}

const log: Decision[] = [
  { at: inWeek(9), site: 'facebook', rules: ['profanity'], decision: 'blocked' },
  { at: inWeek(5), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: inWeek(5, 3), site: 'x', rules: ['full-name', 'contact-details'], decision: 'posted-anyway', reason: 'Our own author visit' },
  { at: inWeek(1), site: 'instagram', rules: ['semi-clothed-activity'], decision: 'false-alarm' },
  { at: inWeek(0, 0), site: 'x', rules: ['profanity'], decision: 'blocked' },
];

const tableRows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

describe('the log at a glance', () => {
  test('the chart’s table gives findings per week by rule for the last eight weeks, an older week left out', async () => {
    await decisionsItem.setValue(log);
    await openAt('#log');
    const rows = tableRows('Findings per week, by rule');
    expect(rows[0]).toHaveLength(10);
    expect(rows.slice(1).map((row) => [row[0], row.slice(1, 9).join(' '), row[9]])).toEqual([
      ['Contact details', '0 0 1 0 0 0 0 0', '1'],
      ['Full name', '0 0 2 0 0 0 0 0', '2'],
      ['Profanity', '0 0 0 0 0 0 0 1', '1'],
      ['Semi clothed activity', '0 0 0 0 0 0 1 0', '1'],
    ]);
    expect(screen.getByText('Most often: Full name (2), Contact details (1), Profanity (1).')).toBeTruthy();
    // One bar for each week with findings, the tallest for the busiest week.
    const bars = Array.from(document.querySelectorAll('[data-chart-rule] rect'), (bar) => [bar.closest('[data-chart-rule]')!.getAttribute('data-chart-rule'), Number(bar.getAttribute('height'))]);
    expect(bars).toEqual([['contact-details', 48], ['full-name', 96], ['profanity', 48], ['semi-clothed-activity', 48]]);
  });

  test('the chart’s table gives what staff did each week, and the legend the totals', async () => {
    await decisionsItem.setValue(log);
    await openAt('#log');
    const rows = tableRows('What staff did, per week');
    expect(rows[0]).toEqual(['Week', 'Edited', 'Posted anyway', 'Blocked', 'Reported a false alarm', 'Posts held']);
    expect(rows.slice(1).map((row) => row.slice(1).join(' '))).toEqual([
      '0 0 0 0 0',
      '0 0 0 0 0',
      '1 1 0 0 2',
      '0 0 0 0 0',
      '0 0 0 0 0',
      '0 0 0 0 0',
      '0 0 0 1 1',
      '0 0 1 0 1',
    ]);
    expect(within(screen.getByRole('list', { name: 'Totals over the eight weeks' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Edited: 1',
      'Posted anyway: 1',
      'Blocked: 1',
      'Reported a false alarm: 1',
    ]);
  });

  test('with nothing held in eight weeks, it says so rather than drawing empty charts', async () => {
    await decisionsItem.setValue([log[0]]);
    await openAt('#log');
    expect(screen.getByText('No post was held in the last eight weeks.')).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  test('posts sent anyway and false alarms come first, until marked as reviewed', async () => {
    await decisionsItem.setValue(log);
    await openAt('#log');
    const review = within(screen.getByRole('group', { name: 'To review first' }));
    expect(review.getAllByRole('listitem').map((item) => item.getAttribute('data-decision'))).toEqual(['false-alarm', 'posted-anyway']);
    expect(review.getByText('Our own author visit')).toBeTruthy();
    fireEvent.click(review.getByRole('button', { name: 'Mark these as reviewed' }));
    await review.findByText(/Nothing new to review since/);
    expect(await reviewedUpToItem.getValue()).toBe(log[3].at);
    // Still in the log itself.
    expect(within(screen.getByRole('table', { name: 'Decisions, newest first' })).getByText('Our own author visit')).toBeTruthy();
  });

  test('with the PIN set and not entered, the review cannot be marked', async () => {
    await decisionsItem.setValue(log);
    await settingsItem.setValue({ excerpts: false, retentionMonths: 12, removeLocations: true, pin: { hash: 'AAAA', salt: 'AAAA', iterations: 1 } });
    await openAt('#log');
    const button = within(screen.getByRole('group', { name: 'To review first' })).getByRole('button', { name: 'Mark these as reviewed' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
  });
});
