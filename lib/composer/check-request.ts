import { browser } from '#imports';
import type { CheckResult } from '../engine/check-post';
import type { Post } from '../types';

/** A content script's request to check a post, answered by the background. */
export interface CheckRequest {
  type: 'ask-yourself:check';
  post: Post;
}

/** The background's answer: the result, or why there is none. */
export type CheckReply = { result: CheckResult } | { error: string };

export const isCheckRequest = (message: unknown): message is CheckRequest =>
  typeof message === 'object' && message !== null && (message as CheckRequest).type === 'ask-yourself:check';

/**
 * Has the background check a post: compromise's parse then runs off the page's
 * main thread, so checking as the person pauses never slows their typing.
 */
export async function checkInBackground(post: Post): Promise<CheckResult> {
  const request: CheckRequest = { type: 'ask-yourself:check', post };
  const reply = (await browser.runtime.sendMessage(request)) as CheckReply | undefined;
  if (!reply) throw new Error('the background did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.result;
}
