import { describe, expect, test } from 'vitest';
import { describeGuarding, testNothingLeftTheMachine, draft, useExtensionBrowser } from './harness/guarding-suite';
import { decisionsIn, panelEverShown, panelOf, postedOn, untilPosted } from './harness/replica-page';
import { guardsEach, leavesChatAlone, reportsUnguarded } from './harness/site-checks';
import { facebookDriver, facebookGroupPost, facebookPagePost, facebookReply } from './sites/facebook';

const env = useExtensionBrowser();

describeGuarding(facebookDriver, env);

describe('Facebook’s other composers and boxes', () => {
  const { browser, page: open } = env;

  guardsEach({ 'a group’s post': facebookGroupPost, 'a reply to a comment': facebookReply }, open);

  describe('a Page’s post, whose "Next" leads to the final "Post"', () => {
    test('a clean post goes through both steps untouched', async () => {
      const page = await open(facebookPagePost.url);
      const composer = await draft(page, facebookPagePost, 'Sunflower week in the garden');
      await composer.submit.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
      await untilPosted(page, 1);
      expect(await postedOn(page)).toEqual([expect.objectContaining({ kind: 'page post', text: 'Sunflower week in the garden', trusted: true })]);
      expect(await panelEverShown(page)).toBe(false);
    });

    test('a finding is asked about at "Next", once: posting anyway there lets the final Post go', async () => {
      const page = await open(facebookPagePost.url);
      const composer = await draft(page, facebookPagePost, 'Ring us on 07700 900471 to book a visit');
      await composer.submit.click();
      await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
      await page.getByRole('heading', { name: 'Post settings' }).waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click();
      await untilPosted(page, 1);
      expect(await postedOn(page)).toEqual([expect.objectContaining({ kind: 'page post', trusted: true })]);
      await expect.poll(async () => (await decisionsIn(browser())).map((d) => d.decision)).toEqual(['posted-anyway']);
    });

    test('Edit post at "Next" keeps the draft in its box', async () => {
      const page = await open(facebookPagePost.url);
      const composer = await draft(page, facebookPagePost, 'Ring us on 07700 900471 to book a visit');
      await composer.submit.click();
      await panelOf(page).getByRole('button', { name: 'Edit post' }).click();
      expect((await composer.box.innerText()).trim()).toBe('Ring us on 07700 900471 to book a visit');
      expect(await composer.box.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await postedOn(page)).toEqual([]);
    });
  });

  test('Messenger’s chat beside the feed is left alone', async () => {
    const page = await open('https://www.facebook.com/');
    await leavesChatAlone(page, page.getByRole('complementary').getByRole('textbox', { name: 'Message' }));
  });

  test('Messenger’s own page is left alone', async () => {
    const page = await open('https://www.facebook.com/messages/t/100000000000001');
    await leavesChatAlone(page, page.getByRole('textbox', { name: 'Message' }));
  });

  test('a comment box whose Post button has lost its hooks is reported on the page and the toolbar', async () => {
    const page = await open('https://www.facebook.com/?no-hooks');
    await reportsUnguarded(browser(), page, page.getByRole('textbox', { name: 'Comment as Sam Taylor' }));
  });
});

testNothingLeftTheMachine(env);
