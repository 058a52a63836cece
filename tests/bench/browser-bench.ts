import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { prepareWorkspace, type Workspace } from '../e2e/harness/prepare';
import { panelOf, usePolicy, write } from '../e2e/harness/replica-page';
import { ms } from './measure';

// A 2,000-character post in the voice of a nursery's page, with a phone number in it so the panel has something to show.
const SENTENCES = [
  'What a busy week in the Hedgehogs room! We have been planting sunflowers and measuring how tall they grow.',
  'Thank you to everyone who came to our stay and play session on Tuesday, the children loved showing you their work.',
  'Please remember named wellies and a waterproof coat, as we will be out in the garden whatever the weather.',
  'Next week we are reading The Gruffalo and making our own masks, so look out for them coming home in book bags.',
];
const POST = `Ring the office on 07700 900471 to book a place at our open morning. ${Array.from({ length: 20 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ')}`.slice(0, 2000);
const PRESSES = 30;

/** Four 12-megapixel JPEGs, as a phone takes them, made once and kept in the temp folder. */
function twelveMegapixelPhotos(): string[] | undefined {
  const dir = join(tmpdir(), 'ask-yourself-bench');
  const paths = [1, 2, 3, 4].map((n) => join(dir, `phone-12mp-${n}.jpg`));
  if (paths.every((path) => existsSync(path))) return paths;
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('/usr/bin/convert', ['-size', '4000x3000', 'plasma:', '-quality', '90', paths[0]]);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-Make=Bench', '-Model=Phone', '-DateTimeOriginal=2026:06:01 10:00:00', paths[0]]);
    for (const path of paths.slice(1)) copyFileSync(paths[0], path);
    return paths;
  } catch {
    return undefined;
  }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
};

/**
 * Runs an expression in the content script's own isolated world, through the
 * debugging protocol: the panel's shadow root is closed, and only there does
 * `chrome.dom.openOrClosedShadowRoot` open it, to watch for the findings.
 */
async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((context) => context.name === 'Ask Yourself');
  if (!world) throw new Error('the content script is not running on this page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

// Resolves, in the page's own clock, from the press's pointerdown to the panel's dialog appearing
// (whatever it says: "Still reading...") and to the first frame after its findings appeared.
const DIALOG_AND_FINDINGS_TIMER = `new Promise((resolve) => {
  let pressed = 0;
  let dialog = 0;
  window.addEventListener('pointerdown', (event) => (pressed = event.timeStamp), { capture: true, once: true });
  const watched = new WeakSet();
  const observer = new MutationObserver(() => {
    const host = document.querySelector('ask-yourself-panel');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    if (root && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    if (!root || !root.querySelector('[role="dialog"]')) return;
    if (!dialog) dialog = performance.now() - pressed;
    if (!root.querySelector('[role="dialog"] [data-rule]')) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve({ dialog, findings: performance.now() - pressed }));
  });
  observer.observe(document.body, { childList: true, subtree: true });
})`;

// Either of those times alone.
const PANEL_TIMER = `${DIALOG_AND_FINDINGS_TIMER}.then((times) => times.findings)`;
const DIALOG_TIMER = `${DIALOG_AND_FINDINGS_TIMER}.then((times) => times.dialog)`;

/**
 * Press-to-panel while the photos are still being looked at: each time a fresh
 * tab with four 12-megapixel photos just attached (so their faces and writing are
 * being looked at), pressed the moment the post is written.
 */
async function pressesWhileLooking(browser: ExtensionBrowser, photos: string[], times: number): Promise<number[]> {
  await usePolicy(browser, { version: 1, faces: 'ask' });
  const found: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await composerWithPost(browser, photos);
    const timing = inContentScript<number>(page, DIALOG_TIMER);
    await page.waitForTimeout(50);
    await page.locator('main [data-testid="tweetButtonInline"]').click();
    found.push(await timing);
    await page.close();
  }
  await usePolicy(browser, { version: 1 });
  return found;
}


const TAB_ROUNDS = 3;

/**
 * Several tabs at once: `tabs` tabs each attach the four 12-megapixel photos and
 * the post, one after another, and the last is pressed the moment its post is
 * written, while every tab's photos are still being looked at. Times that press
 * to its dialog and to its findings (which wait for its own photos); one tab is the floor.
 */
async function pressInLastOfTabs(browser: ExtensionBrowser, photos: string[], tabs: number): Promise<{ dialog: number; findings: number }> {
  const pages: Page[] = [];
  try {
    for (let i = 0; i < tabs; i++) pages.push(await composerWithPost(browser, photos));
    const last = pages[pages.length - 1];
    const timing = inContentScript<{ dialog: number; findings: number }>(last, DIALOG_AND_FINDINGS_TIMER);
    timing.catch(() => undefined);
    await last.waitForTimeout(50);
    await last.locator('main [data-testid="tweetButtonInline"]').click();
    return await timing;
  } finally {
    for (const page of pages) await page.close();
  }
}

/** One tab and three tabs, in alternation so load elsewhere falls on both alike. */
async function severalTabs(browser: ExtensionBrowser, photos: string[]) {
  await usePolicy(browser, { version: 1, faces: 'ask' });
  const one: { dialog: number; findings: number }[] = [];
  const three: { dialog: number; findings: number }[] = [];
  for (let i = 0; i < TAB_ROUNDS; i++) {
    one.push(await pressInLastOfTabs(browser, photos, 1));
    three.push(await pressInLastOfTabs(browser, photos, 3));
  }
  await usePolicy(browser, { version: 1 });
  return { one, three };
}

/** The built extension's size on disk, the model and OCR files included. */
function packageBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Times a press on Post until the panel shows what was found, in the page's own clock. */
async function pressToPanel(page: Page): Promise<number> {
  const timing = inContentScript<number>(page, PANEL_TIMER);
  await page.waitForTimeout(50);
  await page.locator('main [data-testid="tweetButtonInline"]').click();
  return timing;
}

/** The inline X composer with four photos and the 2,000-character post in it. */
async function composerWithPost(browser: ExtensionBrowser, photos: string[]): Promise<Page> {
  const page = await browser.open('https://x.com/home');
  await page.locator('main input[data-testid="fileInput"]').setInputFiles(photos);
  // The site shows them once their locations are removed; a person presses after that, and the previews then stay put.
  await page.locator('main [data-testid="attachments"] img').nth(photos.length - 1).waitFor({ timeout: 60_000 });
  await write(page.locator('main [data-testid="tweetTextarea_0"]'), POST);
  return page;
}

/** Press-to-panel over many presses, each on a freshly changed draft, after `pauseMs` of not typing. */
async function pressesAfter(browser: ExtensionBrowser, photos: string[], pauseMs: number): Promise<number[]> {
  const page = await composerWithPost(browser, photos);
  await page.waitForTimeout(2000);
  const times: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    await page.locator('main [data-testid="tweetTextarea_0"]').press('End');
    await page.keyboard.insertText(String(i % 10));
    await page.waitForTimeout(pauseMs);
    times.push(await pressToPanel(page));
    await panelOf(page).getByRole('button', { name: 'Edit post' }).click();
    await panelOf(page).waitFor({ state: 'detached' });
  }
  await page.close();
  return times;
}

const RESTARTS = 5;

/**
 * The first press after the browser starts: a browser that has been used
 * (a policy saved, a post checked) is closed and started again on the same
 * profile, and the first press, made the moment the post is written, is timed
 * to the panel. Chromium reads its managed storage only seconds after a start.
 */
async function firstPressAfterStart(workspace: Workspace): Promise<number[]> {
  const profileDir = mkdtempSync(join(tmpdir(), 'ask-yourself-restarted-'));
  const times: number[] = [];
  try {
    const first = await launchExtensionBrowser({ ...workspace, profileDir });
    await usePolicy(first, { version: 1, rules: { 'contact-details': 'block' } });
    const page = await first.open('https://x.com/home');
    await write(page.locator('main [data-testid="tweetTextarea_0"]'), POST);
    await page.waitForTimeout(2000);
    await first.close();
    for (let i = 0; i < RESTARTS; i++) {
      const browser = await launchExtensionBrowser({ ...workspace, profileDir, waitForManaged: false });
      try {
        const restarted = await browser.open('https://x.com/home');
        await write(restarted.locator('main [data-testid="tweetTextarea_0"]'), POST);
        times.push(await pressToPanel(restarted));
      } finally {
        await browser.close();
      }
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  return times;
}

/** The extension's own script bytes a page runs when the person never uses a composer on it. */
async function scriptBytesWithoutComposer(browser: ExtensionBrowser): Promise<{ bytes: number; files: string[] }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const scripts = new Map<string, number>();
  cdp.on('Debugger.scriptParsed', (script) => {
    if (script.url.startsWith('chrome-extension://')) scripts.set(script.url, script.length ?? 0);
  });
  await cdp.send('Debugger.enable');
  await page.goto('https://x.com/home');
  await page.waitForTimeout(3000);
  await page.close();
  return { bytes: [...scripts.values()].reduce((sum, length) => sum + length, 0), files: [...scripts.keys()].map((url) => new URL(url).pathname) };
}

/**
 * The longest the page's main thread was blocked while a person typed 300
 * characters (at 30 ms a key) into the composer holding the long post and the
 * photos: a probe in the page measures the longest gap between runs of its own
 * timer (which runs every 4 ms when nothing else holds the thread; on a busy
 * machine this counts time the page waited for a core too), and the browser's
 * own long-task record gives the longest single task. Code passed to the page
 * has no named inner functions: tsx would wrap them in a helper the page lacks.
 */
async function longestBlockWhileTyping(browser: ExtensionBrowser, photos: string[]): Promise<{ gap: number; task: number }> {
  const page = await composerWithPost(browser, photos);
  await page.waitForTimeout(2000);
  await page.evaluate(() => {
    const state = { longest: 0, last: performance.now(), task: 0 };
    Object.assign(window, { __probe: state });
    setInterval(() => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
    }, 0);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.task = Math.max(state.task, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.keyboard.type(' We had such fun with the parachute in the hall, and everybody took a turn under it.'.repeat(4).slice(0, 300), { delay: 30 });
  await page.waitForTimeout(1500);
  const probe = await page.evaluate(() => (window as unknown as { __probe: { longest: number; task: number } }).__probe);
  await page.close();
  return { gap: probe.longest, task: probe.task };
}

/** Press-to-panel, script bytes on a page with no composer in use, and the longest task added while typing, in real Chromium. */
export async function benchBrowser(): Promise<string[]> {
  if (!existsSync('/usr/bin/chromium')) return ['Browser: skipped (needs Debian’s Chromium: apt-get install chromium).'];
  const photos = twelveMegapixelPhotos();
  if (!photos) return ['Browser: skipped (needs ImageMagick and exiftool: apt-get install imagemagick libimage-exiftool-perl).'];
  let workspace: Workspace | undefined;
  const browsers: ExtensionBrowser[] = [];
  try {
    workspace = prepareWorkspace();
    const browser = await launchExtensionBrowser(workspace);
    browsers.push(browser);
    const ready = await pressesAfter(browser, photos, 600);
    const atOnce = await pressesAfter(browser, photos, 0);
    const whileLooking = await pressesWhileLooking(browser, photos, 5);
    const scripts = await scriptBytesWithoutComposer(browser);
    const withExtension = await longestBlockWhileTyping(browser, photos);
    const tabs = await severalTabs(browser, photos);
    const afterStart = await firstPressAfterStart(workspace);
    const bare = await launchExtensionBrowser({ certDir: workspace.certDir });
    browsers.push(bare);
    const without = await longestBlockWhileTyping(bare, photos);
    const line = (label: string, times: number[], aim = '') =>
      `  ${label.padEnd(46)} p50 ${ms(percentile(times, 50)).padStart(10)}   p95 ${ms(percentile(times, 95)).padStart(10)}${aim}`;
    const AIM = '   aim 50 ms (p50)';
    return [
      `Browser (Chromium, X replica; a 2,000-character post with four 12-megapixel photos; ${PRESSES} presses each):`,
      line('press to findings shown, paused 0.6 s first', ready),
      line('press to findings shown, pressed at once', atOnce, AIM),
      line('press to panel shown while photos are looked at (5)', whileLooking, AIM),
      `${line(`first press after the browser starts (${RESTARTS} starts)`, afterStart)}   max ${ms(Math.max(...afterStart))}`,
      `  script on a page with no composer in use        ${(scripts.bytes / 1024).toFixed(1)} kB (${scripts.files.join(', ')})`,
      `  longest main-thread block while typing          ${ms(withExtension.gap)} with the extension, ${ms(without.gap)} without (aim: under 50 ms)`,
      `  longest single task while typing (long tasks)   ${ms(withExtension.task)} with the extension, ${ms(without.task)} without (none over 50 ms counts as 0)`,
      `  three tabs each with four photos being looked at, the third pressed (${TAB_ROUNDS} rounds; one tab alone is the floor):`,
      line('    press to dialog shown, one tab', tabs.one.map((t) => t.dialog)),
      line('    press to dialog shown, third of three tabs', tabs.three.map((t) => t.dialog), AIM),
      line('    press to findings shown, one tab', tabs.one.map((t) => t.findings)),
      line('    press to findings shown, third of three tabs', tabs.three.map((t) => t.findings)),
      `  extension package (unpacked, models and OCR data included)  ${(packageBytes(workspace.extensionDir) / 1024 / 1024).toFixed(1)} MB`,
    ];
  } finally {
    for (const browser of browsers) await browser.close();
    workspace?.dispose();
  }
}
