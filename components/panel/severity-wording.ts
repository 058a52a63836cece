import type { Severity } from '../../lib/types';

/** What a post may do, given its strictest finding; said once, at the top of the panel. */
export const WHAT_IT_MEANS: Record<Exclude<Severity, 'off'>, string> = {
  block: "This post can't go until you change the words or photos below.",
  justify: 'Give a reason to post anyway, or edit your post.',
  warn: 'You can post after reading what was found.',
};

/** A short tag on each finding, so its weight is read, not only shown in colour. */
export const SEVERITY_TAG: Record<Exclude<Severity, 'off'>, string> = {
  block: 'Must change',
  justify: 'Needs a reason',
  warn: 'Worth a look',
};
