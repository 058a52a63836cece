import { describe, expect, test } from 'vitest';
import { blobSource } from '../../lib/photos/photo-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { draft, LOCATIONS_KEPT, testNothingLeftTheMachine, useExtensionBrowser } from './harness/guarding-suite';
import { decisionsIn, panelEverShown, panelOf, postedOn, protectionIn, receivedBy, untilPosted, useSettings, write } from './harness/replica-page';
import { guardsEach, reportsUnguarded } from './harness/site-checks';
import { photo } from './harness/site-driver';
import { businessSuiteComposer, businessSuiteDialog } from './sites/business-suite';

// Meta Business Suite posts to Facebook and Instagram at once (live-composers-2026.md FB-15): one check covers both.
const env = useExtensionBrowser();
const { browser, page: open } = env;

describe('Meta Business Suite', () => {
  guardsEach({ 'the composer page': businessSuiteComposer, 'the composer in a dialog': businessSuiteDialog }, open);

  test('a full name beside a photo is blocked before it goes to Facebook and Instagram', async () => {
    const page = await open(businessSuiteComposer.url);
    const composer = await draft(page, businessSuiteComposer, 'Sam Jones planting sunflowers', ['plain.jpg']);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await postedOn(page)).toEqual([]);
  });

  test('a clean post with a photo goes once to both, untouched', async () => {
    const page = await open(businessSuiteComposer.url);
    const composer = await draft(page, businessSuiteComposer, 'Sunflower week in the garden', ['plain.jpg']);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: 'facebook+instagram', text: 'Sunflower week in the garden', photos: ['plain.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a scheduled post is held at "Schedule" as at "Publish"', async () => {
    const page = await open(businessSuiteComposer.url);
    const composer = await draft(page, businessSuiteComposer, 'Ring us on 07700 900471 to book a visit');
    await page.getByRole('switch', { name: 'Set date and time' }).click();
    await page.getByRole('button', { name: 'Schedule' }).click();
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(page, 1);
    expect((await postedOn(page)).map((post) => post.text)).toEqual(['Ring us on 07700 900471 to book a visit']);
    expect(await composer.box.count()).toBe(0);
    await expect.poll(async () => (await decisionsIn(browser())).map((d) => d.decision)).toEqual(['posted-anyway']);
  });

  test('a photo with a location is checked when removal is off, and cleaned before the site reads it when on', async () => {
    await useSettings(browser(), LOCATIONS_KEPT);
    let page = await open(businessSuiteComposer.url);
    let composer = await draft(page, businessSuiteComposer, 'Planting sunflowers in the garden', ['gps-exif.jpg']);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="photo-location"]').waitFor();

    await useSettings(browser(), {});
    page = await open(businessSuiteComposer.url);
    composer = await businessSuiteComposer.open(page, [photo('gps-exif.jpg')]);
    const [received] = await receivedBy(page, 1);
    const summary = await readPhotoSummary(blobSource(new File([received.bytes as Uint8Array<ArrayBuffer>], received.name, { type: received.type })));
    expect(summary).toMatchObject({ readable: true });
    expect(summary.gps).toBeUndefined();
  });

  test('while a photo uploads Publish waits; pressed once it is there, the photo is part of the check', async () => {
    const page = await open(`${businessSuiteComposer.url}?uploading=800`);
    const composer = await businessSuiteComposer.open(page, [photo('plain.jpg')]);
    await write(composer.box, 'Sam Jones planting sunflowers');
    await page.getByRole('progressbar').waitFor({ state: 'hidden' });
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('its composer and Publish control are recorded under Business Suite for the manager', async () => {
    const page = await open(businessSuiteComposer.url);
    await draft(page, businessSuiteComposer, 'Sunflower week');
    await page.waitForTimeout(1800);
    await expect
      .poll(async () => (await protectionIn(browser()))['business-suite'], { timeout: 15000 })
      .toMatchObject({ site: 'business-suite', composerSeenAt: expect.any(Number), postControlFoundAt: expect.any(Number), unprotected: [] });
  });

  test('a composer whose Publish control has been renamed is reported on the page, the toolbar and the record', async () => {
    const page = await open(`${businessSuiteComposer.url}?no-hooks`);
    await reportsUnguarded(browser(), page, page.locator('[contenteditable="true"]'));
    await expect
      .poll(async () => (await protectionIn(browser()))['business-suite']?.unprotected.map((box) => box.url), { timeout: 5000 })
      .toEqual(['https://business.facebook.com/latest/composer/']);
  });
});

testNothingLeftTheMachine(env);
