import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { setupItem } from '../../../lib/storage/manager-page';
import { openAt } from './open-at';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const guide = () => within(screen.getByRole('region', { name: 'Set up Ask Yourself' }));
const step = () => within(screen.getByRole('group', { name: /^Step \d of 6/ }));
const stepName = () => screen.getByText(/^Step \d of 6:/).textContent;

describe('the first-run set-up guide', () => {
  test('opens the first time, one step at a time, each skippable, and ends on the overview for good', async () => {
    await openAt('', { setupDone: false });
    expect(location.hash).toBe('#setup');
    expect(screen.queryByRole('heading', { name: 'Rules' })).toBeNull();
    expect(guide().getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1Your setting’s name',
      '2Children and consent',
      '3Consent tags',
      '4Your own contact details',
      '5A manager PIN',
      '6Try a post',
    ]);
    const seen = [stepName()];
    for (let i = 0; i < 5; i++) {
      fireEvent.click(guide().getByRole('button', { name: 'Skip this step' }));
      seen.push(stepName());
    }
    expect(seen).toEqual([
      'Step 1 of 6: Your setting’s name',
      'Step 2 of 6: Children and consent',
      'Step 3 of 6: Consent tags',
      'Step 4 of 6: Your own contact details',
      'Step 5 of 6: A manager PIN',
      'Step 6 of 6: Try a post',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('group', { name: /^Step 6 of 6/ }));
    fireEvent.click(guide().getByRole('button', { name: 'Back' }));
    expect(stepName()).toBe('Step 5 of 6: A manager PIN');
    fireEvent.click(guide().getByRole('button', { name: 'Skip this step' }));
    fireEvent.click(guide().getByRole('button', { name: 'Finish set-up' }));
    await screen.findByRole('heading', { name: 'Overview' });
    expect(location.hash).toBe('#overview');
    expect((await setupItem.getValue()).finishedAt).toBeGreaterThan(0);

    cleanup();
    await openAt('', { setupDone: false });
    expect(screen.queryByRole('region', { name: 'Set up Ask Yourself' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Rules' })).toBeTruthy();
  }, 30_000);

  test('a roster typed in by hand, with consent, is the one Try a post checks against', async () => {
    await openAt('', { setupDone: false });
    fireEvent.change(step().getByRole('textbox', { name: 'Setting name' }), { target: { value: 'Little Acorns' } });
    fireEvent.click(step().getByRole('button', { name: 'Save name' }));
    await step().findByText('Saved.');
    expect(guide().getByRole('button', { name: /^Your setting’s name\s*: Done$/ })).toBeTruthy();
    fireEvent.click(guide().getByRole('button', { name: 'Next' }));

    fireEvent.change(step().getByLabelText('Child’s name'), { target: { value: 'Amelia Watson' } });
    fireEvent.click(step().getByRole('button', { name: 'Add child' }));
    await step().findByText('Added. The roster has 1 children.');
    fireEvent.change(step().getByLabelText('Child’s name'), { target: { value: 'Theo Grant' } });
    fireEvent.click(step().getByLabelText('Written social media consent held'));
    fireEvent.click(step().getByRole('button', { name: 'Add child' }));
    await step().findByText('Added. The roster has 2 children.');
    expect((await policyItem.getValue()).roster).toEqual([
      { name: 'Amelia Watson', socialMediaConsent: false },
      { name: 'Theo Grant', socialMediaConsent: true },
    ]);

    fireEvent.click(guide().getByRole('button', { name: /Try a post/ }));
    fireEvent.click(step().getByRole('button', { name: 'Write an example: “Amelia loved the painting table today!”' }));
    fireEvent.click(step().getByRole('button', { name: 'Check this post' }));
    // "Checking..." shows first, as it does for staff.
    await waitFor(() => expect(screen.getByRole('dialog', { name: /^Ask yourself/ }).getAttribute('aria-busy')).toBeNull(), { timeout: 10_000 });
    const finding = screen.getByRole('dialog', { name: /^Ask yourself/ }).querySelector('[data-rule="named-child-without-consent"]');
    expect(finding?.textContent).toContain('Amelia');
  }, 30_000);

  test('a step the organisation has set says so and is passed over', async () => {
    await fakeBrowser.storage.managed.set({ settingName: 'Oak Tree Nursery Group', consentTags: ['#ok'] });
    await openAt('', { setupDone: false });
    expect(stepName()).toBe('Step 2 of 6: Children and consent');
    expect(guide().getByRole('button', { name: /^Your setting’s name\s*: Set by your organisation$/ })).toBeTruthy();
    fireEvent.click(guide().getByRole('button', { name: 'Skip this step' }));
    expect(stepName()).toBe('Step 4 of 6: Your own contact details');
    fireEvent.click(guide().getByRole('button', { name: /^Consent tags\s*: Set by your organisation$/ }));
    expect(step().getAllByText('Set by your organisation').length).toBeGreaterThan(0);
    expect(step().getByText('#ok')).toBeTruthy();
    expect(step().queryByRole('textbox')).toBeNull();
    expect(guide().getByRole('button', { name: 'Next' })).toBeTruthy();
  }, 30_000);

  test('can be opened again at its address after set-up, with the steps done marked', async () => {
    await policyItem.setValue({ version: 1, settingName: 'Little Acorns', roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] });
    await openAt('#overview');
    fireEvent.click(screen.getByRole('link', { name: 'Set-up guide' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Set up Ask Yourself' })).toBeTruthy());
    expect(guide().getByRole('button', { name: /^Your setting’s name\s*: Done$/ })).toBeTruthy();
    expect(guide().getByRole('button', { name: /^Children and consent\s*: Done$/ })).toBeTruthy();
    expect(guide().getByRole('button', { name: 'Consent tags' })).toBeTruthy();
  }, 30_000);
});
