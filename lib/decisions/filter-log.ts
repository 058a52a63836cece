import type { RuleId } from '../types';
import type { LogSite } from './log-entry';
import type { LogEntry } from './log-entry';

/** What the manager narrowed the log to; an absent field means "any". */
export interface LogFilter {
  rule?: RuleId;
  site?: LogSite;
  decision?: LogEntry['decision'];
  /** First day to show, as YYYY-MM-DD, in local time. */
  from?: string;
  /** Last day to show, as YYYY-MM-DD, in local time, the whole day included. */
  to?: string;
}

const startOfDay = (day: string): number => new Date(`${day}T00:00:00`).getTime();

/** The entries that match every part of the filter, in their original order. */
export function filterLog<T extends LogEntry>(entries: readonly T[], filter: LogFilter): T[] {
  const from = filter.from ? startOfDay(filter.from) : -Infinity;
  const to = filter.to ? startOfDay(filter.to) + 24 * 60 * 60 * 1000 : Infinity;
  return entries.filter((entry) => {
    const at = Date.parse(entry.at);
    if (at < from || at >= to) return false;
    if (filter.decision && entry.decision !== filter.decision) return false;
    if (filter.site && (!('site' in entry) || entry.site !== filter.site)) return false;
    if (filter.rule && (!('rules' in entry) || !entry.rules.includes(filter.rule))) return false;
    return true;
  });
}
