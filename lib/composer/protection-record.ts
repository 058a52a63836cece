import { browser } from '#imports';
import { adapterFor } from '../adapters';
import { protectionStatusItem } from '../storage/protection-status';
import { withSighting, type Sighting } from '../storage/protection-sightings';

/** The message a content script sends when a composer comes into use or its Post control is found. */
export interface SightingMessage {
  type: 'ask-yourself:sighting';
  what: 'composer' | 'post-control';
}

export const sightingMessage = (what: SightingMessage['what']): SightingMessage => ({ type: 'ask-yourself:sighting', what });

const isSighting = (message: unknown): message is SightingMessage =>
  typeof message === 'object' && message !== null && (message as SightingMessage).type === 'ask-yourself:sighting';

const isUnprotected = (message: unknown): message is { type: 'ask-yourself:unprotected'; kind: string } =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ask-yourself:unprotected';

/**
 * For the background: keeps "Protection on this computer" (lib/storage/protection-status.ts)
 * from what the content scripts report. The site and page come from the sender (the
 * frame's own address), never from the message, so a page cannot write another
 * site's record. Writes go one after another, so two tabs never lose each other's.
 */
export function recordProtection(): void {
  let writing: Promise<unknown> = Promise.resolve();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const url = sender.url ?? sender.tab?.url;
    const site = url ? adapterFor(url)?.site : undefined;
    if (!site || !url) return;
    let sighting: Sighting;
    if (isSighting(message)) sighting = { site, url, at: Date.now(), what: message.what };
    else if (isUnprotected(message)) {
      sighting = { site, url, at: Date.now(), what: 'unprotected', problem: `The Post button of a ${String(message.kind).slice(0, 40)} box could not be found.` };
    } else return;
    writing = writing
      .then(async () => protectionStatusItem.setValue(withSighting(await protectionStatusItem.getValue(), sighting)))
      .catch(() => undefined);
  });
}

/** For the background: the toolbar button opens "Protection on this computer" in the options page. */
export function openProtectionOnClick(): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#protection' as '/options.html') }));
}
