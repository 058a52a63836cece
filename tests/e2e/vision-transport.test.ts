import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Policy } from '../../lib/policy/policy';
import { PIECE_BYTES } from '../../lib/vision/host/look-messages';
import { useExtensionBrowser } from './harness/guarding-suite';
import { ROOT } from './harness/prepare';
import { panelOf, postedOn, receivedBy, usePolicy, write } from './harness/replica-page';
import { lookedAt, untilLooked } from './harness/vision-status';
import { facebookProfilePost } from './sites/facebook';

const env = useExtensionBrowser();
const { browser, page: open } = env;

const TEXT = 'Our sunflowers are taller than the children now';
const ASK: Policy = { version: 1, faces: 'ask' };
const fixture = (path: string): string => join(ROOT, 'tests/fixtures/photos', path);
/** Small photos with writing on them, each a few seconds for the worker (its writing is read) but one piece to send. */
const WRITING = ['certificate.jpg', 'chalkboard.jpg', 'welcome-sign.jpg', 'coat-peg.jpg'].map((name) => fixture(`writing/${name}`));

/** A phone photo: 4000x3000, a garden with a child's face in one part of it, many pieces on its way to the background. */
let phonePhoto: string;

beforeAll(async () => {
  const face = await sharp(fixture('faces/face-close-up.jpg')).resize(1200, 1470).toBuffer();
  const bytes = await sharp(fixture('faces/no-face-garden.jpg'))
    .resize(4000, 3000)
    .composite([{ input: face, left: 500, top: 800 }])
    .sharpen()
    .jpeg({ quality: 97 })
    .toBuffer();
  phonePhoto = join(mkdtempSync(join(tmpdir(), 'ask-yourself-phone-')), 'PXL_20261202.jpg');
  writeFileSync(phonePhoto, bytes);
  // The point of this photo: it takes several pieces.
  expect(statSync(phonePhoto).size).toBeGreaterThan(2 * PIECE_BYTES);
});

/** The rule ids of the findings in the panel, in order. */
const rulesIn = (page: Page) => panelOf(page).locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));

/** Opens Facebook's post dialog with these photos and the text, without waiting for them to be looked at. */
async function attached(paths: string[]) {
  const page = await open(facebookProfilePost.url);
  const composer = await facebookProfilePost.open(page, paths);
  await write(composer.box, TEXT);
  return { page, composer };
}

describe('large photos, sent to be looked at in pieces', () => {
  test('a 12-megapixel phone photo is looked at whole: its face is held, with the thumbnail', async () => {
    await usePolicy(browser(), ASK);
    const before = await lookedAt(browser().context);
    const { page, composer } = await attached([phonePhoto]);
    // As a person who pauses: on a busy machine a 12-megapixel photo can take longer than a press may wait.
    await untilLooked(browser().context, before, 1, 60_000);
    await composer.submit.click();
    const panel = panelOf(page);
    await panel.locator('[data-rule="identifiable-face"]').waitFor();
    expect(await rulesIn(page)).toEqual(['identifiable-face']);
    await panel.getByRole('image', { name: /^PXL_20261202\.jpg, with [1-9]\d* faces? outlined$/ }).waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('with faces blurred, the site receives the whole 12-megapixel copy, blurred where the face is', async () => {
    await usePolicy(browser(), { version: 1, faces: 'blur' });
    const { page } = await attached([phonePhoto]);
    await page.waitForFunction(() => (window as unknown as { __received: unknown[] }).__received.length >= 1, undefined, { timeout: 60_000 });
    const [received] = await receivedBy(page);
    expect(await sharp(received.bytes).metadata()).toMatchObject({ width: 4000, height: 3000 });
    const [before, after] = await Promise.all([readFileSync(phonePhoto), received.bytes].map((bytes) => sharp(bytes).greyscale().resize(64, 48, { fit: 'fill' }).raw().toBuffer()));
    const differences = [...before].map((value, i) => Math.abs(value - after[i])).sort((a, b) => a - b);
    expect(differences.at(-1)).toBeGreaterThan(40);
    expect(differences[Math.floor(differences.length / 2)]).toBeLessThan(6);
  });
});

describe('several tabs looking at photos at once', () => {
  test('a press in one tab is answered before another tab’s photos have all been looked at', async () => {
    await usePolicy(browser(), ASK);
    const before = await lookedAt(browser().context);
    await attached(WRITING);
    const { page, composer } = await attached([fixture('faces/face-close-up.jpg')]);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="identifiable-face"]').waitFor({ timeout: 30_000 });
    // This tab's photo, and no more of the other tab's than the background held before the press.
    expect((await lookedAt(browser().context)) - before).toBeLessThan(WRITING.length + 1);
  });

  test('a tab closed while its photos were being looked at: its waiting photos are dropped, and another tab’s photo gets its verdict', async () => {
    await usePolicy(browser(), ASK);
    const before = await lookedAt(browser().context);
    const closing = await attached(WRITING);
    await untilLooked(browser().context, before, 1);
    const atClose = await lookedAt(browser().context);
    await closing.page.close();
    const { page, composer } = await attached([fixture('faces/face-close-up.jpg')]);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="identifiable-face"]').waitFor({ timeout: 30_000 });
    // Each look is counted as it is answered: a waiting photo of the closed tab would be counted before this tab's.
    await untilLooked(browser().context, atClose, 1);
    await page.waitForTimeout(1000);
    expect((await lookedAt(browser().context)) - atClose).toBeLessThanOrEqual(2);
    expect(await rulesIn(page)).toEqual(['identifiable-face']);
  });
});
