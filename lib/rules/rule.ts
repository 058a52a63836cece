import type { CheckContext } from '../engine/context';
import type { Evidence, RuleId, Severity } from '../types';

/** Where in the setting's policy documents a rule comes from. */
export interface PolicyClause {
  /** The document, e.g. "Sharing images FAQs (004)". */
  source: string;
  /** The policy's own words. */
  quote: string;
}

/** What a rule is, apart from how a setting configures it. */
export interface RuleMeta {
  /** One plain-English sentence for the options page. */
  description: string;
  /** The contract's default; a policy may override it. */
  defaultSeverity: Exclude<Severity, 'off'>;
  /** Why the policy cares, shown with every finding. */
  clause: PolicyClause;
  /**
   * Message templates keyed by message id. `{{name}}` placeholders are filled
   * from a report's `data`; every template is an "Ask yourself" question.
   */
  messages: Record<string, string>;
  /** Whether a manager may add and remove words for this rule (`keywords` in the policy). */
  hasKeywords?: boolean;
}

/** One thing a rule found, before the engine adds severity and wording. */
export interface Report {
  messageId: string;
  data?: Record<string, string>;
  evidence: Evidence;
}

/** A rule: one file in `lib/rules/`, named by its id. */
export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  /** Reads the post's context and reports what it finds; never decides severity. */
  check(context: CheckContext): Report[];
}
