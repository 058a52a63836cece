import type { Policy } from '../policy/policy';
import { policyItem, settingsItem } from './items';
import { mergeManaged, readManagedPolicy, type PolicyInForce } from './managed-policy';

/**
 * The policy and settings the extension must obey right now: the setting's
 * own, with the organisation's managed values laid over them. The content
 * script and the options page both read the policy through this.
 */
export async function loadPolicyInForce(): Promise<PolicyInForce> {
  const [local, settings, managed] = await Promise.all([policyItem.getValue(), settingsItem.getValue(), readManagedPolicy()]);
  return mergeManaged(local, settings, managed);
}

/** Just the policy in force, for checking a post. */
export async function loadPolicy(): Promise<Policy> {
  return (await loadPolicyInForce()).policy;
}
