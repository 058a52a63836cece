import type { RuleId } from '../types';
import type { Decision, DecisionKind } from './decision';

/** Every way a member of staff can answer the panel, in the order the page shows them. */
export const DECISION_KINDS = ['edited', 'posted-anyway', 'blocked', 'false-alarm'] as const satisfies readonly DecisionKind[];

/** How many posts were held, and what staff did with them. */
export interface DecisionCounts extends Record<DecisionKind, number> {
  /** Every time the panel held a post: the sum of the kinds. */
  held: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A count of each kind of decision, all zero. */
const noDecisions = (): DecisionCounts => ({ held: 0, edited: 0, 'posted-anyway': 0, blocked: 0, 'false-alarm': 0 });

/** Counts the decisions taken from `from` (inclusive) up to `now`. */
export function countDecisions(decisions: readonly Decision[], from: Date, now = new Date()): DecisionCounts {
  const counts = noDecisions();
  for (const entry of decisions) {
    const at = Date.parse(entry.at);
    if (at < from.getTime() || at > now.getTime()) continue;
    counts.held += 1;
    counts[entry.decision] += 1;
  }
  return counts;
}

/** The moment fourteen days before `now`: the overview's "last fortnight". */
export const fortnightBefore = (now = new Date()): Date => new Date(now.getTime() - 14 * DAY_MS);

/** One calendar week of the log (Monday to Sunday, local time). */
export interface WeekSummary {
  /** Midnight at the start of the week's Monday. */
  start: Date;
  /** How many times each rule's findings were shown. */
  byRule: Partial<Record<RuleId, number>>;
  byDecision: DecisionCounts;
}

/** Midnight on the Monday of the week holding `day`: British weeks start on Monday. */
export function mondayOf(day: Date): Date {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  return start;
}

/** The last `weeks` calendar weeks up to the one holding `now`, oldest first, with what was found and decided in each. */
export function weeklySummary(decisions: readonly Decision[], weeks: number, now = new Date()): WeekSummary[] {
  const thisWeek = mondayOf(now);
  const summaries: WeekSummary[] = Array.from({ length: weeks }, (_, index) => {
    const start = new Date(thisWeek);
    start.setDate(start.getDate() - 7 * (weeks - 1 - index));
    return { start, byRule: {}, byDecision: noDecisions() };
  });
  for (const entry of decisions) {
    const at = new Date(entry.at);
    const week = summaries.findLast((summary) => summary.start.getTime() <= at.getTime());
    if (!week || at.getTime() > now.getTime()) continue;
    week.byDecision.held += 1;
    week.byDecision[entry.decision] += 1;
    for (const rule of new Set(entry.rules)) week.byRule[rule] = (week.byRule[rule] ?? 0) + 1;
  }
  return summaries;
}

/**
 * What a manager should read first: posts that went out past the panel and
 * false alarms staff reported, newest first, leaving out those at or before the
 * last review.
 */
export function toReview(decisions: readonly Decision[], reviewedUpTo?: string | null): Decision[] {
  const after = reviewedUpTo ? Date.parse(reviewedUpTo) : -Infinity;
  return decisions
    .filter((entry) => (entry.decision === 'posted-anyway' || entry.decision === 'false-alarm') && Date.parse(entry.at) > after)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
