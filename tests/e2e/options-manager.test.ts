import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Decision } from '../../lib/decisions/decision';
import type { Policy } from '../../lib/policy/policy';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import {
  eightWeeksOfDecisions,
  managersPage,
  NURSERY_POLICY,
  protectionSeen,
  SECTIONS,
  axeOn,
  store,
  stored,
} from './harness/manager-page';
import { ROOT } from './harness/prepare';
import { decisionsIn, panelOf, postedOn, untilPosted, write } from './harness/replica-page';
import { xHome } from './sites/x';

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const fileDir = mkdtempSync(join(tmpdir(), 'ask-yourself-manager-'));
afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;

describe('the managers’ page in Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ extensionDir: inject('extensionDir'), certDir: inject('certDir') });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.clear());
    for (const page of browser.context.pages()) await page.close();
  });

  test('a first run from an empty profile ends with a post held on a replica naming a child from the imported roster', async () => {
    const page = await browser.open(managersPage());
    const guide = page.getByRole('region', { name: 'Set up Ask Yourself' });
    await guide.waitFor();
    expect(new URL(page.url()).hash).toBe('#setup');

    await guide.getByRole('textbox', { name: 'Setting name' }).fill('Little Acorns Nursery');
    await guide.getByRole('button', { name: 'Save name' }).click();
    await guide.getByText('Saved.').waitFor();
    await guide.getByRole('button', { name: 'Next' }).click();

    const csv = join(fileDir, 'children.csv');
    writeFileSync(csv, 'First name,Surname,Social media\r\nAmelia,Watson,No\r\nPriya,Shah,Yes\r\nTheo,Okafor,Y\r\n');
    await guide.getByLabel('Roster CSV file to import').setInputFiles(csv);
    await guide.getByRole('button', { name: 'Apply these changes' }).click();
    await guide.getByText(/Roster updated from “children.csv”. It now has 3 children./).waitFor();
    await guide.getByRole('button', { name: 'Next' }).click();

    await guide.getByRole('textbox', { name: 'New consent tag' }).fill('#consentgiven');
    await guide.getByRole('button', { name: 'Add consent tag' }).click();
    await guide.getByText('Added “#consentgiven”.').waitFor();
    await guide.getByRole('button', { name: 'Next' }).click();
    await guide.getByRole('button', { name: 'Skip this step' }).click();
    await guide.getByRole('button', { name: 'Skip this step' }).click();

    const example = guide.getByRole('button', { name: /^Write an example/ });
    expect(await example.textContent()).toContain('Amelia');
    await example.click();
    await guide.getByRole('button', { name: 'Check this post' }).click();
    const panel = page.getByRole('dialog', { name: /^Ask yourself/ });
    await panel.locator('[data-rule="named-child-without-consent"][data-severity="block"]').waitFor();
    await panel.getByRole('button', { name: 'Edit post' }).click();
    await guide.getByRole('button', { name: 'Finish set-up' }).click();

    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#overview');
    const roster = page.getByRole('article', { name: 'Roster' });
    expect(await roster.textContent()).toMatch(/3\s*children\s*1\s*without consent/);
    expect(await stored<Policy>(browser, 'policy')).toMatchObject({ settingName: 'Little Acorns Nursery', consentTags: ['#consentgiven'] });
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByRole('region', { name: 'Set up Ask Yourself' }).count()).toBe(0);

    const site = await browser.open(xHome.url);
    const composer = await xHome.open(site);
    await write(composer.box, 'Amelia loved the painting table this morning!');
    await composer.submit.click();
    await panelOf(site).locator('[data-rule="named-child-without-consent"][data-severity="block"]').waitFor();
    expect(await postedOn(site)).toEqual([]);
  }, 120_000);

  test('the overview’s counts match the log after a scripted week of decisions', async () => {
    const now = Date.now();
    const earlier: Decision[] = [
      { at: new Date(now - 20 * DAY).toISOString(), site: 'facebook', rules: ['full-name'], decision: 'edited' },
      { at: new Date(now - 6 * DAY).toISOString(), site: 'facebook', rules: ['full-name'], decision: 'edited' },
      { at: new Date(now - 5 * DAY).toISOString(), site: 'instagram', rules: ['semi-clothed-activity'], decision: 'posted-anyway', reason: 'Parents agreed' },
      { at: new Date(now - 4 * DAY).toISOString(), site: 'x', rules: ['profanity'], decision: 'blocked' },
      { at: new Date(now - 2 * DAY).toISOString(), site: 'facebook', rules: ['contact-details'], decision: 'false-alarm' },
    ];
    await store(browser, { decisions: earlier, setup: { finishedAt: now } });

    // Today's decisions, made on a replica as staff would.
    const site = await browser.open(xHome.url);
    const composer = await xHome.open(site);
    await write(composer.box, 'So much splashing at water play this morning');
    await composer.submit.click();
    await panelOf(site).getByRole('textbox', { name: 'Reason' }).fill('Costumes on, parents asked for it');
    await panelOf(site).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(site, 1);
    await composer.box.fill('');
    await write(composer.box, 'What the fuck happened to the weather today');
    await composer.submit.click();
    await panelOf(site).getByRole('button', { name: 'Edit post' }).click();
    await composer.box.fill('');
    await write(composer.box, 'Ring us on 07700 900471 to book a visit');
    await composer.submit.click();
    await panelOf(site).getByRole('button', { name: 'Report a false alarm' }).click();
    await expect.poll(async () => (await decisionsIn(browser)).length).toBe(earlier.length + 3);

    const page = await browser.open(managersPage('#overview'));
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    const tile = async (kind: string) => Number(await page.locator(`[data-count="${kind}"] dd`).textContent());
    const expected = { held: 7, edited: 1, 'posted-anyway': 2, blocked: 2, 'false-alarm': 2 };
    for (const [kind, count] of Object.entries(expected)) expect([kind, await tile(kind)]).toEqual([kind, count]);

    // The same counts from the log's own rows, read as a manager would.
    await page.goto(managersPage('#log'));
    const rows = page.getByRole('table', { name: 'Decisions, newest first' }).locator('tbody tr');
    await rows.first().waitFor();
    const read = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ at: tr.querySelector('time')!.getAttribute('datetime')!, decision: tr.children[3].textContent })),
    );
    const fortnight = read.filter((row) => Date.parse(row.at) >= now - 14 * DAY);
    expect(fortnight).toHaveLength(expected.held);
    expect(fortnight.filter((row) => row.decision === 'Posted anyway')).toHaveLength(expected['posted-anyway']);
    expect(fortnight.filter((row) => row.decision === 'Reported a false alarm')).toHaveLength(expected['false-alarm']);
    expect(fortnight.filter((row) => row.decision === 'Blocked')).toHaveLength(expected.blocked);
    expect(fortnight.filter((row) => row.decision === 'Edited')).toHaveLength(expected.edited);
    const review = page.getByRole('group', { name: 'To review first' });
    expect(await review.getByText('Costumes on, parents asked for it').count()).toBe(1);
  }, 120_000);

  test('each section is reachable by its address, and by keyboard alone from the top of the page', async () => {
    await store(browser, { setup: { finishedAt: Date.now() }, policy: NURSERY_POLICY });
    const page = await browser.open(managersPage('#overview'));
    for (const [id, heading] of SECTIONS) {
      await page.goto(managersPage(`#${id}`));
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(heading);
      const box = await page.getByRole('heading', { name: heading, level: 2 }).boundingBox();
      expect(box!.y).toBeGreaterThan(-1);
      expect(box!.y).toBeLessThan(900);
    }
    for (const [index, [id, heading, link]] of SECTIONS.entries()) {
      await page.goto(managersPage());
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      // The skip link first, then the navigation in order.
      for (let press = 0; press < index + 2; press++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(link);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(heading);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    }
  }, 180_000);

  test('axe finds no serious or critical problem in any section, in light and dark mode', async () => {
    const now = Date.now();
    await store(browser, {
      setup: { finishedAt: now },
      policy: NURSERY_POLICY,
      decisions: eightWeeksOfDecisions(now),
      'protection-status': protectionSeen(now),
    });
    const page = await browser.open(managersPage('#overview'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.reload();
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      // Every section is on the page at once, so one run over the page checks them all, the navigation included.
      expect(await page.locator('.page-section').count()).toBe(SECTIONS.length);
      const whole = await axeOn(page, axeSource, '.page');
      expect([colorScheme, whole.serious]).toEqual([colorScheme, []]);
      // Proof that axe measured the colours and read the controls rather than skipping them.
      expect(whole.passed).toEqual(expect.arrayContaining(['color-contrast', 'label', 'button-name', 'select-name', 'link-name']));
      await page.goto(managersPage('#setup'));
      await page.getByRole('heading', { name: 'Set up Ask Yourself' }).waitFor();
      expect([colorScheme, 'setup', (await axeOn(page, axeSource, '.page')).serious]).toEqual([colorScheme, 'setup', []]);
      await page.goto(managersPage('#overview'));
    }
  }, 180_000);
});

