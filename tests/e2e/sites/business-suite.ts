import type { Page } from 'playwright-core';
import { attachTo, type AttachVia, type ComposerHandle, type ComposerKind } from '../harness/site-driver';

const ALL_WAYS = ['picker', 'drop', 'paste'] as const;

/** Business Suite's composer inside `scope`, with photos attached. */
async function composerIn(page: Page, scope: string, photos: string[] = [], via: AttachVia = 'picker'): Promise<ComposerHandle> {
  const root = page.locator(scope).locator('.panel').first();
  const box = root.locator('[contenteditable="true"]');
  await attachTo({ picker: root.locator('input[type="file"]'), zone: root, box }, photos, via);
  return {
    box,
    submit: root.getByRole('button', { name: /^(Publish|Schedule)$/ }),
    previews: root.locator('img[src^="blob:"]'),
    removePhoto: (index) => root.getByRole('button', { name: 'Remove' }).nth(index).click(),
  };
}

/** The composer page, which posts to Facebook and Instagram (both ticked). */
export const businessSuiteComposer: ComposerKind = {
  url: 'https://business.facebook.com/latest/composer/',
  posts: 'facebook+instagram',
  attachVia: ALL_WAYS,
  open: (page, photos, via) => composerIn(page, '[role="main"]', photos, via),
};

/** The same composer in a dialog, from "Create post" on the home page. */
export const businessSuiteDialog: ComposerKind = {
  url: 'https://business.facebook.com/latest/home',
  posts: 'facebook+instagram',
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    await page.getByRole('button', { name: 'Create post' }).click();
    return composerIn(page, '[role="dialog"]', photos, via);
  },
};
