import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PAGE_SECTIONS } from '../../../components/options/page-sections';
import { rules } from '../../../lib/rules';
import { openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const nav = () => within(screen.getByRole('navigation', { name: 'Sections of this page' }));

describe('finding your way round the managers’ page', () => {
  test('the navigation links every section by its own address, and each address holds its section', async () => {
    await openAt('');
    expect(nav().getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Overview', '#overview'],
      ['Rules', '#rules'],
      ['Roster and people', '#roster'],
      ['Words', '#words'],
      ['Photos', '#photos'],
      ['Log', '#log'],
      ['Protection', '#protection'],
      ['Lock and policy file', '#lock'],
      ['Set-up guide', '#setup'],
    ]);
    for (const section of PAGE_SECTIONS) {
      const element = document.getElementById(section.id)!;
      expect(within(element).getAllByRole('heading', { level: 2 })[0].textContent).toBe(section.title);
      expect(screen.getByRole('region', { name: section.title })).toBe(element);
    }
  });

  test('opening an address takes focus to its section, and so does following a link', async () => {
    await openAt('#log');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Decision log', level: 2 })));
    expect(nav().getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBe('location');
    location.hash = '#protection';
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Protection on this computer', level: 2 })));
    expect(nav().getByRole('link', { name: 'Protection' }).getAttribute('aria-current')).toBe('location');
    expect(nav().getByRole('link', { name: 'Log' }).getAttribute('aria-current')).toBeNull();
  });

  test('every rule in the registry is in Rules with its policy quote, and the rules with word lists are in Words', async () => {
    await openAt('#rules');
    const rulesSection = within(document.getElementById('rules')!);
    for (const rule of rules) {
      const row = within(document.querySelector<HTMLElement>(`#rules [data-rule="${rule.id}"]`)!);
      expect(row.getByText(`“${rule.meta.clause.quote}”`)).toBeTruthy();
      expect(row.getByText(rule.meta.clause.source)).toBeTruthy();
      expect(row.getByText(rule.meta.description)).toBeTruthy();
      expect(row.getAllByRole('combobox')).toHaveLength(1);
    }
    // One severity per rule, and the setting's choice for faces in photos.
    expect(rulesSection.getAllByRole('combobox')).toHaveLength(rules.length + 1);
    expect(rulesSection.getByRole('combobox', { name: 'Faces in photos' })).toBeTruthy();
    const words = within(document.getElementById('words')!);
    const lists = words.getAllByRole('group').map((group) => within(group).getAllByRole('heading')[0].textContent);
    const expected = rules.filter((rule) => rule.meta.hasKeywords).flatMap((rule) => {
      const title = document.querySelector(`#rules [data-rule="${rule.id}"] h3`)!.textContent;
      return [`${title}: words to add`, `${title}: words to stop flagging`];
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(lists).toEqual([...expected, 'Consent tags', 'Your own contact details']);
  });

  test('the roster section shows each child’s carers and the staff the policy names', async () => {
    await fakeBrowser.storage.local.set({
      policy: { version: 1, staff: ['Sam Okafor'], roster: [{ name: 'Ruby Chen', socialMediaConsent: true, carers: ['Wei Chen', 'Anna Chen'] }] },
    });
    await openAt('#roster');
    const roster = within(document.querySelector<HTMLElement>('#roster')!);
    expect(roster.getByText('Wei Chen, Anna Chen')).toBeTruthy();
    const staff = within(roster.getByRole('region', { name: 'Staff' }));
    expect(staff.getByText('Sam Okafor')).toBeTruthy();
  });
});
