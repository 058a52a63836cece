import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const roster = async () => (await policyItem.getValue()).roster;

const chooseCsv = (name: string, text: string) =>
  fireEvent.change(screen.getByLabelText('Roster CSV file to import'), { target: { files: [fileOf(name, text, 'text/csv')] } });

describe('the roster', () => {
  test('a child is added with their consent, found by search, renamed, and removed', async () => {
    await policyItem.setValue({ version: 1, roster: [{ name: 'Theo Okafor', socialMediaConsent: true }] });
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Child’s name' }), { target: { value: ' Amelia  Watson ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add child' }));
    await waitFor(async () => expect(await roster()).toContainEqual({ name: 'Amelia Watson', socialMediaConsent: false }));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the roster' }), { target: { value: 'ameL' } });
    const table = screen.getByRole('table', { name: 'Roster' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).queryByText('Theo Okafor')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Amelia Watson' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New name for Amelia Watson' }), { target: { value: 'Amelia Watson-Reid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await roster())?.map((c) => c.name)).toEqual(['Theo Okafor', 'Amelia Watson-Reid']));

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Social media consent for Amelia Watson-Reid' }));
    await waitFor(async () => expect((await roster())?.[1].socialMediaConsent).toBe(true));

    fireEvent.click(screen.getByRole('button', { name: 'Remove Amelia Watson-Reid' }));
    await waitFor(async () => expect(await roster()).toEqual([{ name: 'Theo Okafor', socialMediaConsent: true }]));
  });

  test('Import CSV shows what will change and saves nothing until the manager confirms', async () => {
    await policyItem.setValue({
      version: 1,
      roster: [
        { name: 'Amelia Watson', socialMediaConsent: false },
        { name: 'Leo Grant', socialMediaConsent: true },
      ],
    });
    await openOptions();
    const before = await policyItem.getValue();
    chooseCsv('children.csv', 'First name,Surname,Photo consent\nAmelia,Watson,Yes\nPriya,Shah,No\n,,Yes\nNoah,Patterson,ask mum\n');

    const preview = within(await screen.findByRole('region', { name: 'What importing “children.csv” will change' }));
    expect(preview.getByText('Priya Shah: no consent')).toBeTruthy();
    expect(preview.getByText('Noah Patterson: no consent')).toBeTruthy();
    expect(preview.getByText('Amelia Watson: no consent becomes consent')).toBeTruthy();
    expect(preview.getByText(/Row 4 has no name/)).toBeTruthy();
    expect(preview.getByText(/Row 5: “Photo consent” is not a yes or no/)).toBeTruthy();
    expect(await policyItem.getValue()).toEqual(before);

    fireEvent.click(preview.getByRole('checkbox', { name: /Also remove the 1 children/ }));
    fireEvent.click(preview.getByRole('button', { name: 'Apply these changes' }));
    await waitFor(async () =>
      expect(await roster()).toEqual([
        { name: 'Amelia Watson', socialMediaConsent: true },
        { name: 'Priya Shah', socialMediaConsent: false },
        { name: 'Noah Patterson', socialMediaConsent: false },
      ]),
    );
    expect(await screen.findByText('Roster updated from “children.csv”. It now has 3 children.')).toBeTruthy();
  });

  test('cancelling the preview leaves the roster as it was', async () => {
    await openOptions();
    chooseCsv('children.csv', 'Name,Online\nAmelia Watson,Yes\n');
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled. The roster has not changed.')).toBeTruthy();
    expect(await roster()).toBeUndefined();
  });

  test('a file it cannot read is explained, and the roster is untouched', async () => {
    await openOptions();
    chooseCsv('export.csv', 'ID,Room\n1001,Ladybirds\n');
    expect((await screen.findByRole('alert')).textContent).toMatch(/“export.csv” could not be read\. No name column was found/);
    expect(await roster()).toBeUndefined();
  });
});
