import type { ElementHandle, Page } from 'puppeteer-core';
import type { Posted, Received } from '../harness/replica-page';

/** The part of puppeteer's WebDriver BiDi realm that calls a function in the page with BiDi's own options. */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }>;
}

const bidiRealm = (page: Page): BidiRealm => (page.mainFrame() as unknown as { mainRealm(): { realm: BidiRealm } }).mainRealm().realm;

/**
 * Runs `fn` on the shadow root of `host` and returns what it returns (as JSON). The extension's roots are closed, so
 * the page's own scripts cannot reach them; WebDriver BiDi serialises closed roots for a test (includeShadowTree
 * "all"), as assistive technology reaches them, and the function then runs against that root. Undefined while the
 * host or its root is not there.
 */
async function insideRoot<T>(page: Page, host: string, fn: string, arg = ''): Promise<T | undefined> {
  const realm = bidiRealm(page);
  const found = await realm.callFunction('(h) => document.querySelector(h)', true, {
    arguments: [{ type: 'string', value: host }],
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = (found.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
  if (!root) return undefined;
  const answer = await realm.callFunction(`(root, arg) => JSON.stringify((${fn})(root, arg) ?? null)`, true, {
    arguments: [{ sharedId: root }, { type: 'string', value: arg }],
    resultOwnership: 'none',
  });
  if (answer.type === 'exception') throw new Error(`In ${host}'s shadow root: ${answer.exceptionDetails?.text ?? 'the function failed'}`);
  return JSON.parse(String(answer.result?.value)) as T;
}

/** Polls `check` until it holds: a change inside a shadow root is no change to the document, so nothing signals it. */
async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The rule of every finding the panel lists, in order. */
export const panelRules = async (page: Page): Promise<(string | null)[]> =>
  (await insideRoot<(string | null)[]>(page, 'ask-yourself-panel', "(root) => [...root.querySelectorAll('[data-rule]')].map((item) => item.getAttribute('data-rule'))")) ?? [];

/** The text of every element matching `selector` inside the panel, in order. */
export const panelTexts = async (page: Page, selector: string): Promise<string[]> =>
  (await insideRoot<string[]>(page, 'ask-yourself-panel', '(root, s) => [...root.querySelectorAll(s)].map((element) => element.textContent)', selector)) ?? [];

/** The accessible names of the panel's images (a flagged photo's thumbnail is one). */
export const panelImages = async (page: Page): Promise<string[]> =>
  (await insideRoot<string[]>(page, 'ask-yourself-panel', "(root) => [...root.querySelectorAll('[role=\"img\"], img')].map((image) => image.getAttribute('aria-label') ?? image.getAttribute('alt') ?? '')")) ?? [];

/** Waits until `selector` matches inside the shadow root of `host`. */
export const untilInside = (page: Page, host: string, selector: string): Promise<void> =>
  until(async () => (await insideRoot<boolean>(page, host, '(root, s) => root.querySelector(s) !== null', selector)) === true, `${selector} in ${host}`);

/** Waits until the shadow root of `host` reads `text` somewhere. */
export const untilInsideText = (page: Page, host: string, text: string): Promise<void> =>
  until(async () => (await insideRoot<boolean>(page, host, '(root, t) => root.textContent.includes(t)', text)) === true, `"${text}" in ${host}`);

/** Waits for the panel to list a finding of `rule` (and, if given, of that severity). */
export const panelShows = (page: Page, rule: string, severity?: string): Promise<void> =>
  untilInside(page, 'ask-yourself-panel', `[data-rule="${rule}"]${severity ? `[data-severity="${severity}"]` : ''}`);

// A button's accessible name as the panel gives it: its aria-label, else its text.
const BUTTON_AT = `(root, name) => {
  const button = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name);
  if (!button) return null;
  const box = button.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}`;

/** Where the panel's button of that name is on screen, if it has one. */
const panelButtonAt = (page: Page, name: string): Promise<{ x: number; y: number } | null | undefined> =>
  insideRoot<{ x: number; y: number } | null>(page, 'ask-yourself-panel', BUTTON_AT, name);

/** Whether the panel offers a button of that name. */
export const panelHasButton = async (page: Page, name: string): Promise<boolean> => Boolean(await panelButtonAt(page, name));

/** Waits for a button in the panel; pressing it is a real click at its place on screen, as a person's is. */
export async function panelButtonShown(page: Page, name: string): Promise<{ click(options?: { count?: number }): Promise<void> }> {
  await until(async () => Boolean(await panelButtonAt(page, name)), `the panel's "${name}" button`);
  return {
    async click(options = {}) {
      const at = await panelButtonAt(page, name);
      if (!at) throw new Error(`The panel's "${name}" button has gone`);
      await page.mouse.click(at.x, at.y, { count: options.count ?? 1 });
    },
  };
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
