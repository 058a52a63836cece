import type { KeywordOverride, Policy } from '../policy/policy';
import { rules } from '../rules';
import { SEVERITIES, type RuleId } from '../types';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const strictness = (severity: string): number => (SEVERITIES as readonly string[]).indexOf(severity);

/**
 * What a reset for a forgotten PIN keeps of the policy. Anyone can press it, so it
 * may only ever make the checker stricter: the roster, carers, staff and lists stay;
 * a rule set stricter than its default stays, one set looser goes back to its
 * default; words added to a list stay and words removed from one come back.
 */
export function policyAfterReset(policy: Policy): Policy {
  const kept: Policy = { ...policy };
  if (policy.rules) {
    kept.rules = Object.fromEntries(
      Object.entries(policy.rules).filter(
        ([id, severity]) => strictness(severity) >= strictness(rules.find((rule) => rule.id === id)?.meta.defaultSeverity ?? 'off'),
      ),
    );
  }
  if (policy.keywords) {
    kept.keywords = Object.fromEntries(
      Object.entries(policy.keywords).map(([id, override]): [string, KeywordOverride] => [id, { add: override?.add ?? [], remove: [] }]),
    ) as Partial<Record<RuleId, KeywordOverride>>;
  }
  return kept;
}

/** The settings after a reset: the defaults without a PIN, but the log kept at least as long as it was, so a reset never deletes entries. */
export function settingsAfterReset(settings: Settings): Settings {
  return { ...DEFAULT_SETTINGS, retentionMonths: Math.max(settings.retentionMonths, DEFAULT_SETTINGS.retentionMonths) };
}
