import type { Decision } from '../../lib/decisions/decision';
import { LOG_KIND_LABELS, SITE_LABELS } from '../../lib/decisions/log-entry';
import { ruleTitle } from './rules-list';
import { when } from './when';

/** One decision a manager should look at: what staff did, when, where, for which rules, and the reason they gave. */
export function ReviewEntry({ entry }: { entry: Decision }) {
  return (
    <>
      <span className={`kind kind--${entry.decision}`}>{LOG_KIND_LABELS[entry.decision]}</span>{' '}
      <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time> on {SITE_LABELS[entry.site]}, for{' '}
      {entry.rules.map(ruleTitle).join(', ')}
      {entry.reason && (
        <>
          : <q>{entry.reason}</q>
        </>
      )}
    </>
  );
}
