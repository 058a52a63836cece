import { decisionsItem } from '../storage/items';
import { loadPolicyInForce } from '../storage/policy-in-force';
import { EXCERPT_LENGTH, REASON_LENGTH } from '../storage/settings';
import type { Decision } from './decision';
import { pruneLog } from './prune-log';

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
}

/** Writes wait for the one before: each reads the log, appends and writes, and two at once would lose one. */
let writing: Promise<void> = Promise.resolve();

async function append(decision: Decision): Promise<void> {
  const { settings } = await loadPolicyInForce();
  const { excerpt, ...rest } = { ...decision, ...(decision.reason !== undefined && { reason: decision.reason.slice(0, REASON_LENGTH) }) };
  const entry: Decision = settings.excerpts && excerpt?.trim() ? { ...rest, excerpt: shorten(excerpt) } : rest;
  const log = pruneLog(await decisionsItem.getValue(), settings.retentionMonths);
  await decisionsItem.setValue([...log, entry]);
}

/**
 * The one way a decision reaches the managers' log. Keeps an excerpt only when
 * the manager has turned excerpts on, and then a short one; drops entries past
 * the retention while it writes. Pages record through the background
 * (lib/decisions/record-request.ts), so tabs deciding at once take turns here.
 */
export function recordDecision(decision: Decision): Promise<void> {
  const written = writing.then(() => append(decision));
  writing = written.catch(() => undefined);
  return written;
}
