import type { RuleMeta } from '../rules/rule';
import { RULE_IDS, type RuleId, type Severity } from '../types';
import type { EffectivePolicy, Policy } from './policy';

/**
 * The one place a manager's overrides meet the rules' own defaults. Everything
 * that reads a policy reads what this returns, never the raw file.
 */
export function resolvePolicy(policy: Policy, metas: Record<RuleId, Pick<RuleMeta, 'defaultSeverity'>>): EffectivePolicy {
  const severities = {} as Record<RuleId, Severity>;
  for (const id of RULE_IDS) severities[id] = policy.rules?.[id] ?? metas[id].defaultSeverity;
  return {
    severities,
    settingName: policy.settingName?.trim() ?? '',
    roster: policy.roster ?? [],
    carers: (policy.roster ?? []).flatMap((child) => child?.carers ?? []).filter((name) => typeof name === 'string').map((name) => name.trim()).filter(Boolean),
    staff: (policy.staff ?? []).map((name) => name.trim()).filter(Boolean),
    faces: policy.faces ?? 'allowed',
    consentTags: (policy.consentTags ?? []).map((tag) => tag.trim()).filter(Boolean),
    allowedContacts: policy.allowedContacts ?? [],
    keywords: policy.keywords ?? {},
  };
}
