import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const choice = () => screen.getByRole('combobox', { name: 'Faces in photos' }) as HTMLSelectElement;

describe('the faces choice', () => {
  test('starts at "allowed", the default, and says what each choice means for staff', async () => {
    await openOptions();
    expect(choice().value).toBe('allowed');
    expect(screen.getByText('Photos are posted with the faces in them. The other checks still run.')).toBeTruthy();
    fireEvent.change(choice(), { target: { value: 'blur' } });
    await screen.findByText(/Faces are blurred on the copy the site receives/);
  });

  test('choosing saves it to the policy, and choosing "allowed" again leaves the default', async () => {
    await openOptions();
    fireEvent.change(choice(), { target: { value: 'ask' } });
    await waitFor(async () => expect((await policyItem.getValue()).faces).toBe('ask'));
    fireEvent.change(choice(), { target: { value: 'allowed' } });
    await waitFor(async () => expect('faces' in (await policyItem.getValue())).toBe(false));
  });

  test('an organisation’s managed choice is shown and cannot be changed here', async () => {
    await fakeBrowser.storage.managed.set({ faces: 'blur' });
    await openOptions();
    await waitFor(() => expect(choice().value).toBe('blur'));
    expect(choice().disabled).toBe(true);
  });
});
