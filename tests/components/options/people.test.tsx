import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { policyItem } from '../../../lib/storage/items';
import { fileOf, openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = () => policyItem.getValue();

describe('parents and carers on the roster', () => {
  test('a child is added with their carers, and the carers are edited later', async () => {
    await openOptions();
    fireEvent.change(screen.getByRole('textbox', { name: 'Child’s name' }), { target: { value: 'Amelia Watson' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Parents and carers, one full name per line (optional)' }), {
      target: { value: 'Joanne Watson\n\n  Watson,  Mark \n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add child' }));
    await waitFor(async () =>
      expect((await stored()).roster).toEqual([{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson', 'Mark Watson'] }]),
    );
    const table = within(screen.getByRole('table', { name: 'Roster' }));
    expect(table.getByRole('cell', { name: 'Joanne Watson, Mark Watson' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Amelia Watson' }));
    const carers = screen.getByRole('textbox', { name: 'Parents and carers of Amelia Watson, one full name per line' }) as HTMLTextAreaElement;
    expect(carers.value).toBe('Joanne Watson\nMark Watson');
    fireEvent.change(carers, { target: { value: 'Joanne Watson\nSam Okoro' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect((await stored()).roster?.[0].carers).toEqual(['Joanne Watson', 'Sam Okoro']));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the roster' }), { target: { value: 'okoro' } });
    expect(within(screen.getByRole('table', { name: 'Roster' })).getByText('Amelia Watson')).toBeTruthy();
  });

  test('a roster CSV with parent columns shows the carers it will add, then keeps them', async () => {
    await policyItem.setValue({ version: 1, roster: [{ name: 'Theo Okafor', socialMediaConsent: true, carers: ['Ngozi Okafor'] }] });
    await openOptions();
    const csv = 'First name,Surname,Parent/Carer 1 Name,Parent/Carer 2 Name,Photo consent\nTheo,Okafor,Ngozi Okafor,Chidi Okafor,Yes\nIsla,Reid,Fiona Reid,,No\n';
    fireEvent.change(screen.getByLabelText('Roster CSV file to import'), { target: { files: [fileOf('children.csv', csv, 'text/csv')] } });
    const preview = within(await screen.findByRole('region', { name: 'What importing “children.csv” will change' }));
    expect(preview.getByText('Isla Reid: no consent; parents and carers: Fiona Reid')).toBeTruthy();
    expect(preview.getByText('Theo Okafor: Chidi Okafor')).toBeTruthy();
    fireEvent.click(preview.getByRole('button', { name: 'Apply these changes' }));
    await waitFor(async () =>
      expect((await stored()).roster).toEqual([
        { name: 'Theo Okafor', socialMediaConsent: true, carers: ['Ngozi Okafor', 'Chidi Okafor'] },
        { name: 'Isla Reid', socialMediaConsent: false, carers: ['Fiona Reid'] },
      ]),
    );
  });

  test('L5: a roster CSV with an unclosed quotation mark is previewed with a plain warning', async () => {
    await openOptions();
    fireEvent.change(screen.getByLabelText('Roster CSV file to import'), {
      target: { files: [fileOf('children.csv', 'Name,Online\n"Amelia Watson,No\nNoah Khan,Yes\n', 'text/csv')] },
    });
    const preview = within(await screen.findByRole('region', { name: 'What importing “children.csv” will change' }));
    expect(preview.getByRole('alert').textContent).toMatch(/quotation mark on line 2 is never closed/);
  });
});

describe('the staff list', () => {
  test('colleagues’ full names are added and removed, and kept in the policy', async () => {
    await openOptions();
    const staff = within(screen.getByRole('group', { name: 'Staff names' }));
    fireEvent.change(staff.getByRole('textbox', { name: 'New colleague’s full name' }), { target: { value: 'Priya  Raman' } });
    fireEvent.click(staff.getByRole('button', { name: 'Add colleague’s full name' }));
    await waitFor(async () => expect((await stored()).staff).toEqual(['Priya Raman']));
    fireEvent.click(await staff.findByRole('button', { name: 'Remove Priya Raman' }));
    await waitFor(async () => expect((await stored()).staff).toEqual([]));
  });

  test('policy import and export keep carers and staff; an older file without them still loads', async () => {
    await openOptions();
    const policy = {
      version: 1,
      roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }],
      staff: ['Priya Raman'],
    };
    fireEvent.change(screen.getByLabelText('Policy file to import'), { target: { files: [fileOf('p.json', JSON.stringify(policy))] } });
    await screen.findByText('Imported “p.json”. This is now your policy.');
    expect(await stored()).toEqual(policy);
    expect(within(screen.getByRole('group', { name: 'Staff names' })).getByText('Priya Raman')).toBeTruthy();

    const older = { version: 1, roster: [{ name: 'Leo Grant', socialMediaConsent: true }] };
    fireEvent.change(screen.getByLabelText('Policy file to import'), { target: { files: [fileOf('old.json', JSON.stringify(older))] } });
    await screen.findByText('Imported “old.json”. This is now your policy.');
    expect(await stored()).toEqual(older);
  });
});
