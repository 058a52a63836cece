import type { Page } from 'playwright-core';
import type { Policy } from '../../../lib/policy/policy';
import { facebookProfilePost } from '../sites/facebook';
import type { useExtensionBrowser } from './guarding-suite';
import { panelOf, usePolicy, write } from './replica-page';
import { lookedAt, untilLooked } from './vision-status';

/**
 * Opens Facebook's post dialog with these photos or videos and this text under
 * this policy, and waits as a person who pauses would, until they are looked at.
 */
export async function draftLookedAt(env: ReturnType<typeof useExtensionBrowser>, paths: string[], text: string, policy: Policy) {
  await usePolicy(env.browser(), policy);
  const page = await env.page(facebookProfilePost.url);
  const before = await lookedAt(env.browser().context);
  const composer = await facebookProfilePost.open(page, paths);
  await write(composer.box, text);
  await untilLooked(env.browser().context, before, paths.length);
  return { page, composer };
}

/** The rule ids of the findings in the panel, in order. */
export const rulesIn = (page: Page) => panelOf(page).locator('[data-rule]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
