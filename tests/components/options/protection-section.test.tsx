import { cleanup, screen, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { protectionStatusItem } from '../../../lib/storage/protection-status';
import { openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const section = () => within(document.getElementById('protection')!);
const site = async (name: string) => within((await section().findByRole('heading', { name: new RegExp(`^${name} `) })).closest('li')!);

describe('protection on this computer', () => {
  test('before any post box is seen, every site says so', async () => {
    await openAt('#protection');
    const states = (await section().findAllByRole('heading', { level: 3 })).map((heading) => heading.textContent);
    expect(states).toEqual(['Facebook Not seen yet', 'Instagram Not seen yet', 'X Not seen yet', 'Meta Business Suite Not seen yet']);
    expect((await site('Facebook')).getByText('Not on this computer yet')).toBeTruthy();
  });

  test('shows when each site’s post box was last seen and its Post button found, and every box that could not be protected, with its address', async () => {
    const seen = new Date(2026, 10, 30, 9, 15).getTime();
    await protectionStatusItem.setValue({
      instagram: { site: 'instagram', composerSeenAt: seen, postControlFoundAt: seen, unprotected: [] },
      'business-suite': {
        site: 'business-suite',
        composerSeenAt: seen + 60_000,
        postControlFoundAt: seen - 86_400_000,
        unprotected: [
          { at: seen + 60_000, url: 'https://business.facebook.com/latest/composer', problem: 'the Publish button could not be found' },
          { at: seen - 3_600_000, url: 'https://business.facebook.com/latest/posts', problem: 'the post box could not be read' },
        ],
      },
    });
    await openAt('#protection');
    const instagram = await site('Instagram');
    expect(instagram.getByRole('heading').textContent).toBe('Instagram Protected');
    expect(instagram.getAllByRole('definition').map((dd) => dd.textContent)).toEqual(['30 Nov 2026, 09:15', '30 Nov 2026, 09:15']);

    const suite = await site('Meta Business Suite');
    expect(suite.getByRole('heading').textContent).toBe('Meta Business Suite Needs attention');
    const rows = within(suite.getByRole('table', { name: 'Boxes on Meta Business Suite that could not be protected' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['30 Nov 2026, 09:16', 'https://business.facebook.com/latest/composer', 'the Publish button could not be found'],
      ['30 Nov 2026, 08:15', 'https://business.facebook.com/latest/posts', 'the post box could not be read'],
    ]);
  });

  test('a box that failed before the Post button was found again is listed, but the site counts as protected', async () => {
    const now = Date.now();
    await protectionStatusItem.setValue({
      x: { site: 'x', composerSeenAt: now, postControlFoundAt: now, unprotected: [{ at: now - 60_000, url: 'https://x.com/home', problem: 'no Post button' }] },
    });
    await openAt('#protection');
    const x = await site('X');
    expect(x.getByRole('heading').textContent).toBe('X Protected');
    expect(x.getByText('https://x.com/home')).toBeTruthy();
  });
});
