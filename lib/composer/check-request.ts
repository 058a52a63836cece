import { browser } from '#imports';
import type { CheckResult } from '../engine/check-post';
import type { Post } from '../types';

/** A content script's request to check a post, answered by the background. */
export interface CheckRequest {
  type: 'ask-yourself:check';
  post: Post;
}

/** The background's answer: the result, why there is none, or that a newer draft from the same page took its place. */
export type CheckReply = { result: CheckResult } | { error: string } | { superseded: true };

export const isCheckRequest = (message: unknown): message is CheckRequest =>
  typeof message === 'object' && message !== null && (message as CheckRequest).type === 'ask-yourself:check';

/** Thrown for a check the background dropped because a newer draft from the same page came before it started. */
export class SupersededCheck extends Error {
  constructor() {
    super('a newer draft replaced this one before it was checked');
  }
}

/**
 * Has the background check a post: compromise's parse then runs off the page's
 * main thread, so checking as the person pauses never slows their typing.
 */
export async function checkInBackground(post: Post): Promise<CheckResult> {
  const request: CheckRequest = { type: 'ask-yourself:check', post };
  const reply = (await browser.runtime.sendMessage(request)) as CheckReply | undefined;
  if (!reply) throw new Error('the background did not answer');
  if ('superseded' in reply) throw new SupersededCheck();
  if ('error' in reply) throw new Error(reply.error);
  return reply.result;
}
