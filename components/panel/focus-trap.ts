const TABBABLE = 'button:not([disabled]), textarea:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The element with focus in the panel's own tree, which may be a shadow root. */
export function focusedIn(panel: HTMLElement): Element | null {
  return (panel.getRootNode() as Document | ShadowRoot).activeElement;
}

/** True when nothing on the page holds focus any more, e.g. after the focused control was removed. */
export function focusIsLost(panel: HTMLElement): boolean {
  const inner = focusedIn(panel);
  const body = panel.ownerDocument.body;
  if (inner && inner !== body) return false;
  const outer = panel.ownerDocument.activeElement;
  return !outer || outer === body;
}

/**
 * Keeps Tab and Shift+Tab inside the panel by wrapping at either end; returns
 * true when it moved focus, so the caller can stop the browser moving it too.
 */
export function wrapTab(panel: HTMLElement, backwards: boolean): boolean {
  const tabbable = [...panel.querySelectorAll<HTMLElement>(TABBABLE)];
  if (tabbable.length === 0) return false;
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  const current = focusedIn(panel);
  const outside = !current || !tabbable.includes(current as HTMLElement);
  if (backwards && (outside || current === first)) {
    last.focus();
    return true;
  }
  if (!backwards && (outside || current === last)) {
    first.focus();
    return true;
  }
  return false;
}
