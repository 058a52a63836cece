import type { AddonFirefox } from './firefox-browser';
import { pause } from './firefox-page';

/** How many photos the add-on's background page has looked at since Firefox started (lib/vision/host/vision-status.ts). */
export const lookedAt = (firefox: AddonFirefox): Promise<number> =>
  firefox.inAddon(
    async () =>
      ((await (globalThis as unknown as { browser: typeof chrome }).browser.storage.session.get('vision-status')) as { 'vision-status'?: { looked: number } })['vision-status']
        ?.looked ?? 0,
    null,
  );

/**
 * Waits, as a person who pauses after attaching would, until `count` more photos than `before` have been looked at,
 * or `timeoutMs` has passed (a photo held back before the site had it is never looked at), as
 * tests/e2e/harness/vision-status.ts does for Chromium.
 */
export async function untilLooked(firefox: AddonFirefox, before: number, count: number, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await lookedAt(firefox)) < before + count && Date.now() < end) await pause(200);
}
