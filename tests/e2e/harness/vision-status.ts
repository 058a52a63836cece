import type { ExtensionBrowser } from './browser';

/** How many photos the extension has looked at since the browser started (lib/vision/host/vision-status.ts). */
export async function lookedAt(browser: ExtensionBrowser): Promise<number> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => ((await chrome.storage.session.get('vision-status')) as { 'vision-status'?: { looked: number } })['vision-status']?.looked ?? 0);
}

/**
 * Waits until `count` more photos than `before` have been looked at: a person who
 * pauses long enough after attaching finds their photos already looked at.
 */
export async function untilLooked(browser: ExtensionBrowser, before: number, count: number, timeoutMs = 45_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await lookedAt(browser)) < before + count) {
    if (Date.now() > end) throw new Error(`the extension looked at fewer than ${count} photos in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
