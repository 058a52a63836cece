import { browser } from '#imports';

/** The message a content script sends when it sees a composer whose Post control it cannot find. */
export interface UnprotectedMessage {
  type: 'ask-yourself:unprotected';
  /** The kind of composer, e.g. "comment". */
  kind: string;
}

/** What the content script sends to the background when a composer cannot be guarded. */
export const unprotectedMessage = (kind: string): UnprotectedMessage => ({ type: 'ask-yourself:unprotected', kind });

const isUnprotected = (message: unknown): message is UnprotectedMessage =>
  typeof message === 'object' && message !== null && (message as UnprotectedMessage).type === 'ask-yourself:unprotected';

/**
 * For the background: marks the toolbar button of a tab where a composer is in
 * use but cannot be guarded, so a site change is noticed rather than leaving
 * posts silently unchecked. The mark goes with the tab's next page.
 */
export function markUnprotectedTabs(): void {
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isUnprotected(message) || tabId === undefined) return;
    void action.setBadgeText({ tabId, text: '!' });
    void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    void action.setTitle({ tabId, title: `Ask Yourself cannot find the Post button of this ${message.kind} box, so it is not checking it.` });
  });
}
