import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ORPHANED_MESSAGE } from '../../lib/composer/orphan-guard';
import { useExtensionBrowser } from './harness/guarding-suite';
import { noticeOf, panelOf, postedOn, write } from './harness/replica-page';
import { xHome } from './sites/x';

// A browser of its own: the test reloads the extension under the browser's open tabs.
const { browser, page: open } = useExtensionBrowser();

/** Presses Post (and the shortcut) and waits past the old 5-second deadline: nothing may have posted. */
async function neverPosts(page: Page, submit: () => Promise<void>): Promise<void> {
  await submit();
  await page.waitForTimeout(6000);
  await submit();
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(500);
  expect(await postedOn(page)).toEqual([]);
}

describe('H2: after the extension is updated or reloaded', () => {
  test('a press in a tab left open is held, never posted, and the page says to reload', async () => {
    const page = await open(xHome.url);
    const composer = await xHome.open(page);
    await write(composer.box, 'Sunflower week in the garden');
    await page.waitForTimeout(600);
    await (await browser().serviceWorker()).evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1500);
    await composer.box.click();
    await page.keyboard.insertText(', what the fuck. Sam Jones says hi');
    await neverPosts(page, () => composer.submit.click());
    await noticeOf(page).getByText(ORPHANED_MESSAGE).waitFor();
    expect(await panelOf(page).count()).toBe(0);
  });
});
