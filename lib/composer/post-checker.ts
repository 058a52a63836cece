import type { CheckResult } from '../engine/check-post';
import type { Policy } from '../policy/policy';
import type { PhotoSummary, Post } from '../types';

/**
 * The heavy half of the content script (compromise through the rules, exifr
 * through the photo reader), built as its own file and loaded only once a
 * composer is in use, so a page with no composer never pays for it.
 */
export interface PostChecker {
  check(post: Post, policy: Policy): CheckResult;
  readPhoto(file: File): Promise<PhotoSummary>;
}

/** Where the loaded checker leaves itself: a global of the content script's isolated world, which the page cannot see. */
export const POST_CHECKER_KEY = Symbol.for('ask-yourself.post-checker');

/** The built file, relative to the extension's root. */
export const POST_CHECKER_FILE = '/post-checker.js';

/** Runs the built checker file in this isolated world and returns what it left behind. */
export async function loadPostChecker(url: string): Promise<PostChecker> {
  await import(/* @vite-ignore */ url);
  const checker = (globalThis as Record<symbol, PostChecker | undefined>)[POST_CHECKER_KEY];
  if (!checker) throw new Error(`${url} did not provide the checker`);
  return checker;
}
