import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { blobSource } from '../../lib/photos/photo-source';
import { readPhotoSummary } from '../../lib/photos/read-photo';
import { draft, LOCATIONS_KEPT, testNothingLeftTheMachine, useExtensionBrowser } from './harness/guarding-suite';
import { ShadowLocator } from './harness/closed-shadow';
import {
  badges,
  noticeOf,
  panelEverShown,
  panelOf,
  postedOn,
  protectionIn,
  receivedBy,
  untilPosted,
  useSettings,
  write,
  type Received,
} from './harness/replica-page';
import { guardsEach, leavesChatAlone, reportsUnguarded } from './harness/site-checks';
import { photo, type ComposerKind } from './harness/site-driver';
import { facebookComment, facebookPagePost, facebookProfilePost } from './sites/facebook';
import { chooseInstagramPhotos, instagramPost, toCaption } from './sites/instagram';
import { xComposer, xDialog, xHome } from './sites/x';

// The sites as live-composers-2026.md §5 describes them, each a switch in the replica's address.
const env = useExtensionBrowser();
const { browser, page: open } = env;

const FINDING = 'Ring us on 07700 900471 to book a visit';
const FULL_NAME = 'Sam Jones planting sunflowers';

const at = (kind: ComposerKind, url: string): ComposerKind => ({ ...kind, url });

/** Facebook's post dialog at `url`, whose final control is named `name`. */
const finalNamed = (url: string, name: string, posts = 'post'): ComposerKind => ({
  ...facebookProfilePost,
  url,
  posts,
  open: async (page, photos, via) => ({ ...(await facebookProfilePost.open(page, photos, via)), submit: page.getByRole('dialog').getByRole('button', { name, exact: true }) }),
});

const rulesShown = (page: Page) => panelOf(page).locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));

const hasLocation = async (file: Received) =>
  (await readPhotoSummary(blobSource(new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type })))).gps !== undefined;

describe('Instagram', () => {
  test('a dialog re-mounted at every step keeps the photos chosen at the first: a full name beside them is blocked', async () => {
    const page = await open('https://www.instagram.com/?remount');
    await chooseInstagramPhotos(page, [photo('plain.jpg')]);
    const composer = await toCaption(page);
    await write(composer.box, FULL_NAME);
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await panelOf(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    expect(await postedOn(page)).toEqual([]);
  });

  test('with a Lexical caption, thumbnails behind "Open media gallery" and the dialog re-mounted, a deleted photo is not checked and the other is', async () => {
    await useSettings(browser(), LOCATIONS_KEPT);
    const page = await open('https://www.instagram.com/?remount&gallery-button&lexical-caption');
    await chooseInstagramPhotos(page, [photo('plain.jpg'), photo('gps-exif.jpg')]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Open media gallery' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).nth(1).click();
    const composer = await toCaption(page);
    await write(composer.box, FULL_NAME);
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await rulesShown(page)).toEqual(['full-name-with-photo']);
  });

  test('the paper-plane share icon in an opened post is left to the site: no panel, one share sheet', async () => {
    const page = await open('https://www.instagram.com/?post-modal');
    await page.getByRole('dialog').getByRole('button', { name: 'Share' }).click();
    await page.getByRole('dialog', { name: 'Share' }).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __shareSheets: number }).__shareSheets)).toBe(1);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a post made from Create on the direct-messages page is checked like any other', async () => {
    const page = await open('https://www.instagram.com/direct/inbox/');
    const composer = await instagramPost.open(page, [photo('plain.jpg')]);
    await write(composer.box, FINDING);
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('direct messages on their own page are still left alone', async () => {
    const page = await open('https://www.instagram.com/direct/inbox/');
    await leavesChatAlone(page, page.getByRole('textbox', { name: 'Message' }));
  });

  test('the post’s picker outside the dialog, among decoys, still belongs to the post: its photo is cleaned and checked', async () => {
    const page = await open('https://www.instagram.com/?outside-input&decoy-inputs');
    await page.getByRole('link', { name: 'New post' }).click();
    await page.locator('input[type="file"]').last().setInputFiles([photo('gps-exif.jpg')]);
    await page.getByRole('dialog').getByRole('heading', { name: 'Crop' }).waitFor();
    const [received] = await receivedBy(page, 1);
    expect(await hasLocation(received)).toBe(false);
    const composer = await toCaption(page);
    await write(composer.box, FULL_NAME);
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
  });

  test.each(['lexical', 'input'])('a comment box built as %s is held on Enter', async (variant) => {
    const page = await open(`https://www.instagram.com/?comment=${variant}`);
    await write(page.locator('article').getByRole('textbox', { name: 'Add a comment…' }), FINDING);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });
});

describe('Facebook', () => {
  test('a Messenger pop-up, "Write to <name>" beside Close chat, is left alone: no panel, no notice, no badge', async () => {
    const page = await open('https://www.facebook.com/?chat-popup');
    await leavesChatAlone(page, page.getByRole('textbox', { name: 'Write to Jo Bloggs' }));
    expect(await badges(browser())).not.toContain('!');
  });

  test('a comment box named "Answer as <name>" is held on bare Enter', async () => {
    const page = await open('https://www.facebook.com/?comment-label=Answer%20as%20Sam%20Taylor');
    await write(page.getByRole('textbox', { name: 'Answer as Sam Taylor' }), FINDING);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('a comment box in form[role="presentation"] is held on Enter whatever its name, and at its submit drawn on focus', async () => {
    const page = await open('https://www.facebook.com/?comment-form&comment-label=Schreibe%20einen%20Kommentar&comment-submit=Kommentieren');
    const box = page.getByRole('textbox', { name: 'Schreibe einen Kommentar' });
    await write(box, FINDING);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    await panelOf(page).getByRole('button', { name: 'Edit post' }).click();
    await page.locator('#focused-state-composer-submit').getByRole('button', { name: 'Kommentieren' }).click();
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('Lexical deciding Enter on keyCode still gets the comment, once, after Post anyway', async () => {
    const page = await open('https://www.facebook.com/?keycode');
    const composer = await draft(page, facebookComment, FINDING);
    await composer.box.press('Enter');
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(page, 1);
    expect((await postedOn(page)).map((post) => post.text)).toEqual([FINDING]);
  });

  guardsEach(
    {
      'a Page’s post whose final control is "Publish"': finalNamed('https://www.facebook.com/littleacornsnursery?steps=0&publish=Publish', 'Publish', 'page post'),
      'a post whose final control is "Share now"': finalNamed('https://www.facebook.com/?publish=Share%20now', 'Share now'),
      'a post box named only by aria-placeholder, its Post named on an inner span': {
        ...facebookProfilePost,
        url: 'https://www.facebook.com/?placeholder-only&inner-name&form-post',
        open: async (page, photos, via) => {
          const handle = await facebookProfilePost.open(page, photos, via);
          return { ...handle, submit: page.getByRole('dialog').locator('[data-primary]') };
        },
      },
      'a post on web.facebook.com': at(facebookProfilePost, 'https://web.facebook.com/'),
    },
    open,
  );

  test('a dialog re-mounted at each step keeps its photos: a full name in the reel’s new box beside them is blocked', async () => {
    const page = await open('https://www.facebook.com/littleacornsnursery?remount&reel');
    const composer = await draft(page, facebookPagePost, 'Sunflower week', ['plain.jpg']);
    await composer.submit.click();
    const describe = page.getByRole('dialog').locator('[aria-placeholder="Describe your reel..."]');
    await write(describe, FULL_NAME);
    await page.waitForTimeout(600);
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('Post anyway at "Next" lets the final Post in the re-mounted dialog go once', async () => {
    const page = await open('https://www.facebook.com/?next-after-photos&remount');
    const composer = await draft(page, facebookProfilePost, FINDING, ['plain.jpg']);
    await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await page.getByRole('heading', { name: 'Post settings' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: 'post', text: FINDING, photos: ['plain.jpg'], trusted: true }]);
    expect(await composer.box.count()).toBe(0);
  });

  describe('photo tracking fails closed (audit M2)', () => {
    const swapPreviews = (page: Page) =>
      page.evaluate(() =>
        document.querySelectorAll<HTMLImageElement>('[role="dialog"] img[src^="blob:"]').forEach((img) => (img.src = '/v/uploaded.jpg')),
      );

    test('a GPS photo whose preview changes address is still checked', async () => {
      await useSettings(browser(), LOCATIONS_KEPT);
      const page = await open(facebookProfilePost.url);
      const composer = await draft(page, facebookProfilePost, 'Planting sunflowers in the garden', ['gps-exif.jpg']);
      await swapPreviews(page);
      await page.waitForTimeout(600);
      await composer.submit.click();
      await panelOf(page).locator('[data-rule="photo-location"]').waitFor();
      expect(await postedOn(page)).toEqual([]);
    });

    test('a full name beside a photo whose preview changed address stays blocked', async () => {
      const page = await open(facebookProfilePost.url);
      const composer = await draft(page, facebookProfilePost, FULL_NAME, ['plain.jpg']);
      await swapPreviews(page);
      await page.waitForTimeout(600);
      await composer.submit.click();
      await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
      expect(await rulesShown(page)).toEqual(['full-name-with-photo']);
    });
  });

  test('a photo chosen for a story, where no composer is recognised, reaches the site without its location', async () => {
    const page = await open('https://www.facebook.com/stories/create');
    await page.locator('input[type="file"]').setInputFiles([photo('gps-exif.jpg')]);
    const [received] = await receivedBy(page, 1);
    expect(received.name).toBe('gps-exif.jpg');
    expect(await hasLocation(received)).toBe(false);
  });

  test('the comment plugin framed on a setting’s own website is guarded inside its frame', async () => {
    const page = await open('https://www.littleacorns.example/');
    const frame = page.frameLocator('iframe[title="Facebook comments"]');
    const box = frame.getByRole('textbox', { name: 'Write a comment…' });
    await box.click();
    await page.keyboard.insertText(FINDING);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    const plugin = page.frames().find((f) => f.url().includes('/plugins/comments'))!;
    await new ShadowLocator(plugin, 'ask-yourself-panel').getByRole('dialog', { name: /^Ask yourself/ }).locator('[data-rule="contact-details"]').waitFor();
    const posted = await plugin.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    expect(posted).toEqual([]);
  });

  describe('the mobile site, m.facebook.com', () => {
    guardsEach({ 'its post box': { url: 'https://m.facebook.com/', posts: 'post', attachVia: [], open: async (page) => ({ box: page.locator('textarea'), submit: page.getByRole('button', { name: 'Post' }), previews: page.locator('img'), removePhoto: () => Promise.reject(new Error('no photos')) }) } }, open);

    test('a post box whose button it cannot recognise is reported on the page, the toolbar and the record', async () => {
      const page = await open('https://m.facebook.com/?no-hooks');
      await reportsUnguarded(browser(), page, page.locator('textarea'));
      await expect
        .poll(async () => (await protectionIn(browser())).facebook?.unprotected.map((box) => box.url), { timeout: 5000 })
        .toEqual(['https://m.facebook.com/']);
    });
  });
});

describe('X', () => {
  guardsEach({ 'X Pro’s composer': at(xHome, 'https://pro.x.com/'), 'the narrow layout’s textarea': at(xHome, 'https://x.com/home?narrow'), 'the compose dialog with the 2025 toolbar': at(xDialog, 'https://x.com/home?new-toolbar') }, open);

  test('a post made from the side navigation on the messages page is checked like any other', async () => {
    const page = await open('https://x.com/messages');
    const composer = await xDialog.open(page);
    await write(composer.box, FINDING);
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });

  test('the narrow layout’s Ctrl+Enter is held, and Edit post leaves the text and the caret where they were', async () => {
    const page = await open('https://x.com/home?narrow');
    await draft(page, at(xHome, 'https://x.com/home?narrow'), FINDING);
    const area = page.locator('main [data-testid="tweetTextarea_0"] textarea');
    await page.keyboard.press('Control+Enter');
    await panelOf(page).getByRole('button', { name: 'Edit post' }).click();
    await panelOf(page).waitFor({ state: 'detached' });
    expect(await area.inputValue()).toBe(FINDING);
    expect(await area.evaluate((box: HTMLTextAreaElement) => box === document.activeElement && box.selectionStart === box.value.length)).toBe(true);
    expect(await postedOn(page)).toEqual([]);
  });

  test('X Chat is left alone', async () => {
    const page = await open('https://x.com/i/chat');
    await leavesChatAlone(page, page.getByRole('textbox', { name: 'Message' }));
  });

  test('a reply dialog showing the post replied to, with its photo, is checked on its own photos only', async () => {
    const page = await open('https://x.com/home?timeline-media&uploading=500');
    await page.locator('main [data-testid="reply"]').click();
    const composer = await xComposer(page, '[role="dialog"]', [photo('plain.jpg')]);
    await write(composer.box, FULL_NAME);
    await composer.previews.first().waitFor();
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="full-name-with-photo"]').waitFor();
    expect(await postedOn(page)).toEqual([]);
  });
});

describe('Protection on this computer', () => {
  test('records when a composer was seen and its Post control found, per site', async () => {
    const page = await open(xHome.url);
    await draft(page, xHome, 'Sunflower week');
    await page.waitForTimeout(1800);
    await expect.poll(async () => (await protectionIn(browser())).x, { timeout: 15000 }).toMatchObject({ site: 'x', composerSeenAt: expect.any(Number), postControlFoundAt: expect.any(Number) });
    expect(await noticeOf(page).count()).toBe(0);
  });
});

testNothingLeftTheMachine(env);
