import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const addTo = (listTitle: string, text: string) => {
  const list = within(screen.getByRole('group', { name: listTitle }));
  fireEvent.change(list.getByRole('textbox'), { target: { value: text } });
  fireEvent.click(list.getByRole('button', { name: /^Add / }));
};

describe('the word lists', () => {
  test('a consent tag and the setting’s own phone number are added to the policy', async () => {
    await openOptions();
    addTo('Consent tags', '  #consentgiven ');
    await screen.findByText('Added “#consentgiven”.');
    addTo('Your own contact details', '01234 567890');
    await waitFor(async () =>
      expect(await policyItem.getValue()).toMatchObject({ consentTags: ['#consentgiven'], allowedContacts: ['01234 567890'] }),
    );
  });

  test('the same word twice is refused, and Remove takes a word off', async () => {
    await policyItem.setValue({ version: 1, consentTags: ['#consentgiven', '#photook'] });
    await openOptions();
    addTo('Consent tags', '#CONSENTGIVEN');
    expect(await screen.findByText('“#CONSENTGIVEN” is already on the list.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove #photook' }));
    await waitFor(async () => expect((await policyItem.getValue()).consentTags).toEqual(['#consentgiven']));
  });

  test('activities are added to and removed from the semi-clothed activity rule’s own list', async () => {
    await openOptions();
    addTo('Semi clothed activity: words to add', 'splash park');
    await screen.findByText('Added “splash park”.');
    addTo('Semi clothed activity: words to stop flagging', 'beach');
    await waitFor(async () =>
      expect((await policyItem.getValue()).keywords).toEqual({ 'semi-clothed-activity': { add: ['splash park'], remove: ['beach'] } }),
    );
  });

  test('the setting’s name is saved, and clearing it removes it', async () => {
    await openOptions();
    const name = screen.getByRole('textbox', { name: 'Setting name' });
    fireEvent.change(name, { target: { value: 'Little Acorns Nursery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect((await policyItem.getValue()).settingName).toBe('Little Acorns Nursery'));
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect(await policyItem.getValue()).toEqual({ version: 1 }));
  });
});
