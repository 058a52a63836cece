import type { ElementHandle, Page } from 'puppeteer-core';
import type { Posted, Received } from '../harness/replica-page';

/** Puppeteer's selector for something inside the panel's shadow root. */
export const inPanel = (selector: string): string => `ask-yourself-panel >>> ${selector}`;

/** A button in the panel, found by its accessible name as a screen reader finds it. */
export const panelButton = (name: string): string => inPanel(`::-p-aria([name="${name}"][role="button"])`);

/** The rule of every finding the panel lists, in order. */
export const panelRules = (page: Page): Promise<(string | null)[]> =>
  page.$$eval(inPanel('[data-rule]'), (items) => items.map((item) => item.getAttribute('data-rule')));

/**
 * Waits until `selector` matches inside the shadow root of `host`. Polled: puppeteer's waitForSelector watches the
 * document for changes, and a change inside a shadow root is not one, so it could miss the panel filling in.
 */
export const untilInside = (page: Page, host: string, selector: string): Promise<unknown> =>
  page.waitForFunction((h, s) => Boolean(document.querySelector(h)?.shadowRoot?.querySelector(s)), { polling: 100, timeout: 15_000 }, host, selector);

/** Waits for the panel to list a finding of `rule` (and, if given, of that severity). */
export const panelShows = (page: Page, rule: string, severity?: string): Promise<unknown> =>
  untilInside(page, 'ask-yourself-panel', `[data-rule="${rule}"]${severity ? `[data-severity="${severity}"]` : ''}`);

/** Waits for a button in the panel, and returns it. */
export async function panelButtonShown(page: Page, name: string): Promise<ElementHandle> {
  await untilInside(page, 'ask-yourself-panel', 'button');
  return (await page.waitForSelector(panelButton(name), { timeout: 5000 }))!;
}

export const panelEverShown = (page: Page): Promise<boolean> => page.evaluate(() => (window as unknown as { __panelShown?: boolean }).__panelShown === true);

export const postedOn = (page: Page): Promise<Posted[]> => page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);

export const siteSaw = (page: Page): Promise<Record<string, number>> => page.evaluate(() => ({ ...(window as unknown as { __seen: Record<string, number> }).__seen }));

export const untilPosted = (page: Page, count: number): Promise<unknown> =>
  page.waitForFunction((n) => (window as unknown as { __posted: unknown[] }).__posted.length >= n, { timeout: 10_000 }, count);

/** Puts a draft in a text box as one insertion, as a paste or dictation does (focused directly: a notice may lie over the box). */
export async function write(page: Page, box: string, text: string): Promise<void> {
  await page.waitForSelector(box);
  await page.$eval(box, (element) => (element as HTMLElement).focus());
  await page.evaluate((value) => document.execCommand('insertText', false, value), text);
}

/** Chooses files in a composer's file picker, as a person does in the site's dialog. */
export async function choose(page: Page, input: string, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  const picker = (await page.waitForSelector(input)) as ElementHandle<HTMLInputElement>;
  await picker.uploadFile(...paths);
}

/** Every file the replica's own handlers took in, once there are at least `count`. */
export async function receivedBy(page: Page, count: number): Promise<Received[]> {
  await page.waitForFunction((n) => (window as unknown as { __received: unknown[] }).__received.length >= n, { timeout: 10_000 }, count);
  const files = await page.evaluate(() => Promise.all((window as unknown as { __received: Promise<Omit<Received, 'bytes'> & { data: string }>[] }).__received));
  return files.map(({ data, ...file }) => ({ ...file, bytes: new Uint8Array(Buffer.from(data, 'base64')) }));
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
