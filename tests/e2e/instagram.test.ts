import { describe, expect, test } from 'vitest';
import { describeGuarding, testNothingLeftTheMachine, useExtensionBrowser } from './harness/guarding-suite';
import { panelEverShown, postedOn, untilPosted, write } from './harness/replica-page';
import { leavesChatAlone, reportsUnguarded } from './harness/site-checks';
import { photo } from './harness/site-driver';
import { chooseInstagramPhotos, instagramDriver, toCaption } from './sites/instagram';

const env = useExtensionBrowser();

describeGuarding(instagramDriver, env);

describe('Instagram’s other steps and boxes', () => {
  const { browser, page: open } = env;

  test('a photo deleted at the crop step is no longer checked', async () => {
    const page = await open('https://www.instagram.com/');
    await chooseInstagramPhotos(page, [photo('plain.jpg'), photo('gps-exif.jpg')]);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).nth(1).click();
    const composer = await toCaption(page);
    await write(composer.box, 'Sunflower week in the garden');
    await page.waitForTimeout(400);
    await composer.submit.click();
    await untilPosted(page, 1);
    expect(await postedOn(page)).toEqual([{ kind: 'post', text: 'Sunflower week in the garden', photos: ['plain.jpg'], trusted: true }]);
    expect(await panelEverShown(page)).toBe(false);
  });

  test('direct messages are left alone', async () => {
    const page = await open('https://www.instagram.com/direct/inbox/');
    await leavesChatAlone(page, page.getByRole('textbox', { name: 'Message' }));
  });

  test('a caption whose Share button has been renamed is reported on the page and the toolbar', async () => {
    const page = await open('https://www.instagram.com/?no-hooks');
    await chooseInstagramPhotos(page, [photo('plain.jpg')]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await reportsUnguarded(browser(), page, dialog.getByRole('textbox', { name: 'Write a caption...' }));
  });
});

testNothingLeftTheMachine(env);
