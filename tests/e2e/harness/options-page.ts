import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { EXTENSION_ID } from './managed-chromium';

/**
 * Opens the options page at a section's address, as a bookmark does: at the plain address a new profile gets the
 * first-run set-up guide instead (tests/e2e/options-manager.test.ts).
 */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.open(`chrome-extension://${EXTENSION_ID}/options.html#rules`);
  await page.getByRole('heading', { name: 'Rules' }).waitFor();
  return page;
}

/** What the extension keeps under `key` in its local storage. */
export async function stored<T>(browser: ExtensionBrowser, key: string): Promise<T | undefined> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T | undefined>;
}
