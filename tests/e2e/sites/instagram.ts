import type { Page } from 'playwright-core';
import { attachTo, photo, type AttachVia, type ComposerHandle, type ComposerKind, type SiteDriver } from '../harness/site-driver';

/** Opens the create-post dialog and chooses photos, leaving it at the crop step. */
export async function chooseInstagramPhotos(page: Page, photos: string[], via: AttachVia = 'picker'): Promise<void> {
  await page.getByRole('link', { name: 'New post' }).click();
  const dialog = page.getByRole('dialog');
  await attachTo({ picker: dialog.locator('input[type="file"]'), zone: dialog, box: dialog }, photos, via);
  await dialog.getByRole('heading', { name: 'Crop' }).waitFor();
}

/** From the crop step, on through "Next" twice to the caption. */
export async function toCaption(page: Page): Promise<ComposerHandle> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('heading', { name: 'Edit' }).waitFor();
  await dialog.getByRole('button', { name: 'Next' }).click();
  return {
    box: dialog.getByRole('textbox', { name: 'Write a caption...' }),
    submit: dialog.getByRole('button', { name: 'Share' }),
    previews: dialog.locator('[aria-label="Media gallery"] img'),
    removePhoto: () => Promise.reject(new Error('Instagram removes photos at the crop step, before the caption')),
  };
}

/** The create-post dialog: photos (one at least, as Instagram requires), crop, edit, caption, Share. */
export const instagramPost: ComposerKind = {
  url: 'https://www.instagram.com/',
  posts: 'post',
  attachVia: ['picker', 'drop'],
  removesAfterText: false,
  open: async (page, photos = [], via) => {
    await chooseInstagramPhotos(page, photos.length ? photos : [photo('plain.jpg')], via);
    return toCaption(page);
  },
};

/** The comment box under a post, a textarea that sends on Enter. */
export const instagramComment: ComposerKind = {
  url: 'https://www.instagram.com/',
  posts: 'comment',
  shortcut: 'Enter',
  attachVia: [],
  open: async (page) => {
    const form = page.locator('article form');
    return {
      box: form.getByRole('textbox', { name: 'Add a comment…' }),
      submit: form.getByRole('button', { name: 'Post' }),
      previews: form.locator('img'),
      removePhoto: () => Promise.reject(new Error('Instagram comments take no photos')),
    };
  },
};

export const instagramDriver: SiteDriver = { platform: 'instagram', text: instagramComment, photos: instagramPost };
