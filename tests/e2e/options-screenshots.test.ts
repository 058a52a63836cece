import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import { eightWeeksOfDecisions, managersPage, NURSERY_POLICY, protectionSeen, SECTIONS, store } from './harness/manager-page';
import { ROOT } from './harness/prepare';

/** Where the pictures README.md links to go, so a reviewer can look without installing anything. */
const SHOTS = join(ROOT, 'tests/screenshots');
const WIDTHS = [1280, 390] as const;

async function settle(page: Page, hash: string, heading: string) {
  await page.goto(managersPage(hash));
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  // Focus rings belong in use, not in a picture of the page.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe('screenshots of the managers’ page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ extensionDir: inject('extensionDir'), certDir: inject('certDir') });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  test('the set-up guide on a new installation, at each width', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.clear());
    const page = await browser.open(managersPage());
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page, '', 'Set up Ask Yourself');
      await page.screenshot({ path: join(SHOTS, `setup-${width}.png`), fullPage: true });
    }
    // The guide's last step, against a roster typed in on its second.
    await store(browser, { policy: NURSERY_POLICY });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page, '#setup', 'Set up Ask Yourself');
      await page.getByRole('button', { name: 'Try a post', exact: true }).click();
      await page.getByRole('button', { name: /^Write an example/ }).click();
      await page.getByRole('button', { name: 'Check this post' }).click();
      await page.getByRole('dialog', { name: /^Ask yourself/ }).locator('[data-rule="named-child-without-consent"]').waitFor();
      await page.screenshot({ path: join(SHOTS, `setup-try-a-post-${width}.png`) });
      await page.getByRole('button', { name: 'Edit post' }).click();
    }
    await page.close();
  }, 120_000);

  test('each section, in a nursery that has used it for two months, at each width and in dark mode', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => chrome.storage.local.clear());
    const now = Date.now();
    await store(browser, {
      policy: NURSERY_POLICY,
      decisions: eightWeeksOfDecisions(now),
      'protection-status': protectionSeen(now),
      setup: { finishedAt: now },
      'roster-updated': now - 3 * 24 * 60 * 60 * 1000,
    });
    const page = await browser.open(managersPage('#overview'));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page, '#overview', 'Overview');
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, `page-${width}.png`) });
      for (const [id, heading] of SECTIONS) {
        await settle(page, `#${id}`, heading);
        await page.locator(`#${id}`).screenshot({ path: join(SHOTS, `${id}-${width}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const id of ['overview', 'log'] as const) {
        await settle(page, `#${id}`, id === 'log' ? 'Decision log' : 'Overview');
        await page.locator(`#${id}`).screenshot({ path: join(SHOTS, `${id}-dark-${width}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }, 300_000);
});
