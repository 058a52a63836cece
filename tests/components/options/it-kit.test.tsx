import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../../lib/it-kit/kit-values';
import { hashPin } from '../../../lib/pin/pin-hash';
import { policyItem, settingsItem } from '../../../lib/storage/items';
import { openOptions } from './render-options';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function catchDownloads(): Blob[] {
  const saved: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:kit';
  });
  return saved;
}

describe('For your IT team', () => {
  test('saves a zip of the policy in force for each management tool, without the roster or the PIN', async () => {
    await policyItem.setValue({
      version: 1,
      settingName: 'Little Acorns',
      rules: { profanity: 'warn' },
      roster: [{ name: 'Amelia Watson', socialMediaConsent: false, carers: ['Joanne Watson'] }],
      staff: ['Priya Raman'],
    });
    await settingsItem.setValue({ excerpts: false, retentionMonths: 24, removeLocations: true, pin: await hashPin('482193') });
    await fakeBrowser.storage.managed.set({ consentTags: ['#ok'] });
    const saved = catchDownloads();
    await openOptions();
    const section = within(screen.getByRole('region', { name: 'For your IT team' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Extension id in Chrome and Edge' }), { target: { value: CHROME_EXTENSION_ID } });
    fireEvent.click(section.getByRole('button', { name: 'Download the kit for IT' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const files = unzipSync(new Uint8Array(await saved[0].arrayBuffer()));
    const linux = JSON.parse(strFromU8(files['linux/etc/chromium/policies/managed/ask-yourself.json']));
    expect(linux['3rdparty'].extensions[CHROME_EXTENSION_ID]).toMatchObject({
      settingName: 'Little Acorns',
      rules: { profanity: 'warn' },
      staff: ['Priya Raman'],
      consentTags: ['#ok'],
      retentionMonths: 24,
    });
    const everything = Object.values(files)
      .map((bytes) => (bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder('utf-16le').decode(bytes.slice(2)) : strFromU8(bytes)))
      .join('');
    expect(everything).toMatch(/Priya Raman/);
    expect(everything).not.toMatch(/Amelia|Joanne|salt|hash/);
    expect(section.getByRole('status').textContent).toMatch(/Saved “ask-yourself-kit-for-it.zip”/);
  });

  test('an extension id that cannot be one is refused with a plain message and nothing is saved', async () => {
    const saved = catchDownloads();
    await openOptions();
    const section = within(screen.getByRole('region', { name: 'For your IT team' }));
    fireEvent.change(section.getByRole('textbox', { name: 'Extension id in Chrome and Edge' }), { target: { value: 'my-extension' } });
    fireEvent.click(section.getByRole('button', { name: 'Download the kit for IT' }));
    expect(section.getByRole('alert').textContent).toMatch(/32 letters from a to p/);
    expect(saved).toEqual([]);
  });
});
