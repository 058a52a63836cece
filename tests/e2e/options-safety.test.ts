import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Policy } from '../../lib/policy/policy';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import { openOptions, stored } from './harness/options-page';
import { canMount, chromiumWithPolicy, chromiumWithPolicyFile, EXTENSION_ID } from './harness/managed-chromium';

const launch = { extensionDir: inject('extensionDir'), certDir: inject('certDir') };
const fileDir = mkdtempSync(join(tmpdir(), 'ask-yourself-options-safety-'));
afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

function fileWith(name: string, text: string): string {
  const path = join(fileDir, name);
  writeFileSync(path, text);
  return path;
}

const selectFor = (page: Page, rule: string) => page.getByRole('combobox', { name: `${rule}: what happens` });

const settingPolicy: Policy = {
  version: 1,
  settingName: 'Little Acorns Nursery',
  rules: { profanity: 'warn', 'contact-details': 'block' },
  roster: [{ name: 'Theo Okafor', socialMediaConsent: true, carers: ['Ngozi Okafor'] }],
  staff: ['Priya Raman'],
  consentTags: ['#consentgiven'],
};

describe('L2: a policy import the browser’s storage cannot hold', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser(launch);
  });
  afterAll(() => browser?.close());

  test('is refused with a plain message, and the page keeps showing the policy really in force', async () => {
    const page = await openOptions(browser);
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('policy.json', JSON.stringify(settingPolicy)));
    await page.getByText('Imported “policy.json”. This is now your policy.').waitFor();
    // The decision log shares storage.local's 10 MB; fill most of it, as years of entries might.
    await (await browser.serviceWorker()).evaluate(() => chrome.storage.local.set({ filler: 'x'.repeat(9_600_000) }));
    const big = { version: 1, settingName: 'Somewhere Else', notes: 'y'.repeat(1_500_000) };
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('big.json', JSON.stringify(big)));
    const alert = page.getByRole('alert').filter({ hasText: 'Your policy has not changed.' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/storage for Ask Yourself is full/);
    expect(await page.getByRole('textbox', { name: 'Setting name' }).inputValue()).toBe('Little Acorns Nursery');
    expect((await stored<Policy>(browser, 'policy'))?.settingName).toBe('Little Acorns Nursery');
    await (await browser.serviceWorker()).evaluate(() => chrome.storage.local.remove('filler'));
  });
});

describe.skipIf(!canMount)('L1: an organisation policy with one value Chromium’s schema lets through but Ask Yourself cannot use', () => {
  let browser: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-managed-l1-'));
  beforeAll(async () => {
    const executablePath = chromiumWithPolicy(dir, {
      rules: { profanity: 'block', 'contact-details': 'Justify' },
      consentTags: ['#consentgiven', ''],
    });
    browser = await launchExtensionBrowser({ ...launch, executablePath });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('keeps every other rule lock, and the page names the value it could not use', async () => {
    const page = await openOptions(browser);
    await expect.poll(() => selectFor(page, 'Profanity').isDisabled(), { timeout: 8000 }).toBe(true);
    expect(await selectFor(page, 'Profanity').inputValue()).toBe('block');
    expect(await selectFor(page, 'Contact details').isDisabled()).toBe(false);
    expect(await page.getByRole('group', { name: 'Consent tags' }).getByText('Set by your organisation').count()).toBe(1);
    const alert = await page.getByRole('alert').filter({ hasText: 'could not be used' }).textContent();
    expect(alert).toContain('rules.contact-details ("Justify" is not off, warn, justify or block)');
    expect(alert).toContain('consentTags[1] (empty)');
  });
});

describe.skipIf(!canMount)('For your IT team: the Linux file the options page exports', () => {
  let linuxFile = '';
  let browser: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-managed-kit-'));

  beforeAll(async () => {
    const setting = await launchExtensionBrowser(launch);
    try {
      const page = await openOptions(setting);
      await page.getByLabel('Policy file to import').setInputFiles(fileWith('policy.json', JSON.stringify(settingPolicy)));
      await page.getByText('Imported “policy.json”. This is now your policy.').waitFor();
      const kit = page.getByRole('region', { name: 'For your IT team' });
      const [download] = await Promise.all([page.waitForEvent('download'), kit.getByRole('button', { name: 'Download the kit for IT' }).click()]);
      expect(download.suggestedFilename()).toBe('ask-yourself-kit-for-it.zip');
      const zip = join(fileDir, 'kit.zip');
      await download.saveAs(zip);
      linuxFile = strFromU8(unzipSync(readFileSync(zip))['linux/etc/chromium/policies/managed/ask-yourself.json']);
    } finally {
      await setting.close();
    }
    browser = await launchExtensionBrowser({ ...launch, executablePath: chromiumWithPolicyFile(dir, linuxFile) });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('placed where Chromium reads it, locks the same fields at the same values on another computer', async () => {
    const page = await openOptions(browser);
    await expect.poll(() => selectFor(page, 'Profanity').isDisabled(), { timeout: 8000 }).toBe(true);
    expect(await selectFor(page, 'Profanity').inputValue()).toBe('warn');
    expect(await selectFor(page, 'Contact details').inputValue()).toBe('block');
    expect(await selectFor(page, 'Full name').isDisabled()).toBe(true);
    const name = page.getByRole('textbox', { name: 'Setting name' });
    expect(await name.inputValue()).toBe('Little Acorns Nursery');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    for (const group of ['Consent tags', 'Staff names']) {
      const note = page.getByRole('group', { name: group, exact: true }).getByText('Set by your organisation');
      expect(await note.count(), group).toBe(1);
    }
    expect(await page.getByRole('group', { name: 'Staff names', exact: true }).getByRole('listitem').allInnerTexts()).toEqual(['Priya Raman']);
    expect(await page.getByText('could not be used').count()).toBe(0);
    // The roster never travels: this computer's roster is its own, and empty.
    expect(await page.getByText('Theo Okafor').count()).toBe(0);
    expect(await stored<Policy>(browser, 'policy')).toBeUndefined();
  });
});
