import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Policy } from '../../../lib/policy/policy';
import { lookedAt, untilLooked } from './vision-status';
import type { Settings } from '../../../lib/storage/settings';
import { RULE_LABELS } from '../../../components/panel/rule-labels';
import type { RuleId } from '../../../lib/types';
import { launchExtensionBrowser, leftThePage, type ExtensionBrowser } from './browser';
import {
  decisionsIn,
  panelEverShown,
  panelOf,
  postedOn,
  resetStorage,
  siteSaw,
  untilPosted,
  usePolicy,
  useSettings,
  write,
} from './replica-page';
import { photo, type ComposerHandle, type ComposerKind, type SiteDriver } from './site-driver';

/** A draft that one rule must hold, with what it needs (photos, a policy) to fire. */
interface FindingCase {
  rule: RuleId;
  text: string;
  photos?: string[];
  policy?: Policy;
  settings?: Partial<Settings>;
}

/** The manager's switch for removing locations from attached photos, turned off. */
export const LOCATIONS_KEPT: Partial<Settings> = { removeLocations: false };

// One draft per rule, each with nothing else to find, in the voice of a nursery's page.
export const FINDING_CASES: FindingCase[] = [
  { rule: 'contact-details', text: 'Ring us on 07700 900471 to book a visit' },
  { rule: 'semi-clothed-activity', text: 'So much splashing at water play this morning' },
  { rule: 'full-name', text: 'Well done to Sam Jones for tidying the book corner' },
  { rule: 'profanity', text: 'What the fuck happened to the weather today' },
  {
    rule: 'named-child-without-consent',
    text: 'Amelia loved the painting table today',
    policy: { version: 1, roster: [{ name: 'Amelia Watson', socialMediaConsent: false }] },
  },
  { rule: 'full-name-with-photo', text: 'Sam Jones planting sunflowers', photos: ['plain.jpg'] },
  // With location removal on, these photos never reach the site as they are (tests/e2e/location-removal.test.ts); the
  // findings stand guard when it is off, or when a photo reaches the composer by a route that is not cleaned.
  { rule: 'photo-location', text: 'Planting sunflowers in the garden', photos: ['gps-exif.jpg'], settings: LOCATIONS_KEPT },
  { rule: 'photo-unchecked', text: 'Planting sunflowers in the garden', photos: ['corrupt.jpg'], settings: LOCATIONS_KEPT },
  {
    rule: 'missing-consent-tag',
    text: 'Planting sunflowers in the garden',
    photos: ['plain.jpg'],
    policy: { version: 1, consentTags: ['#consentgiven'] },
  },
];

const CLEAN = 'Our sunflowers are taller than the children now, come and see them on Friday';
const WARN = FINDING_CASES[0];
const JUSTIFY = FINDING_CASES[1];
const BLOCK = FINDING_CASES[3];

/** A person's pause between the last word and the Post button, long enough for the idle check. */
const PAUSE_MS = 600;

/** A test file's browser, and a way to open a tab in it. */
export interface BrowserEnv {
  browser: () => ExtensionBrowser;
  page: (url: string) => Promise<Page>;
}

/** Starts one browser for a test file, and gives each test a fresh tab and empty storage. */
export function useExtensionBrowser(): BrowserEnv {
  let browser: ExtensionBrowser;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ extensionDir: inject('extensionDir'), certDir: inject('certDir') });
    // A browser that has been in use: the checker is loaded once a post box is first used. The first press after a
    // cold start is measured by `npm run bench`; these tests are about a person's press on a browser already running.
    const warm = await browser.open('https://x.com/home');
    await warm.locator('[role="textbox"], textarea').first().focus();
    await warm.waitForTimeout(2000);
    await warm.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.close()));
    await resetStorage(browser);
  });
  return {
    browser: () => browser,
    page: async (url) => {
      const page = await browser.open(url);
      pages.push(page);
      return page;
    },
  };
}

/** Opens a composer and writes a draft in it, photos first, pausing as a person would until its photos have been looked at. */
export async function draft(page: Page, kind: ComposerKind, text: string, photos: string[] = []): Promise<ComposerHandle> {
  const before = photos.length ? await lookedAt(page.context()) : 0;
  const composer = await kind.open(page, photos.map(photo));
  await write(composer.box, text);
  if (photos.length) await untilLooked(page.context(), before, photos.length);
  await page.waitForTimeout(PAUSE_MS);
  return composer;
}

/** The behaviour every site must show, in real Chromium on its replica. */
export function describeGuarding(driver: SiteDriver, { browser, page: openPage }: BrowserEnv): void {
  const open = (kind: ComposerKind, query = '') => openPage(kind.url + query);

  test('a clean post goes with one press, the person’s own, and no panel', async () => {
    const page = await open(driver.text);
    const composer = await draft(page, driver.text, CLEAN);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: driver.text.posts, text: CLEAN, photos: [], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a clean post with a photo goes the same way', async () => {
    const page = await open(driver.photos);
    const composer = await draft(page, driver.photos, CLEAN, ['plain.jpg']);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: driver.photos.posts, text: CLEAN, photos: ['plain.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  describe('each kind of finding holds the post before the site sees the press', () => {
    test.each(FINDING_CASES)('$rule', async ({ rule, text, photos, policy, settings }) => {
      if (policy) await usePolicy(browser(), policy);
      if (settings) await useSettings(browser(), settings);
      const kind = photos ? driver.photos : driver.text;
      const page = await open(kind);
      const composer = await draft(page, kind, text, photos);
      const before = await siteSaw(page);
      await composer.submit.click();
      const panel = panelOf(page);
      await panel.locator(`[data-rule="${rule}"]`).first().waitFor();
      expect(await panel.locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')))).toEqual([rule]);
      expect(await postedOn(page)).toEqual([]);
      expect(await siteSaw(page)).toEqual(before);
    });
  });

  test('Edit post leaves the draft and its photos exactly as they were, with focus back in the text box', async () => {
    const page = await open(driver.photos);
    const composer = await draft(page, driver.photos, WARN.text, ['plain.jpg']);
    const previews = await composer.previews.count();
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Edit post' }).click();
    await panelOf(page).waitFor({ state: 'detached' });
    expect((await composer.box.innerText()).trim()).toBe(WARN.text);
    expect(await composer.previews.count()).toBe(previews);
    expect(await composer.box.evaluate((box) => box === document.activeElement)).toBe(true);
    await expect.poll(async () => (await decisionsIn(browser())).map((d) => [d.site, d.rules, d.decision])).toEqual([[driver.platform, [WARN.rule], 'edited']]);
    // The same draft pressed again is held again: editing nothing changes nothing.
    await composer.submit.click();
    await panelOf(page).waitFor();
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([]);
  });

  test('Post anyway posts exactly once, even on a double click', async () => {
    const page = await open(driver.photos);
    const composer = await draft(page, driver.photos, WARN.text, ['plain.jpg']);
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).dblclick();
    await untilPosted(page, 1);
    await page.waitForTimeout(2000);
    expect(await postedOn(page)).toEqual([{ kind: driver.photos.posts, text: WARN.text, photos: ['plain.jpg'], trusted: false }]);
    expect(await panelOf(page).count()).toBe(0);
    await expect.poll(async () => (await decisionsIn(browser())).map((d) => [d.rules, d.decision])).toEqual([[[WARN.rule], 'posted-anyway']]);
  });

  test('a finding that needs a reason posts only once one is given, and the reason is kept', async () => {
    const page = await open(driver.text);
    const composer = await draft(page, driver.text, JUSTIFY.text);
    await composer.submit.click();
    const postAnyway = panelOf(page).getByRole('button', { name: 'Post anyway' });
    expect(await postAnyway.isDisabled()).toBe(true);
    await panelOf(page).getByRole('textbox', { name: 'Reason' }).fill('Parents asked for photos of water play');
    await postAnyway.click();
    await untilPosted(page, 1);
    expect((await postedOn(page)).length).toBe(1);
    await expect.poll(async () => (await decisionsIn(browser())).map((d) => [d.decision, d.reason])).toEqual([['posted-anyway', 'Parents asked for photos of water play']]);
  });

  test('a blocking finding offers no way to post, and Edit post records it as blocked', async () => {
    const page = await open(driver.text);
    const composer = await draft(page, driver.text, BLOCK.text);
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Edit post' }).waitFor();
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
    await expect.poll(async () => (await decisionsIn(browser())).map((d) => d.decision)).toEqual(['blocked']);
    expect(await postedOn(page)).toEqual([]);
  });

  test('when the site ignores the replayed press, the panel says so and lets the next real press through once', async () => {
    const page = await open(driver.text, '?trusted-only');
    const composer = await draft(page, driver.text, WARN.text);
    await composer.submit.click();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await panelOf(page).getByText('Press Post again to publish').waitFor({ timeout: 5000 });
    expect(await postedOn(page)).toEqual([]);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: driver.text.posts, text: WARN.text, photos: [], trusted: true }]);
    await panelOf(page).waitFor({ state: 'detached' });
  });

  describe.each([driver.text, driver.photos])('every way of pressing Post is held ($posts)', (kind) => {
    const photos = kind === driver.photos ? ['plain.jpg'] : [];
    const holdsAndReplays = async (press: (composer: ComposerHandle, page: Page) => Promise<void>) => {
      const page = await open(kind);
      const composer = await draft(page, kind, WARN.text, photos);
      await press(composer, page);
      await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
      await untilPosted(page, 1);
      await page.waitForTimeout(300);
      expect(await postedOn(page)).toEqual([{ kind: kind.posts, text: WARN.text, photos, trusted: false }]);
    };

    test('a click', () => holdsAndReplays((composer) => composer.submit.click()));
    test('Enter on the focused Post control', () =>
      holdsAndReplays(async (composer, page) => {
        await composer.submit.focus();
        await page.keyboard.press('Enter');
      }));
    test('Space on the focused Post control', () =>
      holdsAndReplays(async (composer, page) => {
        await composer.submit.focus();
        await page.keyboard.press(' ');
      }));
    if (kind.shortcut) test(`the site's shortcut, ${kind.shortcut}`, () => holdsAndReplays((_, page) => page.keyboard.press(kind.shortcut!)));
  });

  describe('photos are tracked per composer, however they arrive, and removals are noticed', () => {
    test.each(driver.photos.attachVia)('attached by %s', async (via) => {
      await useSettings(browser(), LOCATIONS_KEPT);
      const page = await open(driver.photos);
      const composer = await driver.photos.open(page, [photo('gps-exif.jpg')], via);
      await write(composer.box, 'Planting sunflowers in the garden');
      await composer.submit.click();
      await panelOf(page).locator('[data-rule="photo-location"]').waitFor();
      expect(await panelOf(page).getByText('gps-exif.jpg').count()).toBeGreaterThan(0);
    });

    if (driver.photos.removesAfterText !== false) test('a removed photo is no longer checked', async () => {
      const page = await open(driver.photos);
      const composer = await draft(page, driver.photos, CLEAN, ['plain.jpg', 'gps-exif.jpg']);
      await composer.removePhoto(1);
      await page.waitForTimeout(PAUSE_MS);
      await composer.submit.click();
      await untilPosted(page, 1);
      expect(await postedOn(page)).toEqual([{ kind: driver.photos.posts, text: CLEAN, photos: ['plain.jpg'], trusted: true }]);
      expect(await panelEverShown(page)).toBe(false);
    });
  });

  test('pressed the instant typing stops, a clean post is held only while it is checked, then goes exactly once', async () => {
    const page = await open(driver.text);
    const composer = await driver.text.open(page);
    await write(composer.box, CLEAN);
    await composer.submit.click();
    await untilPosted(page, 1);
    await page.waitForTimeout(1000);
    expect((await postedOn(page)).map((post) => post.text)).toEqual([CLEAN]);
    expect(await panelOf(page).count()).toBe(0);
  });

  describe('a check that cannot finish never lets the post through unseen', () => {
    test('rules that fail are named as not checked, beside what was found', async () => {
      await usePolicy(browser(), { version: 1, roster: [null as never] });
      const page = await open(driver.text);
      const composer = await draft(page, driver.text, WARN.text);
      await composer.submit.click();
      const panel = panelOf(page);
      await panel.locator(`[data-rule="${WARN.rule}"]`).waitFor();
      await panel.getByText(RULE_LABELS['named-child-without-consent']).waitFor();
      expect(await postedOn(page)).toEqual([]);
    });

    test('a check that fails outright holds even a clean draft, says nothing was checked, and allows no more than the rules not checked', async () => {
      await usePolicy(browser(), { version: 1, consentTags: 5 as never });
      const page = await open(driver.text);
      const composer = await draft(page, driver.text, CLEAN);
      await composer.submit.click();
      const panel = panelOf(page);
      await panel.getByRole('heading', { name: 'The check could not finish' }).waitFor();
      for (const rule of ['full-name', 'profanity', 'contact-details'] as const) await panel.getByText(RULE_LABELS[rule], { exact: true }).waitFor();
      // Profanity blocks under the default policy, and it was not checked: the post cannot go as it is.
      expect(await panel.getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
      await panel.getByRole('button', { name: 'Edit post' }).click();
      await page.waitForTimeout(300);
      expect(await postedOn(page)).toEqual([]);
    });
  });

}

/** The last test of a file: nothing the browser asked for, in all of the file's tests, went anywhere but the replicas. */
export function testNothingLeftTheMachine({ browser }: BrowserEnv): void {
  test('no request ever left the sites’ own hosts', () => {
    expect(browser().requested.filter(leftThePage)).toEqual([]);
    expect(browser().served.length).toBeGreaterThan(0);
    expect(browser().served.filter((request) => request.remoteAddress !== '127.0.0.1')).toEqual([]);
  });
}
