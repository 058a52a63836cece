import { storage } from '#imports';
import type { Policy } from '../policy/policy';
import type { RuleId, Severity } from '../types';
import { policyItem, settingsItem } from './items';
import { mergeManaged, readManagedPolicy, type PolicyInForce } from './managed-policy';

/**
 * The policy in force when it was last worked out, organisation values
 * included, with each rule's severity: what a check answers from while Chrome
 * is still reading the managed policy (a few seconds after every start), and
 * what the page reads to know how strict a rule it could not check would have been.
 */
export interface KeptPolicy {
  policy: Policy;
  excerpts: boolean;
  retentionMonths: number;
  /** Each rule's severity under the policy; absent when the policy could not be resolved. */
  severities?: Record<RuleId, Severity>;
}

/** The kept copy, in local storage beside the policy it copies (never sync). */
export const keptPolicyItem = storage.defineItem<KeptPolicy | null>('local:policy-in-force', {
  fallback: null,
  version: 1,
});

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

/** Keeps a copy of the policy in force, with its severities (worked out by the caller, who has the rules). */
export async function keepPolicy({ policy, settings }: PolicyInForce, severities: (policy: Policy) => Record<RuleId, Severity>): Promise<void> {
  let resolved: Record<RuleId, Severity> | undefined;
  try {
    resolved = severities(policy);
  } catch {
    // A policy the rules cannot resolve leaves its severities unknown, which the page reads as the strictest.
    resolved = undefined;
  }
  const kept: KeptPolicy = { policy, excerpts: settings.excerpts, retentionMonths: settings.retentionMonths, ...(resolved ? { severities: resolved } : {}) };
  if (JSON.stringify(kept) !== JSON.stringify(await keptPolicyItem.getValue())) await keptPolicyItem.setValue(kept);
}
