import { resolvePolicy } from '../policy/resolve-policy';
import type { EffectivePolicy, Policy } from '../policy/policy';
import type { Report, Rule } from '../rules/rule';
import { rules } from '../rules';
import { SEVERITIES, type Evidence, type Finding, type Post, type RuleId, type Severity } from '../types';
import { createContext, type CheckContext } from './context';
import { photoWritings, readInPhoto, sameEvidence } from './photo-writing';

/** A rule that could not finish, so the panel can say what was not checked. */
export interface UncheckedRule {
  rule: RuleId;
  /** What went wrong, in plain words. */
  reason: string;
}

/** Everything the checker has to say about one post. */
export interface CheckResult {
  /** Findings, strictest first, then in the order they appear. */
  findings: Finding[];
  /** Rules that threw: their checks did not happen. */
  unchecked: UncheckedRule[];
}

const metas = Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])) as Record<RuleId, Rule['meta']>;

/** The policy with every default filled in, for these rules. */
export const effectivePolicy = (policy: Policy): EffectivePolicy => resolvePolicy(policy, metas);

const fill = (template: string, data: Record<string, string> = {}): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? '');

/** The full wording a member of staff reads: the rule's question, then the policy's own words. */
export function messageFor(rule: Rule, report: Report): string {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`${rule.id} has no message "${report.messageId}"`);
  return `${fill(template, report.data)} Your policy says: “${rule.meta.clause.quote}”.`;
}

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);

const position = (finding: Finding): number => (finding.evidence.kind === 'text' ? finding.evidence.start : -1);

/** The strictest severity among the findings, which decides what the panel offers. */
export function strictestSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((worst, f) => (rank(f.severity) > rank(worst) ? f.severity : worst), 'off');
}

/**
 * Checks a draft against a policy. Runs every rule the policy leaves on over
 * one shared context; a rule that throws is listed in `unchecked`, never lost.
 * The writing read in each photo goes through the same rules as the caption,
 * as text of its own, and its findings name the photo and the words read.
 */
export function checkPost(post: Post, policy: Policy | EffectivePolicy, only?: readonly RuleId[]): CheckResult {
  const effective = 'severities' in policy ? (policy as EffectivePolicy) : effectivePolicy(policy as Policy);
  const findings: Finding[] = [];
  const unchecked: UncheckedRule[] = [];
  const run = (context: CheckContext, place: (evidence: Evidence) => Evidence | undefined) => {
    for (const rule of rules) {
      const severity = effective.severities[rule.id];
      if (severity === 'off' || (only && !only.includes(rule.id))) continue;
      try {
        for (const report of rule.check(context)) {
          const evidence = place(report.evidence);
          if (evidence && !findings.some((f) => f.rule === rule.id && sameEvidence(f.evidence, evidence))) {
            findings.push({ rule: rule.id, severity, message: messageFor(rule, report), evidence });
          }
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (!unchecked.some((u) => u.rule === rule.id && u.reason === reason)) unchecked.push({ rule: rule.id, reason });
      }
    }
  };
  run(createContext(post, effective), (evidence) => evidence);
  for (const { file, text } of photoWritings(post)) {
    run(createContext({ ...post, text }, effective), (evidence) => readInPhoto(file, evidence));
  }
  findings.sort((a, b) => rank(b.severity) - rank(a.severity) || position(a) - position(b));
  return { findings, unchecked };
}
