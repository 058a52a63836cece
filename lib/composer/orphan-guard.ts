import { browser } from '#imports';
import { composerAround, composerOfTarget, isKeyboardPress, isSendShortcut, pressedControl } from '../adapters/find-composer';
import type { SiteAdapter } from '../adapters/site-adapter';
import { filesFromEvent, pickerOf } from './files-from-event';
import { holdAttachment, holdPickerInput, isHandOver } from './hand-over';
import { isReplay } from './replay';

/** What the page says once the extension has been updated, reloaded or turned off under it. */
export const ORPHANED_MESSAGE = 'Ask Yourself was updated. Copy your post, reload the page, then post.';

/** The events the orphan guard stops. */
export const ORPHAN_EVENTS = ['click', 'keydown', 'keyup', 'input', 'change', 'drop', 'paste'] as const;

/**
 * True once this content script has been cut off from its extension: Chrome
 * updated, reloaded or turned it off, and never injects the new one into a tab
 * already open. Checks, the policy and the log are then out of reach.
 */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * For a content script cut off from its extension: holds every press on a
 * known composer's Post control or send shortcut, and every photo attached to
 * one, and calls `tell` so the page says why. Needs no extension API, so it
 * works when nothing else can. Call with each event, in the capture phase on window.
 */
export function orphanGuard(adapter: SiteAdapter, tell: () => void): (event: Event) => void {
  const { table } = adapter;
  let heldKey: string | undefined;
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  return (event) => {
    if (isReplay(event) || isHandOver(event)) return;
    const target = event.composedPath()[0] ?? event.target;
    if (!(target instanceof Element)) return;
    if (event.type === 'keyup') {
      if (event instanceof KeyboardEvent && event.key === heldKey) stop(event);
      heldKey = undefined;
      return;
    }
    if (event.type === 'input') {
      if (pickerOf(event) && filesFromEvent(event).length && composerAround(table, target)) holdPickerInput(event);
      return;
    }
    if (event.type === 'change' || event.type === 'drop' || event.type === 'paste') {
      if (!filesFromEvent(event).length || !composerAround(table, target)) return;
      // Photos cannot be cleaned of their location any more: none reach the site until the page is reloaded.
      holdAttachment(event).handOver([]);
      return tell();
    }
    let pressed = false;
    if (event.type === 'click') pressed = pressedControl(table, target) !== undefined;
    else if (event.type === 'keydown' && event instanceof KeyboardEvent) {
      const composer = composerOfTarget(table, target);
      const control = composer ? undefined : pressedControl(table, target);
      pressed = composer ? isSendShortcut(composer.spec, event) : control !== undefined && isKeyboardPress(control.control, event);
      if (pressed) heldKey = event.key;
    }
    if (!pressed) return;
    stop(event);
    tell();
  };
}
