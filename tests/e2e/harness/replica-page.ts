import type { Locator, Page } from 'playwright-core';
import type { Decision } from '../../../lib/decisions/decision';
import type { Policy } from '../../../lib/policy/policy';
import type { ProtectionStatus } from '../../../lib/storage/protection-status';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import type { ExtensionBrowser } from './browser';
import { ShadowLocator } from './closed-shadow';

/** One post a replica published. */
export interface Posted {
  kind: string;
  text: string;
  photos: string[];
  /** True when the person's own press sent it; false when the extension replayed it. */
  trusted: boolean;
}

/**
 * The "Ask yourself" panel, found the way a screen reader finds it: a dialog named "Ask yourself...", in a
 * closed shadow root, reached through the accessibility tree and pressed with real input (harness/closed-shadow.ts).
 */
export const panelOf = (page: Page): ShadowLocator => new ShadowLocator(page, 'ask-yourself-panel').getByRole('dialog', { name: /^Ask yourself/ });

/** True once the panel has appeared on the page, however briefly. */
export const panelEverShown = (page: Page): Promise<boolean> => page.evaluate(() => (window as unknown as { __panelShown?: boolean }).__panelShown === true);

/** Waits until the replica has published `count` posts in all. */
export const untilPosted = (page: Page, count: number, timeout = 5000): Promise<unknown> =>
  page.waitForFunction((n) => (window as unknown as { __posted: unknown[] }).__posted.length >= n, count, { timeout });

/** What the replica has published so far. */
export const postedOn = (page: Page): Promise<Posted[]> => page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);

/** How many of the site's own click and key listeners have run, by listener. */
export const siteSaw = (page: Page): Promise<Record<string, number>> => page.evaluate(() => ({ ...(window as unknown as { __seen: Record<string, number> }).__seen }));

/** Types a draft into a text box as one insertion, as a paste or dictation does. */
export async function write(box: Locator, text: string): Promise<void> {
  await box.click();
  await box.page().keyboard.insertText(text);
}

/** The decision log, read from the extension's own storage. It is written just after the panel closes, so poll it (expect.poll). */
export async function decisionsIn(browser: ExtensionBrowser): Promise<Decision[]> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => ((await chrome.storage.local.get('decisions')) as { decisions?: Decision[] }).decisions ?? []);
}

/** Saves a policy as the options page would. */
export async function usePolicy(browser: ExtensionBrowser, policy: Policy): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((value) => chrome.storage.local.set({ policy: value }), policy);
}

/** Saves settings as the options page would, the defaults for any left out. */
export async function useSettings(browser: ExtensionBrowser, settings: Partial<Settings>): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), { ...DEFAULT_SETTINGS, ...settings });
}

/** "Protection on this computer", read from the extension's own storage; written just after a sighting, so poll it. */
export async function protectionIn(browser: ExtensionBrowser): Promise<ProtectionStatus> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => ((await chrome.storage.local.get('protection-status')) as { 'protection-status'?: ProtectionStatus })['protection-status'] ?? {});
}

/** Clears the decision log, the policy, the settings and the protection record between tests. */
export async function resetStorage(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate(() => chrome.storage.local.remove(['decisions', 'policy', 'settings']));
}

/** One file as the site's own handler received it. */
export interface Received {
  name: string;
  type: string;
  lastModified: number;
  bytes: Uint8Array;
}

/** Every file the replica's own handlers took in, in order, with its bytes, once there are at least `count`. */
export async function receivedBy(page: Page, count = 0): Promise<Received[]> {
  if (count) await page.waitForFunction((n) => (window as unknown as { __received: unknown[] }).__received.length >= n, count, { timeout: 5000 });
  const files = await page.evaluate(() => Promise.all((window as unknown as { __received: Promise<Omit<Received, 'bytes'> & { data: string }>[] }).__received));
  return files.map(({ data, ...file }) => ({ ...file, bytes: new Uint8Array(Buffer.from(data, 'base64')) }));
}

/** The one-line notice for a composer the extension cannot guard. */
export const noticeOf = (page: Page): ShadowLocator => new ShadowLocator(page, 'ask-yourself-notice').getByRole('status');

/** The toolbar badge text of every open tab. */
export async function badges(browser: ExtensionBrowser): Promise<string[]> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => Promise.all((await chrome.tabs.query({})).map((tab: { id?: number }) => chrome.action.getBadgeText({ tabId: tab.id! }))));
}
