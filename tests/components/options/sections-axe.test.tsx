import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PAGE_SECTIONS } from '../../../components/options/page-sections';
import type { Decision } from '../../../lib/decisions/decision';
import { decisionsItem, policyItem } from '../../../lib/storage/items';
import { protectionStatusItem } from '../../../lib/storage/protection-status';
import { daysAgo, openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

// Colour contrast needs real layout and colour modes a real browser: tests/e2e/options-manager.test.ts checks both in Chromium.
const serious = async (element: Element) =>
  (await axe.run(element)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);

const log: Decision[] = [
  { at: daysAgo(20), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: daysAgo(9), site: 'instagram', rules: ['semi-clothed-activity'], decision: 'posted-anyway', reason: 'Parents agreed' },
  { at: daysAgo(2), site: 'x', rules: ['profanity', 'contact-details'], decision: 'false-alarm' },
];

describe('axe finds no serious or critical problem', () => {
  test.each(PAGE_SECTIONS.map((section) => [section.title, section.id]))('in %s, filled in', async (_, id) => {
    await policyItem.setValue({ version: 1, settingName: 'Little Acorns', roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Laura Watson'] }] });
    await decisionsItem.setValue(log);
    await protectionStatusItem.setValue({
      x: { site: 'x', composerSeenAt: Date.now(), unprotected: [{ at: Date.now(), url: 'https://x.com/home', problem: 'no Post button' }] },
    });
    await fakeBrowser.storage.managed.set({ rules: { profanity: 'block' } });
    await openAt(`#${id}`);
    await screen.findAllByText('Needs attention', {}, { timeout: 10_000 });
    expect(await serious(document.getElementById(id)!)).toEqual([]);
  }, 30_000);

  test('in every step of the set-up guide', async () => {
    await fakeBrowser.storage.managed.set({ consentTags: ['#ok'] });
    await openAt('', { setupDone: false });
    const guide = screen.getByRole('region', { name: 'Set up Ask Yourself' });
    const steps = within(guide).getAllByRole('button', { current: false }).filter((button) => button.closest('.steps'));
    for (const button of [within(guide).getByRole('button', { current: 'step' }), ...steps]) {
      fireEvent.click(button);
      expect([button.textContent, await serious(guide)]).toEqual([button.textContent, []]);
    }
  }, 60_000);
});
