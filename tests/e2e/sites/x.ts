import type { Page } from 'playwright-core';
import { attachTo, type AttachVia, type ComposerHandle, type ComposerKind, type SiteDriver } from '../harness/site-driver';

/** A composer on the X replica inside `scope` (the page's main column or a dialog), with photos attached. */
export async function xComposer(page: Page, scope: string, photos: string[] = [], via: AttachVia = 'picker'): Promise<ComposerHandle> {
  const root = page.locator(scope).locator('.composer').first();
  const box = root.locator('[data-testid="tweetTextarea_0"]');
  await attachTo({ picker: root.locator('input[data-testid="fileInput"]'), zone: root, box }, photos, via);
  return {
    box,
    submit: root.locator('[data-testid^="tweetButton"]'),
    previews: root.locator('[data-testid="attachments"] [role="group"]'),
    removePhoto: (index) => root.locator('[data-testid="attachments"] [role="group"]').nth(index).getByRole('button', { name: 'Remove media' }).click(),
  };
}

const ALL_WAYS = ['picker', 'drop', 'paste'] as const;

/** The inline composer at the top of the home timeline. */
export const xHome: ComposerKind = {
  url: 'https://x.com/home',
  posts: 'post',
  shortcut: 'Control+Enter',
  attachVia: ALL_WAYS,
  open: (page, photos, via) => xComposer(page, 'main', photos, via),
};

/** The compose dialog, opened from the side navigation's Post button. */
export const xDialog: ComposerKind = {
  url: 'https://x.com/home',
  posts: 'post',
  shortcut: 'Control+Enter',
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    return xComposer(page, '[role="dialog"]', photos, via);
  },
};

/** A reply, in the dialog the timeline's Reply button opens. */
export const xReplyDialog: ComposerKind = {
  url: 'https://x.com/home',
  posts: 'reply',
  shortcut: 'Control+Enter',
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    await page.locator('main [data-testid="reply"]').click();
    return xComposer(page, '[role="dialog"]', photos, via);
  },
};

/** The inline reply box on a post's own page. */
export const xStatusReply: ComposerKind = {
  url: 'https://x.com/littleacorns/status/1790000000000000000',
  posts: 'reply',
  shortcut: 'Control+Enter',
  attachVia: ALL_WAYS,
  open: (page, photos, via) => xComposer(page, 'main', photos, via),
};

export const xDriver: SiteDriver = { platform: 'x', text: xHome, photos: xDialog };
