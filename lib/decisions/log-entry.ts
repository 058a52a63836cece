import type { Decision } from './decision';
import { PLATFORMS } from '../types';

/** A change made on the options page that the log must show, such as a reset after a forgotten PIN. */
export interface PolicyEvent {
  /** When, as an ISO 8601 timestamp. */
  at: string;
  decision: 'policy-reset';
}

/** One row of the log the manager reads: a member of staff's decision or a policy event. */
export type LogEntry = Decision | PolicyEvent;

/** Every kind of row, in the order the log's filter offers them. */
export const LOG_KINDS = ['edited', 'posted-anyway', 'blocked', 'false-alarm', 'policy-reset'] as const satisfies readonly LogEntry['decision'][];

/** What each kind of row is called on the page and in the exported CSV. */
export const LOG_KIND_LABELS: Record<LogEntry['decision'], string> = {
  edited: 'Edited',
  'posted-anyway': 'Posted anyway',
  blocked: 'Blocked',
  'false-alarm': 'Reported a false alarm',
  'policy-reset': 'Policy reset to defaults',
};

/** Where a decision was made: a site, or Meta Business Suite, which posts to Facebook and Instagram at once. */
export const LOG_SITES = [...PLATFORMS, 'business-suite'] as const;

/** One of the places a decision can be made. */
export type LogSite = (typeof LOG_SITES)[number];

/** Each site's name as people write it. */
export const SITE_LABELS: Record<LogSite, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', 'business-suite': 'Meta Business Suite' };
