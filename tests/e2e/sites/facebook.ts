import type { Page } from 'playwright-core';
import { attachTo, type AttachVia, type ComposerHandle, type ComposerKind, type SiteDriver } from '../harness/site-driver';

const ALL_WAYS = ['picker', 'drop', 'paste'] as const;

function handle(page: Page, scope: string, submitName: string): ComposerHandle {
  const root = page.locator(scope);
  return {
    box: root.locator('[data-lexical-editor="true"]'),
    submit: root.getByRole('button', { name: submitName, exact: true }),
    previews: root.locator('img[src^="blob:"]'),
    removePhoto: (index) => root.getByRole('button', { name: 'Remove photo' }).nth(index).click(),
  };
}

async function attach(page: Page, scope: string, photos: string[] = [], via: AttachVia = 'picker') {
  const root = page.locator(scope);
  await attachTo({ picker: root.locator('input[type="file"]'), zone: root, box: root.locator('[data-lexical-editor="true"]') }, photos, via);
}

/** A post dialog opened from its trigger button; `submit` is the control that ends its first step. */
const dialogPost = (url: string, posts: string, trigger: string, submit: string, shortcut?: string): ComposerKind => ({
  url,
  posts,
  ...(shortcut && { shortcut }),
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    await page.getByRole('button', { name: trigger }).click();
    await attach(page, '[role="dialog"]', photos, via);
    return handle(page, '[role="dialog"]', submit);
  },
});

/** The post dialog on a profile, opened from "What's on your mind?". */
export const facebookProfilePost = dialogPost('https://www.facebook.com/', 'post', "What's on your mind, Sam?", 'Post', 'Control+Enter');

/** A group's post dialog, opened from "Write something...". */
export const facebookGroupPost = dialogPost('https://www.facebook.com/groups/123456789', 'group post', 'Write something...', 'Post', 'Control+Enter');

/** A Page's post dialog, whose first step ends in "Next"; the handle's submit is that "Next". */
export const facebookPagePost = dialogPost('https://www.facebook.com/littleacornsnursery', 'page post', "What's on your mind, Sam?", 'Next');

/** The comment box under a post in the feed, which sends on bare Enter. */
export const facebookComment: ComposerKind = {
  url: 'https://www.facebook.com/',
  posts: 'comment',
  shortcut: 'Enter',
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    const scope = '[role="article"] .comment-box:not(.reply-box)';
    await attach(page, scope, photos, via);
    return handle(page, scope, 'Comment');
  },
};

/** The reply box under a comment, opened with the comment's Reply. */
export const facebookReply: ComposerKind = {
  url: 'https://www.facebook.com/',
  posts: 'reply',
  shortcut: 'Enter',
  attachVia: ALL_WAYS,
  open: async (page, photos, via) => {
    await page.getByRole('button', { name: 'Reply to Jo Bloggs’s comment' }).click();
    await attach(page, '.reply-box', photos, via);
    return handle(page, '.reply-box', 'Reply');
  },
};

export const facebookDriver: SiteDriver = { platform: 'facebook', text: facebookComment, photos: facebookProfilePost };
