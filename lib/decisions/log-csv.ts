import { LOG_KIND_LABELS, SITE_LABELS, type LogEntry } from './log-entry';

// A spreadsheet runs a cell that starts with one of these as a formula; a typed reason must stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The log as a CSV file a spreadsheet opens: one row per entry, with a heading row. */
export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = [['When', 'Site', 'Rules', 'Decision', 'Reason', 'Excerpt']];
  for (const entry of entries) {
    const decision = 'site' in entry ? entry : undefined;
    rows.push([
      entry.at,
      decision ? SITE_LABELS[decision.site] : 'Options page',
      decision ? decision.rules.join(' ') : '',
      LOG_KIND_LABELS[entry.decision],
      decision?.reason ?? '',
      decision?.excerpt ?? '',
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
