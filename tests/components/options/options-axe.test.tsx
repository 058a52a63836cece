import { cleanup, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { decisionsItem, policyItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const serious = (violations: axe.Result[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);

// axe walks the whole page, which takes several seconds on a machine shared with other test runs.
describe('axe finds no serious or critical problem on the options page', { timeout: 20_000 }, () => {
  test('filled in, with an organisation’s values, a log and a roster import preview open', async () => {
    await policyItem.setValue({
      version: 1,
      settingName: 'Little Acorns',
      consentTags: ['#consentgiven'],
      roster: [{ name: 'Amelia Watson', socialMediaConsent: false }],
    });
    await decisionsItem.setValue([{ at: new Date().toISOString(), site: 'facebook', rules: ['full-name'], decision: 'edited' }]);
    await fakeBrowser.storage.managed.set({ rules: { profanity: 'block' } });
    const { container } = await openOptions();
    fireEvent.change(screen.getByLabelText('Roster CSV file to import'), {
      target: { files: [fileOf('children.csv', 'Name,Photo consent\nAmelia Watson,Yes\nLeo Grant,maybe\n', 'text/csv')] },
    });
    await screen.findByRole('button', { name: 'Apply these changes' });
    const results = await axe.run(container);
    expect(serious(results.violations)).toEqual([]);
    // Proof that axe looked at the controls rather than skipping them.
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'button-name', 'select-name']));
  }, 30_000);
});
