import type { BrowserContext } from 'playwright-core';

/** The browser's extension service worker, woken if it had gone idle. */
const serviceWorkerOf = async (context: BrowserContext) => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/** How many photos the extension has looked at since the browser started (lib/vision/host/vision-status.ts). */
export async function lookedAt(context: BrowserContext): Promise<number> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => ((await chrome.storage.session.get('vision-status')) as { 'vision-status'?: { looked: number } })['vision-status']?.looked ?? 0);
}

/**
 * Waits, as a person who pauses after attaching would, until `count` more photos
 * than `before` have been looked at, or `timeoutMs` has passed (a photo held back
 * before the site had it is never looked at): what follows asserts what they see.
 */
export async function untilLooked(context: BrowserContext, before: number, count: number, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await lookedAt(context)) < before + count && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
}
