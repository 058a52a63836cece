import { browser } from '#imports';
import { checkPost } from '../engine/check-post';
import type { Policy } from '../policy/policy';
import { policyItem } from '../storage/items';
import { watchManagedPolicy } from '../storage/managed-policy';
import { loadPolicy } from '../storage/policy-in-force';
import { isCheckRequest, type CheckReply } from './check-request';

/** For the background: answers content scripts' check requests against the policy in force. */
export function answerChecks(): void {
  let policy: Promise<Policy> | undefined;
  const forget = () => (policy = undefined);
  policyItem.watch(forget);
  watchManagedPolicy(forget);
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: CheckReply) => void) => {
    if (!isCheckRequest(message)) return undefined;
    policy ??= loadPolicy();
    policy
      .then((inForce) => sendResponse({ result: checkPost(message.post, inForce) }))
      .catch((error: unknown) => {
        policy = undefined;
        sendResponse({ error: error instanceof Error ? error.message : String(error) });
      });
    // Chrome keeps the reply channel open only for a listener that returns true.
    return true;
  });
}
