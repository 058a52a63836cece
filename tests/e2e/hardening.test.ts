import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blobSource } from '../../lib/photos/photo-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { draft, testNothingLeftTheMachine, useExtensionBrowser } from './harness/guarding-suite';
import { decisionsIn, panelEverShown, panelOf, postedOn, receivedBy, untilPosted, usePolicy, write, type Received } from './harness/replica-page';
import { photo } from './harness/site-driver';
import { xHome } from './sites/x';

/** The extension's id, fixed by the manifest's key; public, so any page script can know it. */
const EXTENSION_ID = 'fclbldilgohpaioihpdhhkhannmokolo';
const WARN = 'Ring us on 07700 900471 to book a visit';
const BLOCKED = 'Sam Jones loved the sand pit, what the fuck';

const env = useExtensionBrowser();
const { browser, page: open } = env;

const gpsIn = async (file: Received) => (await readPhotoSummary(blobSource(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type })))).gps;

describe('H1: a page event cannot switch the guard off', () => {
  test('after the page dispatches WXT’s “content script started” event, a post with a block finding is held and photos are still cleaned', async () => {
    const page = await open(xHome.url);
    await page.evaluate((id) => {
      const started = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'from-the-page' } }));
      window.postMessage({ type: started, contentScriptName: 'content', messageId: 'from-the-page' }, '*');
    }, EXTENSION_ID);
    // WXT's own timers would run out here and take the guard with them.
    await page.waitForTimeout(1500);
    const composer = await xHome.open(page);
    await write(composer.box, BLOCKED);
    await page.locator('main input[data-testid="fileInput"]').setInputFiles(photo('gps-exif.jpg'));
    const [received] = await receivedBy(page, 1);
    expect(await gpsIn(received)).toBeUndefined();
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="profanity"][data-severity="block"]').waitFor();
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await postedOn(page)).toEqual([]);
  });
});

describe('M1: the page’s scripts can neither read the panel nor answer it', () => {
  test('the findings (a child’s consent) stay out of the page’s reach, and its clicks and keys at Post anyway post nothing', async () => {
    await usePolicy(browser(), { version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }], rules: { 'named-child-without-consent': 'warn' } });
    const page = await open(xHome.url);
    const composer = await draft(page, xHome, 'Amelia loved the painting table today');
    await composer.submit.click();
    const postAnyway = panelOf(page).getByRole('button', { name: 'Post anyway' });
    const at = await postAnyway.boundingBox();
    const seen = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('ask-yourself-panel')!;
      const read = [String(host.shadowRoot), host.textContent, host.innerHTML, document.body.innerText];
      // The audit's attack, word for word, where the root is open.
      const root = host.shadowRoot;
      [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Post anyway')?.click();
      // Clicks and keys at the button's very place, and at whatever has focus.
      const there = document.elementFromPoint(x, y);
      read.push(there?.localName ?? '');
      for (const target of [there, document.activeElement, host]) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        (target as HTMLElement | null)?.click();
        for (const key of ['Enter', ' ']) target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      return read.join('\n');
    }, { x: at.x + at.width / 2, y: at.y + at.height / 2 });
    expect(seen).not.toMatch(/consent|Amelia Watson|Ask yourself|Post anyway/);
    await page.waitForTimeout(2000);
    expect(await postedOn(page)).toEqual([]);
    expect(await decisionsIn(browser())).toEqual([]);
    // Still there for the person, who can post it with their own click.
    await postAnyway.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([expect.objectContaining({ text: 'Amelia loved the painting table today', trusted: false })]);
  });
});

describe('L3: a panel the page removes never leaves the composer swallowing presses', () => {
  test('the next press puts the panel back, and the post can go from it', async () => {
    const page = await open(xHome.url);
    const composer = await draft(page, xHome, WARN);
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).waitFor();
    await page.evaluate(() => document.querySelector('ask-yourself-panel')?.remove());
    expect(await panelOf(page).count()).toBe(0);
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(page, 1);
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([expect.objectContaining({ text: WARN })]);
  });
});

describe('H3: a check slower than the deadline', () => {
  test('a 63,000-character post with a swear word in it is held, never offered Post anyway, and its finding is shown when the check ends', async () => {
    const page = await open(xHome.url);
    const composer = await xHome.open(page);
    await write(composer.box, `What the fuck happened to the weather today ${'Mr. A. B. '.repeat(6300)}`);
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(6000);
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    await panelOf(page).locator('[data-rule="profanity"][data-severity="block"]').waitFor({ timeout: 60_000 });
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await postedOn(page)).toEqual([]);
  }, 120_000);
});

describe('issue 8: photos being prepared', () => {
  /** Phone-sized photos (12 megapixels), made for the test, so cleaning them takes a moment as it does on a real phone photo. */
  function phonePhotos(): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'ask-yourself-phone-'));
    const first = join(dir, 'phone-1.jpg');
    execFileSync('convert', ['-size', '4000x3000', 'gradient:skyblue-darkgreen', '-quality', '95', first]);
    execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=53.8', '-GPSLatitudeRef=N', '-GPSLongitude=1.55', '-GPSLongitudeRef=W', first]);
    return [first, ...[2, 3, 4].map((n) => {
      const copy = join(dir, `phone-${n}.jpg`);
      copyFileSync(first, copy);
      return copy;
    })];
  }

  test('a press while attached photos are still being cleaned waits for them, then the post goes, checked, with its photos', async () => {
    const photos = phonePhotos();
    const page = await open(xHome.url);
    const composer = await xHome.open(page);
    await write(composer.box, 'Planting sunflowers in the garden');
    await page.waitForTimeout(600);
    const at = await composer.submit.boundingBox();
    // A slow computer, and the press the moment the photos are chosen: they are still being cleaned.
    const cdp = await browser().context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.locator('main input[data-testid="fileInput"]').setInputFiles(photos);
    await page.mouse.click(at!.x + at!.width / 2, at!.y + at!.height / 2);
    await panelOf(page).getByText('Preparing your photos...').waitFor().catch(() => undefined);
    // Once cleaned, the four photos' writing is read one after another before the post goes, as a person would wait.
    await untilPosted(page, 1, 60_000).catch(() => undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForTimeout(1000);
    expect(await postedOn(page)).toEqual([expect.objectContaining({ text: 'Planting sunflowers in the garden', photos: photos.map((path) => basename(path)) })]);
    for (const file of await receivedBy(page, photos.length)) expect(await gpsIn(file), file.name).toBeUndefined();
    expect(await panelEverShown(page)).toBe(true);
  }, 150_000);
});

testNothingLeftTheMachine(env);
