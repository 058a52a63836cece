import { storage } from '#imports';

/**
 * What the extension saw of each site's composers on this computer, so a manager can
 * confirm after a site changes that posts are still held ("Protection on this computer"
 * in the options page, which the toolbar badge links to). Kept locally only, for a month;
 * page addresses only, never post text.
 */
export interface SiteSighting {
  /** The site as people know it: "facebook", "instagram", "x" or "business-suite". */
  site: string;
  /** When a composer was last seen on this site (ms since epoch). */
  composerSeenAt?: number;
  /** When a composer's Post control was last found. */
  postControlFoundAt?: number;
  /** Boxes the extension could not protect, newest first, at most a month old. */
  unprotected: UnprotectedSighting[];
}

/** One box that looked like a post box but could not be protected. */
export interface UnprotectedSighting {
  at: number;
  /** The page address (origin and path only). */
  url: string;
  /** Plain words: what was missing, e.g. "the Post button could not be found". */
  problem: string;
}

/** Sightings keyed by site. */
export type ProtectionStatus = Record<string, SiteSighting>;

export const protectionStatusItem = storage.defineItem<ProtectionStatus>('local:protection-status', {
  fallback: {},
  version: 1,
});
