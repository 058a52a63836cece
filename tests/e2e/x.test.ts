import { describe, expect, test } from 'vitest';
import { describeGuarding, testNothingLeftTheMachine, draft, useExtensionBrowser } from './harness/guarding-suite';
import { panelEverShown, panelOf, postedOn, untilPosted, write } from './harness/replica-page';
import { photo } from './harness/site-driver';
import { guardsEach, leavesChatAlone, reportsUnguarded } from './harness/site-checks';
import { xDialog, xDriver, xHome, xReplyDialog, xStatusReply } from './sites/x';

const env = useExtensionBrowser();

describeGuarding(xDriver, env);

describe('X’s other composers and boxes', () => {
  const { browser, page: open } = env;

  guardsEach({ 'the compose dialog': xDialog, 'a reply in its dialog': xReplyDialog, 'a reply on a post’s page': xStatusReply }, open);

  test('a page loads only the small content script until a composer is used; the photo reader and panel come then', async () => {
    const page = await browser().context.newPage();
    const cdp = await browser().context.newCDPSession(page);
    const loaded: string[] = [];
    cdp.on('Debugger.scriptParsed', ({ url }) => {
      if (url.startsWith('chrome-extension://')) loaded.push(new URL(url).pathname);
    });
    await cdp.send('Debugger.enable');
    await page.goto(xHome.url);
    await page.waitForTimeout(1500);
    expect(loaded).toEqual(['/content-scripts/content.js']);
    await page.locator('main [data-testid="tweetTextarea_0"]').click();
    await expect.poll(() => loaded, { timeout: 5000 }).toContain('/composer-support.js');
    await page.close();
  });

  test('a photo belongs to the composer it was attached to, not to another on the page', async () => {
    const page = await open(xHome.url);
    await xHome.open(page, [photo('gps-exif.jpg')]);
    const dialog = await draft(page, xDialog, 'Sunflower week in the garden');
    await dialog.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: 'post', text: 'Sunflower week in the garden', photos: [], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('a thread is one post: a finding in its second box holds it, and all of it goes once', async () => {
    const page = await open(xDialog.url);
    const composer = await draft(page, xDialog, 'Sunflower week, a thread');
    await page.getByRole('dialog').getByRole('button', { name: 'Add post' }).click();
    await write(page.locator('[role="dialog"] [data-testid="tweetTextarea_1"]'), 'Ring us on 07700 900471');
    await page.waitForTimeout(600);
    await composer.submit.click();
    await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(page, 1);
    await page.waitForTimeout(300);
    expect(await postedOn(page)).toEqual([expect.objectContaining({ text: 'Sunflower week, a thread\n\nRing us on 07700 900471' })]);
  });

  test('Cmd+Enter is held as Ctrl+Enter is', async () => {
    const page = await open(xHome.url);
    await draft(page, xHome, 'Ring us on 07700 900471 to book a visit');
    await page.keyboard.press('Meta+Enter');
    await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
    await untilPosted(page, 1);
    expect((await postedOn(page)).length).toBe(1);
  });

  test('direct messages are left alone on their own page', async () => {
    const page = await open('https://x.com/messages');
    await leavesChatAlone(page, page.locator('[data-testid="dmComposerTextInput"]'));
  });

  test('direct messages are left alone in the drawer beside the timeline', async () => {
    const page = await open('https://x.com/home');
    await leavesChatAlone(page, page.locator('[data-testid="DMDrawer"] [data-testid="dmComposerTextInput"]'));
  });

  test('a composer whose Post button has lost its hooks is reported on the page and the toolbar', async () => {
    const page = await open('https://x.com/home?no-hooks');
    await reportsUnguarded(browser(), page, page.locator('main [data-testid="tweetTextarea_0"]'));
  });
});

testNothingLeftTheMachine(env);
