/** Events the page must never see from our own elements: a site's root listeners would otherwise act on their clicks and keys. */
export const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'focusin', 'focusout'];

const NOTICE_CSS = `:host{all:initial !important}
div{position:fixed;top:12px;left:50%;transform:translateX(-50%);width:max-content;max-width:calc(100vw - 32px);z-index:2147483647}
p{margin:0 0 6px;padding:8px 14px;border-radius:6px;background:#fff4e5;color:#1b1b1b;border:2px solid #b3261e;font:15px/1.4 system-ui,sans-serif}
button{margin-left:10px;font:inherit;text-decoration:underline;background:none;border:0;color:inherit;cursor:pointer}`;

/** One-line notices at the top of the page. */
export interface PageNotices {
  /** Shows a line; a line said again under the same key replaces the last. */
  say(key: string, text: string): void;
}

/**
 * Short notices at the top of the page, one line each, in one polite live
 * region that is on the page before its first line, so screen readers announce
 * each line as it comes. Built with plain DOM calls and no extension API, so it
 * still speaks once the extension has been updated under the page; in a closed
 * shadow root, so the page's scripts cannot read or dismiss it; put back if the
 * page removes it.
 */
export function pageNotices(name = 'ask-yourself-notice'): PageNotices {
  let board: { host: HTMLElement; region: HTMLElement; ready: Promise<void> } | undefined;
  const lines = new Map<string, HTMLElement>();

  const open = () => {
    if (!board) {
      const host = document.createElement(name);
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = NOTICE_CSS;
      const region = document.createElement('div');
      region.setAttribute('role', 'status');
      root.append(style, region);
      for (const type of ISOLATED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
      board = { host, region, ready: new Promise((resolve) => setTimeout(resolve, 100)) };
    }
    if (!board.host.isConnected) (document.body ?? document.documentElement).append(board.host);
    return board;
  };

  return {
    say(key, text) {
      const { region, ready } = open();
      void ready.then(() => {
        open();
        lines.get(key)?.remove();
        const line = document.createElement('p');
        line.textContent = text;
        const dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.textContent = 'Dismiss';
        dismiss.addEventListener('click', (event) => {
          if (event.isTrusted) line.remove();
        });
        line.append(dismiss);
        region.append(line);
        lines.set(key, line);
      });
    },
  };
}
