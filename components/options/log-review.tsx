import { useMemo, useState } from 'react';
import { toReview } from '../../lib/decisions/log-summary';
import { ReviewEntry } from './review-entry';
import { reviewedUpToItem } from '../../lib/storage/manager-page';
import { useCanChange, useOptions } from './options-context';
import { useStoredItem } from './use-stored-item';
import { when } from './when';

/** Posts that went out past the panel and false alarms, first in the log, until the manager marks them as reviewed. */
export function LogReview() {
  const decisions = useOptions((state) => state.decisions);
  const reviewedUpTo = useStoredItem(reviewedUpToItem);
  const canChange = useCanChange();
  const [message, setMessage] = useState('');
  const review = useMemo(() => toReview(decisions, reviewedUpTo), [decisions, reviewedUpTo]);

  return (
    <div className="control review" aria-labelledby="log-review-title" role="group">
      <h3 id="log-review-title">To review first</h3>
      <p className="help">
        Posts staff sent past the panel, with the reason they gave, and false alarms they reported: a false alarm may mean a word list
        needs changing (see Words), a post sent anyway may be worth a word with the member of staff.
      </p>
      {review.length === 0 ? (
        <p>Nothing new to review{reviewedUpTo ? ` since ${when.format(new Date(reviewedUpTo))}` : ''}.</p>
      ) : (
        <ul className="review-list">
          {review.map((entry) => (
            <li key={entry.at} data-decision={entry.decision}>
              <ReviewEntry entry={entry} />
              {entry.excerpt && <p className="excerpt">{entry.excerpt}</p>}
            </li>
          ))}
        </ul>
      )}
      {review.length > 0 && (
        <button
          type="button"
          disabled={!canChange}
          onClick={() =>
            void reviewedUpToItem.setValue(review[0].at).then(() => setMessage(`Marked ${review.length} as reviewed. They stay in the log below.`))
          }
        >
          Mark these as reviewed
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
