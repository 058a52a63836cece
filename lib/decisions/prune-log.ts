/** The moment before which log entries are too old to keep. */
export function retentionCutoff(months: number, now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  return cutoff;
}

/** Drops entries older than the retention, as the manager promised families. */
export function pruneLog<T extends { at: string }>(entries: readonly T[], months: number, now = new Date()): T[] {
  const cutoff = retentionCutoff(months, now).getTime();
  return entries.filter((entry) => Date.parse(entry.at) >= cutoff);
}
