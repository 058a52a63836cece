import { browser } from '#imports';
import { checkPost, effectivePolicy } from '../engine/check-post';
import type { Policy } from '../policy/policy';
import { policyItem, settingsItem } from '../storage/items';
import { watchManagedPolicy } from '../storage/managed-policy';
import { keepPolicy, keptPolicyItem, loadPolicyInForce } from '../storage/policy-in-force';
import { isCheckRequest, type CheckReply, type CheckRequest } from './check-request';

interface Queued {
  request: CheckRequest;
  reply(answer: CheckReply): void;
}

/**
 * For the background: answers content scripts' check requests against the
 * policy in force. Checks run one at a time; a draft still waiting when a newer
 * one comes from the same page is answered "superseded" and never checked,
 * so a long draft typed in pauses does not queue a full check per pause.
 */
export function answerChecks(): void {
  let policy: Promise<Policy> | undefined;
  const fresh = (): Promise<Policy> => {
    const loading = loadPolicyInForce().then((inForce) => {
      void keepPolicy(inForce, (value) => effectivePolicy(value).severities).catch(() => undefined);
      return inForce.policy;
    });
    loading.then(
      () => (policy = loading),
      () => policy === loading && (policy = undefined),
    );
    return loading;
  };
  // Chrome reads the managed policy only seconds after it starts: until then, answer from the last policy in force.
  const starting = fresh();
  starting.catch(() => undefined);
  policy = keptPolicyItem.getValue().then(
    (kept) => kept?.policy ?? starting,
    () => starting,
  );
  const refresh = () => {
    policy = fresh();
    policy.catch(() => undefined);
  };
  policyItem.watch(refresh);
  settingsItem.watch(refresh);
  watchManagedPolicy(refresh);

  const queue = new Map<string, Queued>();
  let running = false;
  const next = () => {
    const first = queue.entries().next();
    if (first.done) return void (running = false);
    const [lane, { request, reply }] = first.value;
    queue.delete(lane);
    running = true;
    (policy ??= fresh())
      .then(
        (inForce) => reply({ result: checkPost(request.post, inForce) }),
        (error: unknown) => {
          policy = undefined;
          reply({ error: error instanceof Error ? error.message : String(error) });
        },
      )
      .catch((error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }))
      // A new task, so requests that arrived during a long check are queued (and replace each other) before the next starts.
      .finally(() => setTimeout(next, 0));
  };

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: CheckReply) => void) => {
    if (!isCheckRequest(message)) return undefined;
    // One page types one draft at a time: the newest from a page (a tab's frame) is the one that matters.
    const lane = sender.tab?.id === undefined ? String(Math.random()) : `${sender.tab.id}:${sender.frameId ?? 0}`;
    queue.get(lane)?.reply({ superseded: true });
    queue.set(lane, { request: message, reply: sendResponse });
    if (!running) {
      running = true;
      setTimeout(next, 0);
    }
    // Chrome keeps the reply channel open only for a listener that returns true.
    return true;
  });
}
