import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { ExtensionBrowser } from './browser';
import { draft } from './guarding-suite';
import { badges, noticeOf, panelEverShown, panelOf, postedOn, untilPosted, write } from './replica-page';
import type { ComposerKind } from './site-driver';

const CLEAN = 'Sunflower week: the children measured them every morning';
const FINDING = 'Ring us on 07700 900471 to book a visit';

/** A clean post goes untouched and a post with a finding is held and posted once, in each of these composers. */
export function guardsEach(kinds: Record<string, ComposerKind>, open: (url: string) => Promise<Page>): void {
  describeEach(kinds, (kind) => [
    [
      'a clean post goes untouched',
      async () => {
        const page = await open(kind.url);
        const composer = await draft(page, kind, CLEAN);
        await composer.submit.click();
        await untilPosted(page, 1);
        expect(await postedOn(page)).toEqual([expect.objectContaining({ kind: kind.posts, text: CLEAN, trusted: true })]);
        expect(await panelEverShown(page)).toBe(false);
      },
    ],
    [
      'a finding holds it, and Post anyway posts it once',
      async () => {
        const page = await open(kind.url);
        const composer = await draft(page, kind, FINDING);
        await composer.submit.click();
        await panelOf(page).locator('[data-rule="contact-details"]').waitFor();
        expect(await postedOn(page)).toEqual([]);
        await panelOf(page).getByRole('button', { name: 'Post anyway' }).click();
        await untilPosted(page, 1);
        await page.waitForTimeout(300);
        expect(await postedOn(page)).toEqual([expect.objectContaining({ kind: kind.posts, text: FINDING })]);
      },
    ],
  ]);
}

function describeEach(kinds: Record<string, ComposerKind>, cases: (kind: ComposerKind) => [string, () => Promise<void>][]): void {
  for (const [name, kind] of Object.entries(kinds)) {
    for (const [title, run] of cases(kind)) test(`${name}: ${title}`, run);
  }
}

/** A chat box is left alone: a message with findings goes on Enter with no panel and no notice. */
export async function leavesChatAlone(page: Page, box: Locator): Promise<void> {
  await write(box, 'What the fuck, ring me on 07700 900471');
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await untilPosted(page, 1);
  expect(await postedOn(page)).toEqual([expect.objectContaining({ kind: 'message', trusted: true })]);
  await page.waitForTimeout(500);
  expect(await panelEverShown(page)).toBe(false);
  expect(await noticeOf(page).count()).toBe(0);
}

/** A composer whose Post control has lost its hooks is reported, on the page and on the toolbar, not silently unguarded. */
export async function reportsUnguarded(browser: ExtensionBrowser, page: Page, box: Locator): Promise<void> {
  await write(box, 'Sunflower week');
  await noticeOf(page).getByText(/cannot find the Post button/).waitFor({ timeout: 5000 });
  expect(await badges(browser)).toContain('!');
}
