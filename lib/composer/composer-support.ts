import type { PhotoSight, Platform, PhotoSummary } from '../types';
import type { LookWants } from '../vision/host/look-messages';
import type { CleanedAttachment, Cleaning } from './clean-attached';
import type { GateAnswers, GateView } from './press-gate';

/** The panel, mounted in an element, ready to show a view. */
export interface PanelMount {
  render(view: GateView, answers: GateAnswers): void;
  unmount(): void;
}

/**
 * What a composer in use needs on the page beyond the content script itself:
 * the photo metadata reader, the location remover, the panel (React) and the
 * port that sends pictures to be looked at. Built
 * as its own file and loaded only once a composer is in use, so a page where no
 * one writes a post never runs it. (The text check runs in the background, off
 * the page's thread.)
 */
export interface ComposerSupport {
  readPhoto(file: File): Promise<PhotoSummary>;
  /** Removes the location from attached files (and blurs faces) before `platform` receives them; see lib/composer/clean-attached.ts. */
  cleanAttached(files: readonly File[], platform: Platform, cleaning: Cleaning): Promise<CleanedAttachment>;
  mountPanel(container: HTMLElement): PanelMount;
  /** Has the background look at a picture (faces, writing), sent in small pieces; never rejects. See lib/composer/look-request.ts. */
  look(file: File, wants: LookWants): Promise<PhotoSight>;
  /** Has the background blur the faces in a JPEG: the copy and how many faces it blurred. */
  blur(file: Blob, name: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; faces: number }>;
  /** A press waits for this page's pictures: they go before other tabs'. */
  hurry(): void;
}

/** Where the loaded file leaves itself: a global of the content script's isolated world, which the page cannot see. */
export const COMPOSER_SUPPORT_KEY = Symbol.for('ask-yourself.composer-support');

/** The built file, relative to the extension's root. */
export const COMPOSER_SUPPORT_FILE = '/composer-support.js';

/** Runs the built file in this isolated world and returns what it left behind. */
export async function loadComposerSupport(url: string): Promise<ComposerSupport> {
  await import(/* @vite-ignore */ url);
  const support = (globalThis as Record<symbol, ComposerSupport | undefined>)[COMPOSER_SUPPORT_KEY];
  if (!support) throw new Error(`${url} did not provide the composer support`);
  return support;
}
