import { decisionsItem } from '../storage/items';
import type { Decision } from './decision';

/** The one way a decision reaches the managers' log. */
export async function recordDecision(decision: Decision): Promise<void> {
  const log = await decisionsItem.getValue();
  await decisionsItem.setValue([...log, decision]);
}
