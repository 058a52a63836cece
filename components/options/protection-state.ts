import type { ProtectionStatus, SiteSighting } from '../../lib/storage/protection-status';

/** The sites the extension protects, as the protection status names them, with the names people know. */
const PROTECTED_SITES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  'business-suite': 'Meta Business Suite',
};

/** How one site stands: its post boxes are protected, one could not be, or none has been seen here yet. */
export type SiteState = 'protected' | 'attention' | 'unseen';

/** A site's state from what was last seen: a box that could not be protected since the Post control was last found needs attention. */
export function siteState(sighting: SiteSighting | undefined): SiteState {
  if (!sighting || (sighting.composerSeenAt === undefined && sighting.unprotected.length === 0)) return 'unseen';
  const lastProblem = Math.max(-Infinity, ...sighting.unprotected.map((box) => box.at));
  return lastProblem >= (sighting.postControlFoundAt ?? -Infinity) ? 'attention' : 'protected';
}

/** Every protected site, then any other the status names, each with its sighting. */
export function sitesIn(status: ProtectionStatus): { site: string; name: string; sighting?: SiteSighting }[] {
  const keys = [...new Set([...Object.keys(PROTECTED_SITES), ...Object.keys(status)])];
  return keys.map((site) => ({ site, name: PROTECTED_SITES[site] ?? site, sighting: status[site] }));
}

/** How each state reads on the page. */
export const SITE_STATE_LABELS: Record<SiteState, string> = {
  protected: 'Protected',
  attention: 'Needs attention',
  unseen: 'Not seen yet',
};
