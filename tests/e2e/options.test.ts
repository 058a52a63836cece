import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Policy } from '../../lib/policy/policy';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import { openOptions, stored } from './harness/options-page';
import { canMount, chromiumWithPolicy, EXTENSION_ID } from './harness/managed-chromium';
import { ROOT } from './harness/prepare';
import { panelOf, postedOn, untilPosted, write } from './harness/replica-page';
import { xHome } from './sites/x';

const launch = { extensionDir: inject('extensionDir'), certDir: inject('certDir') };

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations inside `selector` (open shadow roots included). */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  // Evaluated through the debugging protocol, so no page's Content Security Policy stands in the way.
  await page.evaluate(axeSource);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; impact: string; help: string }[] }> } }).axe;
    const { violations } = await axe.run(document.querySelector(within)!);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }, selector);
}

const fileDir = mkdtempSync(join(tmpdir(), 'ask-yourself-options-'));
afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

/** A file on disk to hand to a file picker. */
function fileWith(name: string, text: string): string {
  const path = join(fileDir, name);
  writeFileSync(path, text);
  return path;
}

const policyFile: Policy = {
  version: 1,
  settingName: 'Little Acorns Nursery',
  consentTags: ['#consentgiven'],
  roster: [{ name: 'Theo Okafor', socialMediaConsent: true }],
};

const rosterCsv = 'First name,Surname,Photo consent,Social media\r\nAmelia,Watson,Yes,No\r\nPriya,Shah,Y,Y\r\n';

const selectFor = (page: Page, rule: string): Locator => page.getByRole('combobox', { name: `${rule}: what happens` });

describe('the options page in Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser(launch);
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.clear());
  });

  test('the manifest key keeps the extension id fixed', async () => {
    expect(new URL((await browser.serviceWorker()).url()).host).toBe(EXTENSION_ID);
  });

  test('a policy and a CSV roster imported on the page hold a post naming a child without consent', async () => {
    const page = await openOptions(browser);
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('policy.json', JSON.stringify(policyFile)));
    await page.getByText('Imported “policy.json”. This is now your policy.').waitFor();
    await page.getByLabel('Roster CSV file to import').setInputFiles(fileWith('children.csv', rosterCsv));
    const preview = page.getByRole('region', { name: 'What importing “children.csv” will change' });
    await preview.getByText('Amelia Watson: no consent').waitFor();
    expect(await stored<Policy>(browser, 'policy')).toEqual(policyFile);
    await preview.getByRole('button', { name: 'Apply these changes' }).click();
    await page.getByText(/Roster updated from “children.csv”/).waitFor();
    expect((await stored<Policy>(browser, 'policy'))?.roster).toEqual([
      { name: 'Theo Okafor', socialMediaConsent: true },
      { name: 'Amelia Watson', socialMediaConsent: false },
      { name: 'Priya Shah', socialMediaConsent: true },
    ]);
    expect(await seriousViolations(page, 'main')).toEqual([]);

    const site = await browser.open(xHome.url);
    const composer = await xHome.open(site);
    await write(composer.box, 'Amelia loved the painting table this morning!');
    await composer.submit.click();
    const panel = panelOf(site);
    await panel.locator('[data-rule="named-child-without-consent"][data-severity="block"]').waitFor();
    expect(await panel.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await postedOn(site)).toEqual([]);
    // The panel's root is closed, so axe (a page script) cannot reach it there, by design; the same panel is checked
    // by axe in real Chromium on the options page's Try a post below, and the accessibility tree found it above.

    await panel.getByRole('button', { name: 'Edit post' }).click();
    await composer.box.fill('');
    await write(composer.box, 'Priya loved the painting table this morning!');
    await composer.submit.click();
    await untilPosted(site, 1);
    expect((await postedOn(site)).map((post) => post.text)).toEqual(['Priya loved the painting table this morning!']);
  });

  test('Try a post shows the staff panel on the options page, from the same checker, for a photo chosen in the picker', async () => {
    const page = await openOptions(browser);
    await page.getByRole('textbox', { name: 'Draft post' }).fill('Our trip to the farm');
    await page.getByLabel('Photos or videos').setInputFiles(join(ROOT, 'tests/fixtures/location/gps.jpg'));
    await page.getByRole('button', { name: 'Check this post' }).click();
    const panel = page.getByRole('dialog', { name: /^Ask yourself/ });
    await panel.locator('[data-rule="photo-location"]').filter({ hasText: 'gps.jpg' }).waitFor();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  });

  test.each([
    ['not JSON', '{"version": 1, "rules": ', /not valid JSON/],
    ['a rule set to a severity that does not exist', '{"version":1,"rules":{"profanity":"sometimes"}}', /rules\.profanity/],
  ])('a policy file with %s is refused, naming the field, and nothing changes', async (_, text, field) => {
    const page = await openOptions(browser);
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('policy.json', JSON.stringify(policyFile)));
    await page.getByText('Imported “policy.json”. This is now your policy.').waitFor();
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('broken.json', text));
    const alert = page.getByRole('alert').filter({ hasText: 'Your policy has not changed.' });
    expect(await alert.textContent()).toMatch(field);
    expect(await stored<Policy>(browser, 'policy')).toEqual(policyFile);
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Setting name' }).inputValue()).toBe('Little Acorns Nursery');
  });

  test('with a PIN set, changes are refused without it and allowed with it', async () => {
    const page = await openOptions(browser);
    await page.getByLabel('New PIN').fill('482193');
    await page.getByLabel('Type the PIN again').fill('482193');
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await page.getByText(/PIN saved/).waitFor();
    expect(JSON.stringify(await stored(browser, 'settings'))).not.toContain('482193');

    await page.reload();
    await page.getByRole('heading', { name: 'Rules' }).waitFor();
    expect(await selectFor(page, 'Profanity').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import policy' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add child' }).isDisabled()).toBe(true);
    // A file handed straight to the hidden picker is refused too.
    await page.getByLabel('Policy file to import').setInputFiles(fileWith('policy.json', JSON.stringify(policyFile)));
    await page.getByRole('alert').filter({ hasText: 'Enter the manager PIN to make changes.' }).waitFor();
    expect(await stored(browser, 'policy')).toBeUndefined();

    await page.getByLabel('Manager PIN').fill('123456');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That PIN is not right.' }).waitFor();
    expect(await selectFor(page, 'Profanity').isDisabled()).toBe(true);

    await page.getByLabel('Manager PIN').fill('482193');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor();
    await selectFor(page, 'Profanity').selectOption('warn');
    await expect.poll(() => stored<Policy>(browser, 'policy')).toEqual({ version: 1, rules: { profanity: 'warn' } });
  });
});

describe.skipIf(!canMount)('a policy pushed by the organisation through Chrome enterprise policy', () => {
  let browser: ExtensionBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-managed-'));
  beforeAll(async () => {
    const executablePath = chromiumWithPolicy(dir, {
      settingName: 'Oak Tree Nursery Group',
      rules: { profanity: 'block', 'contact-details': 'justify' },
      consentTags: ['#consentgiven'],
      retentionMonths: 6,
    });
    browser = await launchExtensionBrowser({ ...launch, executablePath });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reaches storage.managed, wins over the setting’s own values, and is locked on the page', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.set({ policy: { version: 1, settingName: 'Little Acorns', rules: { profanity: 'warn', 'full-name': 'block' } } }));
    const page = await openOptions(browser);

    await expect.poll(() => selectFor(page, 'Profanity').isDisabled(), { timeout: 8000 }).toBe(true);
    expect(await selectFor(page, 'Profanity').inputValue()).toBe('block');
    expect(await selectFor(page, 'Contact details').inputValue()).toBe('justify');
    expect(await page.locator('[data-rule="profanity"]').getByText('Set by your organisation').count()).toBe(1);
    expect(await selectFor(page, 'Full name').isDisabled()).toBe(false);
    expect(await selectFor(page, 'Full name').inputValue()).toBe('block');

    const name = page.getByRole('textbox', { name: 'Setting name' });
    expect(await name.inputValue()).toBe('Oak Tree Nursery Group');
    expect(await name.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('group', { name: 'Consent tags' }).getByText('Set by your organisation').count()).toBe(1);
    expect(await page.getByLabel('Months to keep entries').inputValue()).toBe('6');
    expect(await seriousViolations(page, 'main')).toEqual([]);
  });
});
