import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Decision } from '../../../lib/decisions/decision';
import { decisionsItem, policyItem } from '../../../lib/storage/items';
import { rosterUpdatedItem } from '../../../lib/storage/manager-page';
import { protectionStatusItem } from '../../../lib/storage/protection-status';
import { rules } from '../../../lib/rules';
import { daysAgo, openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const card = (name: string) => within(screen.getByRole('article', { name }));
const tile = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

const log: Decision[] = [
  { at: daysAgo(30), site: 'facebook', rules: ['full-name'], decision: 'posted-anyway', reason: 'An old one' },
  { at: daysAgo(15), site: 'facebook', rules: ['full-name'], decision: 'edited' },
  { at: daysAgo(13), site: 'instagram', rules: ['semi-clothed-activity'], decision: 'posted-anyway', reason: 'Parents agreed in writing' },
  { at: daysAgo(9), site: 'x', rules: ['profanity'], decision: 'blocked' },
  { at: daysAgo(6), site: 'facebook', rules: ['contact-details'], decision: 'edited' },
  { at: daysAgo(2), site: 'facebook', rules: ['semi-clothed-activity'], decision: 'false-alarm' },
];

describe('the overview', () => {
  test('counts the last fortnight’s decisions and lists what to review, with reasons', async () => {
    await decisionsItem.setValue(log);
    await openAt('#overview');
    expect([tile('Posts held'), tile('Edited'), tile('Posted anyway'), tile('Blocked'), tile('False alarms reported')]).toEqual(['4', '1', '1', '1', '1']);
    const fortnight = card('The last fortnight');
    expect(fortnight.getByText('To review: 2 decisions')).toBeTruthy();
    expect(fortnight.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Reported a false alarm .* on Facebook, for Semi clothed activity$/),
      expect.stringMatching(/^Posted anyway .* on Instagram, for Semi clothed activity: Parents agreed in writing$/),
    ]);
    expect(fortnight.getByRole('link', { name: 'Decision log, with 1 earlier decision to review' }).getAttribute('href')).toBe('#log');
  });

  test('a new decision is counted at once', async () => {
    await openAt('#overview');
    expect(tile('Posts held')).toBe('0');
    await decisionsItem.setValue([{ at: new Date().toISOString(), site: 'x', rules: ['profanity'], decision: 'blocked' }]);
    await waitFor(() => expect(tile('Blocked')).toBe('1'));
    expect(tile('Posts held')).toBe('1');
  });

  test('says how many children are on the roster, how many have no consent, and when it last changed', async () => {
    await policyItem.setValue({
      version: 1,
      roster: [
        { name: 'Amelia Watson', socialMediaConsent: false },
        { name: 'Theo Grant', socialMediaConsent: true },
        { name: 'Noah Fitz', socialMediaConsent: false },
      ],
    });
    await openAt('#overview');
    expect(card('Roster').getByText('children').textContent).toBe('3 children');
    expect(card('Roster').getByText('without consent').textContent).toBe('2 without consent');
    expect(card('Roster').getByText(/Last updated/).textContent).toBe('Last updated: not recorded');

    fireEvent.change(screen.getByLabelText('Child’s name'), { target: { value: 'Ruby Chen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add child' }));
    await waitFor(() => expect(card('Roster').getByText('children').textContent).toBe('4 children'));
    await waitFor(async () => expect(await rosterUpdatedItem.getValue()).toBeGreaterThan(Date.now() - 60_000));
    await waitFor(() => expect(card('Roster').getByText(/Last updated/).querySelector('time')).not.toBeNull());
  });

  test('says protection is on, where the policy comes from, and names a site whose post box could not be protected', async () => {
    await fakeBrowser.storage.managed.set({ settingName: 'Oak Tree', rules: { profanity: 'block' } });
    await protectionStatusItem.setValue({
      facebook: { site: 'facebook', composerSeenAt: Date.now() - 1000, postControlFoundAt: Date.now() - 1000, unprotected: [] },
      x: { site: 'x', composerSeenAt: Date.now() - 500, postControlFoundAt: Date.now() - 90_000, unprotected: [{ at: Date.now() - 500, url: 'https://x.com/home', problem: 'no Post button' }] },
    });
    await openAt('#overview');
    const protection = within(await screen.findByRole('article', { name: 'Protection is on, with a problem to look at' }));
    expect(protection.getByText(`${rules.length} of ${rules.length} rules check each post on Facebook, Instagram and X in this browser.`)).toBeTruthy();
    expect(protection.getByText(/Your organisation sets 2 values centrally/)).toBeTruthy();
    expect(within(protection.getByRole('list', { name: 'Sites on this computer' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Facebook: Protected',
      'Instagram: Not seen yet',
      'X: Needs attention',
      'Meta Business Suite: Not seen yet',
    ]);
    expect(protection.getByRole('link', { name: 'Protection on this computer' }).getAttribute('href')).toBe('#protection');
  });

  test('says so plainly when every rule has been turned off', async () => {
    await policyItem.setValue({ version: 1, rules: Object.fromEntries(rules.map((rule) => [rule.id, 'off'])) });
    await openAt('#overview');
    expect(card('Every rule is off').getByText(new RegExp(`^0 of ${rules.length} rules check`))).toBeTruthy();
    expect(card('Every rule is off').getByText(/The policy is this computer’s own/)).toBeTruthy();
  });
});
