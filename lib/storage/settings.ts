import type { PinHash } from '../pin/pin-hash';

/** How the options page and the decision log behave, apart from the policy file. */
export interface Settings {
  /** Whether the decision log may keep a short excerpt of each post. Off unless the manager turns it on. */
  excerpts: boolean;
  /** Log entries older than this many months are deleted. */
  retentionMonths: number;
  /**
   * Whether photos and videos lose their location as they are attached, before the
   * site reads them. On unless the manager turns it off; then the `photo-location`
   * finding is all that stands between a located photo and the post.
   */
  removeLocations: boolean;
  /** The manager PIN's hash; absent when no PIN is set, and then anyone may change the policy. */
  pin?: PinHash;
}

/** How a new installation starts: no excerpts, a year's log, locations removed, no PIN. */
export const DEFAULT_SETTINGS: Settings = { excerpts: false, retentionMonths: 12, removeLocations: true };

/** The longest excerpt the log keeps, in characters. */
export const EXCERPT_LENGTH = 80;

/** The longest typed reason the panel takes and the log keeps, in characters: room for a real reason, not a pasted document. */
export const REASON_LENGTH = 500;
