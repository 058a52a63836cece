import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Platform } from '../../../lib/types';
import { ROOT } from './prepare';

/** One composer on a replica, opened and ready to type in. */
export interface ComposerHandle {
  /** The text box. */
  box: Locator;
  /** The control that publishes. */
  submit: Locator;
  /** The site's previews of the attached photos. */
  previews: Locator;
  /** Removes the attached photo at this position, with the site's own remove button. */
  removePhoto(index: number): Promise<void>;
}

/** How photos reach a composer. */
export type AttachVia = 'picker' | 'drop' | 'paste';

/** How to open one kind of composer on a replica. */
export interface ComposerKind {
  /** Addresses the composer is on. */
  url: string;
  /** Opens the composer and attaches `photos` (paths), the way a person would on that site. */
  open(page: Page, photos?: string[], via?: AttachVia): Promise<ComposerHandle>;
  /** The ways this composer takes photos. */
  attachVia: readonly AttachVia[];
  /** False for a site where photos can only be removed before the text is written (Instagram's crop step). */
  removesAfterText?: boolean;
  /** The post kind the replica records for it. */
  posts: string;
  /** The keyboard shortcut that sends from its text box, if any. */
  shortcut?: string;
}

/** What the shared behaviour tests need to know about a site. */
export interface SiteDriver {
  platform: Platform;
  /** The composer for text-only drafts. */
  text: ComposerKind;
  /** The composer for drafts with photos. */
  photos: ComposerKind;
}

/** A test photo or video from tests/fixtures/photos. */
export const photo = (name: string): string => join(ROOT, 'tests/fixtures/photos', name);

const MIME: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', mp4: 'video/mp4', mov: 'video/quicktime' };

/** The files as a DataTransfer in the page, as a drag or the clipboard would carry them. */
async function transfer(page: Page, paths: string[]) {
  const files = paths.map((path) => ({ name: basename(path), type: MIME[path.split('.').pop() ?? ''] ?? '', data: readFileSync(path).toString('base64') }));
  return page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
    return data;
  }, files);
}

/** Attaches files to a composer through its picker, by dropping them on `zone`, or by pasting them into `box`. */
export async function attachTo({ picker, zone, box }: { picker: Locator; zone: Locator; box: Locator }, paths: string[], via: AttachVia): Promise<void> {
  if (paths.length === 0) return;
  if (via === 'picker') await picker.setInputFiles(paths);
  else if (via === 'drop') await dropFiles(zone, paths);
  else await pasteFiles(box, paths);
}

/** Drops files on an element, as dragging them from the desktop does. */
export async function dropFiles(target: Locator, paths: string[]): Promise<void> {
  const data = await transfer(target.page(), paths);
  await target.evaluate((element, dataTransfer) => {
    element.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
    element.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
  }, data);
}

/** Pastes files into an element, as pasting a copied photo does. */
export async function pasteFiles(target: Locator, paths: string[]): Promise<void> {
  const data = await transfer(target.page(), paths);
  await target.evaluate((element, clipboardData) => {
    element.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData }));
  }, data);
}
