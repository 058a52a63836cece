import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { decisionsItem, policyItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const photoFile = (path: string, name: string): File =>
  new File([readFileSync(resolve(import.meta.dirname, '../../fixtures', path))], name, { type: 'image/jpeg' });

const draft = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: 'Draft post' }), { target: { value: text } });
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check this post' }));
/** The panel once the check has finished ("Checking..." shows first, as it does for staff). */
async function panel(): Promise<HTMLElement> {
  await waitFor(() => expect(screen.getByRole('dialog', { name: /^Ask yourself/ }).getAttribute('aria-busy')).toBeNull());
  return screen.getByRole('dialog', { name: /^Ask yourself/ });
}

describe('Try a post', () => {
  test('shows the panel staff would see for a child on the roster without consent, and Edit post goes back to the draft', async () => {
    await policyItem.setValue({ version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] });
    await openOptions();
    draft('Amelia had such fun at the painting table today!');
    check();
    const dialog = await panel();
    expect(dialog.querySelector('[data-rule="named-child-without-consent"][data-severity="block"]')).not.toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Post anyway' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Edit post' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Draft post' })));
    expect((screen.getByRole('textbox', { name: 'Draft post' }) as HTMLTextAreaElement).value).toBe('Amelia had such fun at the painting table today!');
  });

  test('a dropped photo with a location is read by the same checker and named in the panel', async () => {
    await openOptions();
    draft('Our trip to the farm');
    const zone = screen.getByLabelText('Photos or videos').closest('div')!;
    fireEvent.drop(zone, { dataTransfer: { files: [photoFile('location/gps.jpg', 'farm-trip.jpg')] } });
    expect(screen.getByRole('list', { name: 'Photos added' }).textContent).toContain('farm-trip.jpg');
    check();
    const finding = (await panel()).querySelector('[data-rule="photo-location"]');
    expect(finding?.textContent).toContain('farm-trip.jpg');
  });

  test('photos chosen with the file picker are kept, and one can be taken off again', async () => {
    await openOptions();
    draft('Our trip to the farm');
    fireEvent.change(screen.getByLabelText('Photos or videos'), {
      target: { files: [photoFile('location/gps.jpg', 'farm-trip.jpg'), photoFile('location/no-gps.jpg', 'lambs.jpg')] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Remove lambs.jpg' }));
    expect(within(screen.getByRole('list', { name: 'Photos added' })).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'farm-trip.jpg',
    ]);
    check();
    expect((await panel()).querySelector('[data-rule="photo-location"]')?.textContent).toContain('farm-trip.jpg');
  });

  test('a post with nothing to find is not held, and a rule turned off on this page is not checked', async () => {
    await openOptions();
    draft('What a wonderful sunny morning in the garden.');
    check();
    expect(await screen.findByText('Nothing was found: staff would post this without seeing the panel.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    draft('Call the office on 01632 960123 to book.');
    check();
    expect((await panel()).querySelector('[data-rule="contact-details"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit post' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Contact details: what happens' }), { target: { value: 'off' } });
    await waitFor(async () => expect((await policyItem.getValue()).rules).toEqual({ 'contact-details': 'off' }));
    check();
    expect(await screen.findByText('Nothing was found: staff would post this without seeing the panel.')).toBeTruthy();
  });

  test('posting anyway past a reason is only described: nothing is posted and nothing is logged', async () => {
    await openOptions();
    draft('Lots of splashing at water play this afternoon');
    check();
    const dialog = await panel();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Children fully dressed' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Post anyway' }));
    expect(await screen.findByText('Staff could post now, with the reason “Children fully dressed” kept in the log.')).toBeTruthy();
    expect(await decisionsItem.getValue()).toEqual([]);
  });
});
