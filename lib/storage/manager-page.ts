import { storage } from '#imports';

/** Where the manager left the first-run set-up guide. */
export interface SetupProgress {
  /** When the manager finished the guide or chose to skip it (ms since epoch); absent while it is still to do. */
  finishedAt?: number;
}

/** The first-run set-up guide's progress: once finished or skipped, the page opens on the overview. */
export const setupItem = storage.defineItem<SetupProgress>('local:setup', {
  fallback: {},
  version: 1,
});

/** When the roster last changed on this computer (ms since epoch), for the overview; absent before anyone changed it. */
export const rosterUpdatedItem = storage.defineItem<number | null>('local:roster-updated', {
  fallback: null,
  version: 1,
});

/**
 * The newest log entry the manager has marked as reviewed (its ISO time), so the
 * overview and the log can say what is new since. Absent until the first review.
 */
export const reviewedUpToItem = storage.defineItem<string | null>('local:reviewed-up-to', {
  fallback: null,
  version: 1,
});
