import type { RuleId } from '../types';
import type { LogSite } from './log-entry';

/** What the member of staff did when the panel was shown. */
export type DecisionKind = 'edited' | 'posted-anyway' | 'blocked' | 'false-alarm';

/**
 * One line of the managers' decision log. Holds no post text unless the
 * manager has turned on short excerpts, and never roster details.
 */
export interface Decision {
  /** When, as an ISO 8601 timestamp. */
  at: string;
  site: LogSite;
  /** The rules whose findings were shown. */
  rules: RuleId[];
  decision: DecisionKind;
  /** The typed reason, for "posted anyway" past a justify finding. */
  reason?: string;
  /** A short excerpt of the post, only when the manager allows it. */
  excerpt?: string;
}
